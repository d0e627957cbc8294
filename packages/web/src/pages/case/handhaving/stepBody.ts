// The values of the "next step" form of a violation and the request body each kind of step sends.
import { beroepOutcomes, bezwaarOutcomes, euroToCents, type culpabilities, type StepInput, type StepKind, type Violation, type zienswijzeForms } from '../../../api/handhaving.ts';
import { oneOf } from '@koers/domain';
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

/** The request body of the chosen step (typed by the API per kind); 'invalid' when an amount cannot be read. */
export function stepBody(kind: StepKind, v: StepValues, violation: Violation, chosen: Outcome): StepInput | 'invalid' {
  const { version } = violation;
  const on = v.on;
  switch (kind) {
    case 'bijstand-verlaagd':
      return { kind, version, decisionOn: on, documentId: v.documentId };
    case 'waarschuwing':
      return { kind, version, on, responseDays: Number(v.responseDays) };
    case 'voornemen': {
      const reduction = reductionOf(v);
      if (reduction === 'invalid') return 'invalid';
      return { kind, version, on, motivation: v.motivation, culpability: violation.article === 23 ? v.culpability : null, reduction };
    }
    case 'zienswijze':
      return { kind, version, on, form: v.form, summary: v.summary };
    case 'bezwaar-beslist':
    case 'beroep-beslist': {
      let revision: { culpability: Culpability | null; reduction: { cents: number; reason: string } | null } | null = null;
      if (lowering.includes(chosen)) {
        const reduction = reductionOf(v);
        if (reduction === 'invalid') return 'invalid';
        revision = { culpability: v.revisedCulpability || null, reduction };
      }
      return kind === 'bezwaar-beslist'
        ? { kind, version, on, outcome: oneOf(bezwaarOutcomes, chosen) ?? 'ongegrond', revision, motivation: v.motivation }
        : { kind, version, on, outcome: oneOf(beroepOutcomes, chosen) ?? 'in-stand', revision };
    }
    case 'bezwaar':
    case 'beroep':
    case 'onherroepelijk':
      return { kind, version, on };
  }
}
