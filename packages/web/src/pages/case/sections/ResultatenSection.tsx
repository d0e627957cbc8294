import { ButtonGroup, Heading2, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getResults, type ResultsOverview } from '../../../api/results.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { formatDate, lastDay } from '../../../format/dates.ts';
import { ResultForm } from '../resultaten/ResultForm.tsx';
import type { CaseSectionProps } from './PipSection.tsx';

/** PVT, MAP and Z-route: the results DUO must hear about, their DUO status, and when 'verwijtbaar' applies. */
export function ResultatenSection({ caseId }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const user = useUser();
  const canWrite = user.permissions.includes('case:write');
  const [overview, setOverview] = useState<ResultsOverview | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      setOverview(await getResults(caseId));
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, [caseId]);

  useEffect(() => {
    void load();
  }, [load]);

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
            <ResultForm key={`${r.kind}-${r.updatedAt ?? 'new'}`} caseId={caseId} result={r} canWrite={canWrite} bsnKnown={overview.bsnKnown} onSaved={setOverview} />
          ))}
        </>
      )}
    </section>
  );
}
