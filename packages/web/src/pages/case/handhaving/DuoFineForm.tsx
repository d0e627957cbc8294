import { ButtonGroup, Heading4, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { useDocumentsQuery } from '../../../api/caseQueries.ts';
import { duoFineKinds, euroToCents, recordDuoFine, startsNewTerm, type DuoFineKind } from '../../../api/handhaving.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { todayIso } from '../../../format/dates.ts';

const termLengths = ['6', '12', '18', '24'] as const;
type TermLength = (typeof termLengths)[number];
const termMonths = { '6': 6, '12': 12, '18': 18, '24': 24 } as const satisfies Record<TermLength, number>;

/** Records a fine DUO imposed, from DUO's beschikking (DUO's koppeling does not deliver fines yet). */
export function DuoFineForm({ caseId, onSaved, onCancel }: { caseId: string; onSaved: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DuoFineKind>('pvt-map');
  const [decisionOn, setDecisionOn] = useState(todayIso());
  const [amount, setAmount] = useState('340');
  const [months, setMonths] = useState<TermLength>('24');
  const [documentId, setDocumentId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const documents = useDocumentsQuery(caseId);
  const id = (f: string) => `duo-fine-${f}`;
  const fieldMessage = (f: string) => (isApiError(error) ? error.messageFor(f) : undefined);
  const fields = ['kind', 'decisionOn', 'amountCents', 'newTermMonths', 'documentId', 'note'];

  async function submit(e: FormEvent) {
    e.preventDefault();
    const cents = euroToCents(amount);
    if (cents === null) {
      setError(new Error(t('handhaving.step.amountInvalid')));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await recordDuoFine(caseId, {
        kind,
        decisionOn,
        amountCents: cents,
        newTermMonths: startsNewTerm(kind) ? termMonths[months] : null,
        documentId: documentId || null,
        note: note.trim() || null,
      });
      onSaved(t('handhaving.duoFines.saved'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby={id('heading')} onSubmit={(e) => void submit(e)} data-testid="duo-fine-form">
      <Heading4 id={id('heading')}>{t('handhaving.duoFines.formHeading')}</Heading4>
      {error && !fields.some((f) => fieldMessage(f)) ? <ErrorAlert error={error} headingLevel={5} /> : null}
      <SelectField
        id={id('kind')}
        label={t('handhaving.duoFines.kind')}
        value={kind}
        options={duoFineKinds.map((k) => ({ value: k, label: t(`handhaving.duoFines.kinds.${k}`) }))}
        error={fieldMessage('kind')}
        onChange={setKind}
      />
      <TextField
        id={id('on')}
        type="date"
        label={t('handhaving.duoFines.decisionOn')}
        value={decisionOn}
        max={todayIso()}
        error={fieldMessage('decisionOn')}
        onChange={(e) => setDecisionOn(e.target.value)}
      />
      <TextField
        id={id('amount')}
        inputMode="decimal"
        label={t('handhaving.duoFines.amount')}
        value={amount}
        error={fieldMessage('amountCents')}
        onChange={(e) => setAmount(e.target.value)}
      />
      {startsNewTerm(kind) ? (
        <SelectField
          id={id('months')}
          label={t('handhaving.duoFines.newTermMonths')}
          value={months}
          options={termLengths.map((m) => ({ value: m, label: t('handhaving.duoFines.months', { count: Number(m) }) }))}
          error={fieldMessage('newTermMonths')}
          onChange={setMonths}
        />
      ) : null}
      <SelectField
        id={id('document')}
        label={t('handhaving.duoFines.document')}
        value={documentId}
        options={[{ value: '', label: t('handhaving.duoFines.noDocument') }, ...(documents.data ?? []).map((d) => ({ value: d.id, label: d.title }))]}
        error={fieldMessage('documentId')}
        onChange={setDocumentId}
      />
      <TextField id={id('note')} label={t('handhaving.duoFines.note')} value={note} error={fieldMessage('note')} onChange={(e) => setNote(e.target.value)} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" disabled={busy}>
          {t('handhaving.duoFines.save')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel}>
          {t('handhaving.form.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}
