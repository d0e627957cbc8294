import { ButtonGroup, Heading4, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { collectionStatuses, euroToCents, recordCollection, type CollectionStatus, type Fine } from '../../../api/handhaving.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';

/** The financieel medewerker records the collection of a fine (finance:write). */
export function CollectionForm({ caseId, fine, onSaved }: { caseId: string; fine: Fine; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CollectionStatus>(fine.collectionStatus);
  const [paid, setPaid] = useState(String(fine.paidCents / 100).replace('.', ','));
  const [note, setNote] = useState(fine.collectionNote ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const id = (f: string) => `handhaving-fine-${fine.id}-${f}`;
  const fieldMessage = (f: string) => (isApiError(error) ? error.messageFor(f) : undefined);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const cents = euroToCents(paid);
    if (cents === null) {
      setError(new Error(t('handhaving.step.amountInvalid')));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await recordCollection(caseId, fine.id, {
        version: fine.version,
        collectionStatus: status,
        paidCents: cents,
        note: note.trim() || null,
      });
      onSaved(t('handhaving.collection.saved'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form
      noValidate
      className="koers-form koers-panel"
      aria-labelledby={id('heading')}
      onSubmit={(e) => void submit(e)}
      data-testid="collection-form"
    >
      <Heading4 id={id('heading')}>{t('handhaving.collection.heading')}</Heading4>
      {error && !['collectionStatus', 'paidCents', 'note'].some((f) => fieldMessage(f)) ? (
        <ErrorAlert error={error} headingLevel={5} />
      ) : null}
      <SelectField
        id={id('status')}
        label={t('handhaving.collection.status')}
        value={status}
        options={collectionStatuses.map((s) => ({ value: s, label: t(`handhaving.collection.statuses.${s}`) }))}
        error={fieldMessage('collectionStatus')}
        onChange={setStatus}
      />
      <TextField
        id={id('paid')}
        inputMode="decimal"
        label={t('handhaving.collection.paid')}
        value={paid}
        error={fieldMessage('paidCents')}
        onChange={(e) => setPaid(e.target.value)}
      />
      <TextField
        id={id('note')}
        label={t('handhaving.collection.note')}
        value={note}
        error={fieldMessage('note')}
        onChange={(e) => setNote(e.target.value)}
      />
      <ButtonGroup>
        <PrimaryActionButton type="submit" disabled={busy}>
          {t('handhaving.collection.save')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
