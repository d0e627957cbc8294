// On the DUO page: meldingen for DUO that belong to no case (a contactpersoon's change or removal),
// until DUO confirms them; a failed or refused one can be offered again (case:write).
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listCaselessDuoMessages, retryCaselessDuoMessage, type CaselessDuoMessage } from '../../api/duo.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { DuoMessagesTable } from '../case/duo/DuoMessagesTable.tsx';
import { useOperationName } from '../case/duo/duoFormat.tsx';
import { ActionNotice, useRowAction } from '../../components/RowAction.tsx';

export function CaselessDuoMessages() {
  const { t } = useTranslation();
  const user = useUser();
  const canWrite = user.permissions.includes('case:write');
  const operationName = useOperationName();
  const [messages, setMessages] = useState<CaselessDuoMessage[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      setMessages(await listCaselessDuoMessages());
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const { busyId, notice, noticeRef, actionError, act } = useRowAction(load);
  const retry = (m: CaselessDuoMessage) =>
    void act(m.id, async () => {
      const result = await retryCaselessDuoMessage(m.id);
      return t('duo.messages.retried', { operation: operationName(m.operation, m.label), berichtId: result.berichtId });
    });

  return (
    <section aria-labelledby="caseless-heading" data-testid="duo-caseless">
      <Heading2 id="caseless-heading">{t('duo.page.caselessTitle')}</Heading2>
      <Paragraph>{t('duo.page.caselessIntro')}</Paragraph>
      <ActionNotice testId="duo-caseless-notice" notice={notice} noticeRef={noticeRef} actionError={actionError} />
      {error ? (
        <ErrorAlert error={error} headingLevel={3} />
      ) : !messages ? (
        <Loading />
      ) : messages.length === 0 ? (
        <Paragraph data-testid="duo-caseless-empty">{t('duo.page.caselessEmpty')}</Paragraph>
      ) : (
        <DuoMessagesTable
          messages={messages}
          canWrite={canWrite}
          busyId={busyId}
          onRetry={retry}
          captionId="duo-caseless-caption"
          testId="duo-caseless-messages"
          caption={t('duo.page.caselessCaption', { count: messages.length })}
        />
      )}
    </section>
  );
}
