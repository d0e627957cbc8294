import { ButtonGroup, Heading2, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { caseKeys, useCaseChanged, useResultsQuery } from '../../../api/caseQueries.ts';
import type { ResultsOverview } from '../../../api/results.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { formatDate, lastDay } from '../../../format/dates.ts';
import { ResultForm } from '../resultaten/ResultForm.tsx';
import type { CasePartProps } from '../caseParts.ts';
import { EindePanel } from './einde/EindePanel.tsx';

/** PVT, MAP and Z-route: the results DUO must hear about, their DUO status, and when 'verwijtbaar' applies. */
export function ResultatenSection({ caseId }: Pick<CasePartProps, 'caseId'>) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const user = useUser();
  const canWrite = user.permissions.includes('case:write');
  const { data: overview, error, refetch } = useResultsQuery(caseId);
  const client = useQueryClient();
  const caseChanged = useCaseChanged(caseId);
  const load = () => refetch();
  /** A saved result answers with the new overview: show it at once, then refresh what DUO and the tasks show. */
  const saved = (next: ResultsOverview) => {
    client.setQueryData(caseKeys.part(caseId, 'resultaten'), next);
    void caseChanged('resultaten');
  };

  return (
    <section aria-labelledby="resultaten-heading" data-testid="resultaten-section">
      <Heading2 id="resultaten-heading" tabIndex={-1}>
        {t('resultaten.title')}
      </Heading2>
      {error ? (
        <>
          <ErrorAlert error={error} title={t('resultaten.loadError')} />
          <ButtonGroup>
            <SecondaryActionButton type="button" onClick={() => void load()}>
              {t('common.retry')}
            </SecondaryActionButton>
          </ButtonGroup>
        </>
      ) : !overview ? (
        <Loading />
      ) : (
        <>
          <Paragraph>
            {overview.term
              ? t('resultaten.term', { start: formatDate(overview.term.start, language), end: formatDate(lastDay(overview.term.endExclusive), language) })
              : t('resultaten.noTerm')}
          </Paragraph>
          {!overview.hasCurrentPip ? <Paragraph>{t('resultaten.noPip')}</Paragraph> : null}
          {overview.results.map((r) => (
            <ResultForm key={`${r.kind}-${r.updatedAt ?? 'new'}`} caseId={caseId} result={r} canWrite={canWrite} bsnKnown={overview.bsnKnown} onSaved={saved} />
          ))}
          <EindePanel caseId={caseId} />
        </>
      )}
    </section>
  );
}
