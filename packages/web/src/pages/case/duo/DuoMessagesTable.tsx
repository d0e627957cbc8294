// The meldingen for DUO with their status, DUO's refusal texts and "Opnieuw aanbieden": in the case
// file's DUO section and, for meldingen without a case, on the DUO page.
import {
  Paragraph,
  SecondaryActionButton,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { canRetryMessage, duoErrorTexts, type DuoMessage } from '../../../api/duo.ts';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { MessageStatusBadge, formatDateTime, useOperationName } from './duoFormat.tsx';

export function DuoMessagesTable<M extends DuoMessage>({
  messages,
  canWrite,
  busyId,
  onRetry,
  captionId,
  testId,
  caption,
}: {
  messages: readonly M[];
  canWrite: boolean;
  busyId: string | null;
  onRetry: (m: M) => void;
  captionId: string;
  testId: string;
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const operationName = useOperationName();
  return (
    <ScrollTable captionId={captionId} testId={testId} caption={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('duo.messages.operation')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('duo.messages.berichtId')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('duo.messages.status')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('duo.messages.attempts')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('duo.messages.nextAttempt')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('duo.messages.error')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('duo.messages.created')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('duo.messages.sent')}</TableHeaderCell>
          {canWrite ? <TableHeaderCell scope="col">{t('duo.messages.actions')}</TableHeaderCell> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {messages.map((m) => {
          const name = operationName(m.operation, m.label);
          const duoErrors = duoErrorTexts(m.response);
          return (
            <TableRow key={m.id} data-message-id={m.id} data-status={m.status}>
              <TableHeaderCell scope="row">{name}</TableHeaderCell>
              <TableCell>
                <code>{m.berichtId}</code>
              </TableCell>
              <TableCell>
                <MessageStatusBadge status={m.status} />
              </TableCell>
              <TableCell>{m.attempts}</TableCell>
              <TableCell>{formatDateTime(m.nextAttemptAt, language) || '—'}</TableCell>
              <TableCell>
                {duoErrors.length > 0 ? (
                  <>
                    <Paragraph>{t('duo.messages.duoErrors')}:</Paragraph>
                    <UnorderedList>
                      {duoErrors.map((text, i) => (
                        <UnorderedListItem key={i}>{text}</UnorderedListItem>
                      ))}
                    </UnorderedList>
                  </>
                ) : (
                  (m.lastError ?? '—')
                )}
              </TableCell>
              <TableCell>{formatDateTime(m.createdAt, language)}</TableCell>
              <TableCell>{formatDateTime(m.sentAt, language) || '—'}</TableCell>
              {canWrite ? (
                <TableCell>
                  {canRetryMessage(m.status) ? (
                    <SecondaryActionButton
                      type="button"
                      aria-label={t('duo.messages.retryLabel', { operation: name, berichtId: m.berichtId })}
                      busy={busyId === m.id}
                      disabled={busyId !== null}
                      onClick={() => onRetry(m)}
                    >
                      {t('duo.messages.retry')}
                    </SecondaryActionButton>
                  ) : (
                    <span className="koers-muted">{t('duo.messages.noAction')}</span>
                  )}
                </TableCell>
              ) : null}
            </TableRow>
          );
        })}
      </TableBody>
    </ScrollTable>
  );
}
