// "Budgetbeheer": the budgetbeheer partner's agreements (issue 15 "When a partner executes"; ADR 0147):
// payees, amounts, days and the period only; a monthly report per agreement and problems to signal.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getPartnerAgreements, type PartnerAgreement } from '../../api/ontzorgen.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ActionNotice } from '../../components/RowAction.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { formatEuro } from '../../format/money.ts';
import { formatMonth } from '../../format/months.ts';
import { MonthReports } from './MonthReports.tsx';
import { ProblemForm } from './ProblemForm.tsx';

export const partnerAgreementsKey = ['budgetbeheer', 'agreements'] as const;

function AgreementCard({ agreement, onChanged }: { agreement: PartnerAgreement; onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const headingId = `budgetbeheer-${agreement.caseId}`;
  return (
    <section aria-labelledby={headingId} className="koers-panel" data-testid="budgetbeheer-agreement">
      <Heading2 id={headingId}>{agreement.name}</Heading2>
      <Paragraph>
        {agreement.statusLabel} — {t('budgetbeheer.period', { from: formatMonth(agreement.startMonth, language), to: formatMonth(agreement.endMonthExclusive, language) })}
      </Paragraph>
      <ScrollTable captionId={`${headingId}-costs`} testId={`${headingId}-costs-table`} caption={t('budgetbeheer.costsCaption', { name: agreement.name })}>
        <thead>
          <tr>
            <th scope="col">{t('ontzorgen.form.kind')}</th>
            <th scope="col">{t('ontzorgen.form.payeeName')}</th>
            <th scope="col">{t('ontzorgen.form.iban')}</th>
            <th scope="col">{t('ontzorgen.form.reference')}</th>
            <th scope="col">{t('ontzorgen.form.amount')}</th>
            <th scope="col">{t('budgetbeheer.day')}</th>
          </tr>
        </thead>
        <tbody>
          {agreement.fixedCosts.map((c, i) => (
            <tr key={`${c.iban}-${i}`}>
              <td>{c.kindLabel}</td>
              <td>{c.payeeName}</td>
              <td>{c.iban}</td>
              <td>{c.reference}</td>
              <td>{formatEuro(c.amountCents)}</td>
              <td>{c.dayOfMonth}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <Paragraph>{t('budgetbeheer.total', { total: formatEuro(agreement.totalCents) })}</Paragraph>
      <MonthReports agreement={agreement} onSaved={() => onChanged(t('budgetbeheer.saved'))} />
      <ProblemForm agreement={agreement} onSent={() => onChanged(t('budgetbeheer.problemSent'))} />
    </section>
  );
}

export function BudgetbeheerPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { data, error } = useQuery({ queryKey: partnerAgreementsKey, queryFn: getPartnerAgreements });
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const changed = (message: string) => {
    setNotice(message);
    void client.invalidateQueries({ queryKey: partnerAgreementsKey }).then(() => requestAnimationFrame(() => noticeRef.current?.focus()));
  };
  return (
    <>
      <PageHeading>{t('nav.budgetbeheer')}</PageHeading>
      <Paragraph>{t('budgetbeheer.intro')}</Paragraph>
      <ActionNotice testId="budgetbeheer-notice" notice={notice} noticeRef={noticeRef} actionError={null} />
      {error ? (
        <ErrorAlert error={error} title={t('budgetbeheer.loadError')} headingLevel={2} />
      ) : !data ? (
        <Loading />
      ) : data.agreements.length === 0 ? (
        <Paragraph data-testid="budgetbeheer-none">{t('budgetbeheer.none')}</Paragraph>
      ) : (
        data.agreements.map((a) => <AgreementCard key={a.caseId} agreement={a} onChanged={changed} />)
      )}
    </>
  );
}
