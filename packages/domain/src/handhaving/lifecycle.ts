// The handhaving lifecycle of one violation (issue 14; rules C1–C7): constatering → schriftelijke
// waarschuwing → voornemen → zienswijze → besluit (vier ogen) → boetebeschikking → bezwaar/beroep →
// onherroepelijk. Each transition is a pure function of the stored state, the step and today's date.
import { addWeeks, isAfter, type IsoDate } from '../rules/dates.ts';
import { bi, formatEuro, step, wi, type Explained, explained } from '../rules/explanation.ts';
import {
  fineAmount,
  objectionDeadline,
  type Culpability,
  type EarlierViolation,
  type FineArticle,
} from '../rules/fines.ts';
import { articleOf, type ViolationGround, type ViolationSource } from './violation.ts';

export const handhavingStages = [
  'geconstateerd',
  'gewaarschuwd',
  'voornemen',
  'geen-boete',
  'beschikking',
  'onherroepelijk',
  'vervallen',
] as const;
export type HandhavingStage = (typeof handhavingStages)[number];

export const zienswijzeForms = ['schriftelijk', 'mondeling', 'niet-gegeven'] as const;
export type ZienswijzeForm = (typeof zienswijzeForms)[number];

/** The beslissing op bezwaar (art. 7:11 Awb): gegrond revokes the fine, deels gegrond lowers it. */
export const bezwaarOutcomes = ['gegrond', 'deels-gegrond', 'ongegrond', 'niet-ontvankelijk', 'ingetrokken'] as const;
export type BezwaarOutcome = (typeof bezwaarOutcomes)[number];
/** The court's uitspraak (art. 8:70, 8:72 Awb): the fine annulled, lowered by the court, or upheld. */
export const beroepOutcomes = ['vernietigd', 'verlaagd', 'in-stand', 'niet-ontvankelijk', 'ingetrokken'] as const;
export type BeroepOutcome = (typeof beroepOutcomes)[number];
export type RemedyOutcome = BezwaarOutcome | BeroepOutcome;

/** A lower fine after a partial outcome: a culpability reassessed (art. 23) and/or a reduction, computed by the rules core. */
export interface FineRevision {
  readonly culpability: Culpability | null;
  readonly reduction: Reduction | null;
}

export interface Remedy {
  readonly receivedOn: IsoDate;
  readonly outcome: RemedyOutcome | null;
  readonly decidedOn: IsoDate | null;
  /** Who recorded the decision (the beslissing op bezwaar is the college's; for beroep who recorded the uitspraak). */
  readonly decidedBy?: string | null;
  /** The fine before the outcome lowered it, and the revision that lowered it. */
  readonly loweredFromCents?: number | null;
  readonly revision?: FineRevision | null;
}

export interface Reduction {
  readonly cents: number;
  readonly reason: string;
}

export interface HandhavingState {
  readonly ground: ViolationGround;
  readonly article: FineArticle;
  readonly establishedOn: IsoDate;
  readonly source: ViolationSource;
  readonly facts: string;
  readonly stage: HandhavingStage;
  /** Bijstand lowered for the same behaviour (C4), with the Participatiewet decision as a document. */
  readonly bijstandLowered: { readonly decisionOn: IsoDate; readonly documentId: string | null } | null;
  readonly warning: { readonly sentOn: IsoDate; readonly respondBy: IsoDate } | null;
  readonly voornemen: {
    readonly on: IsoDate;
    readonly preparedBy: string;
    readonly culpability: Culpability | null;
    readonly motivation: string;
    readonly reduction: Reduction | null;
    readonly amountCents: number;
    readonly zienswijzeBy: IsoDate;
  } | null;
  readonly zienswijze: { readonly form: ZienswijzeForm; readonly on: IsoDate; readonly summary: string } | null;
  readonly decision: {
    readonly on: IsoDate;
    readonly fine: boolean;
    readonly reason: string | null;
    readonly amountCents: number;
    readonly preparedBy: string;
    readonly decidedBy: string;
  } | null;
  readonly beschikking: { readonly notifiedOn: IsoDate; readonly amountCents: number; readonly newDeadline: IsoDate | null } | null;
  readonly bezwaar: Remedy | null;
  readonly beroep: Remedy | null;
  readonly finalOn: IsoDate | null;
}

/** What the other violations of the case and the termijn contribute to this violation's fine. */
export interface FineContext {
  readonly earlierViolations: readonly EarlierViolation[];
  /** Cents imposed (not vervallen) on other violations in the termijn that applies. */
  readonly finedInTermSoFar: number;
  readonly termCapCents: number;
}

export interface Refusal {
  readonly code: 'not-allowed' | 'invalid-date' | 'four-eyes' | 'double-sanction' | 'warning-first' | 'term-running' | 'invalid-amount';
  readonly field: string;
  readonly message: string;
}
export type Transition = { readonly ok: true; readonly state: HandhavingState } | { readonly ok: false; readonly refusal: Refusal };

export type HandhavingStep =
  | { readonly kind: 'bijstand-verlaagd'; readonly decisionOn: IsoDate; readonly documentId: string | null }
  | { readonly kind: 'waarschuwing'; readonly on: IsoDate; readonly responseDays: number }
  | {
      readonly kind: 'voornemen';
      readonly on: IsoDate;
      readonly by: string;
      readonly culpability: Culpability | null;
      readonly motivation: string;
      readonly reduction: Reduction | null;
      readonly zienswijzeDays: number;
      readonly context: FineContext;
    }
  | { readonly kind: 'zienswijze'; readonly on: IsoDate; readonly form: ZienswijzeForm; readonly summary: string }
  | {
      readonly kind: 'besluit';
      readonly on: IsoDate;
      readonly by: string;
      readonly fine: boolean;
      readonly reason: string | null;
      readonly context: FineContext;
    }
  | { readonly kind: 'bezwaar'; readonly on: IsoDate }
  | {
      readonly kind: 'bezwaar-beslist';
      readonly on: IsoDate;
      readonly outcome: BezwaarOutcome;
      readonly by?: string;
      /** Required for deels gegrond: what changes, so the rules core computes the lower amount. */
      readonly revision?: FineRevision | null;
      readonly context?: FineContext;
    }
  | { readonly kind: 'beroep'; readonly on: IsoDate }
  | {
      readonly kind: 'beroep-beslist';
      readonly on: IsoDate;
      readonly outcome: BeroepOutcome;
      readonly by?: string;
      /** Required for verlaagd: the culpability or reduction the court applied. */
      readonly revision?: FineRevision | null;
      readonly context?: FineContext;
    }
  | { readonly kind: 'onherroepelijk'; readonly on: IsoDate };
export type HandhavingStepKind = HandhavingStep['kind'];
/** Every kind of step, listed once (the API names them as an enum; a kind added above and not here fails to compile where the server answers the next steps). */
export const handhavingStepKinds = [
  'bijstand-verlaagd',
  'waarschuwing',
  'voornemen',
  'zienswijze',
  'besluit',
  'bezwaar',
  'bezwaar-beslist',
  'beroep',
  'beroep-beslist',
  'onherroepelijk',
] as const satisfies readonly HandhavingStepKind[];

export const BEROEP_PERIOD_WEEKS = 6;

// art. 22 en 23 Wet inburgering 2021 — a violation as established (constatering)
export function openViolation(input: {
  ground: ViolationGround;
  establishedOn: IsoDate;
  source: ViolationSource;
  facts: string;
}): HandhavingState {
  return {
    ground: input.ground,
    article: articleOf(input.ground),
    establishedOn: input.establishedOn,
    source: input.source,
    facts: input.facts,
    stage: 'geconstateerd',
    bijstandLowered: null,
    warning: null,
    voornemen: null,
    zienswijze: null,
    decision: null,
    beschikking: null,
    bezwaar: null,
    beroep: null,
    finalOn: null,
  };
}

// art. 7.1 Besluit inburgering 2021; C5 — the fine the stored history implies, minus the reduction for special circumstances
export function fineFor(
  state: Pick<HandhavingState, 'article' | 'establishedOn' | 'bijstandLowered'>,
  culpability: Culpability | null,
  reduction: Reduction | null,
  context: FineContext,
): Explained<number> {
  const computed = fineAmount({
    article: state.article,
    establishedOn: state.establishedOn,
    culpability: state.article === 23 ? culpability : null,
    earlierViolations: state.article === 23 ? context.earlierViolations : [],
    finedInTermSoFar: context.finedInTermSoFar,
    bijstandLoweredForSameBehaviour: state.bijstandLowered !== null,
    termCapCents: context.termCapCents,
  });
  if (!reduction || reduction.cents <= 0 || computed.value === 0) return computed;
  const amount = Math.max(0, computed.value - reduction.cents);
  return explained(amount, `Boete: ${formatEuro(amount)} (art. ${state.article} Wet inburgering 2021, na matiging).`, [
    ...computed.explanation.steps,
    step(
      `Matiging wegens bijzondere omstandigheden (${reduction.reason}): ${formatEuro(Math.min(reduction.cents, computed.value))} minder, dus ${formatEuro(amount)}.`,
      bi('7.1', 6),
    ),
  ]);
}

/** The last day the boetebeschikking can still be challenged, given the bezwaar and beroep so far. */
// art. 6:7 en 6:8 Algemene wet bestuursrecht — bezwaar- en beroepstermijn van zes weken
export function remedyTermEnd(state: HandhavingState, objectionPeriodWeeks = 6): IsoDate | null {
  if (!state.beschikking) return null;
  if (state.beroep) return state.beroep.decidedOn ? addWeeks(state.beroep.decidedOn, BEROEP_PERIOD_WEEKS) : null;
  if (state.bezwaar) {
    if (!state.bezwaar.decidedOn) return null;
    // A withdrawn bezwaar opens no beroep: the fine is final once the bezwaar term has ended (or at the withdrawal).
    if (state.bezwaar.outcome === 'ingetrokken') {
      const objectionEnd = objectionDeadline(state.beschikking.notifiedOn, objectionPeriodWeeks).value;
      return isAfter(state.bezwaar.decidedOn, objectionEnd) ? state.bezwaar.decidedOn : objectionEnd;
    }
    return addWeeks(state.bezwaar.decidedOn, BEROEP_PERIOD_WEEKS);
  }
  return objectionDeadline(state.beschikking.notifiedOn, objectionPeriodWeeks).value;
}

/** The fine after a partial outcome: the rules core's amount for the revised culpability and reduction, never more than before. */
// art. 7:11 en 8:72a Algemene wet bestuursrecht; art. 7.1 lid 4 en 6 Besluit inburgering 2021 — a lowered fine recomputed by the rules core
export function revisedFine(state: HandhavingState, revision: FineRevision, context: FineContext, why: string): Explained<number> {
  const current = state.beschikking?.amountCents ?? 0;
  // What the revision leaves out stays as last decided: the bezwaar's revision, else the voornemen.
  const before = state.bezwaar?.revision ?? null;
  const culpability =
    state.article === 23 ? (revision.culpability ?? before?.culpability ?? state.voornemen?.culpability ?? null) : null;
  const reduction = revision.reduction ?? before?.reduction ?? state.voornemen?.reduction ?? null;
  const computed = fineFor(state, culpability, reduction, context);
  const amount = Math.min(current, computed.value);
  return explained(amount, `Boete na ${why}: ${formatEuro(amount)} (was ${formatEuro(current)}).`, [
    ...computed.explanation.steps,
    ...(computed.value > current
      ? [step(`Het bedrag wordt na ${why} nooit hoger dan de opgelegde ${formatEuro(current)}.`, 'art. 7:11 lid 2 Algemene wet bestuursrecht')]
      : []),
    step(`Na ${why} is de boete verlaagd van ${formatEuro(current)} naar ${formatEuro(amount)}.`, why === 'de uitspraak' ? 'art. 8:72a Algemene wet bestuursrecht' : 'art. 7:11 Algemene wet bestuursrecht'),
  ]);
}

/** Whether a stored violation's fine counts as imposed (for the cap): a beschikking that has not fallen away. */
export const isImposed = (s: Pick<HandhavingState, 'stage'>): boolean => s.stage === 'beschikking' || s.stage === 'onherroepelijk';

/** The steps that make sense next, for the screen; the transition itself still decides. */
export function nextSteps(state: HandhavingState): HandhavingStepKind[] {
  switch (state.stage) {
    case 'geconstateerd':
      return state.article === 22 ? ['waarschuwing', 'bijstand-verlaagd'] : ['waarschuwing', 'voornemen', 'bijstand-verlaagd'];
    case 'gewaarschuwd':
      return ['voornemen', 'bijstand-verlaagd'];
    case 'voornemen':
      return state.zienswijze ? ['besluit'] : ['zienswijze', 'besluit'];
    case 'beschikking':
      if (state.beroep) return state.beroep.outcome ? ['onherroepelijk'] : ['beroep-beslist'];
      if (state.bezwaar)
        return state.bezwaar.outcome ? (state.bezwaar.outcome === 'ingetrokken' ? ['onherroepelijk'] : ['beroep', 'onherroepelijk']) : ['bezwaar-beslist'];
      return ['bezwaar', 'onherroepelijk'];
    case 'geen-boete':
    case 'onherroepelijk':
    case 'vervallen':
      return [];
  }
}

export const stepArticles: Readonly<Record<HandhavingStepKind, string>> = {
  'bijstand-verlaagd': wi('27'),
  waarschuwing: wi('22', 1),
  voornemen: 'art. 5:53 Algemene wet bestuursrecht',
  zienswijze: 'art. 4:8 Algemene wet bestuursrecht',
  besluit: wi('22') + '/' + wi('23'),
  bezwaar: 'art. 7:1 Algemene wet bestuursrecht',
  'bezwaar-beslist': 'art. 7:11 Algemene wet bestuursrecht',
  beroep: 'art. 8:1 Algemene wet bestuursrecht',
  'beroep-beslist': 'art. 8:70 en 8:72 Algemene wet bestuursrecht',
  onherroepelijk: 'art. 6:7 Algemene wet bestuursrecht',
};
