import { ButtonGroup, Heading2, Heading3, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getOntzorgen, type Ontzorgen } from '../../../api/ontzorgen.ts';
import { caseKeys, useCaseChanged } from '../../../api/caseQueries.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { formatDate } from '../../../format/dates.ts';
import { formatEuro } from '../../../format/money.ts';
import { formatMonth } from '../../../format/months.ts';
import type { CasePartProps } from '../caseParts.ts';
import { AgreementForm } from './ontzorgen/AgreementForm.tsx';
import { AgreementPanel } from './ontzorgen/AgreementPanel.tsx';
import { CheckpointForm } from './ontzorgen/CheckpointForm.tsx';
import { PartnerReports } from './ontzorgen/PartnerReports.tsx';

/** Financieel ontzorgen (art. 56a Participatiewet): the rule, the agreement, checkpoints and payments. */
export function OntzorgenSection({ caseId }: CasePartProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const user = useUser();
  const canWrite = user.permissions.includes('finance:write');
  const query = useQuery({ queryKey: caseKeys.part(caseId, 'ontzorgen'), queryFn: () => getOntzorgen(caseId) });
  const changed = useCaseChanged(caseId);
  const onSaved = (_next: Ontzorgen) => void changed('ontzorgen');
  const data = query.data;

  return (
    <section aria-labelledby="ontzorgen-heading" data-testid="ontzorgen-section">
      <Heading2 id="ontzorgen-heading" tabIndex={-1}>
        {t('ontzorgen.title')}
      </Heading2>
      {query.error ? (
        <>
          <ErrorAlert error={query.error} title={t('ontzorgen.loadError')} />
          <ButtonGroup>
            <SecondaryActionButton type="button" onClick={() => void query.refetch()}>
              {t('common.retry')}
            </SecondaryActionButton>
          </ButtonGroup>
        </>
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <section className="koers-panel" aria-labelledby="ontzorgen-rule-heading" data-testid="ontzorgen-rule">
            <Heading3 id="ontzorgen-rule-heading">{t('ontzorgen.rule')}</Heading3>
            <Paragraph>{data.relief.explanation}</Paragraph>
            <ul>
              {data.relief.steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </section>
          {data.agreement ? <AgreementPanel agreement={data.agreement} /> : <Paragraph>{t('ontzorgen.none')}</Paragraph>}
          {data.checkpoints.length > 0 ? (
            <section className="koers-panel" aria-labelledby="ontzorgen-checkpoints-heading" data-testid="ontzorgen-checkpoints">
              <Heading3 id="ontzorgen-checkpoints-heading">{t('ontzorgen.checkpoints')}</Heading3>
              <ul>
                {data.checkpoints.map((c) => (
                  <li key={c.dueOn}>
                    {c.held
                      ? t('ontzorgen.checkpoint.held', {
                          date: formatDate(c.dueOn, language),
                          outcome: c.held.outcomeLabel,
                          heldOn: formatDate(c.held.heldOn, language),
                        })
                      : c.lapsed
                        ? t('ontzorgen.checkpoint.lapsed', { date: formatDate(c.dueOn, language) })
                        : t('ontzorgen.checkpoint.open', { date: formatDate(c.dueOn, language) })}
                  </li>
                ))}
              </ul>
              {canWrite && data.agreement?.status === 'actief'
                ? data.checkpoints
                    .filter((c) => !c.held && !c.lapsed)
                    .slice(0, 1)
                    .map((c) => (
                      <CheckpointForm
                        key={`${c.dueOn}-${data.agreement?.version ?? 0}`}
                        caseId={caseId}
                        dueOn={c.dueOn}
                        version={data.agreement?.version ?? 0}
                        onSaved={onSaved}
                      />
                    ))
                : null}
            </section>
          ) : null}
          <section className="koers-panel" aria-labelledby="ontzorgen-payments-heading" data-testid="ontzorgen-payments">
            <Heading3 id="ontzorgen-payments-heading">{t('ontzorgen.payments')}</Heading3>
            {data.payments.length === 0 ? (
              <Paragraph>{t('ontzorgen.noPayments')}</Paragraph>
            ) : (
              <ul>
                {data.payments.map((p) => (
                  <li
                    key={p.id}
                  >{`${formatMonth(p.month, language)}: ${p.kindLabel}, ${formatEuro(p.amountCents)} ${t('ontzorgen.to')} ${p.payeeName} — ${p.statusLabel}${p.rejectionReason ? ` (${p.rejectionReason})` : ''}`}</li>
                ))}
              </ul>
            )}
          </section>
          {data.agreement?.executor === 'budgetbeheer' || data.partnerReports.length > 0 || data.partnerProblems.length > 0 ? (
            <PartnerReports caseId={caseId} data={data} onChanged={() => void changed('ontzorgen')} />
          ) : null}
          {canWrite && data.agreement?.status !== 'beeindigd' ? (
            <AgreementForm key={`agreement-${data.agreement?.version ?? 0}`} caseId={caseId} data={data} onSaved={onSaved} />
          ) : null}
        </>
      )}
    </section>
  );
}
