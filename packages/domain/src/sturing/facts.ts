// R26: what the management dashboard counts of one case, derived once when the case changes and
// stored (case_sturing), so a dashboard over 100,000 cases is one scan of a narrow table (ADR 0140).
import { isOnOrBefore, type IsoDate } from '../rules/dates.ts';
import { pipDeadline } from '../rules/pip-deadline.ts';
import type { TargetGroup } from '../rules/types.ts';
import { isOneOf } from '../guards.ts';

export const dashboardRoutes = ['B1', 'Onderwijs', 'Z'] as const;
export type DashboardRoute = (typeof dashboardRoutes)[number];

export interface SturingPipVersion {
  readonly version: number;
  readonly status: string;
  readonly issuedOn: IsoDate | null;
  readonly route: string | null;
  readonly level: string | null;
  readonly a2Skills: readonly unknown[];
}

export interface SturingInput {
  readonly obliged: boolean | null;
  readonly regime: string | null;
  readonly targetGroup: string | null;
  readonly createdOn: IsoDate;
  readonly linkedOn: IsoDate | null;
  readonly housedOn: IsoDate | null;
  readonly dutyStartOn: IsoDate | null;
  readonly duoNoticeOn: IsoDate | null;
  readonly registeredOn: IsoDate | null;
  readonly movedInOn: IsoDate | null;
  readonly thirdPartyInfoReceivedOn: IsoDate | null;
  readonly closedOn: IsoDate | null;
  readonly pips: readonly SturingPipVersion[];
  /** Completion dates of the PVT and MAP results (null: not done). */
  readonly pvtDoneOn: IsoDate | null;
  readonly mapDoneOn: IsoDate | null;
  /** The ontzorgen agreement: status and its months 'YYYY-MM' (first paid, first no longer paid). */
  readonly relief: { readonly status: string; readonly startMonth: string; readonly endMonthExclusive: string } | null;
}

export interface SturingFacts {
  /** Wet inburgering 2021 and inburgeringsplichtig: the cases the Wi2021 figures count. */
  readonly wi2021Plichtig: boolean;
  readonly obliged: boolean;
  /** The day the gemeente had the person in view: the COA koppeling, else the start of the duty, else the case's creation. */
  readonly inBeeldOn: IsoDate;
  readonly closedOn: IsoDate | null;
  readonly linkedOn: IsoDate | null;
  readonly housedOn: IsoDate | null;
  /** The rules core's last day for the PIP (B3, pipDeadline), null while it is not running. */
  readonly pipDeadline: IsoDate | null;
  /** Dagtekening of the first PIP. */
  readonly firstPipOn: IsoDate | null;
  /** The leerroute of the latest PIP version. */
  readonly route: DashboardRoute | null;
  /** The latest PIP version that changed the leerroute. */
  readonly routeSwitchedOn: IsoDate | null;
  /** The first PIP version that lowered (part of) the B1 exam to A2. */
  readonly a2DowngradedOn: IsoDate | null;
  readonly pvtDoneOn: IsoDate | null;
  readonly mapDoneOn: IsoDate | null;
  /** Ontzorgen active from the first day of its first month up to (not incl.) the first day of its end month. */
  readonly reliefFrom: IsoDate | null;
  readonly reliefUntil: IsoDate | null;
}

const isTargetGroup = (v: string | null): v is TargetGroup => v === 'asiel' || v === 'gezin-overig';
const asRoute = (v: string | null): DashboardRoute | null => (isOneOf(dashboardRoutes, v) ? v : null);
const isA2 = (p: SturingPipVersion): boolean => p.level === 'A2' || p.a2Skills.length > 0;

// art. 15 lid 5 Wi 2021, art. 5.3–5.4 Besluit inburgering 2021: the PIP deadline, route changes and A2 as the rules core records them
export function sturingFacts(input: SturingInput): SturingFacts {
  const issued = input.pips.filter((p) => p.status !== 'concept' && p.issuedOn !== null).sort((a, b) => a.version - b.version);
  let routeSwitchedOn: IsoDate | null = null;
  let a2DowngradedOn: IsoDate | null = null;
  for (let i = 1; i < issued.length; i += 1) {
    const prev = issued[i - 1]!;
    const cur = issued[i]!;
    if (cur.route !== null && prev.route !== null && cur.route !== prev.route) routeSwitchedOn = cur.issuedOn;
    if (a2DowngradedOn === null && isA2(cur) && !isA2(prev)) a2DowngradedOn = cur.issuedOn;
  }
  const deadline = isTargetGroup(input.targetGroup)
    ? pipDeadline({
        targetGroup: input.targetGroup,
        duoNoticeOn: input.duoNoticeOn,
        registeredOn: input.registeredOn,
        movedInOn: input.movedInOn,
        thirdPartyInfoReceivedOn: input.thirdPartyInfoReceivedOn,
      }).value
    : null;
  const relief = input.relief !== null && input.relief.status === 'actief' ? input.relief : null;
  const obliged = input.obliged === true;
  return {
    wi2021Plichtig: obliged && input.regime === 'Wi2021',
    obliged,
    inBeeldOn: input.linkedOn ?? input.dutyStartOn ?? input.createdOn,
    closedOn: input.closedOn,
    linkedOn: input.linkedOn,
    housedOn: input.housedOn,
    pipDeadline: deadline,
    firstPipOn: issued[0]?.issuedOn ?? null,
    route: asRoute(issued[issued.length - 1]?.route ?? null),
    routeSwitchedOn,
    a2DowngradedOn,
    pvtDoneOn: input.pvtDoneOn,
    mapDoneOn: input.mapDoneOn,
    reliefFrom: relief ? `${relief.startMonth}-01` : null,
    reliefUntil: relief ? `${relief.endMonthExclusive}-01` : null,
  };
}

/** Whether the first PIP was set on or before the rules core's deadline (no deadline: not late). */
// art. 5.3 Besluit inburgering 2021
export function pipOnTime(facts: Pick<SturingFacts, 'firstPipOn' | 'pipDeadline'>): boolean | null {
  if (facts.firstPipOn === null) return null;
  return facts.pipDeadline === null || isOnOrBefore(facts.firstPipOn, facts.pipDeadline);
}
