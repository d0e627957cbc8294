// The documents asked for through the portal, in the case part Portaal (issue 17, ADR 0163): ask for
// one, see what the person sent (each file downloadable from the case's documents), and judge it:
// accept, or ask again with a reason the portal shows. Judging ends the werkvoorraad item.
import { ButtonGroup, Heading3, Paragraph, PrimaryActionButton, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { caseDocumentUrl } from '../../../api/documents.ts';
import { reviewPortaalDocument, type PortaalCaseDocumentRequest } from '../../../api/portaal-case.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { formatDate, formatDateTime } from '../../../format/dates.ts';
import { DocumentRequestForm } from './DocumentRequestForm.tsx';

interface Props {
  caseId: string;
  requests: PortaalCaseDocumentRequest[];
  canWrite: boolean;
  maySensitive: boolean;
  onChanged: (notice: string) => Promise<void>;
}

export function DocumentRequests({ caseId, requests, canWrite, maySensitive, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [asking, setAsking] = useState(false);
  const [againFor, setAgainFor] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);

  async function review(r: PortaalCaseDocumentRequest, decision: 'geaccepteerd' | 'opnieuw-gevraagd') {
    setError(null);
    try {
      await reviewPortaalDocument(caseId, r.id, { version: r.version, decision, ...(decision === 'opnieuw-gevraagd' ? { reason } : {}) });
      setAgainFor(null);
      setReason('');
      await onChanged(t(decision === 'geaccepteerd' ? 'portaalregie.requests.accepted' : 'portaalregie.requests.askedAgain'));
    } catch (caught) {
      setError(caught);
    }
  }

  const reasonError = isApiError(error) ? error.messageFor('reason') : undefined;
  return (
    <section aria-labelledby="portaal-requests-heading" data-testid="portaal-requests">
      <Heading3 id="portaal-requests-heading">{t('portaalregie.requests.heading')}</Heading3>
      {error && !reasonError ? <ErrorAlert error={error} headingLevel={4} /> : null}
      {requests.length === 0 ? <Paragraph>{t('portaalregie.requests.none')}</Paragraph> : null}
      {canWrite && !asking ? (
        <ButtonGroup>
          <SecondaryActionButton type="button" onClick={() => setAsking(true)} data-testid="portaal-request-open">
            {t('portaalregie.requests.ask')}
          </SecondaryActionButton>
        </ButtonGroup>
      ) : null}
      {asking ? (
        <DocumentRequestForm
          caseId={caseId}
          maySensitive={maySensitive}
          onCancel={() => setAsking(false)}
          onSaved={() => {
            setAsking(false);
            void onChanged(t('portaalregie.requests.asked'));
          }}
        />
      ) : null}
      {requests.length > 0 ? (
        <ScrollTable captionId="portaal-requests-caption" caption={t('portaalregie.requests.caption')} testId="portaal-requests-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('portaalregie.requests.description')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('portaalregie.requests.dueOn')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('portaalregie.requests.files')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('portaalregie.status.heading')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {requests.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{r.description}</TableCell>
                <TableCell>{r.dueOn ? formatDate(r.dueOn, language) : t('portaalregie.noReason')}</TableCell>
                <RequestFilesCell caseId={caseId} files={r.files} />
                <TableCell>
                  {t(`portaalregie.requestState.${r.status}`)}
                  {r.status === 'opnieuw-gevraagd' && r.againReason ? <div dir="auto">{r.againReason}</div> : null}
                  {canWrite && r.status === 'ontvangen' ? (
                    againFor === r.id ? (
                      <>
                        <TextField id={`portaal-again-${r.id}`} label={t('portaalregie.requests.againReason')} value={reason} error={reasonError} onChange={(e) => setReason(e.target.value)} />
                        <ButtonGroup>
                          <PrimaryActionButton type="button" onClick={() => void review(r, 'opnieuw-gevraagd')}>
                            {t('portaalregie.requests.sendAgain')}
                          </PrimaryActionButton>
                          <SecondaryActionButton type="button" onClick={() => setAgainFor(null)}>
                            {t('portaalregie.answer.cancel')}
                          </SecondaryActionButton>
                        </ButtonGroup>
                      </>
                    ) : (
                      <ButtonGroup>
                        <SecondaryActionButton type="button" aria-label={t('portaalregie.requests.acceptLabel', { what: r.description })} onClick={() => void review(r, 'geaccepteerd')}>
                          {t('portaalregie.requests.accept')}
                        </SecondaryActionButton>
                        <SecondaryActionButton type="button" aria-label={t('portaalregie.requests.againLabel', { what: r.description })} onClick={() => setAgainFor(r.id)}>
                          {t('portaalregie.requests.again')}
                        </SecondaryActionButton>
                      </ButtonGroup>
                    )
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      ) : null}
    </section>
  );
}

/** The files sent for one request, each a download with when it was sent and how it was judged. */
function RequestFilesCell({ caseId, files }: { caseId: string; files: PortaalCaseDocumentRequest['files'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <TableCell>
      {files.length === 0 ? t('portaalregie.requests.noFiles') : null}
      {files.map((f, i) => (
        <div key={f.documentId}>
          <a className="utrecht-link" href={caseDocumentUrl(caseId, f.documentId)} download>
            {t('portaalregie.requests.file', { n: i + 1, date: formatDateTime(f.sentAt, language) })}
          </a>{' '}
          ({t(`portaalregie.review.${f.review}`)})
        </div>
      ))}
    </TableCell>
  );
}
