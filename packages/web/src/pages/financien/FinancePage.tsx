import { ButtonGroup, Heading2, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { exportUrl, getFinance, proposeBatch, type FinanceOverview } from '../../api/ontzorgen.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { TextField } from '../../components/TextField.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { useFormSubmit } from '../../components/form/useFormSubmit.ts';
import { formatDate } from '../../format/dates.ts';
import { formatEuro } from '../../format/money.ts';
import { currentMonth, formatMonth } from '../../format/months.ts';
import { FinanceBatch } from './FinanceBatch.tsx';
import { PaymentStatusForm } from './PaymentStatusForm.tsx';

/** /financien: the financieel medewerker's month per gemeente (financieel ontzorgen, art. 56a Participatiewet). */
export function FinancePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const user = useUser();
  const [gemeenteId, setGemeenteId] = useState(user.gemeenten[0]?.id ?? '');
  const [month, setMonth] = useState(currentMonth());
  const key = ['financien', gemeenteId, month] as const;
  const client = useQueryClient();
  const query = useQuery({ queryKey: key, queryFn: () => getFinance(gemeenteId, month), enabled: gemeenteId !== '' && /^\d{4}-\d{2}$/.test(month) });
  const refresh = () => client.invalidateQueries({ queryKey: ['financien'] });
  const data = query.data;

  return (
    <>
      <PageHeading>{t('pages.finance.title')}</PageHeading>
      <Paragraph appearance="lead">{t('ontzorgen.finance.intro')}</Paragraph>
      <div className="koers-form">
        {user.gemeenten.length > 1 ? <SelectField id="financien-gemeente" label={t('ontzorgen.finance.gemeente')} value={gemeenteId} options={user.gemeenten.map((g) => ({ value: g.id, label: g.name }))} onChange={setGemeenteId} /> : null}
        <TextField id="financien-maand" type="month" label={t('ontzorgen.finance.month')} description={t('ontzorgen.finance.monthHint')} value={month} onChange={(e) => setMonth(e.target.value)} />
      </div>
      {query.error ? <ErrorAlert error={query.error} title={t('ontzorgen.loadError')} /> : !data ? <Loading /> : <FinanceMonth data={data} language={language} onChanged={() => void refresh()} />}
    </>
  );
}

function FinanceMonth({ data, language, onChanged }: { data: FinanceOverview; language: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const monthLabel = formatMonth(data.month, language);
  return (
    <>
      <section aria-labelledby="financien-batch-heading" className="koers-panel" data-testid="finance-batches">
        <Heading2 id="financien-batch-heading">{t('ontzorgen.finance.batchTitle', { month: monthLabel })}</Heading2>
        <Paragraph>{t('ontzorgen.finance.active', { count: data.activeAgreements })}</Paragraph>
        {data.batches.length === 0 ? <Paragraph>{t('ontzorgen.finance.noBatch')}</Paragraph> : null}
        {data.batches.map((b) => (
          <FinanceBatch key={b.id} b={b} monthLabel={monthLabel} language={language} onChanged={onChanged} />
        ))}
        <ProposeForm gemeenteId={data.gemeente.id} month={data.month} onProposed={onChanged} />
        <Paragraph>
          <a href={exportUrl(data.gemeente.id, data.month, 'csv')} download>
            {t('ontzorgen.finance.exportCsv')}
          </a>
          {' · '}
          <a href={exportUrl(data.gemeente.id, data.month, 'xlsx')} download>
            {t('ontzorgen.finance.exportXlsx')}
          </a>
        </Paragraph>
      </section>
      <section aria-labelledby="financien-rejected-heading" className="koers-panel" data-testid="finance-rejected">
        <Heading2 id="financien-rejected-heading">{t('ontzorgen.finance.rejected')}</Heading2>
        {data.rejected.length === 0 ? (
          <Paragraph>{t('ontzorgen.finance.noneRejected')}</Paragraph>
        ) : (
          <ul>
            {data.rejected.map((p) => (
              <li key={p.id}>
                <AppLink to={`/dossiers/${p.caseId}/ontzorgen`}>{p.name}</AppLink>
                {`: ${formatMonth(p.month, language)}, ${p.kindLabel} ${formatEuro(p.amountCents)} ${t('ontzorgen.to')} ${p.payeeName} — ${p.rejectionReason ?? ''}`}
                <PaymentStatusForm payment={p} onSaved={onChanged} afterRejection />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="financien-ending-heading" className="koers-panel" data-testid="finance-ending">
        <Heading2 id="financien-ending-heading">{t('ontzorgen.finance.ending')}</Heading2>
        {data.agreementsEnding.length === 0 ? (
          <Paragraph>{t('ontzorgen.finance.noneEnding')}</Paragraph>
        ) : (
          <ul>
            {data.agreementsEnding.map((a) => (
              <li key={a.caseId}>
                <AppLink to={`/dossiers/${a.caseId}/ontzorgen`}>{a.name}</AppLink>
                {`: ${t('ontzorgen.finance.lastMonthBefore', { month: formatMonth(a.endMonthExclusive, language) })}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="financien-checkpoints-heading" className="koers-panel" data-testid="finance-checkpoints">
        <Heading2 id="financien-checkpoints-heading">{t('ontzorgen.finance.checkpointsDue')}</Heading2>
        {data.checkpointsDue.length === 0 ? (
          <Paragraph>{t('ontzorgen.finance.noneDue')}</Paragraph>
        ) : (
          <ul>
            {data.checkpointsDue.map((c) => (
              <li key={`${c.caseId}-${c.dueOn}`}>
                <AppLink to={`/dossiers/${c.caseId}/ontzorgen`}>{c.name}</AppLink>
                {`: ${formatDate(c.dueOn, language)}`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** The debtor account is the gemeente's setting (Beheer → Instellingen; ADR 0147); a missing setting is refused with its name. */
function ProposeForm({ gemeenteId, month, onProposed }: { gemeenteId: string; month: string; onProposed: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useFormSubmit();
  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(() => proposeBatch({ gemeenteId, month }), onProposed);
  }
  return (
    <form noValidate className="koers-form" aria-labelledby="financien-propose-heading" onSubmit={(e) => void submit(e)} data-testid="propose-form">
      <Paragraph id="financien-propose-heading">
        <strong>{t('ontzorgen.finance.proposeTitle')}</strong>
      </Paragraph>
      <Paragraph>{t('ontzorgen.finance.accountHint')}</Paragraph>
      {error ? <ErrorAlert error={error} /> : null}
      <ButtonGroup>
        <SecondaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('ontzorgen.finance.propose')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}
