// The numbers of the half-year report to the council and of the ministry's monitoring set (seed 002
// §6: aangeboden trajecten, vastgestelde PIP's, leerbaarheidstoets en routekeuze, afschaling en
// wisselingen, opleidingsniveau, handhaving; plus PVT/MAP and ontzorgen). Pure counting over facts
// the server reads per case; policy information, not law, except where a rule is cited.
import { isOnOrAfter, isOnOrBefore, type IsoDate } from '../rules/dates.ts';
import { pipDeadline, type PipDeadlineInput } from '../rules/pip-deadline.ts';
import type { LearningRoute, TargetGroup } from '../rules/types.ts';
import type { ReportPeriod } from './period.ts';


export type HalfYear = `${number}-H${1 | 2}`;

/** "2026-H1" → 1 January–30 June 2026; "2026-H2" → 1 July–31 December 2026. */
export function halfYearPeriodOf(halfYear: HalfYear): ReportPeriod {
  const [year, half] = halfYear.split('-H');
  return half === '1' ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` };
}

export function halfYearLabel(halfYear: HalfYear): string {
  const [year, half] = halfYear.split('-H');
  return `${half === '1' ? 'eerste' : 'tweede'} helft van ${year}`;
}

export type PipChangeReason = 'route-change' | 'a2' | 'move' | 'intensity' | 'other';
export type Literacy = 'A' | 'AA' | 'NVT';

/** What the report needs of one case; the server fills it from the stored state, nothing more. */
export interface HalfjaarCase {
  readonly targetGroup: TargetGroup | null;
  readonly obliged: boolean | null;
  /** Wi2013 cases (ondertussengroep) are counted apart and not in these numbers. */
  readonly wi2013: boolean;
  readonly createdOn: IsoDate;
  readonly closedOn: IsoDate | null;
  /** The facts of the 10-week term of art. 5.3 Besluit inburgering 2021. */
  readonly pipDeadline: PipDeadlineInput | null;
  /** The first vastgesteld PIP (version 1), with its route. */
  readonly firstPip: { readonly issuedOn: IsoDate; readonly route: LearningRoute | null } | null;
  /** Later vastgesteld PIP versions: a change, with its reason. */
  readonly pipChanges: readonly { readonly issuedOn: IsoDate; readonly reason: PipChangeReason | null }[];
  readonly placements: readonly { readonly offeredOn: IsoDate; readonly literacy: Literacy }[];
  readonly learnabilityResults: readonly { readonly resultOn: IsoDate; readonly advisedRoute: LearningRoute | null }[];
  /** The brede intake recorded the education followed (theme opleiding en werkervaring). */
  readonly educationRecorded: boolean;
  readonly intakeCompletedOn: IsoDate | null;
  readonly pvtCompletedOn: IsoDate | null;
  readonly mapCompletedOn: IsoDate | null;
  readonly relief: { readonly status: 'actief' | 'geweigerd' | 'beeindigd'; readonly startMonth: string; readonly endMonthExclusive: string } | null;
  readonly violations: readonly { readonly establishedOn: IsoDate; readonly article: 22 | 23; readonly fined: boolean }[];
}

export interface HalfjaarCijfers {
  readonly period: ReportPeriod;
  /** Wi2021 inburgeringsplichtigen with a case open at some day of the period. */
  readonly inBeeld: number;
  readonly brede: { readonly intakesAfgerond: number };
  readonly trajecten: { readonly aangeboden: number; readonly personen: number };
  readonly pips: { readonly vastgesteld: number; readonly binnenTienWeken: number; readonly naTienWeken: number; readonly zonderTermijn: number };
  readonly toets: { readonly uitslagen: number; readonly advies: Readonly<Record<LearningRoute | 'geen', number>> };
  readonly routekeuze: Readonly<Record<LearningRoute | 'onbekend', number>>;
  readonly wijzigingen: { readonly afschalingA2: number; readonly routewissels: number; readonly overig: number };
  readonly opleiding: { readonly opleidingVastgelegd: number; readonly alfabetisering: number; readonly geenAlfabetisering: number };
  readonly pvtMap: { readonly pvtAfgerond: number; readonly mapAfgerond: number };
  readonly ontzorgen: { readonly actief: number; readonly gestart: number; readonly geweigerd: number };
  readonly handhaving: { readonly overtredingen: number; readonly artikel22: number; readonly artikel23: number; readonly boetes: number };
}

const within = (day: IsoDate, p: ReportPeriod): boolean => isOnOrAfter(day, p.from) && isOnOrBefore(day, p.to);
const monthOf = (day: IsoDate): string => day.slice(0, 7);

// art. 47 Wet inburgering 2021 (gegevens voor monitoring en verantwoording), art. 5.3 Besluit inburgering 2021 (PIP binnen 10 weken)
export function countHalfjaar(cases: readonly HalfjaarCase[], period: ReportPeriod): HalfjaarCijfers {
  const wi2021 = cases.filter((c) => !c.wi2013 && c.obliged === true);
  const open = wi2021.filter((c) => isOnOrBefore(c.createdOn, period.to) && (c.closedOn === null || isOnOrAfter(c.closedOn, period.from)));
  const count = (predicate: (c: HalfjaarCase) => boolean): number => wi2021.filter(predicate).length;
  const sum = (n: (c: HalfjaarCase) => number): number => wi2021.reduce((a, c) => a + n(c), 0);

  const firstPipsInPeriod = wi2021.filter((c) => c.firstPip !== null && within(c.firstPip.issuedOn, period));
  let binnen = 0;
  let na = 0;
  let zonder = 0;
  for (const c of firstPipsInPeriod) {
    const deadline = c.pipDeadline ? pipDeadline(c.pipDeadline).value : null;
    if (deadline === null) zonder++;
    else if (isOnOrBefore(c.firstPip?.issuedOn ?? deadline, deadline)) binnen++;
    else na++;
  }

  const advies = { B1: 0, Z: 0, Onderwijs: 0, geen: 0 };
  for (const c of wi2021) for (const r of c.learnabilityResults) if (within(r.resultOn, period)) advies[r.advisedRoute ?? 'geen']++;

  const routekeuze = { B1: 0, Z: 0, Onderwijs: 0, onbekend: 0 };
  for (const c of firstPipsInPeriod) routekeuze[c.firstPip?.route ?? 'onbekend']++;

  const changes = wi2021.flatMap((c) => c.pipChanges.filter((ch) => within(ch.issuedOn, period)));
  const placements = wi2021.flatMap((c) => c.placements.filter((p) => within(p.offeredOn, period)));
  const violations = wi2021.flatMap((c) => c.violations.filter((v) => within(v.establishedOn, period)));
  const [fromMonth, toMonth] = [monthOf(period.from), monthOf(period.to)];

  return {
    period,
    inBeeld: open.length,
    brede: { intakesAfgerond: count((c) => c.intakeCompletedOn !== null && within(c.intakeCompletedOn, period)) },
    trajecten: { aangeboden: placements.length, personen: count((c) => c.placements.some((p) => within(p.offeredOn, period))) },
    pips: { vastgesteld: firstPipsInPeriod.length, binnenTienWeken: binnen, naTienWeken: na, zonderTermijn: zonder },
    toets: { uitslagen: sum((c) => c.learnabilityResults.filter((r) => within(r.resultOn, period)).length), advies },
    routekeuze,
    wijzigingen: {
      afschalingA2: changes.filter((ch) => ch.reason === 'a2').length,
      routewissels: changes.filter((ch) => ch.reason === 'route-change').length,
      overig: changes.filter((ch) => ch.reason !== 'a2' && ch.reason !== 'route-change').length,
    },
    opleiding: {
      opleidingVastgelegd: count((c) => c.educationRecorded && c.intakeCompletedOn !== null && within(c.intakeCompletedOn, period)),
      alfabetisering: placements.filter((p) => p.literacy !== 'NVT').length,
      geenAlfabetisering: placements.filter((p) => p.literacy === 'NVT').length,
    },
    pvtMap: {
      pvtAfgerond: count((c) => c.pvtCompletedOn !== null && within(c.pvtCompletedOn, period)),
      mapAfgerond: count((c) => c.mapCompletedOn !== null && within(c.mapCompletedOn, period)),
    },
    ontzorgen: {
      actief: count((c) => c.relief?.status !== 'geweigerd' && c.relief !== null && c.relief.startMonth <= toMonth && c.relief.endMonthExclusive > fromMonth),
      gestart: count((c) => c.relief !== null && c.relief.status !== 'geweigerd' && c.relief.startMonth >= fromMonth && c.relief.startMonth <= toMonth),
      geweigerd: count((c) => c.relief?.status === 'geweigerd' && c.relief.startMonth >= fromMonth && c.relief.startMonth <= toMonth),
    },
    handhaving: {
      overtredingen: violations.length,
      artikel22: violations.filter((v) => v.article === 22).length,
      artikel23: violations.filter((v) => v.article === 23).length,
      boetes: violations.filter((v) => v.fined).length,
    },
  };
}
