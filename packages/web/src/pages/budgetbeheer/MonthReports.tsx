import { ButtonGroup, Heading3, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { reportPartnerMonth, type PartnerAgreement, type PartnerReportStatus } from '../../api/ontzorgen.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatDate } from '../../format/dates.ts';
import { formatMonth } from '../../format/months.ts';

type Month = PartnerAgreement['months'][number];

/** One month of the agreement: reported or not, and the two answers (done / not done with the reason). */
function MonthRow({ caseId, month, onSaved }: { caseId: string; month: Month; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [reason, setReason] = useState(month.report?.reason ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const label = formatMonth(month.month, language);
  async function report(status: PartnerReportStatus) {
    setBusy(true);
    setError(null);
    try {
      await reportPartnerMonth(caseId, month.month, { version: month.report?.version ?? 0, status, reason: status === 'niet-uitgevoerd' ? reason : null });
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const reasonError = isApiError(error) ? error.messageFor('reason') : undefined;
  const id = `maand-${caseId}-${month.month}`;
  return (
    <tr data-testid={`month-${month.month}`}>
      <th scope="row">{label}</th>
      <td>{formatDate(month.reportDueOn, language)}</td>
      <td>
        {month.report ? month.report.statusLabel : t('budgetbeheer.notReported')}
        {month.report?.reason ? ` — ${month.report.reason}` : ''}
      </td>
      <td>
        {error && !reasonError ? <ErrorAlert error={error} /> : null}
        <TextField id={`${id}-reason`} label={t('budgetbeheer.reason', { month: label })} value={reason} error={reasonError} onChange={(e) => setReason(e.target.value)} />
        <ButtonGroup>
          <SecondaryActionButton type="button" disabled={busy} onClick={() => void report('uitgevoerd')}>
            {t('budgetbeheer.done')}
          </SecondaryActionButton>
          <SecondaryActionButton type="button" disabled={busy} onClick={() => void report('niet-uitgevoerd')}>
            {t('budgetbeheer.notDone')}
          </SecondaryActionButton>
        </ButtonGroup>
      </td>
    </tr>
  );
}

export function MonthReports({ agreement, onSaved }: { agreement: PartnerAgreement; onSaved: () => void }) {
  const { t } = useTranslation();
  const headingId = `budgetbeheer-${agreement.caseId}-months`;
  return (
    <>
      <Heading3 id={headingId}>{t('budgetbeheer.monthsTitle')}</Heading3>
      {agreement.months.length === 0 ? (
        <Paragraph>{t('budgetbeheer.noMonths')}</Paragraph>
      ) : (
        <ScrollTable captionId={`${headingId}-caption`} testId={`${headingId}-table`} caption={t('budgetbeheer.monthsCaption', { name: agreement.name })}>
          <thead>
            <tr>
              <th scope="col">{t('budgetbeheer.month')}</th>
              <th scope="col">{t('budgetbeheer.dueOn')}</th>
              <th scope="col">{t('budgetbeheer.report')}</th>
              <th scope="col">{t('budgetbeheer.answer')}</th>
            </tr>
          </thead>
          <tbody>
            {agreement.months.map((m) => (
              <MonthRow key={m.month} caseId={agreement.caseId} month={m} onSaved={onSaved} />
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>
  );
}
