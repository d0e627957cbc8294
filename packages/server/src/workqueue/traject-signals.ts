// The traject signals of one case (package Q: not started, report overdue, hours behind the PIP,
// route-change window, A2 possible) from its stored placements and provider reports; refreshSignals adds them.
import { and, desc, eq, inArray } from 'drizzle-orm';
import {
  computeTrajectSignals,
  DEFAULT_START_WAITING_WEEKS,
  latestLevels,
  lessonCategories,
  type CefrLevel,
  type IsoDate,
  type TrajectSignal,
} from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { casePlacements, pips, placementReports, providerContracts, providers } from '../db/schema.ts';
import { isClosedCase, type CaseRow } from '../case-file/find-case.ts';
import { yearSettingsOf } from '../gemeenten/settings.ts';
import { isLearningRoute } from '../use-cases/pip/pip-support.ts';
import { payloadsOf } from '../use-cases/provider-reports/report-payload.ts';

export async function trajectSignalsFor(tx: Tx, c: CaseRow, today: IsoDate): Promise<TrajectSignal[]> {
  if (isClosedCase(c)) return [];
  const placements = await tx
    .select({ placement: casePlacements, reportingEveryWeeks: providerContracts.reportingEveryWeeks, providerName: providers.name })
    .from(casePlacements)
    .leftJoin(providerContracts, eq(providerContracts.id, casePlacements.contractId))
    .leftJoin(providers, eq(providers.id, providerContracts.providerId))
    .where(and(eq(casePlacements.caseId, c.id), eq(casePlacements.status, 'actief')));
  if (placements.length === 0) return [];
  const reports = await tx.select().from(placementReports).where(inArray(placementReports.placementId, placements.map((p) => p.placement.id)));
  const [pip] = await tx
    .select({ route: pips.route, hoursPerWeek: pips.hoursPerWeek })
    .from(pips)
    .where(and(eq(pips.caseId, c.id), eq(pips.status, 'vastgesteld')))
    .orderBy(desc(pips.version))
    .limit(1);
  const settings = await yearSettingsOf(tx, c.gemeenteId, today);
  const progress = payloadsOf(reports, 'voortgang');
  const interim = payloadsOf(reports, 'tussenrapportage').sort((a, b) => b.reportedOn.localeCompare(a.reportedOn))[0];
  return computeTrajectSignals({
    closed: c.status === 'gesloten' || c.closedOn !== null,
    termStart: c.termStart,
    route: pip && isLearningRoute(pip.route) ? pip.route : null,
    pipHoursPerWeek: pip?.hoursPerWeek ?? null,
    startWaitingWeeks: settings.startWaitingWeeks ?? DEFAULT_START_WAITING_WEEKS,
    placements: placements.map(({ placement, reportingEveryWeeks, providerName }) => {
      const mine = reports.filter((r) => r.placementId === placement.id);
      return {
        id: placement.id,
        providerName: providerName ?? placement.instellingNaam,
        offeredOn: placement.offeredOn,
        startMoment: placement.startMoment,
        reportingEveryWeeks,
        weeks: payloadsOf(mine, 'week').map((p) => ({ week: p.week, present: p.present, hours: lessonCategories.reduce((s, k) => s + (p.hours[k] ?? 0), 0) })),
        lastReportOn: mine.filter((r) => r.kind !== 'examen').reduce<IsoDate | null>((max, r) => (max === null || r.reportedOn > max ? r.reportedOn : max), null),
      };
    }),
    latestLevels: latestLevels(progress).map((l): CefrLevel => l.level),
    latestRecommendation: interim ? interim.recommendation : null,
  });
}
