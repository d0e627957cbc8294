// The values of the "next step" form of a violation and the request body each kind of step sends.
import { beroepOutcomes, bezwaarOutcomes, euroToCents, type culpabilities, type StepKind, type Violation, type zienswijzeForms } from '../../../api/handhaving.ts';
import { todayIso } from '../../../format/dates.ts';

export type Culpability = (typeof culpabilities)[number];
export type ZienswijzeForm = (typeof zienswijzeForms)[number];
export type Outcome = (typeof bezwaarOutcomes)[number] | (typeof beroepOutcomes)[number];
/** The outcomes that lower the fine: the rules core computes the new amount from these inputs. */
export const lowering: readonly Outcome[] = ['deels-gegrond', 'verlaagd'];

export interface StepValues {
  on: string;
  responseDays: string;
  culpability: Culpability;
  motivation: string;
  reduction: string;
  reductionReason: string;
  form: ZienswijzeForm;
  summary: string;
  outcome: Outcome;
  revisedCulpability: Culpability | '';
  documentId: string;
}

export const initialStepValues = (): StepValues => ({
  on: todayIso(),
  responseDays: '14',
  culpability: 'normaal',
  motivation: '',
  reduction: '',
  reductionReason: '',
  form: 'schriftelijk',
  summary: '',
  outcome: 'ongegrond',
  revisedCulpability: '',
  documentId: '',
});

/** The outcomes a decision on bezwaar or a ruling on beroep can have. */
export const outcomesOf = (kind: StepKind): readonly Outcome[] => (kind === 'bezwaar-beslist' ? bezwaarOutcomes : beroepOutcomes);

/** The reduction as cents and reason; 'invalid' when the amount is not an amount in euros. */
function reductionOf(v: StepValues): { cents: number; reason: string } | null | 'invalid' {
  const cents = v.reduction.trim() ? euroToCents(v.reduction) : null;
  if (v.reduction.trim() && cents === null) return 'invalid';
  return cents ? { cents, reason: v.reductionReason } : null;
}

/** The fields of the step's request for its kind; 'invalid' when an amount cannot be read. */
export function stepFields(kind: StepKind, v: StepValues, violation: Violation, chosen: Outcome): Record<string, unknown> | 'invalid' {
  switch (kind) {
    case 'bijstand-verlaagd':
      return { decisionOn: v.on, documentId: v.documentId };
    case 'waarschuwing':
      return { on: v.on, responseDays: Number(v.responseDays) };
    case 'voornemen': {
      const reduction = reductionOf(v);
      if (reduction === 'invalid') return 'invalid';
      return { on: v.on, motivation: v.motivation, culpability: violation.article === 23 ? v.culpability : null, reduction };
    }
    case 'zienswijze':
      return { on: v.on, form: v.form, summary: v.summary };
    case 'bezwaar-beslist':
    case 'beroep-beslist': {
      let revision: Record<string, unknown> | null = null;
      if (lowering.includes(chosen)) {
        const reduction = reductionOf(v);
        if (reduction === 'invalid') return 'invalid';
        revision = { culpability: v.revisedCulpability || null, reduction };
      }
      return { on: v.on, outcome: chosen, revision, ...(kind === 'bezwaar-beslist' ? { motivation: v.motivation } : {}) };
    }
    case 'bezwaar':
    case 'beroep':
    case 'onherroepelijk':
      return { on: v.on };
  }
}
