import { ButtonGroup, Heading3, Paragraph, SecondaryActionButton, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { caseKeys, useCaseChanged, useEindeQuery } from '../../../../api/caseQueries.ts';
import type { EindeOverview } from '../../../../api/einde.ts';
import { useUser } from '../../../../auth/AuthContext.tsx';
import { AppLink } from '../../../../components/AppLink.tsx';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { Loading } from '../../../../components/RequireAuth.tsx';
import { formatDate, lastDay } from '../../../../format/dates.ts';
import { casePartUrl } from '../../caseParts.ts';
import { ExamResultsTable } from './ExamResultsTable.tsx';
import { ExtensionPanel } from './ExtensionPanel.tsx';

/** The end of the road inside the results part: DUO's exam results, the duty fulfilled, the termijn and its extensions. */
export function EindePanel({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const canWrite = useUser().permissions.includes('case:write');
  const { data, error, refetch } = useEindeQuery(caseId);
  const client = useQueryClient();
  const changed = useCaseChanged(caseId);
  const saved = (next: EindeOverview) => {
    client.setQueryData(caseKeys.part(caseId, 'einde'), next);
    void changed('einde');
  };

  if (error) {
    return (
      <>
        <ErrorAlert error={error} title={t('einde.loadError')} />
        <ButtonGroup>
          <SecondaryActionButton type="button" onClick={() => void refetch()}>
            {t('common.retry')}
          </SecondaryActionButton>
        </ButtonGroup>
      </>
    );
  }
  if (!data) return <Loading />;
  return (
    <>
      <section aria-labelledby="einde-exams-heading" className="koers-panel" data-testid="einde-exams">
        <Heading3 id="einde-exams-heading">{t('einde.exams.title')}</Heading3>
        <ExamResultsTable caseId={caseId} results={data.examResults} canWrite={canWrite} onSaved={saved} />
      </section>
      <section aria-labelledby="einde-duty-heading" className="koers-panel" data-testid="einde-duty">
        <Heading3 id="einde-duty-heading">{t('einde.duty.title')}</Heading3>
        <Paragraph>
          <strong>{data.duty.met ? t('einde.duty.met') : t('einde.duty.notMet')}</strong> {data.duty.explanation.summary}
        </Paragraph>
        <UnorderedList>
          {data.duty.explanation.steps.map((s, i) => (
            <UnorderedListItem key={i}>{s.text}</UnorderedListItem>
          ))}
        </UnorderedList>
        {data.duty.met && !data.closed ? (
          <Paragraph>
            {t('einde.duty.closeHint')} <AppLink to={casePartUrl(caseId, 'afsluiten')}>{t('einde.duty.closeLink')}</AppLink>
          </Paragraph>
        ) : null}
      </section>
      <section aria-labelledby="einde-term-heading" className="koers-panel" data-testid="einde-term">
        <Heading3 id="einde-term-heading">{t('einde.term.title')}</Heading3>
        <Paragraph>{data.term.endExclusive ? t('einde.term.until', { date: formatDate(lastDay(data.term.endExclusive), language) }) : t('einde.term.unknown')}</Paragraph>
        <UnorderedList>
          {data.term.explanation.steps.map((s, i) => (
            <UnorderedListItem key={i}>{s.text}</UnorderedListItem>
          ))}
        </UnorderedList>
        <ExtensionPanel caseId={caseId} overview={data} canWrite={canWrite} onSaved={saved} />
      </section>
    </>
  );
}
