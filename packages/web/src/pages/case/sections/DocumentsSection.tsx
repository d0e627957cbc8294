import { Heading2, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useDocumentsQuery } from '../../../api/caseQueries.ts';
import { documentUrl } from '../../../api/cases.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { formatDate } from '../../../format/dates.ts';
import type { CasePartProps } from '../caseParts.ts';
import { documentKindLabel } from '../historyLabels.ts';

/** The documents of a case (PIP beschikkingen, letters), each downloadable. */
export function DocumentsSection({ caseId }: CasePartProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const { data: docs, error } = useDocumentsQuery(caseId);
  return (
    <section aria-labelledby="documenten-heading" className="koers-case-section" data-testid="documents-section">
      <Heading2 id="documenten-heading" tabIndex={-1}>
        {t('case.file.documenten')}
      </Heading2>
      {error ? (
        <ErrorAlert error={error} />
      ) : !docs ? (
        <Loading />
      ) : docs.length === 0 ? (
        <Paragraph>{t('case.file.documentsEmpty')}</Paragraph>
      ) : (
        <ScrollTable captionId="documents-caption" testId="documents" caption={t('case.file.documentsCaption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('case.file.title')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('case.file.kind')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('case.file.size')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('case.file.created')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {docs.map((d) => (
              <TableRow key={d.id}>
                <TableHeaderCell scope="row">
                  <a className="utrecht-link" href={documentUrl(caseId, d.id)} download aria-label={t('case.file.download', { title: d.title })}>
                    {d.title}
                  </a>
                </TableHeaderCell>
                <TableCell>{documentKindLabel(d.kind, t)}</TableCell>
                <TableCell>{Math.max(1, Math.round(d.sizeBytes / 1024))} kB</TableCell>
                <TableCell>{formatDate(d.createdAt, language)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </section>
  );
}
