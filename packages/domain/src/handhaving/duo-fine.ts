// DUO's own fines (C6; art. 24–26 Wet inburgering 2021, art. 7.2 Besluit inburgering 2021). They are
// not the gemeente's: Koers records them (by hand until DUO delivers them, ADR 0145) for their effect on
// the case — a new termijn in which the duty must still be met, with a lower cap for the gemeente's own
// fines (art. 7.1 lid 5 Bi). DUO's amount itself never counts towards that cap: the cap covers the
// fines of art. 7.1 lid 1 and 2 (art. 22 and 23 W) only.
import { addMonths, formatDutchDate, isAfter, isBefore, type IsoDate } from '../rules/dates.ts';
import { bi, explained, formatEuro, step, wi, type Explained, type ExplanationStep } from '../rules/explanation.ts';
import { newTermFineCap, type NewTermLength } from '../rules/fines.ts';
import type { DuoFine } from './fine-context.ts';
import { isOneOf } from '../guards.ts';

export const duoFineKinds = [
  'pvt-map',
  'pvt-map-nieuwe-termijn',
  'pvt-map-herhaald',
  'leerroute',
  'leerroute-nieuwe-termijn',
  'leerroute-herhaald',
] as const;
export type DuoFineKind = (typeof duoFineKinds)[number];

export const newTermLengths: readonly NewTermLength[] = [6, 12, 18, 24];

export const duoFineKindLabel: Readonly<Record<DuoFineKind, string>> = {
  'pvt-map': 'participatieverklaringstraject of module Arbeidsmarkt en Participatie niet afgerond in de termijn',
  'pvt-map-nieuwe-termijn': 'participatieverklaringstraject of module Arbeidsmarkt en Participatie niet afgerond in de nieuwe termijn',
  'pvt-map-herhaald': 'participatieverklaringstraject of module Arbeidsmarkt en Participatie nog steeds niet afgerond (tweejaarlijkse boete)',
  leerroute: 'leerroute niet behaald in de termijn',
  'leerroute-nieuwe-termijn': 'leerroute niet behaald in de nieuwe termijn',
  'leerroute-herhaald': 'leerroute nog steeds niet behaald (tweejaarlijkse boete)',
};

// art. 24 en 25 Wet inburgering 2021 — the article and lid a DUO fine rests on
export function duoFineArticle(kind: DuoFineKind): string {
  switch (kind) {
    case 'pvt-map':
      return wi('24', 1);
    case 'pvt-map-nieuwe-termijn':
      return wi('24', 3);
    case 'pvt-map-herhaald':
      return wi('24', 4);
    case 'leerroute':
      return wi('25', 1);
    case 'leerroute-nieuwe-termijn':
    case 'leerroute-herhaald':
      return wi('25', 2);
  }
}

// art. 26 lid 1 onderdeel b en d Wet inburgering 2021; art. 7.2 lid 1 en 3 Besluit inburgering 2021 — the highest amount DUO may impose
export function duoFineMaxCents(kind: DuoFineKind): number {
  switch (kind) {
    case 'pvt-map':
    case 'pvt-map-nieuwe-termijn':
    case 'pvt-map-herhaald':
      return 34_000;
    case 'leerroute':
    case 'leerroute-nieuwe-termijn':
    case 'leerroute-herhaald':
      return 100_000;
  }
}

// art. 24 lid 2–4 en 25 lid 2 Wet inburgering 2021 — the beschikking sets a new termijn, except the two-yearly repeat fine
export function startsNewTerm(kind: DuoFineKind): boolean {
  switch (kind) {
    case 'pvt-map':
    case 'pvt-map-nieuwe-termijn':
    case 'leerroute':
    case 'leerroute-nieuwe-termijn':
      return true;
    case 'pvt-map-herhaald':
    case 'leerroute-herhaald':
      return false;
  }
}

/** A DUO fine as the regisseur records it from DUO's beschikking (or, later, as DUO delivers it). */
export interface RecordedDuoFine {
  readonly kind: DuoFineKind;
  /** Dagtekening (bekendmaking) of DUO's boetebeschikking; the new termijn runs from here (art. 24 lid 2 W). */
  readonly decisionOn: IsoDate;
  readonly amountCents: number;
  /** The length of the new termijn the beschikking sets; null for a repeat fine without one. */
  readonly newTermMonths: NewTermLength | null;
  /** DUO withdrew the fine, or it was annulled: it no longer has any effect. */
  readonly withdrawnOn: IsoDate | null;
}

export interface DuoFineRefusal {
  readonly field: string;
  readonly message: string;
}

// art. 24 lid 2, 25 lid 2 en 26 lid 1 Wet inburgering 2021; art. 7.1 lid 5 Besluit inburgering 2021 — what a recorded DUO fine must satisfy
export function checkDuoFine(fine: RecordedDuoFine, today: IsoDate): DuoFineRefusal | null {
  if (isAfter(fine.decisionOn, today)) return { field: 'decisionOn', message: 'Datum beschikking DUO: de datum mag niet in de toekomst liggen.' };
  const max = duoFineMaxCents(fine.kind);
  if (!Number.isInteger(fine.amountCents) || fine.amountCents < 1 || fine.amountCents > max)
    return {
      field: 'amountCents',
      message: `Bedrag: een boete van DUO op grond van ${duoFineArticle(fine.kind)} is meer dan € 0 en ten hoogste ${formatEuro(max)} (art. 26 lid 1 Wet inburgering 2021).`,
    };
  if (startsNewTerm(fine.kind) && fine.newTermMonths === null)
    return { field: 'newTermMonths', message: 'Nieuwe termijn: deze boete stelt een nieuwe termijn; kies de lengte uit de beschikking van DUO.' };
  if (!startsNewTerm(fine.kind) && fine.newTermMonths !== null)
    return { field: 'newTermMonths', message: 'Nieuwe termijn: een tweejaarlijkse boete stelt geen nieuwe termijn (art. 24 lid 4 Wet inburgering 2021).' };
  if (fine.newTermMonths !== null && !newTermLengths.includes(fine.newTermMonths))
    return { field: 'newTermMonths', message: 'Nieuwe termijn: kies 6, 12, 18 of 24 maanden (art. 7.1 lid 5 Besluit inburgering 2021).' };
  if (fine.withdrawnOn !== null && (isBefore(fine.withdrawnOn, fine.decisionOn) || isAfter(fine.withdrawnOn, today)))
    return { field: 'withdrawnOn', message: 'Datum ingetrokken: tussen de datum van de beschikking en vandaag.' };
  return null;
}

/** The end (exclusive) of the new termijn a DUO fine set, or null when it set none. */
// art. 24 lid 2 en 25 lid 2 Wet inburgering 2021 — the new termijn runs from the boetebeschikking
export function duoFineTermEnd(fine: Pick<RecordedDuoFine, 'decisionOn' | 'newTermMonths'>): IsoDate | null {
  return fine.newTermMonths === null ? null : addMonths(fine.decisionOn, fine.newTermMonths);
}

/** The DUO fines that still have effect and started a new termijn, as `termInForce` takes them. */
// art. 7.1 lid 5 Besluit inburgering 2021 — only a fine in force with a new termijn lowers the cap
export function duoFinesInForce(fines: readonly RecordedDuoFine[]): DuoFine[] {
  return fines.flatMap((f) =>
    f.withdrawnOn === null && f.newTermMonths !== null
      ? [{ imposedOn: f.decisionOn, amountCents: f.amountCents, newTermStart: f.decisionOn, newTermMonths: f.newTermMonths }]
      : [],
  );
}

/** The new termijn ends of the DUO fines in force, for `effectiveTermEnd`. */
export function duoFineTerms(fines: readonly RecordedDuoFine[]): { decidedOn: IsoDate; newEndExclusive: IsoDate }[] {
  return fines.flatMap((f) => {
    const end = f.withdrawnOn === null ? duoFineTermEnd(f) : null;
    return end ? [{ decidedOn: f.decisionOn, newEndExclusive: end }] : [];
  });
}

// art. 24–26 Wet inburgering 2021; art. 7.1 lid 5 en 7.2 Besluit inburgering 2021 — what a DUO fine means for the case, in words
export function duoFineEffect(fine: RecordedDuoFine): Explained<{ newTermEnd: IsoDate | null; capCents: number | null }> {
  const steps: ExplanationStep[] = [
    step(
      `DUO legde op ${formatDutchDate(fine.decisionOn)} een boete op van ${formatEuro(fine.amountCents)}: ${duoFineKindLabel[fine.kind]}.`,
      duoFineArticle(fine.kind),
      fine.kind.startsWith('pvt-map') ? bi('7.2', 1) : bi('7.2', 2),
    ),
  ];
  if (fine.withdrawnOn !== null) {
    steps.push(step(`DUO trok de boete in of zij werd vernietigd op ${formatDutchDate(fine.withdrawnOn)}: zij heeft geen gevolgen meer.`));
    return explained({ newTermEnd: null, capCents: null }, 'Boete van DUO ingetrokken of vernietigd: geen gevolgen.', steps);
  }
  const end = duoFineTermEnd(fine);
  if (end === null || fine.newTermMonths === null) {
    steps.push(step('Een tweejaarlijkse boete stelt geen nieuwe termijn; het maximum voor boetes van de gemeente verandert niet.', wi('24', 4)));
    return explained({ newTermEnd: null, capCents: null }, 'Geen nieuwe termijn.', steps);
  }
  const cap = newTermFineCap(fine.newTermMonths);
  steps.push(
    step(
      `De beschikking stelt een nieuwe termijn van ${fine.newTermMonths} maanden: de inburgeringsplichtige moet tot ${formatDutchDate(end)} (die dag niet meegerekend) alsnog voldoen.`,
      fine.kind.startsWith('pvt-map') ? wi('24', 2) : wi('25', 2),
    ),
    ...cap.explanation.steps,
    step('De boete van DUO zelf telt niet mee voor dat maximum: het geldt alleen voor boetes van de gemeente (art. 22 en 23).', bi('7.1', 5)),
  );
  return explained(
    { newTermEnd: end, capCents: cap.value },
    `Nieuwe termijn tot ${formatDutchDate(end)}; boetes van de gemeente daarin ten hoogste ${formatEuro(cap.value)}.`,
    steps,
  );
}

export function isDuoFineKind(value: string): value is DuoFineKind {
  return isOneOf(duoFineKinds, value);
}
