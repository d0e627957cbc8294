// "Mijn cliënten": the begeleider's own screen (R17, ADR 0149) — only the cases assigned to it.
import { Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getClients } from '../../api/begeleiding.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { formatDate } from '../../format/dates.ts';

export const clientsKey = ['begeleiding', 'clients'] as const;

export function MijnClientenPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const { data, error } = useQuery({ queryKey: clientsKey, queryFn: getClients });
  return (
    <>
      <PageHeading>{t('nav.begeleiding')}</PageHeading>
      <Paragraph>{t('begeleiding.list.intro')}</Paragraph>
      {error ? (
        <ErrorAlert error={error} headingLevel={2} />
      ) : !data ? (
        <Loading />
      ) : data.length === 0 ? (
        <Paragraph data-testid="begeleiding-clients-empty">{t('begeleiding.list.none')}</Paragraph>
      ) : (
        <ScrollTable captionId="begeleiding-clients-caption" caption={t('begeleiding.list.caption', { count: data.length })} testId="begeleiding-clients">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('begeleiding.list.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('begeleiding.list.gemeente')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('begeleiding.list.language')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('begeleiding.list.lastContact')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('begeleiding.list.openProblems')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('begeleiding.list.end')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.map((c) => (
              <TableRow key={c.id}>
                <TableHeaderCell scope="row">
                  <AppLink to={`/begeleiding/${c.id}`}>{c.name}</AppLink>
                </TableHeaderCell>
                <TableCell>{c.gemeente}</TableCell>
                <TableCell>{c.preferredLanguage ?? '—'}</TableCell>
                <TableCell>{c.lastContactOn ? formatDate(c.lastContactOn, language) : '—'}</TableCell>
                <TableCell>{c.openProblems}</TableCell>
                <TableCell>{c.endedOn ? t('begeleiding.list.ended', { date: formatDate(c.endedOn, language) }) : c.expectedEndOn ? formatDate(c.expectedEndOn, language) : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </>
  );
}
