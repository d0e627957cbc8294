// The provider reports per placement in the traject part: contract, provider, location and start
// moment, and what the provider reported (GET /api/cases/:id/provider-reports). A report can start
// handhaving (issue 14: art. 23 violations come from a voortgangsgesprek or from provider reports).
import { DataList, DataListItem, DataListKey, DataListValue, Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../../auth/AuthContext.tsx';
import { AppLink } from '../../../components/AppLink.tsx';
import { casePartUrl } from '../caseParts.ts';
import { useProviderReportsQuery } from '../../../api/caseQueries.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { formatDate } from '../../../format/dates.ts';
import { ReportsSummary } from '../../aanbieder/ReportsSummary.tsx';

export function ProviderReports({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const { data, error } = useProviderReportsQuery(caseId);
  const canWrite = useUser().permissions.includes('case:write');
  return (
    <section aria-labelledby="traject-provider-reports-heading" data-testid="traject-provider-reports">
      <Heading3 id="traject-provider-reports-heading">{t('aanbieder.case.heading')}</Heading3>
      {error ? (
        <ErrorAlert error={error} headingLevel={4} />
      ) : !data ? (
        <Loading />
      ) : data.length === 0 ? (
        <Paragraph className="koers-muted">{t('aanbieder.case.none')}</Paragraph>
      ) : (
        data.map((p) => (
          <div key={p.placementId} data-testid="traject-provider-placement">
            <Heading4>
              {p.contract
                ? t('aanbieder.case.placementWithContract', { provider: p.contract.providerName })
                : t('aanbieder.case.placementWithout', { name: p.instellingNaam })}
            </Heading4>
            <DataList className="koers-case-data">
              <DataListItem>
                <DataListKey>{t('aanbieder.case.contract')}</DataListKey>
                <DataListValue>
                  {p.contract ? `${p.contract.providerName} — ${p.contract.name}` : t('aanbieder.case.noContract')}
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('aanbieder.case.location')}</DataListKey>
                <DataListValue>{p.location ?? '—'}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('aanbieder.case.startMoment')}</DataListKey>
                <DataListValue>{formatDate(p.startMoment, language) || '—'}</DataListValue>
              </DataListItem>
              {p.contract ? (
                <DataListItem>
                  <DataListKey>{t('aanbieder.case.reportingEvery')}</DataListKey>
                  <DataListValue>{t('aanbieder.case.weeks', { count: p.contract.reportingEveryWeeks })}</DataListValue>
                </DataListItem>
              ) : null}
            </DataList>
            <ReportsSummary idPrefix={`traject-reports-${p.placementId}`} reports={p.reports} />
            {canWrite && p.reports.lastReportOn ? (
              <Paragraph>
                <AppLink
                  to={`${casePartUrl(caseId, 'handhaving')}?rapportage=${encodeURIComponent(p.placementId)}&datum=${p.reports.lastReportOn}`}
                >
                  {t('aanbieder.case.toHandhaving')}
                </AppLink>
              </Paragraph>
            ) : null}
          </div>
        ))
      )}
    </section>
  );
}
