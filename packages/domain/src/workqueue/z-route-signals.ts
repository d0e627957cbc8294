// Werkvoorraad item "Z-route-uren achter" (R20, R14): the course hours or the activity hours of a
// Z-route are behind a steady pace towards 800 + 800 over the termijn. Pure and on stored state only
// (ADR 0040): the pace line is known in advance, so dueOn is the day the hours done fall below
// Z_ROUTE_BEHIND_SHARE of the pace; a new entry of hours moves that day. ADR 0143.
import { addDays, daysBetween, formatDutchDate, isBefore, type IsoDate } from '../rules/dates.ts';
import { zRouteHoursRemaining, Z_ACTIVITY_HOURS, Z_COURSE_HOURS, type ZRouteHoursInput } from '../rules/z-route.ts';
import type { LearningRoute } from '../rules/types.ts';
import type { Signal } from './signals.ts';

/** Hours done below this share of a steady pace count as behind (same share as hours-behind). */
export const Z_ROUTE_BEHIND_SHARE = 0.8;

export interface ZRouteSnapshot {
  readonly closed: boolean;
  readonly obliged: boolean | null;
  /** Leerroute of the vastgesteld PIP; only the Z-route has this item. */
  readonly route: LearningRoute | null;
  readonly termStart: IsoDate | null;
  /** Start-inclusive, end-exclusive. */
  readonly termEndExclusive: IsoDate | null;
  /** Day the Z-route was completed (reported to DUO); no item after it. */
  readonly completedOn: IsoDate | null;
  readonly hours: ZRouteHoursInput;
}

/** The day hours `done` of a `norm` fall below the share of a steady pace over the termijn; null when never before the end. */
export function behindFrom(done: number, norm: number, termStart: IsoDate, termEndExclusive: IsoDate): IsoDate | null {
  if (done >= norm) return null;
  const termDays = daysBetween(termStart, termEndExclusive);
  // pace(t) = norm × t / termDays; behind when done < share × pace(t), i.e. t > done × termDays / (share × norm).
  const day = Math.floor((done * termDays) / (Z_ROUTE_BEHIND_SHARE * norm)) + 1;
  const dueOn = addDays(termStart, day);
  return isBefore(dueOn, termEndExclusive) ? dueOn : null;
}

// art. 3.14 lid 2 Besluit inburgering 2021 en art. 17 lid 1 Wet inburgering 2021 — 800 + 800 uur binnen de termijn; het college houdt zicht op de voortgang
export function computeZRouteSignals(s: ZRouteSnapshot): Signal[] {
  if (s.closed || s.obliged !== true || s.route !== 'Z' || s.completedOn !== null || s.termStart === null || s.termEndExclusive === null) return [];
  const ledger = zRouteHoursRemaining(s.hours);
  const courseDone = Z_COURSE_HOURS - ledger.value.courseHoursRemaining;
  const activityRemaining = ledger.value.activityHoursRemaining;
  const courseFrom = behindFrom(courseDone, Z_COURSE_HOURS, s.termStart, s.termEndExclusive);
  const activityFrom = activityRemaining === null ? null : behindFrom(Z_ACTIVITY_HOURS - activityRemaining, Z_ACTIVITY_HOURS, s.termStart, s.termEndExclusive);
  const dates = [courseFrom, activityFrom].filter((x): x is IsoDate => x !== null).sort();
  const dueOn = dates[0];
  if (dueOn === undefined) return [];
  const lastDay = addDays(s.termEndExclusive, -1);
  const behind = [
    ...(courseFrom !== null ? [`cursusuren (nog ${ledger.value.courseHoursRemaining} van ${Z_COURSE_HOURS})`] : []),
    ...(activityFrom !== null && activityRemaining !== null ? [`uren activiteiten (nog ${activityRemaining} van ${Z_ACTIVITY_HOURS})`] : []),
  ].join(' en ');
  return [
    {
      kind: 'z-route-hours-behind',
      dueOn,
      deadline: lastDay,
      reason: `De Z-route loopt achter op ${behind}: in dit tempo zijn de uren niet gehaald vóór het einde van de termijn op ${formatDutchDate(lastDay)}. ${ledger.explanation.summary} Bespreek extra uren of een andere participatieplek (art. 3.14 lid 2 Besluit inburgering 2021).`,
      section: 'participatie',
    },
  ];
}
