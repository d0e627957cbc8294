/**
 * The participation hours reach DUO as gevolgde uren participatieactiviteiten (ADR 0143): the
 * cumulative total gets the hours on participation places not yet counted, by the one path every
 * hours total takes (hours-total.ts: outbox, superseding a total still waiting). A total the case
 * manager entered or corrected stays counted, as with provider reports (ADR 0118).
 */
import { and, eq } from 'drizzle-orm';
import { hoursCategoryAllowed, maxDate, type IsoDate } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { caseHours } from '../../db/schema.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import type { UseCaseContext } from '../context.ts';
import { currentPip, targetGroupOf } from '../traject/traject-support.ts';
import { writeHoursTotal } from '../traject/hours-total.ts';
import { participationHoursOfCase } from './z-route-ledger.ts';

/** Returns whether a melding for DUO was queued. */
export async function syncParticipationHours(tx: Tx, ctx: UseCaseContext, caseRow: CaseRow, asOf: IsoDate): Promise<boolean> {
  const pip = await currentPip(tx, caseRow.id);
  if (!hoursCategoryAllowed({ category: 'participatieactiviteiten', targetGroup: targetGroupOf(caseRow), route: pip?.route ?? null }).value) return false;
  const participation = await participationHoursOfCase(tx, caseRow.id);
  const [before] = await tx.select().from(caseHours).where(and(eq(caseHours.caseId, caseRow.id), eq(caseHours.category, 'participatieactiviteiten'))).for('update');
  const counted = before?.participationHours ?? 0;
  if (participation === counted) return false;
  return writeHoursTotal(tx, ctx, caseRow, before, {
    category: 'participatieactiviteiten',
    total: Math.max(0, (before?.total ?? 0) + participation - counted),
    asOf: before ? maxDate(before.asOf, asOf) : asOf,
    participationHours: participation,
    reason: null,
    origin: 'participatie',
  });
}
