import { and, asc, eq, sql } from 'drizzle-orm';
import { caseAssignments, cases, caseSignals, gemeentenInScope, intakeInvitations, pips, users } from '../../db/schema.ts';
import type { Tx } from '../../db/database.ts';
import { inScope } from '../../db/scope.ts';
import { fieldsOf, readTogether, rowsOf } from '../../db/read-together.ts';
import { scopeOf, type Principal } from '../../auth/principal.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { todayIn } from '../../case-file/today.ts';
import { notRemovedByRetention, type CaseRow } from '../../case-file/find-case.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { caseView } from '../cases/case.view.ts';
import { readableCase } from './access.ts';
import type { CaseFileView } from './case-file.view.ts';
import { agreementsOf, deadlinesOf, partnerCaseOf, signalViews, tabCountsRead } from './get-case-file-support.ts';

const assigneeName = sql<string>`(SELECT ${users.name} FROM ${users} WHERE ${users.id} = ${caseAssignments.userId})`;

/** The reads of the case file that do not depend on each other, in one statement (ADR 0113 addendum of 2026-12-07). */
function caseFileReads(caseId: string) {
  return {
    manager: fieldsOf(users, { id: users.id, name: users.name }, sql`${users.id} = (SELECT ${cases.caseManagerId} FROM ${cases} WHERE ${cases.id} = ${caseId})`),
    pips: rowsOf(pips, eq(pips.caseId, caseId), [asc(pips.version)]),
    // The assigned users with their names (as an inner join with users: an assignment whose user is not visible is left out).
    assignments: fieldsOf(caseAssignments, { userId: caseAssignments.userId, name: assigneeName, kind: caseAssignments.kind }, and(eq(caseAssignments.caseId, caseId), sql`${assigneeName} IS NOT NULL`), [assigneeName]),
  };
}

/** Everything a `case:read` principal's case file reads, the case row included, in one statement. */
async function readFullCaseFile(tx: Tx, principal: Principal, caseId: string) {
  const read = await readTogether(tx, {
    kase: rowsOf(cases, and(eq(cases.id, caseId), notRemovedByRetention)),
    ...caseFileReads(caseId),
    invitations: rowsOf(intakeInvitations, eq(intakeInvitations.caseId, caseId), [asc(intakeInvitations.sequence)]),
    signals: rowsOf(caseSignals, eq(caseSignals.caseId, caseId), [asc(caseSignals.dueOn)]),
    counts: tabCountsRead(principal, caseId),
  });
  const [row] = read.kase;
  if (!row) throw new AppError('NOT_FOUND', { message: 'Dit dossier bestaat niet of u heeft er geen toegang toe.' });
  return { ...read, row };
}

/** The case file: personal data by role, duty with explanation, open deadlines with explanation, signals, counts. */
export async function getCaseFile(ctx: UseCaseContext, caseId: string): Promise<CaseFileView> {
  const today = todayIn(ctx.now);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    // With case:read one statement reads it all; with case:read-assigned the assignment is checked first (access.ts).
    const full = ctx.principal.permissions.includes('case:read') ? await readFullCaseFile(tx, ctx.principal, caseId) : undefined;
    const { row, access, manager, pipRows, assignments } = full
      ? { row: full.row, access: 'full' as const, manager: full.manager, pipRows: full.pips, assignments: full.assignments }
      : await readAssigned(tx, ctx.principal, caseId);
    // The case is in one of the principal's gemeenten (row-level security), which the session already loaded.
    const known = ctx.principal.gemeenten.find((g) => g.id === row.gemeenteId);
    const [gemeente] = known
      ? [known]
      : await tx.select({ id: gemeentenInScope.id, code: gemeentenInScope.code, name: gemeentenInScope.name }).from(gemeentenInScope).where(eq(gemeentenInScope.id, row.gemeenteId));
    // A withdrawn version (ingetrokken) no longer holds agreements.
    const issued = pipRows.filter((p) => p.status === 'vastgesteld' || (p.status !== 'concept' && p.status !== 'ingetrokken' && p.issuedOn !== null));
    const current = issued[issued.length - 1];
    // Logged after the last read: on PostgreSQL the log row then travels with the COMMIT (ADR 0113 addendum).
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getCaseFile', [
      { resourceType: 'case', resourceId: row.id, subject: { type: 'case', id: row.id }, gemeenteId: row.gemeenteId },
    ]);
    const base = {
      access,
      gemeente: gemeente ?? { id: row.gemeenteId, code: '', name: '' },
      caseManager: manager[0] ?? null,
      agreements: agreementsOf(current),
      assignments,
    };
    if (!full) {
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
      deadlines: deadlinesOf(row, { issued, current }, full.invitations, today),
      signals: signalViews(full.signals, today),
      counts: { ...full.counts, invitations: full.invitations.length, pipVersions: full.pips.length },
    };
  }, { readOnly: true });
}

/** A partner's case file (case:read-assigned): the assignment checked, then the few parts a partner sees. */
async function readAssigned(tx: Tx, principal: Principal, caseId: string): Promise<{ row: CaseRow; access: 'assigned'; manager: { id: string; name: string }[]; pipRows: (typeof pips.$inferSelect)[]; assignments: { userId: string; name: string; kind: string }[] }> {
  const { row } = await readableCase(tx, principal, caseId);
  const read = await readTogether(tx, caseFileReads(caseId));
  return { row, access: 'assigned', manager: read.manager, pipRows: read.pips, assignments: read.assignments };
}
