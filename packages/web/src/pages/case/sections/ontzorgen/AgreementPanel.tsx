// The ontzorgen agreement as it stands: status, period, bijstand, the fixed costs paid and who pays them.
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Ontzorgen } from '../../../../api/ontzorgen.ts';
import { ScrollTable } from '../../../../components/ScrollTable.tsx';
import { formatEuro } from '../../../../format/money.ts';
import { formatMonth } from '../../../../format/months.ts';

export function AgreementPanel({ agreement }: { agreement: NonNullable<Ontzorgen['agreement']> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <section className="koers-panel" aria-labelledby="ontzorgen-agreement-heading" data-testid="ontzorgen-agreement">
      <Heading3 id="ontzorgen-agreement-heading">{t('ontzorgen.agreement')}</Heading3>
      <ul>
        <li>{`${t('ontzorgen.form.status')}: ${agreement.statusLabel}`}</li>
        {agreement.refusalNote ? <li>{`${t('ontzorgen.form.refusalNote')}: ${agreement.refusalNote}`}</li> : null}
        <li>
          {t('ontzorgen.period', {
            from: formatMonth(agreement.startMonth, language),
            to: formatMonth(agreement.endMonthExclusive, language),
          })}
        </li>
        <li>{`${t('ontzorgen.form.bijstand')}: ${formatEuro(agreement.bijstandMonthlyCents)}`}</li>
        <li>{`${t('ontzorgen.totalCosts')}: ${formatEuro(agreement.totalFixedCents)}`}</li>
        <li>{`${t('ontzorgen.remainder')}: ${formatEuro(agreement.remainderCents)}`}</li>
        <li>
          {agreement.executor === 'budgetbeheer'
            ? t('ontzorgen.byPartner', { name: agreement.partnerName ?? '' })
            : t('ontzorgen.executor.gemeente')}
        </li>
      </ul>
      {agreement.blockedReason ? (
        <Paragraph className="utrecht-form-field-error-message" data-testid="blocked">
          {agreement.blockedReason}
        </Paragraph>
      ) : null}
      <ScrollTable captionId="ontzorgen-costs-caption" testId="ontzorgen-costs" caption={t('ontzorgen.form.costs')}>
        <thead>
          <tr>
            <th scope="col">{t('ontzorgen.form.kind')}</th>
            <th scope="col">{t('ontzorgen.form.payeeName')}</th>
            <th scope="col">{t('ontzorgen.form.iban')}</th>
            <th scope="col">{t('ontzorgen.form.amount')}</th>
            <th scope="col">{t('ontzorgen.form.dayOfMonth')}</th>
          </tr>
        </thead>
        <tbody>
          {agreement.fixedCosts.map((c) => (
            <tr key={c.id}>
              <td>{c.kindLabel}</td>
              <td>{c.payeeName}</td>
              <td>{c.iban}</td>
              <td>{formatEuro(c.amountCents)}</td>
              <td>{c.dayOfMonth}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
