import { asc, eq, inArray } from 'drizzle-orm';
import { imposedInTerm } from '@koers/domain';
import { handhavingFines, handhavingSteps, users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import { loadViolations, storedViolations, termOf } from './handhaving-support.ts';
import { duoFineView, loadDuoFines } from './duo-fine-support.ts';
import { violationView, type HandhavingView } from './handhaving.view.ts';

/** The handhaving of a case: violations with their steps, fines, the cap over the termijn and what is outstanding. */
export async function getHandhaving(ctx: UseCaseContext, caseId: string): Promise<HandhavingView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId);
    const rows = await loadViolations(tx, caseId);
    const ids = rows.map((r) => r.id);
    const steps = ids.length
      ? await tx
          .select({ step: handhavingSteps, authorName: users.name })
          .from(handhavingSteps)
          .leftJoin(users, eq(users.id, handhavingSteps.createdBy))
          .where(inArray(handhavingSteps.violationId, ids))
          .orderBy(asc(handhavingSteps.occurredOn), asc(handhavingSteps.createdAt))
      : [];
    const fines = ids.length ? await tx.select().from(handhavingFines).where(inArray(handhavingFines.violationId, ids)) : [];
    const all = storedViolations(rows);
    const actorIds = [...new Set(all.flatMap((v) => (v.state.decision ? [v.state.decision.preparedBy, v.state.decision.decidedBy] : [])))];
    const names = new Map(
      (actorIds.length ? await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, actorIds)) : []).map(
        (u) => [u.id, u.name],
      ),
    );
    const duoFineRows = await loadDuoFines(tx, caseId);
    const term = await termOf(tx, caseId);
    const imposed = imposedInTerm(all, term.value);
    const violations = rows.map((r) =>
      violationView(
        r,
        all,
        term.value,
        steps.filter((s) => s.step.violationId === r.id).map((s) => ({ ...s.step, authorName: s.authorName })),
        fines.find((f) => f.violationId === r.id) ?? null,
        names,
      ),
    );
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getHandhaving', [
      { resourceType: 'handhaving', resourceId: kase.id, subject: { type: 'case', id: kase.id }, gemeenteId: kase.gemeenteId },
    ]);
    return {
      violations,
      term: {
        capCents: term.value.capCents,
        imposedCents: imposed,
        roomCents: Math.max(0, term.value.capCents - imposed),
        // Only when a DUO fine recorded later dates back before fines already imposed (its new termijn and lower cap count from its date; ADR 0161).
        overCapCents: Math.max(0, imposed - term.value.capCents),
        explanation: term.explanation,
      },
      outstandingCents: violations.reduce((sum, v) => sum + (v.fine?.outstandingCents ?? 0), 0),
      duoFines: {
        items: duoFineRows.map(duoFineView),
        note: 'Boetes die DUO zelf oplegt komen nog niet via de DUO-koppeling binnen (DUO heeft de dienst "Opgelegde boete" nog niet gerealiseerd). Leg ze vast uit de beschikking van DUO; Koers rekent dan de nieuwe termijn en het lagere maximum voor boetes van de gemeente.',
        termEndExclusive: kase.termEndExclusive,
      },
      canDecide: ctx.principal.permissions.includes('handhaving:decide'),
    };
  });
}
