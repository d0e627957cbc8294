// On the team's werkvoorraad, for who decides on handhaving (teamleider): every open handhaving of
// the team, whatever is due, with a link to the case's handhaving part (issue 14).
import { Heading2, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listOpenHandhaving } from '../../api/handhaving.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportButtons } from '../../components/ExportButtons.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { ServerText } from '../../components/ServerText.tsx';
import { formatDate } from '../../format/dates.ts';

export function OpenHandhaving() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const query = useQuery({ queryKey: ['handhaving', 'open'], queryFn: listOpenHandhaving });
  return (
    <section aria-labelledby="open-handhaving-heading" data-testid="open-handhaving">
      <Heading2 id="open-handhaving-heading">{t('handhaving.team.title')}</Heading2>
      {query.error ? (
        <ErrorAlert error={query.error} />
      ) : !query.data ? null : query.data.items.length === 0 ? (
        <Paragraph>{t('handhaving.team.empty')}</Paragraph>
      ) : (
        <>
        <ExportButtons what={t('handhaving.team.title')} testId="open-handhaving-export" urlFor={(format) => `/api/handhaving/export?format=${format}`} />
        <ScrollTable captionId="open-handhaving-caption" testId="open-handhaving-table" caption={t('handhaving.team.caption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('handhaving.team.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('handhaving.team.violation')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('handhaving.team.stage')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('handhaving.team.establishedOn')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('handhaving.team.caseManager')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {query.data.items.map((item) => (
              <TableRow key={item.violationId}>
                <TableHeaderCell scope="row">
                  <AppLink to={`/dossiers/${encodeURIComponent(item.caseId)}/handhaving`}>{item.name}</AppLink>
                </TableHeaderCell>
                <TableCell>
                  <ServerText>
                    Art. {item.article}: {item.groundLabel}
                  </ServerText>
                </TableCell>
                <TableCell>
                  <ServerText>{item.stageLabel}</ServerText>
                </TableCell>
                <TableCell>{formatDate(item.establishedOn, language)}</TableCell>
                <TableCell>{item.caseManagerName ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
        </>
      )}
    </section>
  );
}
