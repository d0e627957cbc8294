// Werkvoorraad signals of the traject after the PIP (R20, package Q): not started in time, a
// provider report overdue, hours behind the PIP's intensity, the route-change window closing, A2
// possible. Pure: they depend on the stored state only, never on today's date (ADR 0040).
import { addDays, addMonths, addWeeks, compareDates, daysBetween, formatDutchDate, type IsoDate } from '../rules/dates.ts';
import { A2_MIN_COURSE_HOURS, routeChangeWindowEnd } from '../rules/route-change.ts';
import type { LearningRoute } from '../rules/types.ts';
import type { CefrLevel, Recommendation } from '../providers/reports.ts';
import type { Signal } from './signals.ts';

/** Default agreed waiting time between placement and start (seed 002 "tijdige start"). */
export const DEFAULT_START_WAITING_WEEKS = 6;
/** Reported hours below this share of the PIP's intensity count as behind. */
export const HOURS_BEHIND_SHARE = 0.8;
/** Months before the route-change window closes from which the item shows. */
export const ROUTE_CHANGE_LEAD_MONTHS = 2;

export interface TrajectPlacementSnapshot {
  readonly id: string;
  readonly providerName: string;
  readonly offeredOn: IsoDate;
  /** The contract's start moment picked at placement, if any. */
  readonly startMoment: IsoDate | null;
  /** Contract's reporting frequency; null without a contract. */
  readonly reportingEveryWeeks: number | null;
  /** Weeks reported (Monday, present, course hours that week), any order. */
  readonly weeks: readonly { readonly week: IsoDate; readonly present: boolean; readonly hours: number }[];
  /** The latest report of any kind (week, progress, interim, exam) — the report date. */
  readonly lastReportOn: IsoDate | null;
}

export interface TrajectSnapshot {
  readonly closed: boolean;
  readonly termStart: IsoDate | null;
  readonly route: LearningRoute | null;
  /** The PIP's intensity in hours per week, when it states one. */
  readonly pipHoursPerWeek: number | null;
  /** The gemeente's agreed waiting time (setting startWaitingWeeks). */
  readonly startWaitingWeeks: number;
  /** Active placements only. */
  readonly placements: readonly TrajectPlacementSnapshot[];
  /** Latest level per skill over all placements. */
  readonly latestLevels: readonly CefrLevel[];
  readonly latestRecommendation: Recommendation | null;
}

export type TrajectSignal = Signal & { readonly ref: { readonly placementId?: string; readonly rule: string } };

const d = formatDutchDate;
const byWeek = (a: { week: IsoDate }, b: { week: IsoDate }) => compareDates(a.week, b.week);

// art. 16 lid 1 Wet inburgering 2021 (aanbod leerroute) en de gemeentelijke afspraak over tijdige start (instelling startWaitingWeeks)
function notStarted(s: TrajectSnapshot, p: TrajectPlacementSnapshot): TrajectSignal[] {
  if (p.weeks.some((w) => w.present)) return [];
  const from = p.startMoment ?? p.offeredOn;
  const dueOn = addWeeks(from, s.startWaitingWeeks);
  return [
    {
      kind: 'traject-not-started',
      dueOn,
      deadline: null,
      reason: `Nog geen aanwezigheid gemeld bij ${p.providerName}: de inburgeraar had uiterlijk ${d(dueOn)} moeten starten (${s.startWaitingWeeks} weken na ${p.startMoment ? 'het startmoment' : 'de plaatsing'} van ${d(from)}; tijdige start, art. 16 lid 1 Wi 2021).`,
      section: 'traject',
      ref: { placementId: p.id, rule: 'not-started' },
    },
  ];
}

// art. 9.3 Besluit inburgering 2021 (voortgang volgen) en de rapportagefrequentie in het contract met de aanbieder
function reportOverdue(p: TrajectPlacementSnapshot): TrajectSignal[] {
  if (p.reportingEveryWeeks === null) return [];
  const from = p.lastReportOn ?? p.startMoment ?? p.offeredOn;
  const dueOn = addWeeks(from, p.reportingEveryWeeks);
  return [
    {
      kind: 'provider-report-overdue',
      dueOn,
      deadline: null,
      reason: `${p.providerName} rapporteert volgens het contract elke ${p.reportingEveryWeeks} weken; na ${d(from)} is de volgende rapportage uiterlijk ${d(dueOn)} nodig (art. 9.3 Bi 2021).`,
      section: 'traject',
      ref: { placementId: p.id, rule: 'report-overdue' },
    },
  ];
}

// art. 6.2 lid 1 Besluit inburgering 2021 (intensiteit van de leerroute in het PIP)
function hoursBehind(s: TrajectSnapshot, p: TrajectPlacementSnapshot): TrajectSignal[] {
  if (s.pipHoursPerWeek === null || s.pipHoursPerWeek <= 0) return [];
  const weeks = [...p.weeks].sort(byWeek);
  const first = weeks.find((w) => w.present);
  const last = weeks.at(-1);
  if (!first || !last || compareDates(last.week, first.week) < 0) return [];
  const elapsedWeeks = Math.floor(daysBetween(first.week, last.week) / 7) + 1;
  const expected = elapsedWeeks * s.pipHoursPerWeek;
  const reported = weeks.filter((w) => compareDates(w.week, first.week) >= 0).reduce((sum, w) => sum + w.hours, 0);
  if (reported >= expected * HOURS_BEHIND_SHARE) return [];
  const dueOn = addDays(last.week, 7);
  return [
    {
      kind: 'hours-behind',
      dueOn,
      deadline: null,
      reason: `Achter op de intensiteit van het PIP: ${reported} van de verwachte ${expected} uur (${s.pipHoursPerWeek} uur per week over ${elapsedWeeks} weken t/m de week van ${d(last.week)}; art. 6.2 Bi 2021).`,
      section: 'traject',
      ref: { placementId: p.id, rule: 'hours-behind' },
    },
  ];
}

// art. 17 lid 2 Wet inburgering 2021; art. 5.4 lid 1 Besluit inburgering 2021 (leerroute wijzigen binnen 18 maanden)
function routeChangeClosing(s: TrajectSnapshot): TrajectSignal[] {
  if (s.termStart === null || s.route === null || s.route === 'Onderwijs' || s.placements.length === 0) return [];
  const struggling = s.latestRecommendation === 'route-heroverwegen' || s.latestLevels.some((l) => l === 'A0' || l === 'A1');
  if (!struggling) return [];
  const windowEnd = routeChangeWindowEnd(s.termStart);
  return [
    {
      kind: 'route-change-window-closing',
      dueOn: addMonths(windowEnd, -ROUTE_CHANGE_LEAD_MONTHS),
      deadline: addDays(windowEnd, -1),
      reason: `De voortgang geeft aanleiding de leerroute te heroverwegen; wijzigen kan tot en met ${d(addDays(windowEnd, -1))} (18 maanden na de start van de termijn, art. 17 lid 2 Wi 2021 en art. 5.4 lid 1 Bi 2021).`,
      section: 'traject',
      ref: { rule: 'route-change' },
    },
  ];
}

// art. 17 lid 3 Wet inburgering 2021; art. 5.5 lid 1 Besluit inburgering 2021 (A2 na 600 cursusuren)
function a2Possible(s: TrajectSnapshot): TrajectSignal[] {
  if (s.route !== 'B1') return [];
  const weeks = s.placements.flatMap((p) => p.weeks).sort(byWeek);
  let total = 0;
  for (const w of weeks) {
    total += w.hours;
    if (total >= A2_MIN_COURSE_HOURS) {
      const dueOn = addDays(w.week, 7);
      return [
        {
          kind: 'a2-possible',
          dueOn,
          deadline: null,
          reason: `${A2_MIN_COURSE_HOURS} cursusuren Nederlands bereikt in de week van ${d(w.week)}: beoordeel of afschalen naar A2 passend is (art. 17 lid 3 Wi 2021, art. 5.5 lid 1 Bi 2021).`,
          section: 'traject',
          ref: { rule: 'a2-possible' },
        },
      ];
    }
  }
  return [];
}

/** Every traject signal of one case, sorted by due date then kind. */
export function computeTrajectSignals(s: TrajectSnapshot): TrajectSignal[] {
  if (s.closed) return [];
  const out = [
    ...s.placements.flatMap((p) => [...notStarted(s, p), ...reportOverdue(p), ...hoursBehind(s, p)]),
    ...routeChangeClosing(s),
    ...a2Possible(s),
  ];
  return out.sort((a, b) => compareDates(a.dueOn, b.dueOn) || a.kind.localeCompare(b.kind));
}
