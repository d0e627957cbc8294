// The traject signals of one case (package Q: not started, report overdue, hours behind the PIP,
// route-change window, A2 possible) from its stored placements and provider reports; refreshSignals adds them.
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
import { isClosedCase, type CaseRow } from '../case-file/find-case.ts';
import { yearSettingsOf } from '../gemeenten/settings.ts';
import { isLearningRoute } from '../use-cases/pip/pip-support.ts';
import { payloadsOf } from '../use-cases/provider-reports/report-payload.ts';
import { currentVastgesteld, type SignalInputs } from './signal-inputs.ts';

/** From the active placements, their reports and the PIPs refreshSignals read (signal-inputs.ts). */
export async function trajectSignalsFor(tx: Tx, c: CaseRow, i: Pick<SignalInputs, 'placements' | 'placementReports' | 'pips'>, today: IsoDate): Promise<TrajectSignal[]> {
  if (isClosedCase(c)) return [];
  const { placements, placementReports: reports } = i;
  if (placements.length === 0) return [];
  const pip = currentVastgesteld(i.pips);
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
