// The portal part of the case file (issue 17, ADR 0152, 0163): the conversation with the
// inburgeraar (their messages and the regisseur's answers), the responses to appointments, and the
// documents asked for. Answering or marking handled takes the werkvoorraad item away.
import { ButtonGroup, Heading2, Paragraph, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortaalQuery, useCaseChanged } from '../../../api/caseQueries.ts';
import { handlePortaalItem } from '../../../api/portaal-case.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { ActionNotice } from '../../../components/RowAction.tsx';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { formatDate, formatDateTime } from '../../../format/dates.ts';
import { AnswerForm } from '../portaal/AnswerForm.tsx';
import { DocumentRequests } from '../portaal/DocumentRequests.tsx';
import type { CasePartProps } from '../caseParts.ts';

export function PortaalSection({ caseId }: CasePartProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const permissions = useUser().permissions;
  const canWrite = permissions.includes('case:write');
  const [answering, setAnswering] = useState<string | null>(null);
  const { data, error } = usePortaalQuery(caseId);
  const caseChanged = useCaseChanged(caseId);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  async function changed(message: string) {
    setNotice(message);
    await caseChanged('portaal');
    requestAnimationFrame(() => noticeRef.current?.focus());
  }

  async function handle(kind: 'berichten' | 'reacties', id: string, version: number) {
    setActionError(null);
    setNotice(null);
    try {
      await handlePortaalItem(caseId, kind, id, version);
      await changed(t('portaalregie.handled'));
    } catch (caught) {
      setActionError(caught);
    }
  }

  const status = (handledAt: string | null) => (handledAt ? t('portaalregie.status.handled', { date: formatDate(handledAt, language) }) : t('portaalregie.status.open'));

  return (
    <section aria-labelledby="portaal-heading" data-testid="portaal-section">
      <Heading2 id="portaal-heading" tabIndex={-1}>
        {t('portaalregie.title')}
      </Heading2>
      <Paragraph>{t('portaalregie.intro')}</Paragraph>
      <ActionNotice testId="portaal-notice" notice={notice} noticeRef={noticeRef} actionError={actionError} />
      {error ? (
        <ErrorAlert error={error} headingLevel={3} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          {data.messages.length === 0 ? (
            <Paragraph data-testid="portaal-messages-empty">{t('portaalregie.messages.none')}</Paragraph>
          ) : (
            <ScrollTable captionId="portaal-messages-caption" caption={t('portaalregie.messages.caption')} testId="portaal-messages">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('portaalregie.messages.sentAt')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('portaalregie.messages.from')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('portaalregie.messages.text')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('portaalregie.status.heading')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.messages.map((m) => (
                  <TableRow key={m.id}>
                    <TableCell>{formatDateTime(m.sentAt, language)}</TableCell>
                    <TableCell>{m.from === 'gemeente' ? t('portaalregie.messages.fromGemeente', { name: m.senderName ?? t('portaalregie.noReason') }) : t('portaalregie.messages.fromPerson')}</TableCell>
                    {/* The person writes in their own language, possibly right to left. */}
                    <TableCell dir="auto">{m.text}</TableCell>
                    <TableCell>
                      {m.from === 'gemeente' ? t('portaalregie.messages.sent') : status(m.handledAt)}
                      {canWrite && m.from === 'inburgeraar' && answering !== m.id ? (
                        <ButtonGroup>
                          <SecondaryActionButton type="button" aria-label={t('portaalregie.answer.open', { date: formatDateTime(m.sentAt, language) })} onClick={() => setAnswering(m.id)}>
                            {t('portaalregie.answer.button')}
                          </SecondaryActionButton>
                          {m.handledAt === null ? (
                            <SecondaryActionButton type="button" aria-label={t('portaalregie.handleMessage', { date: formatDateTime(m.sentAt, language) })} onClick={() => void handle('berichten', m.id, m.version)}>
                              {t('portaalregie.handle')}
                            </SecondaryActionButton>
                          ) : null}
                        </ButtonGroup>
                      ) : null}
                      {answering === m.id ? (
                        <AnswerForm
                          caseId={caseId}
                          message={m}
                          onCancel={() => setAnswering(null)}
                          onSaved={() => {
                            setAnswering(null);
                            void changed(t('portaalregie.answer.sentNotice'));
                          }}
                        />
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </ScrollTable>
          )}
          {data.responses.length === 0 ? (
            <Paragraph data-testid="portaal-responses-empty">{t('portaalregie.responses.none')}</Paragraph>
          ) : (
            <ScrollTable captionId="portaal-responses-caption" caption={t('portaalregie.responses.caption')} testId="portaal-responses">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('portaalregie.responses.at')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('portaalregie.responses.appointment')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('portaalregie.responses.response')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('portaalregie.responses.reason')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('portaalregie.status.heading')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.responses.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell>{formatDateTime(r.at, language)}</TableCell>
                    <TableCell>{t(`portaalregie.kind.${r.appointmentKind}`)}</TableCell>
                    <TableCell>{t(`portaalregie.reply.${r.response}`)}</TableCell>
                    <TableCell dir="auto">{r.reason ?? t('portaalregie.noReason')}</TableCell>
                    <TableCell>
                      {/* A confirmation needs no follow-up; only a request to move the appointment is a work item. */}
                      {r.response === 'bevestigd' ? t('portaalregie.noReason') : status(r.handledAt)}
                      {canWrite && r.response === 'verzetten' && r.handledAt === null ? (
                        <ButtonGroup>
                          <SecondaryActionButton type="button" aria-label={t('portaalregie.handleResponse', { date: formatDateTime(r.at, language) })} onClick={() => void handle('reacties', r.id, r.version)}>
                            {t('portaalregie.handle')}
                          </SecondaryActionButton>
                        </ButtonGroup>
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </ScrollTable>
          )}
          <DocumentRequests caseId={caseId} requests={data.documentRequests} canWrite={canWrite} maySensitive={permissions.includes('case:read-sensitive')} onChanged={changed} />
        </>
      )}
    </section>
  );
}
