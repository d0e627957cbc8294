import { ButtonGroup, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/client.ts';
import { checkpointOutcomes, holdCheckpoint, type CheckpointOutcome, type Ontzorgen } from '../../../../api/ontzorgen.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { TextField } from '../../../../components/TextField.tsx';
import { SelectField } from '../../../../components/form/SelectField.tsx';
import { TextAreaField } from '../../../../components/form/TextAreaField.tsx';
import { formatDate } from '../../../../format/dates.ts';

/** One ijkmoment: the outcome (verlengen with months, teruggeven from a month) and a note. */
export function CheckpointForm({ caseId, dueOn, version, onSaved }: { caseId: string; dueOn: string; version: number; onSaved: (next: Ontzorgen) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [outcome, setOutcome] = useState<CheckpointOutcome>('verlengen');
  const [note, setNote] = useState('');
  const [months, setMonths] = useState('3');
  const [handBackMonth, setHandBackMonth] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const id = `ijkmoment-${dueOn}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(
        await holdCheckpoint(caseId, {
          version,
          dueOn,
          outcome,
          note: note.trim() === '' ? null : note.trim(),
          extensionMonths: outcome === 'verlengen' ? Number(months) || 0 : null,
          handBackMonth: outcome === 'teruggeven' ? handBackMonth : null,
        }),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const fieldError = (field: string) => (isApiError(error) ? error.messageFor(field) : undefined);
  const unplaced = error && !(isApiError(error) && ['outcome', 'note', 'extensionMonths', 'handBackMonth'].some((f) => error.messageFor(f)));

  return (
    <form noValidate className="koers-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)} data-testid={`checkpoint-form-${dueOn}`}>
      <Paragraph id={`${id}-heading`}>
        <strong>{t('ontzorgen.checkpoint.hold', { date: formatDate(dueOn, language) })}</strong>
      </Paragraph>
      {unplaced ? <ErrorAlert error={error} /> : null}
      <SelectField id={`${id}-outcome`} label={t('ontzorgen.checkpoint.outcome')} value={outcome} error={fieldError('outcome')} options={checkpointOutcomes.map((o) => ({ value: o, label: t(`ontzorgen.outcome.${o}`) }))} onChange={setOutcome} />
      {outcome === 'verlengen' ? <TextField id={`${id}-months`} inputMode="numeric" label={t('ontzorgen.checkpoint.extensionMonths')} value={months} error={fieldError('extensionMonths')} onChange={(e) => setMonths(e.target.value)} /> : null}
      {outcome === 'teruggeven' ? <TextField id={`${id}-handBack`} type="month" label={t('ontzorgen.checkpoint.handBackMonth')} description={t('ontzorgen.checkpoint.handBackHint')} value={handBackMonth} error={fieldError('handBackMonth')} onChange={(e) => setHandBackMonth(e.target.value)} /> : null}
      <TextAreaField id={`${id}-note`} label={t('ontzorgen.checkpoint.note')} value={note} error={fieldError('note')} onChange={setNote} rows={2} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('ontzorgen.checkpoint.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
