import { asc, eq } from 'drizzle-orm';
import { caseAssignments, gemeentenInScope, intakeInvitations, pips, users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import { caseView } from '../cases/case.view.ts';
import { readableCase } from './access.ts';
import type { CaseFileView } from './case-file.view.ts';
import { agreementsOf, deadlinesOf, partnerCaseOf, signalsOf, tabCounts } from './get-case-file-support.ts';

/** The case file: personal data by role, duty with explanation, open deadlines with explanation, signals, counts. */
export async function getCaseFile(ctx: UseCaseContext, caseId: string): Promise<CaseFileView> {
  const today = todayIn(ctx.now);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const { row, access } = await readableCase(tx, ctx.principal, caseId);
    // The case is in one of the principal's gemeenten (row-level security), which the session already loaded.
    const known = ctx.principal.gemeenten.find((g) => g.id === row.gemeenteId);
    const [gemeente] = known
      ? [known]
      : await tx.select({ id: gemeentenInScope.id, code: gemeentenInScope.code, name: gemeentenInScope.name }).from(gemeentenInScope).where(eq(gemeentenInScope.id, row.gemeenteId));
    const [manager] = row.caseManagerId ? await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, row.caseManagerId)) : [];
    const pipRows = await tx.select().from(pips).where(eq(pips.caseId, caseId)).orderBy(asc(pips.version));
    // A withdrawn version (ingetrokken) no longer holds agreements.
    const issued = pipRows.filter((p) => p.status === 'vastgesteld' || (p.status !== 'concept' && p.status !== 'ingetrokken' && p.issuedOn !== null));
    const current = issued[issued.length - 1];
    const assignments = await tx
      .select({ userId: caseAssignments.userId, name: users.name, kind: caseAssignments.kind })
      .from(caseAssignments)
      .innerJoin(users, eq(users.id, caseAssignments.userId))
      .where(eq(caseAssignments.caseId, caseId))
      .orderBy(asc(users.name));
    // Logged after the last read: on PostgreSQL the log row then travels with the COMMIT (ADR 0113 addendum).
    const logRead = () =>
      logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getCaseFile', [
        { resourceType: 'case', resourceId: row.id, subject: { type: 'case', id: row.id }, gemeenteId: row.gemeenteId },
      ]);
    const base = {
      access,
      gemeente: gemeente ?? { id: row.gemeenteId, code: '', name: '' },
      caseManager: manager ?? null,
      agreements: agreementsOf(current),
      assignments,
    };
    if (access === 'assigned') {
      await logRead();
      return {
        ...base,
        case: null,
        partnerCase: partnerCaseOf(row),
        duty: null,
        deadlines: [],
        signals: [],
        counts: { timeline: 0, documents: 0, meetings: 0, checklistDone: 0, checklistTotal: 0, invitations: 0, toetsen: 0, pipVersions: 0 },
      };
    }

    const invitations = await tx.select().from(intakeInvitations).where(eq(intakeInvitations.caseId, caseId)).orderBy(asc(intakeInvitations.sequence));
    const deadlines = deadlinesOf(row, { issued, current }, invitations, today);
    const signals = await signalsOf(tx, caseId, today);
    const counts = await tabCounts(tx, ctx.principal, caseId);
    await logRead();
    const dutyExplanation = row.dutyExplanation;
    return {
      ...base,
      case: caseView(row, ctx.principal),
      partnerCase: null,
      duty: {
        obliged: row.obliged,
        notObligedReason: row.notObligedReason,
        targetGroup: row.targetGroup,
        regime: row.regime,
        explanation: dutyExplanation?.duty ?? null,
        aowExplanation: dutyExplanation?.aow ?? null,
        assessedOn: dutyExplanation?.assessedOn ?? null,
      },
      deadlines,
      signals,
      counts: { ...counts, invitations: invitations.length, pipVersions: pipRows.length },
    };
  }, { readOnly: true });
}
