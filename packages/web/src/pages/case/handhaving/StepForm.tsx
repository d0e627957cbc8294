import { ButtonGroup, Heading4, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { useDocumentsQuery } from '../../../api/caseQueries.ts';
import {
  culpabilities,
  euroToCents,
  recordStep,
  beroepOutcomes,
  bezwaarOutcomes,
  zienswijzeForms,
  type StepInput,
  type StepKind,
  type Violation,
} from '../../../api/handhaving.ts';
import { oneOf } from '../../../api/one-of.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { todayIso } from '../../../format/dates.ts';

type Culpability = (typeof culpabilities)[number];
type Form = (typeof zienswijzeForms)[number];
type Outcome = (typeof bezwaarOutcomes)[number] | (typeof beroepOutcomes)[number];
/** The outcomes that lower the fine: the rules core computes the new amount from these inputs. */
const lowering: readonly Outcome[] = ['deels-gegrond', 'verlaagd'];

interface StepFields {
  version: number;
  article: number;
  on: string;
  documentId: string;
  responseDays: string;
  motivation: string;
  culpability: Culpability;
  reduction: string;
  reductionReason: string;
  form: Form;
  summary: string;
  outcome: Outcome;
  revisedCulpability: Culpability | '';
}

/** The body of the chosen step from the form's fields; null when a reduction that counts is not an amount. */
function stepBody(kind: StepKind, f: StepFields): StepInput | null {
  const { version, on } = f;
  const cents = f.reduction.trim() ? euroToCents(f.reduction) : null;
  const lowers = lowering.includes(f.outcome);
  const decided = kind === 'bezwaar-beslist' || kind === 'beroep-beslist';
  if (f.reduction.trim() && cents === null && (kind === 'voornemen' || (decided && lowers))) return null;
  const reduction = cents ? { cents, reason: f.reductionReason } : null;
  const revision = lowers ? { culpability: f.revisedCulpability || null, reduction } : null;
  switch (kind) {
    case 'bijstand-verlaagd':
      return { kind, version, decisionOn: on, documentId: f.documentId };
    case 'waarschuwing':
      return { kind, version, on, responseDays: Number(f.responseDays) };
    case 'voornemen':
      return { kind, version, on, motivation: f.motivation, culpability: f.article === 23 ? f.culpability : null, reduction };
    case 'zienswijze':
      return { kind, version, on, form: f.form, summary: f.summary };
    case 'bezwaar-beslist':
      return { kind, version, on, outcome: oneOf(bezwaarOutcomes, f.outcome) ?? 'ongegrond', revision, motivation: f.motivation };
    case 'beroep-beslist':
      return { kind, version, on, outcome: oneOf(beroepOutcomes, f.outcome) ?? 'in-stand', revision };
    case 'bezwaar':
    case 'beroep':
    case 'onherroepelijk':
      return { kind, version, on };
  }
}

/** The next step of one violation, offered from the steps the server allows now. */
export function StepForm({
  caseId,
  violation,
  canDecide,
  onSaved,
}: {
  caseId: string;
  violation: Violation;
  canDecide: boolean;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  // The beslissing op bezwaar is the college's decision: only for who decides on handhaving.
  const offered = violation.nextSteps
    .map((s) => s.kind)
    .filter((k): k is StepKind => k !== 'besluit' && (canDecide || k !== 'bezwaar-beslist'));
  const [kind, setKind] = useState<StepKind>(offered[0] ?? 'waarschuwing');
  const [on, setOn] = useState(todayIso());
  const [responseDays, setResponseDays] = useState('14');
  const [culpability, setCulpability] = useState<Culpability>('normaal');
  const [motivation, setMotivation] = useState('');
  const [reduction, setReduction] = useState('');
  const [reductionReason, setReductionReason] = useState('');
  const [form, setForm] = useState<Form>('schriftelijk');
  const [summary, setSummary] = useState('');
  const [outcome, setOutcome] = useState<Outcome>('ongegrond');
  const [revisedCulpability, setRevisedCulpability] = useState<Culpability | ''>('');
  const [documentId, setDocumentId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const documents = useDocumentsQuery(caseId);
  if (offered.length === 0) return null;
  const outcomes: readonly Outcome[] = kind === 'bezwaar-beslist' ? bezwaarOutcomes : beroepOutcomes;
  const chosen: Outcome = outcomes.includes(outcome) ? outcome : (outcomes[0] ?? 'ongegrond');
  const id = (f: string) => `handhaving-${violation.id}-${f}`;
  const fieldMessage = (f: string) => (isApiError(error) ? error.messageFor(f) : undefined);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const body = stepBody(kind, { version: violation.version, article: violation.article, on, documentId, responseDays, motivation, culpability, reduction, reductionReason, form, summary, outcome: chosen, revisedCulpability });
    if (body === null) {
      setError(new Error(t('handhaving.step.amountInvalid')));
      return;
    }
    setBusy(true);
    try {
      await recordStep(caseId, violation.id, body);
      onSaved(t('handhaving.step.saved'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const fields = [
    'on',
    'decisionOn',
    'responseDays',
    'culpability',
    'motivation',
    'reduction',
    'reduction.cents',
    'reduction.reason',
    'form',
    'summary',
    'outcome',
    'revision',
    'revision.culpability',
    'revision.reduction.cents',
    'revision.reduction.reason',
    'documentId',
  ];
  return (
    <form
      noValidate
      className="koers-form koers-panel"
      aria-labelledby={id('heading')}
      onSubmit={(e) => void submit(e)}
      data-testid="step-form"
    >
      <Heading4 id={id('heading')}>{t('handhaving.step.heading')}</Heading4>
      {error && !fields.some((f) => fieldMessage(f)) ? <ErrorAlert error={error} headingLevel={5} /> : null}
      <SelectField
        id={id('kind')}
        label={t('handhaving.step.kind')}
        value={kind}
        options={offered.map((k) => ({ value: k, label: t(`handhaving.step.kinds.${k}`) }))}
        onChange={setKind}
      />
      <TextField
        id={id('on')}
        type="date"
        label={t('handhaving.step.on')}
        value={on}
        max={todayIso()}
        error={fieldMessage('on') ?? fieldMessage('decisionOn')}
        onChange={(e) => setOn(e.target.value)}
      />
      {kind === 'waarschuwing' ? (
        <TextField
          id={id('response')}
          type="number"
          min={1}
          max={56}
          label={t('handhaving.step.responseDays')}
          value={responseDays}
          error={fieldMessage('responseDays')}
          onChange={(e) => setResponseDays(e.target.value)}
        />
      ) : null}
      {kind === 'voornemen' ? (
        <>
          {violation.article === 23 ? (
            <SelectField
              id={id('culpability')}
              label={t('handhaving.step.culpability')}
              value={culpability}
              options={culpabilities.map((c) => ({ value: c, label: t(`handhaving.step.culpabilities.${c}`) }))}
              error={fieldMessage('culpability')}
              onChange={setCulpability}
            />
          ) : null}
          <TextAreaField
            id={id('motivation')}
            label={t('handhaving.step.motivation')}
            value={motivation}
            error={fieldMessage('motivation')}
            onChange={setMotivation}
          />
          <TextField
            id={id('reduction')}
            inputMode="decimal"
            label={t('handhaving.step.reduction')}
            value={reduction}
            error={fieldMessage('reduction.cents')}
            onChange={(e) => setReduction(e.target.value)}
          />
          {reduction.trim() ? (
            <TextField
              id={id('reduction-reason')}
              label={t('handhaving.step.reductionReason')}
              value={reductionReason}
              error={fieldMessage('reduction.reason')}
              onChange={(e) => setReductionReason(e.target.value)}
            />
          ) : null}
        </>
      ) : null}
      {kind === 'zienswijze' ? (
        <>
          <SelectField
            id={id('form')}
            label={t('handhaving.step.form')}
            value={form}
            options={zienswijzeForms.map((f) => ({ value: f, label: t(`handhaving.step.forms.${f}`) }))}
            onChange={setForm}
          />
          <TextAreaField
            id={id('summary')}
            label={t('handhaving.step.summary')}
            value={summary}
            error={fieldMessage('summary')}
            onChange={setSummary}
          />
        </>
      ) : null}
      {kind === 'bezwaar-beslist' || kind === 'beroep-beslist' ? (
        <>
          <SelectField
            id={id('outcome')}
            label={t(kind === 'bezwaar-beslist' ? 'handhaving.step.outcome' : 'handhaving.step.ruling')}
            value={chosen}
            options={outcomes.map((o) => ({ value: o, label: t(`handhaving.step.outcomes.${o}`) }))}
            error={fieldMessage('outcome') ?? fieldMessage('revision')}
            onChange={setOutcome}
          />
          {lowering.includes(chosen) ? (
            <>
              {violation.article === 23 ? (
                <SelectField
                  id={id('revised-culpability')}
                  label={t('handhaving.step.revisedCulpability')}
                  value={revisedCulpability}
                  options={[
                    { value: '' as const, label: t('handhaving.step.unchanged') },
                    ...culpabilities.map((c) => ({ value: c, label: t(`handhaving.step.culpabilities.${c}`) })),
                  ]}
                  error={fieldMessage('revision.culpability')}
                  onChange={setRevisedCulpability}
                />
              ) : null}
              <TextField
                id={id('revised-reduction')}
                inputMode="decimal"
                label={t('handhaving.step.reduction')}
                value={reduction}
                error={fieldMessage('revision.reduction.cents')}
                onChange={(e) => setReduction(e.target.value)}
              />
              {reduction.trim() ? (
                <TextField
                  id={id('revised-reduction-reason')}
                  label={t('handhaving.step.reductionReason')}
                  value={reductionReason}
                  error={fieldMessage('revision.reduction.reason')}
                  onChange={(e) => setReductionReason(e.target.value)}
                />
              ) : null}
            </>
          ) : null}
          {kind === 'bezwaar-beslist' ? (
            <TextAreaField
              id={id('bezwaar-motivation')}
              label={t('handhaving.step.bezwaarMotivation')}
              value={motivation}
              error={fieldMessage('motivation')}
              onChange={setMotivation}
            />
          ) : null}
        </>
      ) : null}
      {kind === 'bijstand-verlaagd' ? (
        <SelectField
          id={id('document')}
          label={t('handhaving.step.document')}
          value={documentId}
          options={[
            { value: '', label: t('handhaving.step.chooseDocument') },
            ...(documents.data ?? []).map((d) => ({ value: d.id, label: d.title })),
          ]}
          error={fieldMessage('documentId')}
          onChange={setDocumentId}
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
