// B8/B9: changing the leerroute and lowering (part of) the B1 exam to A2.
// Reading (docs/adr/0012): the window is [termStart, termStart + 18 months) by decision date, no lower bound.
import { addDays, addMonths, formatDutchDate, isBefore, type IsoDate } from './dates.ts';
import { bi, duo, explained, step, wi, type Explained } from './explanation.ts';
import { routeLabel, type LearningRoute } from './types.ts';

export type RouteChangeException = 'non-exempting-course' | 'special-case';

export interface RouteChangeInput {
  readonly termStart: IsoDate;
  readonly decidedOn: IsoDate;
  readonly from: LearningRoute;
  readonly to: LearningRoute;
  readonly exception?: RouteChangeException | null;
}

export const ROUTE_CHANGE_WINDOW_MONTHS = 18;

// art. 5.4 lid 1 Besluit inburgering 2021 — first day on which a route change is no longer possible (ADR 0012)
export function routeChangeWindowEnd(termStart: IsoDate): IsoDate {
  return addMonths(termStart, ROUTE_CHANGE_WINDOW_MONTHS);
}

// art. 17 lid 2 Wet inburgering 2021; art. 5.4 lid 1–3 Besluit inburgering 2021
export function routeChangeAllowed(input: RouteChangeInput): Explained<boolean> {
  const change = `${routeLabel(input.from)} → ${routeLabel(input.to)}`;
  if (input.from === input.to) {
    return explained(false, `Geen wijziging: de leerroute is al de ${routeLabel(input.to)}.`, [
      step('Opnieuw vaststellen van dezelfde leerroute is geen wijziging.', wi('17', 2)),
    ]);
  }
  if (input.from === 'Onderwijs' && input.to === 'B1') {
    return explained(true, 'Toegestaan: de onderwijsroute kan gedurende het hele traject worden gewijzigd in de B1-route.', [
      step('Onderwijsroute → B1-route mag gedurende het gehele inburgeringstraject.', bi('5.4', 1)),
    ]);
  }
  const exception = input.exception ?? null;
  if (exception !== null) {
    const text =
      exception === 'non-exempting-course'
        ? 'na het afronden of voortijdig beëindigen van een niet-vrijstellende opleiding mag het college na de termijn van anderhalf jaar wijzigen'
        : 'in een bijzonder geval mag het college afwijken van de termijn van anderhalf jaar';
    return explained(true, `Toegestaan (${change}): ${text}.`, [
      step(`Uitzondering: ${text}.`, exception === 'non-exempting-course' ? bi('5.4', 2) : bi('5.4', 3)),
    ]);
  }
  const windowEnd = routeChangeWindowEnd(input.termStart);
  const allowed = isBefore(input.decidedOn, windowEnd);
  const text = allowed
    ? `het besluit van ${formatDutchDate(input.decidedOn)} valt binnen anderhalf jaar na de start van de termijn (${formatDutchDate(input.termStart)}; laatste dag ${formatDutchDate(addDays(windowEnd, -1))}).`
    : `het besluit van ${formatDutchDate(input.decidedOn)} valt niet meer binnen anderhalf jaar na de start van de termijn (${formatDutchDate(input.termStart)}; de periode eindigde vóór ${formatDutchDate(windowEnd)}).`;
  return explained(allowed, `${allowed ? 'Toegestaan' : 'Niet toegestaan'} (${change}): ${text}`, [
    step(`${text.charAt(0).toUpperCase()}${text.slice(1)}`, wi('17', 2), bi('5.4', 1)),
  ]);
}

export interface A2DowngradeInput {
  readonly route: LearningRoute;
  /** Hours of Dutch (NT2, literacy included) at a keurmerk or taalschakel institution. */
  readonly dutchCourseHours: number;
  /** The facts show sufficient effort during these lessons. */
  readonly sufficientEffort: boolean;
  /** This would be the person's first PIP (DUO refuses A2 on a first PIP). */
  readonly firstPip: boolean;
}

export const A2_MIN_COURSE_HOURS = 600;

// art. 17 lid 3 Wet inburgering 2021; art. 5.5 lid 1 en art. 5.3 lid 6 Besluit inburgering 2021; DUO PIP-regels
export function a2DowngradeAllowed(input: A2DowngradeInput): Explained<boolean> {
  const checks: [boolean, string, string][] = [
    [input.route === 'B1', `alleen in de B1-route (nu: ${routeLabel(input.route)})`, wi('17', 3)],
    [input.dutchCourseHours >= A2_MIN_COURSE_HOURS, `ten minste 600 cursusuren Nederlands gevolgd (${input.dutchCourseHours})`, bi('5.5', 1)],
    [input.sufficientEffort, 'voldoende ingespannen tijdens de taallessen', bi('5.5', 1)],
    [!input.firstPip, 'niet op het eerste PIP van de persoon', duo('PIP, Niveau')],
  ];
  const allowed = checks.every(([ok]) => ok);
  const failed = checks.filter(([ok]) => !ok).map(([, text]) => text);
  return explained(
    allowed,
    allowed
      ? 'Afschalen naar A2 is toegestaan; pas het PIP aan.'
      : `Afschalen naar A2 is niet toegestaan: niet voldaan aan ${failed.join('; ')}.`,
    [
      ...checks.map(([ok, text, article]) => step(`${ok ? 'Voldaan' : 'Niet voldaan'}: ${text}.`, article)),
      ...(allowed ? [step('Het college past het PIP aan conform deze wijziging.', bi('5.3', 6))] : []),
    ],
  );
}
