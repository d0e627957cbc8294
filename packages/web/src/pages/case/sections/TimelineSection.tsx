import { Heading2, Paragraph, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useTimelineQuery } from '../../../api/caseQueries.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { formatDate } from '../../../format/dates.ts';
import type { CasePartProps } from '../caseParts.ts';
import { ServerText } from '../../../components/ServerText.tsx';

/** What happened in the case, newest first, 25 at a time. */
export function TimelineSection({ caseId }: CasePartProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const { data, error, fetchNextPage, hasNextPage, isFetchingNextPage } = useTimelineQuery(caseId);
  const entries = data?.pages.flatMap((p) => p.items) ?? [];
  const total = data?.pages[0]?.total ?? 0;
  return (
    <section aria-labelledby="tijdlijn-heading" className="koers-case-section" data-testid="timeline-section">
      <Heading2 id="tijdlijn-heading" tabIndex={-1}>
        {t('case.file.tijdlijn')}
      </Heading2>
      {error ? (
        <ErrorAlert error={error} />
      ) : !data ? (
        <Loading />
      ) : total === 0 ? (
        <Paragraph>{t('case.file.timelineEmpty')}</Paragraph>
      ) : (
        <>
          <ScrollTable captionId="timeline-caption" testId="timeline" caption={t('case.file.timelineCaption', { total })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('case.file.when')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('case.file.what')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('case.file.who')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {entries.map((e) => (
                <TableRow key={e.id}>
                  <TableCell>{formatDate(e.occurredOn, language)}</TableCell>
                  <TableCell>
                    <ServerText>{e.summary}</ServerText>
                  </TableCell>
                  <TableCell>{e.actorName}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ScrollTable>
          {hasNextPage ? (
            <SecondaryActionButton type="button" busy={isFetchingNextPage} disabled={isFetchingNextPage} onClick={() => void fetchNextPage()}>
              {t('case.file.moreTimeline')}
            </SecondaryActionButton>
          ) : null}
        </>
      )}
    </section>
  );
}
