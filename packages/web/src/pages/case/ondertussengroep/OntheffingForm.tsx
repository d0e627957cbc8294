import { ButtonGroup, Heading4, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { ontheffingGrounds, ontheffingStatuses, recordOntheffing, updateOntheffing, type OntheffingGround, type OntheffingRequest, type OntheffingStatus } from '../../../api/ondertussengroep.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** A new ontheffing request, or a change to one (status, DUO's decision). */
export function OntheffingForm({ caseId, request, formId, onSaved }: { caseId: string; request: OntheffingRequest | null; formId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const [ground, setGround] = useState<OntheffingGround>(request?.ground ?? 'medisch');
  const [status, setStatus] = useState<OntheffingStatus>(request?.status ?? 'in-voorbereiding');
  const [requestedOn, setRequestedOn] = useState(request?.requestedOn ?? '');
  const [duoDecisionOn, setDuoDecisionOn] = useState(request?.duoDecisionOn ?? '');
  const [note, setNote] = useState(request?.note ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    const body = { ground, status, requestedOn: orNull(requestedOn), duoDecisionOn: orNull(duoDecisionOn), note: request?.noteHidden ? (request.note ?? null) : orNull(note) };
    try {
      if (request) await updateOntheffing(caseId, request.id, { ...body, version: request.version });
      else await recordOntheffing(caseId, body);
      setSaved(true);
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: string) => (isApiError(error) ? error.messageFor(field) : undefined);
  const unplaced = error && !['ground', 'status', 'requestedOn', 'duoDecisionOn', 'note'].some((f) => fieldError(f));
  return (
    <form noValidate className="koers-form" aria-labelledby={`${formId}-heading`} onSubmit={(e) => void submit(e)} data-testid={formId}>
      <Heading4 id={`${formId}-heading`}>{request ? t('ondertussengroep.ontheffing.edit') : t('ondertussengroep.ontheffing.new')}</Heading4>
      {unplaced ? <ErrorAlert error={error} /> : null}
      <SelectField id={`${formId}-ground`} label={t('ondertussengroep.ontheffing.ground')} value={ground} error={fieldError('ground')} options={ontheffingGrounds.map((g) => ({ value: g, label: t(`ondertussengroep.ground.${g}`) }))} onChange={setGround} />
      <SelectField id={`${formId}-status`} label={t('ondertussengroep.ontheffing.status')} value={status} error={fieldError('status')} options={ontheffingStatuses.map((s) => ({ value: s, label: t(`ondertussengroep.requestStatus.${s}`) }))} onChange={setStatus} />
      <TextField id={`${formId}-requestedOn`} type="date" label={t('ondertussengroep.ontheffing.requestedOn')} value={requestedOn} error={fieldError('requestedOn')} onChange={(e) => setRequestedOn(e.target.value)} />
      <TextField id={`${formId}-duoDecisionOn`} type="date" label={t('ondertussengroep.ontheffing.duoDecisionOn')} value={duoDecisionOn} error={fieldError('duoDecisionOn')} onChange={(e) => setDuoDecisionOn(e.target.value)} />
      {request?.noteHidden ? <Paragraph>{t('ondertussengroep.ontheffing.noteHidden')}</Paragraph> : <TextAreaField id={`${formId}-note`} label={t('ondertussengroep.ontheffing.note')} value={note} error={fieldError('note')} onChange={setNote} rows={2} />}
      {saved ? <Paragraph role="status">{t('ondertussengroep.ontheffing.saved')}</Paragraph> : null}
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {request ? t('ondertussengroep.ontheffing.submitEdit') : t('ondertussengroep.ontheffing.submitNew')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
