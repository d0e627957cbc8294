import { ButtonGroup, FormField, FormFieldErrorMessage, FormLabel, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { importBankFile, type BankImportReport } from '../../api/ontzorgen.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { formatEuro } from '../../format/money.ts';

/** Reconciliation by file (ADR 0148): the bank's pain.002 or camt.054 for one approved batch, and what it did per line. */
export function BankFileForm({ batchId, onImported }: { batchId: string; onImported: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<BankImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const id = `bankbestand-${batchId}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setReport(null);
    if (!file) {
      setError(new Error(t('ontzorgen.bankFile.choose')));
      return;
    }
    setBusy(true);
    try {
      setReport(await importBankFile(batchId, await file.text()));
      onImported();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const fileError = isApiError(error) ? error.messageFor('bestand') : error instanceof Error ? error.message : undefined;
  return (
    <form noValidate className="koers-form" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)} data-testid="bank-file-form">
      <Paragraph id={`${id}-title`}>
        <strong>{t('ontzorgen.bankFile.title')}</strong>
      </Paragraph>
      <Paragraph>{t('ontzorgen.bankFile.hint')}</Paragraph>
      {error && !fileError ? <ErrorAlert error={error} /> : null}
      <FormField type="text" invalid={Boolean(fileError)} className="koers-field">
        <Paragraph className="utrecht-form-field__label">
          <FormLabel htmlFor={id}>{t('ontzorgen.bankFile.label')}</FormLabel>
        </Paragraph>
        {fileError ? (
          <FormFieldErrorMessage id={`${id}-error`} className="utrecht-form-field__error-message">
            {fileError}
          </FormFieldErrorMessage>
        ) : null}
        <Paragraph className="utrecht-form-field__input">
          <input
            id={id}
            type="file"
            accept=".xml,application/xml,text/xml"
            className="utrecht-textbox utrecht-textbox--html-input"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${id}-error` : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </Paragraph>
      </FormField>
      <ButtonGroup>
        <SecondaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('ontzorgen.bankFile.submit')}
        </SecondaryActionButton>
      </ButtonGroup>
      {report ? (
        <div role="status" data-testid="bank-file-report">
          <Paragraph>{t('ontzorgen.bankFile.summary', { kind: report.kindLabel, paid: report.paid, rejected: report.rejected, unchanged: report.unchanged, notProcessed: report.notProcessed })}</Paragraph>
          <ScrollTable captionId={`${id}-caption`} testId={`${id}-lines`} caption={t('ontzorgen.bankFile.linesCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('ontzorgen.form.payeeName')}</th>
                <th scope="col">{t('ontzorgen.form.amount')}</th>
                <th scope="col">{t('ontzorgen.bankFile.outcome')}</th>
                <th scope="col">{t('ontzorgen.bankFile.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.lines.map((l, i) => (
                <tr key={`${l.endToEndId ?? 'groep'}-${i}`}>
                  <td>{l.payeeName ?? t('ontzorgen.bankFile.unknownPayee')}</td>
                  <td>{l.amountCents === null ? '' : formatEuro(l.amountCents)}</td>
                  <td>{l.outcomeLabel}</td>
                  <td>{l.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </div>
      ) : null}
    </form>
  );
}
