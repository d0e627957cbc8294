/**
 * Hours derived from the provider reports (ADR 0118): the cumulative total per DUO category is the
 * sum of the reported week hours plus the case manager's correction; a changed total goes to DUO by
 * the same path as an entered one (hours-total.ts).
 */
import { and, eq } from 'drizzle-orm';
import { addDays, hoursCategories, hoursCategoryAllowed, minDate, reportedHoursTotals, type HoursCategory, type IsoDate, type WeekReport } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { caseHours, placementReports } from '../../db/schema.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import { currentPip, targetGroupOf } from './traject-support.ts';
import { writeHoursTotal } from './hours-total.ts';
import { payloadsOf } from '../provider-reports/report-payload.ts';

async function weekReportsOfCase(tx: Tx, caseId: string): Promise<WeekReport[]> {
  const rows = await tx
    .select({ kind: placementReports.kind, payload: placementReports.payload })
    .from(placementReports)
    .where(and(eq(placementReports.caseId, caseId), eq(placementReports.kind, 'week')));
  return payloadsOf(rows, 'week');
}

export async function reportedTotalsOfCase(tx: Tx, caseId: string): Promise<Record<HoursCategory, number>> {
  return reportedHoursTotals(await weekReportsOfCase(tx, caseId));
}

/**
 * After a provider report: add the reported hours not yet counted to each derived total (and tell
 * DUO when it changed). Categories no provider reports in are left alone.
 */
export async function syncReportedHours(tx: Tx, ctx: UseCaseContext, caseRow: CaseRow): Promise<void> {
  const weeks = await weekReportsOfCase(tx, caseRow.id);
  const reported = reportedHoursTotals(weeks);
  const lastWeek = weeks.map((w) => w.week).sort().at(-1);
  if (lastWeek === undefined) return;
  const asOf: IsoDate = minDate(addDays(lastWeek, 6), todayIn(ctx.now));
  const pip = await currentPip(tx, caseRow.id);
  for (const category of hoursCategories) {
    const [before] = await tx.select().from(caseHours).where(and(eq(caseHours.caseId, caseRow.id), eq(caseHours.category, category))).for('update');
    const counted = before?.reportedHours ?? 0;
    if (reported[category] === counted) continue;
    if (!hoursCategoryAllowed({ category, targetGroup: targetGroupOf(caseRow), route: pip?.route ?? null }).value) continue;
    const total = Math.max(0, (before?.total ?? 0) + reported[category] - counted);
    await writeHoursTotal(tx, ctx, caseRow, before, {
      category,
      total,
      asOf: before && before.asOf > asOf ? before.asOf : asOf,
      reportedHours: reported[category],
      reason: null,
      origin: 'aanbieder',
    });
  }
}
