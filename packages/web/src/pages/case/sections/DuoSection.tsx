import {
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  SecondaryActionButton,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { useTranslation } from 'react-i18next';
import {
  eventNeedsAction,
  markDuoEventHandled,
  retryDuoMessage,
  type DuoEvent,
  type DuoMessage,
} from '../../../api/duo.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { DuoDataView } from '../duo/DuoDataView.tsx';
import { DuoContactView } from '../duo/DuoContactView.tsx';
import { EventStatusBadge, formatDateTime, useEventName, useOperationName } from '../duo/duoFormat.tsx';
import { DuoMessagesTable } from '../duo/DuoMessagesTable.tsx';
import { ActionNotice, useRowAction } from '../../../components/RowAction.tsx';
import { useCaseChanged, useCaseDuoQuery } from '../../../api/caseQueries.ts';

export interface CaseSectionProps {
  caseId: string;
}

function Messages({
  messages,
  canWrite,
  busyId,
  onRetry,
}: {
  messages: readonly DuoMessage[];
  canWrite: boolean;
  busyId: string | null;
  onRetry: (m: DuoMessage) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Heading3 id="duo-messages-heading">{t('duo.messages.heading')}</Heading3>
      {messages.length === 0 ? (
        <Paragraph data-testid="duo-messages-empty">{t('duo.messages.empty')}</Paragraph>
      ) : (
        <DuoMessagesTable
          messages={messages}
          canWrite={canWrite}
          busyId={busyId}
          onRetry={onRetry}
          captionId="duo-messages-caption"
          testId="duo-messages"
          caption={t('duo.messages.caption', { count: messages.length })}
        />
      )}
    </>
  );
}

function Events({
  events,
  canWrite,
  busyId,
  onHandled,
}: {
  events: readonly DuoEvent[];
  canWrite: boolean;
  busyId: string | null;
  onHandled: (e: DuoEvent) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const eventName = useEventName();
  return (
    <>
      <Heading3 id="duo-events-heading">{t('duo.events.heading')}</Heading3>
      {events.length === 0 ? (
        <Paragraph data-testid="duo-events-empty">{t('duo.events.empty')}</Paragraph>
      ) : (
        <ScrollTable captionId="duo-events-caption" testId="duo-events" caption={t('duo.events.caption', { count: events.length })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('duo.events.code')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('duo.events.received')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('duo.events.registered')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('duo.events.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('duo.events.processed')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('duo.events.error')}</TableHeaderCell>
              {canWrite ? <TableHeaderCell scope="col">{t('duo.events.actions')}</TableHeaderCell> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {events.map((e) => (
              <TableRow key={e.id} data-event-id={e.id} data-event-code={e.eventCode} data-status={e.status}>
                <TableHeaderCell scope="row">{eventName(e.eventCode, e.description)}</TableHeaderCell>
                <TableCell>{formatDateTime(e.receivedAt, language)}</TableCell>
                <TableCell>{formatDateTime(e.registeredAt, language) || '—'}</TableCell>
                <TableCell>
                  <EventStatusBadge status={e.status} />
                </TableCell>
                <TableCell>{formatDateTime(e.processedAt, language) || '—'}</TableCell>
                <TableCell>
                  {e.lastError ?? '—'}
                  {e.lastError && e.attempts > 1 ? ` (${t('duo.events.attempts', { count: e.attempts })})` : null}
                </TableCell>
                {canWrite ? (
                  <TableCell>
                    {eventNeedsAction(e.status) ? (
                      <SecondaryActionButton
                        type="button"
                        aria-label={t('duo.events.handledLabel', { code: e.eventCode, date: formatDateTime(e.receivedAt, language) })}
                        busy={busyId === e.id}
                        disabled={busyId !== null}
                        onClick={() => onHandled(e)}
                      >
                        {t('duo.events.handled')}
                      </SecondaryActionButton>
                    ) : (
                      <span className="koers-muted">{t('duo.messages.noAction')}</span>
                    )}
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </>
  );
}

/** The DUO part of a case file: messages to DUO, notifications from DUO, and DUO's last data per resource. */
export function DuoSection({ caseId }: CaseSectionProps) {
  const { t } = useTranslation();
  const user = useUser();
  const canWrite = user.permissions.includes('case:write');
  const operationName = useOperationName();
  const { data: duo, error, refetch } = useCaseDuoQuery(caseId);
  const changed = useCaseChanged(caseId);
  // After a retry or a handled notification: this part and what DUO's answer may change elsewhere.
  const { busyId, notice, noticeRef, actionError, act } = useRowAction(() => changed('duo'));
  const load = () => refetch();

  const retry = (m: DuoMessage) =>
    void act(m.id, async () => {
      const result = await retryDuoMessage(caseId, m.id);
      return t('duo.messages.retried', { operation: operationName(m.operation, m.label), berichtId: result.berichtId });
    });

  const handled = (e: DuoEvent) =>
    void act(e.id, async () => {
      await markDuoEventHandled(caseId, e.id);
      return t('duo.events.handledDone', { code: e.eventCode });
    });

  return (
    <section aria-labelledby="duo-heading" className="koers-duo" data-testid="duo-section">
      <Heading2 id="duo-heading" tabIndex={-1}>
        {t('duo.section.title')}
      </Heading2>
      <Paragraph>{t('duo.section.intro')}</Paragraph>
      <ActionNotice testId="duo-notice" notice={notice} noticeRef={noticeRef} actionError={actionError} />
      {error ? (
        <>
          <ErrorAlert error={error} headingLevel={3} />
          <ButtonGroup>
            <SecondaryActionButton type="button" onClick={() => void load()}>
              {t('duo.section.refresh')}
            </SecondaryActionButton>
          </ButtonGroup>
        </>
      ) : !duo ? (
        <Loading />
      ) : (
        <>
          <Events events={duo.events} canWrite={canWrite} busyId={busyId} onHandled={handled} />
          <Messages messages={duo.messages} canWrite={canWrite} busyId={busyId} onRetry={retry} />
          <DuoContactView contact={duo.contactpersoon} />
          <DuoDataView data={duo.data} />
          <ButtonGroup>
            <SecondaryActionButton type="button" onClick={() => void load()}>
              {t('duo.section.refresh')}
            </SecondaryActionButton>
          </ButtonGroup>
        </>
      )}
    </section>
  );
}
