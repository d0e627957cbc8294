// A note of a contact: new, or its author's correction (with the version read).
import { ButtonGroup, FormFieldCheckbox, Heading3, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { addJournalEntry, correctJournalEntry, journalKinds, type JournalEntry, type JournalKind } from '../../../api/journal.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { todayIso } from '../../../format/dates.ts';
import { isOneOf } from '@koers/domain';

const isKind = (value: string): value is JournalKind => isOneOf(journalKinds, value);

export function JournalEntryForm({
  caseId,
  entry,
  mayMarkSensitive,
  onSaved,
  onCancel,
}: {
  caseId: string;
  /** The entry to correct; absent for a new note. */
  entry?: JournalEntry;
  mayMarkSensitive: boolean;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [contactOn, setContactOn] = useState(entry?.contactOn ?? todayIso());
  const [kind, setKind] = useState<JournalKind>(entry && isKind(entry.kind) ? entry.kind : 'gesprek-op-locatie');
  const [withWhom, setWithWhom] = useState(entry?.withWhom ?? '');
  const [text, setText] = useState(entry?.text ?? '');
  const [sensitive, setSensitive] = useState(entry?.sensitive ?? false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const prefix = entry ? `journal-correct-${entry.id}` : 'journal-new';

  useEffect(() => headingRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const input = { contactOn, kind, withWhom: withWhom.trim() === '' ? null : withWhom.trim(), text, sensitive };
    try {
      if (entry) await correctJournalEntry(caseId, entry.id, { ...input, version: entry.version });
      else await addJournalEntry(caseId, input);
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: string) => (isApiError(error) ? error.messageFor(field) : undefined);
  const atField = ['contactOn', 'kind', 'withWhom', 'text'].some((f) => fieldError(f) !== undefined);
  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby={`${prefix}-heading`} onSubmit={(e) => void submit(e)} data-testid="journal-form">
      <Heading3 id={`${prefix}-heading`} ref={headingRef} tabIndex={-1}>
        {entry ? t('journal.correctHeading') : t('journal.addHeading')}
      </Heading3>
      {error && !atField ? <ErrorAlert error={error} headingLevel={4} /> : null}
      <TextField
        id={`${prefix}-date`}
        type="date"
        label={t('journal.contactOn')}
        value={contactOn}
        required
        max={todayIso()}
        error={fieldError('contactOn')}
        onChange={(e) => setContactOn(e.target.value)}
      />
      <SelectField id={`${prefix}-kind`} label={t('journal.kind')} value={kind} error={fieldError('kind')} options={journalKinds.map((k) => ({ value: k, label: t(`journal.kinds.${k}`) }))} onChange={setKind} />
      <TextField id={`${prefix}-with`} label={t('journal.withWhom')} description={t('journal.withWhomHint')} value={withWhom} error={fieldError('withWhom')} onChange={(e) => setWithWhom(e.target.value)} />
      <TextAreaField id={`${prefix}-text`} label={t('journal.text')} description={entry ? t('journal.correctHint') : undefined} rows={5} value={text} error={fieldError('text')} onChange={setText} />
      {mayMarkSensitive ? (
        <FormFieldCheckbox
          id={`${prefix}-sensitive`}
          name="sensitive"
          label={t('journal.sensitiveLabel')}
          description={t('journal.sensitiveHint')}
          checked={sensitive}
          onChange={(e) => setSensitive(e.target.checked)}
        />
      ) : null}
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {entry ? t('journal.submitCorrection') : t('journal.submit')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" disabled={busy} onClick={onCancel}>
          {t('journal.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}
