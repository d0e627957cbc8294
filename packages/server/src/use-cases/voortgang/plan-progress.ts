// Planning the voortgangsgesprekken from the vastgesteld PIP (R19, ADR 0120), in the caller's
// transaction: on issuing a (changed) PIP, on withdrawing one, and on the case manager's request.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { planExtensionMeetings, planProgressMeetings, type IsoDate } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { pips, progressMeetings } from '../../db/schema.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import type { UseCaseContext } from '../context.ts';
import type { PlanResult } from './voortgang.view.ts';

export type CurrentPip = Pick<typeof pips.$inferSelect, 'id' | 'version' | 'progressMeetings' | 'issuedOn'>;

/** The vastgesteld PIP in force (the highest vastgesteld version), or null. */
export async function currentPip(tx: Tx, caseId: string): Promise<CurrentPip | null> {
  const [row] = await tx
    .select({ id: pips.id, version: pips.version, progressMeetings: pips.progressMeetings, issuedOn: pips.issuedOn })
    .from(pips)
    .where(and(eq(pips.caseId, caseId), eq(pips.status, 'vastgesteld')))
    .orderBy(desc(pips.version))
    .limit(1);
  return row ?? null;
}

/**
 * Makes the planned gesprekken follow the PIP in force: when they were planned from another
 * version (or not at all), the planned ones (not held, not added by hand) lapse and the rest of the
 * termijn is planned anew from the PIP's dagtekening. Held gesprekken and extra ones stay.
 */
export async function replanProgressMeetings(tx: Tx, ctx: UseCaseContext, kase: CaseRow): Promise<PlanResult> {
  const pip = await currentPip(tx, kase.id);
  const existing = await tx
    .select({ id: progressMeetings.id, pipId: progressMeetings.pipId, status: progressMeetings.status })
    .from(progressMeetings)
    .where(and(eq(progressMeetings.caseId, kase.id), eq(progressMeetings.extra, false)));
  // Already planned from this version (some may be held by now): nothing to do.
  if (pip !== null && existing.some((m) => m.pipId === pip.id && m.status !== 'vervallen')) return { planned: 0, dropped: 0 };
  const planned = existing.filter((m) => m.status === 'gepland');
  if (planned.length > 0) {
    await tx
      .update(progressMeetings)
      .set({ status: 'vervallen', updatedAt: ctx.now })
      .where(inArray(progressMeetings.id, planned.map((m) => m.id)));
  }
  if (pip === null || pip.progressMeetings === null || kase.termStart === null || kase.termEndExclusive === null || kase.closedOn !== null) {
    return { planned: 0, dropped: planned.length };
  }
  const dates = planProgressMeetings({ perYear: pip.progressMeetings, termStart: kase.termStart, termEndExclusive: kase.termEndExclusive, from: pip.issuedOn ?? kase.termStart });
  if (dates.length > 0) {
    await tx.insert(progressMeetings).values(
      dates.map((plannedOn) => ({ gemeenteId: kase.gemeenteId, caseId: kase.id, pipId: pip.id, plannedOn, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })),
    );
  }
  return { planned: dates.length, dropped: planned.length };
}

/**
 * A granted extension of the termijn (ADR 0129) adds voortgangsgesprekken for the added months, at
 * the PIP's rate (ADR 0120); what was planned before stays. Nothing without a PIP number.
 */
export async function extendProgressPlan(tx: Tx, ctx: UseCaseContext, kase: CaseRow, previousEndExclusive: IsoDate): Promise<number> {
  const pip = await currentPip(tx, kase.id);
  if (pip === null || pip.progressMeetings === null || kase.termEndExclusive === null || kase.closedOn !== null) return 0;
  const dates = planExtensionMeetings({ perYear: pip.progressMeetings, from: previousEndExclusive, until: kase.termEndExclusive });
  if (dates.length > 0) {
    await tx.insert(progressMeetings).values(
      dates.map((plannedOn) => ({ gemeenteId: kase.gemeenteId, caseId: kase.id, pipId: pip.id, plannedOn, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })),
    );
  }
  return dates.length;
}
