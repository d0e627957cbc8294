// The fields of the "next step" form that belong to one kind of step: the voornemen and a decision
// on bezwaar or beroep.
import { useTranslation } from 'react-i18next';
import { culpabilities, type StepKind, type Violation } from '../../../api/handhaving.ts';
import { TextField } from '../../../components/TextField.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { lowering, type Outcome, type StepValues } from './stepBody.ts';

export interface StepFieldProps {
  values: StepValues;
  set: <K extends keyof StepValues>(key: K, value: StepValues[K]) => void;
  id: (field: string) => string;
  fieldMessage: (field: string) => string | undefined;
  violation: Violation;
}

export function VoornemenFields({ values, set, id, fieldMessage, violation }: StepFieldProps) {
  const { t } = useTranslation();
  return (
    <>
      {violation.article === 23 ? (
        <SelectField
          id={id('culpability')}
          label={t('handhaving.step.culpability')}
          value={values.culpability}
          options={culpabilities.map((c) => ({ value: c, label: t(`handhaving.step.culpabilities.${c}`) }))}
          error={fieldMessage('culpability')}
          onChange={(v) => set('culpability', v)}
        />
      ) : null}
      <TextAreaField
        id={id('motivation')}
        label={t('handhaving.step.motivation')}
        value={values.motivation}
        error={fieldMessage('motivation')}
        onChange={(v) => set('motivation', v)}
      />
      <TextField
        id={id('reduction')}
        inputMode="decimal"
        label={t('handhaving.step.reduction')}
        value={values.reduction}
        error={fieldMessage('reduction.cents')}
        onChange={(e) => set('reduction', e.target.value)}
      />
      {values.reduction.trim() ? (
        <TextField
          id={id('reduction-reason')}
          label={t('handhaving.step.reductionReason')}
          value={values.reductionReason}
          error={fieldMessage('reduction.reason')}
          onChange={(e) => set('reductionReason', e.target.value)}
        />
      ) : null}
    </>
  );
}

/** The outcome of a decision on bezwaar or a ruling on beroep, with the revised fine when it is lowered. */
export function DecisionFields({ values, set, id, fieldMessage, violation, kind, outcomes, chosen }: StepFieldProps & { kind: StepKind; outcomes: readonly Outcome[]; chosen: Outcome }) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        id={id('outcome')}
        label={t(kind === 'bezwaar-beslist' ? 'handhaving.step.outcome' : 'handhaving.step.ruling')}
        value={chosen}
        options={outcomes.map((o) => ({ value: o, label: t(`handhaving.step.outcomes.${o}`) }))}
        error={fieldMessage('outcome') ?? fieldMessage('revision')}
        onChange={(v) => set('outcome', v)}
      />
      {lowering.includes(chosen) ? (
        <>
          {violation.article === 23 ? (
            <SelectField
              id={id('revised-culpability')}
              label={t('handhaving.step.revisedCulpability')}
              value={values.revisedCulpability}
              options={[
                { value: '' as const, label: t('handhaving.step.unchanged') },
                ...culpabilities.map((c) => ({ value: c, label: t(`handhaving.step.culpabilities.${c}`) })),
              ]}
              error={fieldMessage('revision.culpability')}
              onChange={(v) => set('revisedCulpability', v)}
            />
          ) : null}
          <TextField
            id={id('revised-reduction')}
            inputMode="decimal"
            label={t('handhaving.step.reduction')}
            value={values.reduction}
            error={fieldMessage('revision.reduction.cents')}
            onChange={(e) => set('reduction', e.target.value)}
          />
          {values.reduction.trim() ? (
            <TextField
              id={id('revised-reduction-reason')}
              label={t('handhaving.step.reductionReason')}
              value={values.reductionReason}
              error={fieldMessage('revision.reduction.reason')}
              onChange={(e) => set('reductionReason', e.target.value)}
            />
          ) : null}
        </>
      ) : null}
      {kind === 'bezwaar-beslist' ? (
        <TextAreaField
          id={id('bezwaar-motivation')}
          label={t('handhaving.step.bezwaarMotivation')}
          value={values.motivation}
          error={fieldMessage('motivation')}
          onChange={(v) => set('motivation', v)}
        />
      ) : null}
    </>
  );
}
