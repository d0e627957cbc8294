import { ButtonGroup, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { recordPaymentStatus, type ReliefPayment } from '../../api/ontzorgen.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';

/**
 * The bank's answer for one payment, by hand: paid, or rejected with the reason. For a rejected
 * payment (`afterRejection`) only "paid after all": the financieel medewerker arranged it by hand,
 * which ends the work item.
 */
export function PaymentStatusForm({ payment, onSaved, afterRejection = false }: { payment: ReliefPayment; onSaved: () => void; afterRejection?: boolean }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function record(status: 'betaald' | 'geweigerd') {
    setBusy(true);
    setError(null);
    try {
      await recordPaymentStatus(payment.id, { version: payment.version, status, reason: status === 'geweigerd' ? reason : null });
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const id = `betaling-${payment.id}`;
  const reasonError = isApiError(error) ? error.messageFor('reason') : undefined;
  if (afterRejection) {
    return (
      <div data-testid={`payment-paid-after-all-${payment.payeeName}`}>
        {error ? <ErrorAlert error={error} /> : null}
        <ButtonGroup>
          <SecondaryActionButton type="button" disabled={busy} onClick={() => void record('betaald')}>
            {t('ontzorgen.finance.markPaidAfterAll', { payee: payment.payeeName })}
          </SecondaryActionButton>
        </ButtonGroup>
      </div>
    );
  }
  return (
    <div data-testid={`payment-status-${payment.payeeName}`}>
      {error && !reasonError ? <ErrorAlert error={error} /> : null}
      <TextField id={`${id}-reason`} label={t('ontzorgen.finance.rejectionReason', { payee: payment.payeeName })} value={reason} error={reasonError} onChange={(e) => setReason(e.target.value)} />
      <ButtonGroup>
        <SecondaryActionButton type="button" disabled={busy} onClick={() => void record('betaald')}>
          {t('ontzorgen.finance.markPaid')}
        </SecondaryActionButton>
        <SecondaryActionButton type="button" disabled={busy} onClick={() => void record('geweigerd')}>
          {t('ontzorgen.finance.markRejected')}
        </SecondaryActionButton>
      </ButtonGroup>
    </div>
  );
}
