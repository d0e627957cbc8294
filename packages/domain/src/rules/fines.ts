// C1–C5: fines the college imposes (art. 22 and 23 Wet inburgering 2021), caps, and the new deadline.
// Readings (docs/adr/0014, 0015): "steeds met 100 % verhoogd" = doubling per final earlier violation in
// [day − 12 months, day); culpability % after the € 800 cap; missing culpability = 50 %; cap after W27.
import { addMonths, addWeeks, formatDutchDate, isBefore, isOnOrAfter, type IsoDate } from './dates.ts';
import { bi, explained, formatEuro, setting, step, wi, type Explained, type ExplanationStep } from './explanation.ts';
import { extendToWorkday } from './workdays.ts';

export type FineArticle = 22 | 23;
export type Culpability = 'opzet' | 'grove-schuld' | 'normaal' | 'verminderd';

export interface EarlierViolation {
  /** Day the earlier art. 23 violation was established. */
  readonly establishedOn: IsoDate;
  /** The fine for it has become final (onherroepelijk). */
  readonly final: boolean;
}

export interface FineInput {
  readonly article: FineArticle;
  /** Day the violation was established (constatering). */
  readonly establishedOn: IsoDate;
  /** Art. 23 only; absent means neither intent nor gross negligence ("normaal", 50 %) — see ADR 0015. */
  readonly culpability?: Culpability | null;
  /** Art. 23 only: earlier art. 23 violations. */
  readonly earlierViolations?: readonly EarlierViolation[] | null;
  /** Cents already fined under art. 22 + 23 in this termijn (incl. extension). */
  readonly finedInTermSoFar?: number | null;
  /** Bijstand was already lowered for the same behaviour (PW 18 / 18b). */
  readonly bijstandLoweredForSameBehaviour?: boolean | null;
  /** Cap for the period (default € 2,400; in a new termijn after a DUO fine see newTermFineCap). */
  readonly termCapCents?: number | null;
}

export const ART22_FINE_CENTS = 25_000;
export const ART23_BASE_CENTS = 5_000;
export const ART23_MAX_CENTS = 80_000;
export const TERM_FINE_CAP_CENTS = 240_000;
export const REPEAT_WINDOW_MONTHS = 12;

export const culpabilityPercentage: Readonly<Record<Culpability, number>> = {
  opzet: 100,
  'grove-schuld': 75,
  normaal: 50,
  verminderd: 25,
};

const culpabilityText: Readonly<Record<Culpability, string>> = {
  opzet: 'opzet: 100 %',
  'grove-schuld': 'grove schuld: 75 %',
  normaal: 'geen opzet of grove schuld: 50 %',
  verminderd: 'verminderde verwijtbaarheid: 25 %',
};

const culpabilityOnderdeel: Readonly<Record<Culpability, string>> = { opzet: 'a', 'grove-schuld': 'b', normaal: 'c', verminderd: 'd' };

/** Earlier art. 23 violations that double the base: final, established in [day − 12 months, day). */
// art. 7.1 lid 3 Besluit inburgering 2021
export function countRepeatViolations(establishedOn: IsoDate, earlier: readonly EarlierViolation[]): number {
  const windowStart = addMonths(establishedOn, -REPEAT_WINDOW_MONTHS);
  return earlier.filter((v) => v.final && isOnOrAfter(v.establishedOn, windowStart) && isBefore(v.establishedOn, establishedOn)).length;
}

// art. 22, 23, 26 lid 1 en 27 Wet inburgering 2021; art. 7.1 lid 1–5 Besluit inburgering 2021
export function fineAmount(input: FineInput): Explained<number> {
  const steps: ExplanationStep[] = [];
  let amount: number;
  if (input.article === 22) {
    amount = ART22_FINE_CENTS;
    steps.push(step('Boete wegens niet verschijnen of onvoldoende meewerken aan de brede intake: € 250.', wi('22', 1), bi('7.1', 1)));
  } else {
    const culpability: Culpability = input.culpability ?? 'normaal';
    const windowStart = addMonths(input.establishedOn, -REPEAT_WINDOW_MONTHS);
    const k = countRepeatViolations(input.establishedOn, input.earlierViolations ?? []);
    const base = Math.min(ART23_MAX_CENTS, ART23_BASE_CENTS * 2 ** Math.min(k, 10));
    steps.push(step('Basisboete wegens niet meewerken aan begeleiding of niet voldoen aan de vastgestelde intensiteit: € 50.', wi('23', 1), bi('7.1', 2)));
    steps.push(
      step(
        k === 0
          ? `Geen onherroepelijke eerdere overtreding van art. 23 geconstateerd van ${formatDutchDate(windowStart)} tot ${formatDutchDate(input.establishedOn)}: geen verhoging.`
          : `${k} onherroepelijk beboete eerdere ${k === 1 ? 'overtreding' : 'overtredingen'} van art. 23 geconstateerd van ${formatDutchDate(windowStart)} tot ${formatDutchDate(input.establishedOn)}: ${k} keer met 100 % verhoogd, ten hoogste € 800, dus ${formatEuro(base)}.`,
        bi('7.1', 3),
        wi('26', 1, 'c'),
      ),
    );
    const pct = culpabilityPercentage[culpability];
    amount = (base * pct) / 100;
    steps.push(
      step(`Verwijtbaarheid ${culpabilityText[culpability]} van ${formatEuro(base)} = ${formatEuro(amount)}.`, bi('7.1', 4, culpabilityOnderdeel[culpability])),
    );
  }
  if (input.bijstandLoweredForSameBehaviour === true) {
    amount = 0;
    steps.push(step('De bijstand is voor dezelfde gedraging al verlaagd: geen boete.', wi('27'), 'art. 18 Participatiewet'));
  }
  const cap = input.termCapCents ?? TERM_FINE_CAP_CENTS;
  const soFar = input.finedInTermSoFar ?? 0;
  const room = Math.max(0, cap - soFar);
  if (amount > room) {
    steps.push(
      step(
        `Maximum ${formatEuro(cap)} per termijn; al opgelegd ${formatEuro(soFar)}, dus ten hoogste ${formatEuro(room)}.`,
        bi('7.1', 5),
      ),
    );
    amount = room;
  }
  return explained(amount, `Boete: ${formatEuro(amount)} (art. ${input.article} Wet inburgering 2021).`, steps);
}

/** Length of a new termijn set by DUO after a fine (art. 24 lid 2 / 25 lid 2 W). */
export type NewTermLength = 6 | 12 | 18 | 24;

// art. 7.1 lid 5 Besluit inburgering 2021 — cap for college fines in a new termijn after a DUO fine
export function newTermFineCap(months: NewTermLength): Explained<number> {
  const cap = { 6: 40_000, 12: 80_000, 18: 120_000, 24: 160_000 }[months];
  return explained(cap, `Maximum boetes in een nieuwe termijn van ${months} maanden: ${formatEuro(cap)}.`, [
    step(`Nieuwe termijn van ${months} maanden: ten hoogste ${formatEuro(cap)} aan boetes.`, bi('7.1', 5)),
  ]);
}

// art. 22 lid 2 Wet inburgering 2021 — the fine decision sets a new deadline of at most two months
export function art22NewDeadlineLatest(fineNotifiedOn: IsoDate): Explained<IsoDate> {
  const latest = addMonths(fineNotifiedOn, 2);
  return explained(latest, `Nieuwe termijn uiterlijk tot ${formatDutchDate(latest)}.`, [
    step(`Ten hoogste twee maanden na bekendmaking van de boetebeschikking (${formatDutchDate(fineNotifiedOn)}).`, wi('22', 2)),
  ]);
}

// art. 6:7 en 6:8 Algemene wet bestuursrecht, art. 1 Algemene termijnenwet (bezwaartermijn, instelling objectionPeriodWeeks) — last day for bezwaar
export function objectionDeadline(decisionNotifiedOn: IsoDate, periodWeeks = 6): Explained<IsoDate> {
  const nominal = addWeeks(decisionNotifiedOn, periodWeeks);
  const last = extendToWorkday(nominal);
  return explained(last.value, `Bezwaar uiterlijk op ${formatDutchDate(last.value)}.`, [
    step(
      `De bezwaartermijn van ${periodWeeks} weken begint de dag na bekendmaking (${formatDutchDate(decisionNotifiedOn)}) en eindigt op ${formatDutchDate(nominal)}.`,
      'art. 6:7 Algemene wet bestuursrecht',
      'art. 6:8 lid 1 Algemene wet bestuursrecht',
      setting('objectionPeriodWeeks'),
    ),
    ...last.explanation.steps,
  ]);
}
