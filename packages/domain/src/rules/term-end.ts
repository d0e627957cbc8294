// The end of the road (R23, B5/B6): exam results from DUO, whether the duty is fulfilled, and the
// effective termijn after extensions. Readings: docs/adr/0128 (exam results) and 0129 (extensions).
import { addMonths, compareDates, formatDutchDate, type IsoDate } from './dates.ts';
import { dutchList, explained, step, wi, bi, type Explained } from './explanation.ts';
import { dutyFulfilled } from './pvt-map.ts';
import type { LanguageLevel, LearningRoute } from './types.ts';
import { isOneOf } from '../guards.ts';

/** The five parts of the inburgeringsexamen as DUO names them (Examenonderdeel). */
export const examParts = ['LE', 'LU', 'SC', 'SP', 'KNM'] as const;
export type ExamPart = (typeof examParts)[number];

export const examPartLabel: Readonly<Record<ExamPart, string>> = {
  LE: 'lezen',
  LU: 'luisteren',
  SC: 'schrijven',
  SP: 'spreken',
  KNM: 'Kennis van de Nederlandse Maatschappij',
};

export const isExamPart = (s: string): s is ExamPart => isOneOf(examParts, s);

/** One exam result as DUO reports it (Examen API, Examenresultaat). */
export interface ExamResult {
  readonly onderdeel: string;
  readonly niveau: string | null;
  /** 'Geslaagd' | 'Gezakt' | 'Geen'. */
  readonly resultaat: string;
  readonly examendatum: IsoDate;
}

export const examResultLabel = (resultaat: string): string =>
  resultaat === 'Geslaagd' ? 'geslaagd' : resultaat === 'Gezakt' ? 'gezakt' : 'geen resultaat';

const levelRank: Readonly<Record<string, number>> = { A0: 0, A1: 1, A2: 2, B1: 3, B2: 4 };

// art. 7 lid 1 en art. 8 lid 1 onderdeel a Wet inburgering 2021; art. 4.1 Besluit inburgering 2021 — the examen: four language parts at the PIP level and KNM
export function examPassed(results: readonly ExamResult[], level: LanguageLevel): Explained<{ passed: boolean; missing: ExamPart[] }> {
  const needed = levelRank[level] ?? levelRank.B1 ?? 3;
  const passedPart = (part: ExamPart): ExamResult | undefined =>
    results
      .filter((r) => r.onderdeel === part && r.resultaat === 'Geslaagd' && (part === 'KNM' || (levelRank[r.niveau ?? ''] ?? -1) >= needed))
      .sort((a, b) => compareDates(a.examendatum, b.examendatum))[0];
  const missing = examParts.filter((p) => passedPart(p) === undefined);
  const steps = examParts.map((p) => {
    const r = passedPart(p);
    return step(
      r ? `${examPartLabel[p]}: geslaagd op ${formatDutchDate(r.examendatum)}${r.niveau ? ` (${r.niveau})` : ''}.` : `${examPartLabel[p]}: nog niet behaald${p === 'KNM' ? '' : ` op niveau ${level}`}.`,
      wi('7', 1),
    );
  });
  return explained(
    { passed: missing.length === 0, missing },
    missing.length === 0 ? `Alle examenonderdelen behaald op niveau ${level}.` : `Nog niet behaald: ${dutchList(missing.map((p) => examPartLabel[p]))}.`,
    steps,
  );
}

export interface DutyStateInput {
  /** The route of the current PIP; null when there is none. */
  readonly route: LearningRoute | null;
  /** Level of the language exams in the PIP (B1 unless lowered to A2). */
  readonly examLevel: LanguageLevel;
  readonly pvtCompletedOn: IsoDate | null;
  readonly mapCompletedOn: IsoDate | null;
  readonly zRouteCompletedOn: IsoDate | null;
  readonly examResults: readonly ExamResult[];
}

// art. 6 lid 1, art. 7 en art. 8 lid 3 Wet inburgering 2021 — the duty for this case: PVT, MAP and the route, from DUO's exam results or the Z-route completion
export function dutyState(input: DutyStateInput): Explained<boolean> {
  if (input.route === null) return explained(false, 'Nog geen vastgesteld PIP: de leerroute is niet bekend.', [step('De plicht wordt gemeten aan de leerroute in het PIP.', wi('15', 1))]);
  const exam = input.route === 'B1' ? examPassed(input.examResults, input.examLevel) : null;
  const routeCompleted = input.route === 'B1' ? (exam?.value.passed ?? false) : input.route === 'Z' ? input.zRouteCompletedOn !== null : false;
  const rule = dutyFulfilled({ route: input.route, pvtCompleted: input.pvtCompletedOn !== null, mapCompleted: input.mapCompletedOn !== null, routeCompleted });
  const steps = [
    ...rule.explanation.steps,
    step(input.pvtCompletedOn ? `PVT ondertekend op ${formatDutchDate(input.pvtCompletedOn)}.` : 'PVT nog niet afgerond.', wi('6', 1)),
    ...(input.route === 'Onderwijs' ? [] : [step(input.mapCompletedOn ? `MAP-eindgesprek op ${formatDutchDate(input.mapCompletedOn)}.` : 'MAP nog niet afgerond.', wi('6', 1))]),
    ...(exam ? exam.explanation.steps : []),
    ...(input.route === 'Z'
      ? [step(input.zRouteCompletedOn ? `Z-route afgerond op ${formatDutchDate(input.zRouteCompletedOn)}.` : 'Z-route nog niet afgerond.', wi('8', 1, 'c'))]
      : []),
    ...(input.route === 'Onderwijs' ? [step('De afronding van de onderwijsroute stelt DUO vast; Koers ontvangt die als DUO-melding (SS106).', wi('8', 1, 'b'))] : []),
  ];
  return explained(rule.value, rule.explanation.summary, steps);
}

/** Grounds on which the termijn is extended (art. 12 lid 1 Wi2021). */
export const extensionGrounds = ['niet-verwijtbaar', 'aanzienlijke-inspanningen'] as const;
export type ExtensionGround = (typeof extensionGrounds)[number];

export const extensionGroundLabel: Readonly<Record<ExtensionGround, string>> = {
  'niet-verwijtbaar': 'Overschrijding van de termijn niet verwijtbaar',
  'aanzienlijke-inspanningen': 'Aanzienlijke inspanningen geleverd',
};

export const isExtensionGround = (s: string): s is ExtensionGround => isOneOf(extensionGrounds, s);

/** Months of an extension after considerable efforts (art. 4.4 lid 1 Bi). */
export const CONSIDERABLE_EFFORTS_MONTHS = 6;

// art. 12 lid 1 Wet inburgering 2021; art. 4.4 lid 1 Besluit inburgering 2021 — how long an extension on this ground lasts
export function extensionMonths(ground: ExtensionGround, requestedMonths: number): Explained<number> {
  switch (ground) {
    case 'aanzienlijke-inspanningen':
      return explained(CONSIDERABLE_EFFORTS_MONTHS, 'Verlenging na aanzienlijke inspanningen: zes maanden.', [step('Verlenging na aanzienlijke inspanningen bedraagt zes maanden.', wi('12', 1, 'b'), bi('4.4', 1))]);
    case 'niet-verwijtbaar':
      return explained(requestedMonths, `Verlenging omdat de overschrijding niet verwijtbaar is: ${requestedMonths} maanden, naar de omstandigheden.`, [
        step('De wet noemt geen vaste duur; de duur volgt uit de omstandigheden die het verzoek aannemelijk maakt.', wi('12', 1, 'a')),
      ]);
    default:
      return ground satisfies never;
  }
}

/** The end a granted extension leads to: the end reached so far plus its months. */
// art. 12 lid 1 Wet inburgering 2021 — an extension is added to the end reached so far
export function extendedEnd(currentEndExclusive: IsoDate, months: number): IsoDate {
  return addMonths(currentEndExclusive, months);
}

export interface GrantedExtension {
  readonly newEndExclusive: IsoDate;
  readonly decidedOn: IsoDate;
}

/**
 * The effective end of the termijn: DUO's end, or the end of a later granted extension recorded in
 * Koers that DUO has not reported yet. The later of the two, so DUO's own update after the
 * extension does not add it a second time (ADR 0129).
 */
// art. 11 lid 1, 12 lid 1, 24 lid 2 en 25 lid 2 Wet inburgering 2021 — the termijn with its extensions and a new termijn after a DUO fine (ADR 0145)
export function effectiveTermEnd(
  duoEndExclusive: IsoDate | null,
  granted: readonly GrantedExtension[],
  duoFineTerms: readonly GrantedExtension[] = [],
): Explained<IsoDate | null> {
  let end = duoEndExclusive;
  const steps = [step(duoEndExclusive ? `Einde termijn volgens DUO: ${formatDutchDate(duoEndExclusive)} (die dag niet meegerekend).` : 'DUO heeft nog geen termijn gemeld.', wi('11', 1))];
  for (const g of [...granted].sort((a, b) => compareDates(a.decidedOn, b.decidedOn))) {
    if (end === null || compareDates(g.newEndExclusive, end) > 0) {
      end = g.newEndExclusive;
      steps.push(step(`Verlenging toegekend op ${formatDutchDate(g.decidedOn)}: de termijn loopt tot ${formatDutchDate(g.newEndExclusive)}.`, wi('12', 1)));
    } else steps.push(step(`Verlenging van ${formatDutchDate(g.decidedOn)} zit al in het einde dat DUO meldde.`, wi('12', 1)));
  }
  for (const f of [...duoFineTerms].sort((a, b) => compareDates(a.decidedOn, b.decidedOn))) {
    if (end === null || compareDates(f.newEndExclusive, end) > 0) {
      end = f.newEndExclusive;
      steps.push(step(`Boete van DUO van ${formatDutchDate(f.decidedOn)} met een nieuwe termijn: die loopt tot ${formatDutchDate(f.newEndExclusive)}.`, wi('24', 2), wi('25', 2)));
    } else steps.push(step(`De nieuwe termijn na de boete van DUO van ${formatDutchDate(f.decidedOn)} zit al in het einde hierboven.`, wi('24', 2)));
  }
  return explained(end, end ? `De termijn loopt tot ${formatDutchDate(end)} (die dag niet meegerekend).` : 'Einde termijn nog niet bekend.', steps);
}
