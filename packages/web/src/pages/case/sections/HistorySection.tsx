import { Heading2, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useHistoryQuery } from '../../../api/caseQueries.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { formatDate } from '../../../format/dates.ts';
import type { CasePartProps } from '../caseParts.ts';
import { historyFieldLabel, historyValue } from '../historyLabels.ts';

/** Every change to the case's data: who, when, from what to what, and why. Newest first. */
export function HistorySection({ caseId }: CasePartProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const { data, error } = useHistoryQuery(caseId);
  const entries = data ? [...data].reverse() : null;
  return (
    <section aria-labelledby="geschiedenis-heading" className="koers-case-section" data-testid="history-section">
      <Heading2 id="geschiedenis-heading" tabIndex={-1}>
        {t('case.file.geschiedenis')}
      </Heading2>
      {error ? (
        <ErrorAlert error={error} />
      ) : !entries ? (
        <Loading />
      ) : entries.length === 0 ? (
        <Paragraph>{t('case.file.historyEmpty')}</Paragraph>
      ) : (
        <ScrollTable captionId="history-caption" testId="history" caption={t('case.file.historyCaption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('case.file.when')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('case.file.who')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('case.file.change')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('case.file.reason')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.map((e) => (
              <TableRow key={e.id}>
                <TableCell>{formatDate(e.at, language)}</TableCell>
                <TableCell>{e.actorName}</TableCell>
                <TableCell>
                  <UnorderedList>
                    {Object.entries(e.changes).map(([field, change]) => (
                      <UnorderedListItem key={field}>
                        {historyFieldLabel(field, t)}: {historyValue(field, change.from, t, language)} → {historyValue(field, change.to, t, language)}
                      </UnorderedListItem>
                    ))}
                  </UnorderedList>
                </TableCell>
                <TableCell>{e.reason ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </section>
  );
}
