import { ButtonGroup, Heading4, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentsQuery } from '../../../api/caseQueries.ts';
import { recordStep, zienswijzeForms, type StepKind, type Violation } from '../../../api/handhaving.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { useFormSubmit } from '../../../components/form/useFormSubmit.ts';
import { todayIso } from '../../../format/dates.ts';
import { initialStepValues, outcomesOf, stepBody, type Outcome, type StepValues } from './stepBody.ts';
import { DecisionFields, VoornemenFields } from './StepFields.tsx';

const fields = ['on', 'decisionOn', 'responseDays', 'culpability', 'motivation', 'reduction', 'reduction.cents', 'reduction.reason', 'form', 'summary', 'outcome', 'revision', 'revision.culpability', 'revision.reduction.cents', 'revision.reduction.reason', 'documentId'];

/** The next step of one violation, offered from the steps the server allows now. */
export function StepForm({ caseId, violation, canDecide, onSaved }: { caseId: string; violation: Violation; canDecide: boolean; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  // The beslissing op bezwaar is the college's decision: only for who decides on handhaving.
  const offered = violation.nextSteps.map((s) => s.kind).filter((k): k is StepKind => k !== 'besluit' && (canDecide || k !== 'bezwaar-beslist'));
  const [kind, setKind] = useState<StepKind>(offered[0] ?? 'waarschuwing');
  const [values, setValues] = useState<StepValues>(initialStepValues);
  const { busy, error, setError, fieldError: fieldMessage, run } = useFormSubmit();
  const documents = useDocumentsQuery(caseId);
  if (offered.length === 0) return null;
  const outcomes = outcomesOf(kind);
  const chosen: Outcome = outcomes.includes(values.outcome) ? values.outcome : (outcomes[0] ?? 'ongegrond');
  const id = (f: string) => `handhaving-${violation.id}-${f}`;
  const set = <K extends keyof StepValues>(key: K, value: StepValues[K]) => setValues((old) => ({ ...old, [key]: value }));
  const shared = { values, set, id, fieldMessage, violation };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const body = stepBody(kind, values, violation, chosen);
    if (body === 'invalid') {
      setError(new Error(t('handhaving.step.amountInvalid')));
      return;
    }
    await run(() => recordStep(caseId, violation.id, body), () => onSaved(t('handhaving.step.saved')));
  }

  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby={id('heading')} onSubmit={(e) => void submit(e)} data-testid="step-form">
      <Heading4 id={id('heading')}>{t('handhaving.step.heading')}</Heading4>
      {error && !fields.some((f) => fieldMessage(f)) ? <ErrorAlert error={error} headingLevel={5} /> : null}
      <SelectField id={id('kind')} label={t('handhaving.step.kind')} value={kind} options={offered.map((k) => ({ value: k, label: t(`handhaving.step.kinds.${k}`) }))} onChange={setKind} />
      <TextField id={id('on')} type="date" label={t('handhaving.step.on')} value={values.on} max={todayIso()} error={fieldMessage('on') ?? fieldMessage('decisionOn')} onChange={(e) => set('on', e.target.value)} />
      {kind === 'waarschuwing' ? (
        <TextField id={id('response')} type="number" min={1} max={56} label={t('handhaving.step.responseDays')} value={values.responseDays} error={fieldMessage('responseDays')} onChange={(e) => set('responseDays', e.target.value)} />
      ) : null}
      {kind === 'voornemen' ? <VoornemenFields {...shared} /> : null}
      {kind === 'zienswijze' ? (
        <>
          <SelectField id={id('form')} label={t('handhaving.step.form')} value={values.form} options={zienswijzeForms.map((f) => ({ value: f, label: t(`handhaving.step.forms.${f}`) }))} onChange={(v) => set('form', v)} />
          <TextAreaField id={id('summary')} label={t('handhaving.step.summary')} value={values.summary} error={fieldMessage('summary')} onChange={(v) => set('summary', v)} />
        </>
      ) : null}
      {kind === 'bezwaar-beslist' || kind === 'beroep-beslist' ? <DecisionFields {...shared} kind={kind} outcomes={outcomes} chosen={chosen} /> : null}
      {kind === 'bijstand-verlaagd' ? (
        <SelectField
          id={id('document')}
          label={t('handhaving.step.document')}
          value={values.documentId}
          options={[{ value: '', label: t('handhaving.step.chooseDocument') }, ...(documents.data ?? []).map((d) => ({ value: d.id, label: d.title }))]}
          error={fieldMessage('documentId')}
          onChange={(v) => set('documentId', v)}
        />
      ) : null}
      <ButtonGroup>
        <PrimaryActionButton type="submit" disabled={busy}>
          {t('handhaving.step.save')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
