// B5/B6: the inburgeringstermijn and its extensions.
// Reading (docs/adr/0013): extensions are DUO decisions, applied in order to the end reached so far.
import { addDays, addMonths, addWeeks, addYears, formatDutchDate, type IsoDate } from './dates.ts';
import { bi, explained, step, wi, type Explained, type ExplanationStep } from './explanation.ts';
import type { LanguageLevel, LearningRoute, Period, TargetGroup } from './types.ts';

export type TermExtension = { readonly months: number } | { readonly weeks: number };

export interface IntegrationTermInput {
  /** Dagtekening of the first PIP (re-issuing or amending the PIP does not move the start). */
  readonly pipIssuedOn: IsoDate;
  /** Extensions granted by DUO, in order. */
  readonly extensions?: readonly TermExtension[] | null;
}

export const TERM_YEARS = 3;

// art. 11 lid 1–3 en art. 12 Wet inburgering 2021; art. 4.4 lid 1 Besluit inburgering 2021
export function integrationTerm(input: IntegrationTermInput): Explained<Period> {
  const start = addDays(input.pipIssuedOn, 1);
  let end = addYears(start, TERM_YEARS);
  const steps: ExplanationStep[] = [
    step(`De termijn begint op ${formatDutchDate(start)}, de dag na de dagtekening van het PIP (${formatDutchDate(input.pipIssuedOn)}).`, wi('11', 2), wi('11', 3)),
    step(`Drie jaar: de termijn loopt tot ${formatDutchDate(end)} (die dag niet meegerekend).`, wi('11', 1)),
  ];
  for (const ext of input.extensions ?? []) {
    const previous = end;
    if ('months' in ext) {
      end = addMonths(end, ext.months);
      steps.push(
        step(
          `Verlengd met ${ext.months} maanden: van ${formatDutchDate(previous)} tot ${formatDutchDate(end)}.`,
          wi('12', 1),
          ...(ext.months === 6 ? [bi('4.4', 1)] : []),
        ),
      );
    } else {
      end = addWeeks(end, ext.weeks);
      steps.push(step(`Verlengd met ${ext.weeks} weken: van ${formatDutchDate(previous)} tot ${formatDutchDate(end)}.`, wi('12', 1)));
    }
  }
  const last = addDays(end, -1);
  return explained(
    { start, endExclusive: end },
    `Inburgeringstermijn van ${formatDutchDate(start)} tot en met ${formatDutchDate(last)}.`,
    steps,
  );
}

export interface ConsiderableEffortsInput {
  readonly route: LearningRoute;
  readonly targetGroup: TargetGroup;
  /** Level of the four language exams in the PIP (B1 unless lowered to A2). */
  readonly examLevel: LanguageLevel;
  /** All language and KNM lessons followed (absence with a valid reason excepted) — asielstatushouders. */
  readonly allLessonsFollowed: boolean;
  /** Hours of language lessons or KNM followed — gezinsmigranten / overige migranten need ≥ 450. */
  readonly lessonHours: number;
  /** Number of the four language exams passed (reading, listening, writing, speaking). */
  readonly languageExamsPassed: number;
  readonly knmPassed: boolean;
  readonly pvtCompleted: boolean;
  readonly mapCompleted: boolean;
}

export const FAMILY_MIN_LESSON_HOURS = 450;

// art. 12 lid 1 onderdeel b Wet inburgering 2021; art. 4.4 Besluit inburgering 2021 — 6 months after considerable efforts
export function considerableEffortsExtension(input: ConsiderableEffortsInput): Explained<{ eligible: boolean; months: number }> {
  const checks: [boolean, string, string][] = [
    [input.route === 'B1', 'volgt de B1-route', bi('4.4', 2, 'a')],
    [input.examLevel === 'A2' || input.examLevel === 'B1', 'examens op het PIP-niveau, ten minste A2', bi('4.4', 2, 'a')],
    input.targetGroup === 'gezin-overig'
      ? [input.lessonHours >= FAMILY_MIN_LESSON_HOURS, `ten minste 450 uur taalles/KNM gevolgd (${input.lessonHours})`, bi('4.4', 3)]
      : [input.allLessonsFollowed, 'alle taallessen en KNM-uren gevolgd', bi('4.4', 2, 'b')],
    [input.languageExamsPassed >= 2 && input.knmPassed, `minstens 2 van 4 taalexamens (${input.languageExamsPassed}) en KNM behaald`, bi('4.4', 2, 'c')],
    [input.pvtCompleted && input.mapCompleted, 'PVT en MAP afgerond', bi('4.4', 2, 'd')],
  ];
  const steps = checks.map(([ok, text, article]) => step(`${ok ? 'Voldaan' : 'Niet voldaan'}: ${text}.`, article));
  const eligible = checks.every(([ok]) => ok);
  return explained(
    { eligible, months: eligible ? 6 : 0 },
    eligible ? 'Aanzienlijke inspanningen: DUO verlengt de termijn met 6 maanden.' : 'Geen verlenging wegens aanzienlijke inspanningen.',
    [step('Verlenging na aanzienlijke inspanningen bedraagt zes maanden.', wi('12', 1, 'b'), bi('4.4', 1)), ...steps],
  );
}
