// The Z-route ledger of one case (R14, ADR 0143): course hours and activity hours against 800 + 800,
// with MAP, PVT and intake hours deducted, as zRouteHoursRemaining computes it. Shared by the
// participation part and the werkvoorraad signal, so both show the same figures.
import { and, eq, inArray } from 'drizzle-orm';
import { hoursCategoryAllowed, participationHoursTotal, zRouteHoursRemaining, type Explained, type IsoDate, type LearningRoute, type ZRouteHoursInput, type ZRouteHoursRemaining } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { caseHours, caseIntakes, caseResults, participationHours } from '../../db/schema.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { casePvtMapView } from '../pvt-map/case-pvt-map.view.ts';
import { currentPip, targetGroupOf } from '../traject/traject-support.ts';

export interface ZRouteLedger {
  input: ZRouteHoursInput;
  remaining: Explained<ZRouteHoursRemaining>;
  /** Hours recorded on participation places (part of the activity hours). */
  participationHours: number;
  /** Day the Z-route was completed (reported to DUO), if it was. */
  completedOn: IsoDate | null;
}

export interface ZRouteState {
  route: LearningRoute | null;
  /** null when the case has no target group (no ledger can be computed) or the PIP is not the Z-route. */
  ledger: ZRouteLedger | null;
}

export async function participationHoursOfCase(tx: Tx, caseId: string): Promise<number> {
  const rows = await tx.select({ periodStart: participationHours.periodStart, periodEnd: participationHours.periodEnd, hours: participationHours.hours }).from(participationHours).where(eq(participationHours.caseId, caseId));
  return participationHoursTotal(rows);
}

export async function zRouteState(tx: Tx, kase: CaseRow, now: Date, today: IsoDate): Promise<ZRouteState> {
  const pip = await currentPip(tx, kase.id);
  const route = pip?.route ?? null;
  const targetGroup = targetGroupOf(kase);
  if (route !== 'Z' || targetGroup === null) return { route, ledger: null };
  const totals = await tx
    .select({ category: caseHours.category, total: caseHours.total })
    .from(caseHours)
    .where(and(eq(caseHours.caseId, kase.id), inArray(caseHours.category, ['taallesknm', 'participatietaalles', 'participatieactiviteiten'])));
  const totalOf = (category: string): number => totals.find((t) => t.category === category)?.total ?? 0;
  const participation = await participationHoursOfCase(tx, kase.id);
  // Where DUO takes activity hours, its total holds the participation hours (and any hours the case manager entered).
  const activityToDuo = hoursCategoryAllowed({ category: 'participatieactiviteiten', targetGroup, route }).value;
  const pvtMap = await casePvtMapView(tx, kase, now, today);
  // Activities during the brede intake, as recorded with the intake (art. 3.14 lid 6 Bi).
  const [intake] = await tx.select({ activityHours: caseIntakes.activityHours }).from(caseIntakes).where(eq(caseIntakes.caseId, kase.id));
  const input: ZRouteHoursInput = {
    targetGroup,
    // Course hours during the brede intake count as course hours (z-route.ts).
    courseHours: totalOf('participatietaalles') + totalOf('taallesknm'),
    activityHours: activityToDuo ? totalOf('participatieactiviteiten') : participation,
    mapHours: pvtMap.map.hoursDone,
    pvtHours: pvtMap.pvt.hoursAttended,
    intakeHours: intake?.activityHours ?? null,
  };
  const [completed] = await tx.select({ completedOn: caseResults.completedOn }).from(caseResults).where(and(eq(caseResults.caseId, kase.id), eq(caseResults.kind, 'zroute')));
  return { route, ledger: { input, remaining: zRouteHoursRemaining(input), participationHours: participation, completedOn: completed?.completedOn ?? null } };
}
