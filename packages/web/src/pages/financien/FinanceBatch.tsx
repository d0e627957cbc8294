// One payment batch of the month on /financien: its status and account, the flagged cases, the
// payments, and what can be done with it next (approve, download the SEPA file, read the bank's file).
import { ButtonGroup, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { approveBatch, sepaFileUrl, type FinanceOverview } from '../../api/ontzorgen.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFormSubmit } from '../../components/form/useFormSubmit.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { formatDate } from '../../format/dates.ts';
import { formatEuro } from '../../format/money.ts';
import { BankFileForm } from './BankFileForm.tsx';
import { PaymentStatusForm } from './PaymentStatusForm.tsx';

type Batch = FinanceOverview['batches'][number];

function ApproveButton({ batchId, version, onApproved }: { batchId: string; version: number; onApproved: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useFormSubmit();
  return (
    <>
      {error ? <ErrorAlert error={error} /> : null}
      <ButtonGroup>
        <PrimaryActionButton type="button" busy={busy} disabled={busy} onClick={() => void run(() => approveBatch(batchId, version), onApproved)}>
          {t('ontzorgen.finance.approve')}
        </PrimaryActionButton>
      </ButtonGroup>
    </>
  );
}

export function FinanceBatch({ b, monthLabel, language, onChanged }: { b: Batch; monthLabel: string; language: string; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <div data-testid={`batch-${b.status}`}>
      <Paragraph>
        <strong>{b.statusLabel}</strong>
        {` — ${t('ontzorgen.finance.batchSummary', { count: b.paymentCount, total: formatEuro(b.totalCents), by: b.createdBy })}`}
        {b.approvedBy ? ` ${t('ontzorgen.finance.approvedBy', { name: b.approvedBy })}` : ''}
        {` ${t('ontzorgen.finance.fromAccount', { name: b.debtorName, iban: b.debtorIban, bic: b.debtorBic ?? '' })}`}
      </Paragraph>
      {b.flagged.length > 0 ? (
        <ul data-testid="flagged">
          {b.flagged.map((f) => (
            <li key={f.caseId}>
              <AppLink to={`/dossiers/${f.caseId}/ontzorgen`}>{f.name}</AppLink>: {f.reason}
            </li>
          ))}
        </ul>
      ) : null}
      {b.payments.length > 0 ? (
        <ScrollTable captionId={`batch-${b.id}-caption`} testId={`batch-${b.id}-payments`} caption={t('ontzorgen.finance.paymentsCaption', { month: monthLabel })}>
          <thead>
            <tr>
              <th scope="col">{t('ontzorgen.finance.person')}</th>
              <th scope="col">{t('ontzorgen.form.kind')}</th>
              <th scope="col">{t('ontzorgen.form.payeeName')}</th>
              <th scope="col">{t('ontzorgen.form.amount')}</th>
              <th scope="col">{t('ontzorgen.finance.executionDate')}</th>
              <th scope="col">{t('ontzorgen.finance.status')}</th>
            </tr>
          </thead>
          <tbody>
            {b.payments.map((p) => (
              <tr key={p.id}>
                <td>
                  <AppLink to={`/dossiers/${p.caseId}/ontzorgen`}>{p.name}</AppLink>
                </td>
                <td>{p.kindLabel}</td>
                <td>{p.payeeName}</td>
                <td>{formatEuro(p.amountCents)}</td>
                <td>{formatDate(p.executionDate, language)}</td>
                <td>{p.status === 'goedgekeurd' ? <PaymentStatusForm payment={p} onSaved={onChanged} /> : p.statusLabel}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : null}
      {b.status === 'voorstel' ? <ApproveButton batchId={b.id} version={b.version} onApproved={onChanged} /> : null}
      {b.status === 'goedgekeurd' ? (
        <Paragraph>
          <a href={sepaFileUrl(b.id)} download data-testid="sepa-download">
            {t('ontzorgen.finance.downloadXml', { id: b.messageId ?? '' })}
          </a>
        </Paragraph>
      ) : null}
      {b.status === 'goedgekeurd' ? <BankFileForm batchId={b.id} onImported={onChanged} /> : null}
    </div>
  );
}
