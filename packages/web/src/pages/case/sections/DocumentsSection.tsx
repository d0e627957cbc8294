import { Heading2, Paragraph, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseChanged, useDocumentsQuery } from '../../../api/caseQueries.ts';
import { caseDocumentUrl, uploadKinds, type CaseDocumentItem } from '../../../api/documents.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { formatDate } from '../../../format/dates.ts';
import { DocumentUploadForm } from '../documents/DocumentUploadForm.tsx';
import { RemoveDocumentForm } from '../documents/RemoveDocumentForm.tsx';
import type { CasePartProps } from '../caseParts.ts';
import { documentKindLabel } from '../historyLabels.ts';
import { ServerText } from '../../../components/ServerText.tsx';
import { isOneOf } from '@koers/domain';

/** The documents of a case: letters Koers made and files users added (ADR 0101), with the upload form. */
export function DocumentsSection({ caseId }: CasePartProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const user = useUser();
  const canWrite = user.permissions.includes('case:write');
  const { data: docs, error } = useDocumentsQuery(caseId);
  const changed = useCaseChanged(caseId);
  const [removing, setRemoving] = useState<CaseDocumentItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const done = (message: string) => {
    setRemoving(null);
    setNotice(message);
    void changed('documenten').then(() => noticeRef.current?.focus());
  };
  const kindLabel = (d: CaseDocumentItem) =>
    d.origin !== 'gegenereerd' && isOneOf(uploadKinds, d.kind) ? t(`documenten.kinds.${d.kind}`) : documentKindLabel(d.kind, t);

  return (
    <section aria-labelledby="documenten-heading" className="koers-case-section" data-testid="documents-section">
      <Heading2 id="documenten-heading" tabIndex={-1}>
        {t('case.file.documenten')}
      </Heading2>
      {notice ? (
        <Paragraph role="status" ref={noticeRef} tabIndex={-1} data-testid="documents-notice">
          {notice}
        </Paragraph>
      ) : null}
      {error ? (
        <ErrorAlert error={error} title={t('documenten.loadError')} />
      ) : !docs ? (
        <Loading />
      ) : docs.length === 0 ? (
        <Paragraph>{t('documenten.empty')}</Paragraph>
      ) : (
        <ScrollTable captionId="documents-caption" testId="documents" caption={t('documenten.caption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('documenten.title')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('documenten.kind')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('documenten.by')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('documenten.size')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('documenten.created')}</TableHeaderCell>
              {canWrite ? <TableHeaderCell scope="col">{t('documenten.actions')}</TableHeaderCell> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {docs.map((d) => (
              <TableRow key={d.id}>
                <TableHeaderCell scope="row">
                  <a className="utrecht-link" href={caseDocumentUrl(caseId, d.id)} download aria-label={t('documenten.download', { title: d.title })}>
                    <ServerText>{d.title}</ServerText>
                  </a>
                  {d.description ? <Paragraph className="koers-document-description">{d.description}</Paragraph> : null}
                </TableHeaderCell>
                <TableCell>{kindLabel(d)}</TableCell>
                <TableCell>{d.origin === 'portaal' ? t('documenten.byPortaal') : (d.createdByName ?? t('documenten.byKoers'))}</TableCell>
                <TableCell>{Math.max(1, Math.round(d.sizeBytes / 1024))} kB</TableCell>
                <TableCell>{formatDate(d.createdAt, language)}</TableCell>
                {canWrite ? (
                  <TableCell>
                    {d.origin === 'geupload' ? (
                      <SecondaryActionButton
                        type="button"
                        aria-label={t('documenten.removeLabel', { title: d.title })}
                        onClick={() => {
                          setNotice(null);
                          setRemoving(d);
                        }}
                      >
                        {t('documenten.remove')}
                      </SecondaryActionButton>
                    ) : null}
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
      {removing ? (
        <RemoveDocumentForm caseId={caseId} document={removing} onRemoved={() => done(t('documenten.removed'))} onCancel={() => setRemoving(null)} />
      ) : null}
      {canWrite ? (
        <DocumentUploadForm caseId={caseId} mayUploadSensitive={user.permissions.includes('case:read-sensitive')} onUploaded={() => done(t('documenten.uploaded'))} />
      ) : null}
    </section>
  );
}
