// Withdrawing an inburgeringsaanbod: date and reason; DUO is asked to delete it.
import { ButtonGroup, Heading4, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { withdrawPlacement, type Placement } from '../../../api/traject.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { todayIso } from '../../../format/dates.ts';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';

export function WithdrawPlacementForm({ caseId, placement, onDone, onCancel }: { caseId: string; placement: Placement; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [withdrawnOn, setWithdrawnOn] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = `traject-withdraw-${placement.id}`;

  useEffect(() => headingRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await withdrawPlacement(caseId, placement.id, { withdrawnOn, reason: reason.trim() });
      onDone();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: string) => (isApiError(error) ? error.messageFor(field) : undefined);
  const atField = fieldError('withdrawnOn') ?? fieldError('reason');
  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby={headingId} onSubmit={(e) => void submit(e)} data-testid="traject-withdraw-form">
      <Heading4 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('traject.withdraw.heading', { name: placement.instellingNaam })}
      </Heading4>
      {error && !atField ? <ErrorAlert error={error} headingLevel={5} /> : null}
      <TextField id={`${headingId}-date`} type="date" label={t('traject.withdraw.withdrawnOn')} value={withdrawnOn} required error={fieldError('withdrawnOn')} onChange={(e) => setWithdrawnOn(e.target.value)} />
      <TextAreaField id={`${headingId}-reason`} label={t('traject.withdraw.reason')} value={reason} error={fieldError('reason')} onChange={setReason} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('traject.withdraw.submit')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" disabled={busy} onClick={onCancel}>
          {t('traject.withdraw.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}
