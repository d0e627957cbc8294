// The regisseur asks the inburgeraar for a document through the portal (issue 17, ADR 0163): what
// (shown in the portal as written, in Dutch), optionally its kind and a date by which.
import { ButtonGroup, Heading3, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { uploadKinds } from '../../../api/documents.ts';
import { requestPortaalDocument } from '../../../api/portaal-case.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { todayIso } from '../../../format/dates.ts';

type KindChoice = (typeof uploadKinds)[number] | '';

export function DocumentRequestForm({ caseId, maySensitive, onSaved, onCancel }: { caseId: string; maySensitive: boolean; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [description, setDescription] = useState('');
  const [kind, setKind] = useState<KindChoice>('');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await requestPortaalDocument(caseId, { description, ...(kind ? { kind } : {}), ...(dueOn ? { dueOn } : {}) });
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: string) => (isApiError(error) ? error.messageFor(field) : undefined);
  const atField = ['description', 'kind', 'dueOn'].some((f) => fieldError(f) !== undefined);
  const kinds = uploadKinds.filter((k) => maySensitive || k !== 'medische-verklaring');
  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby="portaal-request-heading" onSubmit={(e) => void submit(e)} data-testid="portaal-request-form">
      <Heading3 id="portaal-request-heading" ref={headingRef} tabIndex={-1}>
        {t('portaalregie.requests.askHeading')}
      </Heading3>
      {error && !atField ? <ErrorAlert error={error} headingLevel={4} /> : null}
      <TextField
        id="portaal-request-description"
        label={t('portaalregie.requests.description')}
        description={t('portaalregie.requests.descriptionHint')}
        value={description}
        required
        error={fieldError('description')}
        onChange={(e) => setDescription(e.target.value)}
      />
      <SelectField<KindChoice>
        id="portaal-request-kind"
        label={t('portaalregie.requests.kind')}
        value={kind}
        error={fieldError('kind')}
        options={[{ value: '', label: t('portaalregie.requests.noKind') }, ...kinds.map((k) => ({ value: k, label: t(`documenten.kinds.${k}`) }))]}
        onChange={setKind}
      />
      <TextField id="portaal-request-due" type="date" label={t('portaalregie.requests.dueOn')} value={dueOn} min={todayIso()} error={fieldError('dueOn')} onChange={(e) => setDueOn(e.target.value)} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('portaalregie.requests.submit')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" disabled={busy} onClick={onCancel}>
          {t('portaalregie.answer.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}
