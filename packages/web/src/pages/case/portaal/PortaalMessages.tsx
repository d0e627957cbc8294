// The conversation with the inburgeraar in the case file: each message with its status, and for the
// regisseur the buttons to answer it (the answer form opens in the row) or to mark it handled.
import {
  ButtonGroup,
  SecondaryActionButton,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortaalCase } from '../../../api/portaal-case.ts';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { formatDateTime } from '../../../format/dates.ts';
import { AnswerForm } from './AnswerForm.tsx';
import type { HandlePortaalItem } from './portaalItems.ts';

export function PortaalMessages({
  caseId,
  messages,
  canWrite,
  status,
  onHandle,
  onChanged,
}: {
  caseId: string;
  messages: PortaalCase['messages'];
  canWrite: boolean;
  status: (handledAt: string | null) => string;
  onHandle: HandlePortaalItem;
  onChanged: (message: string) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [answering, setAnswering] = useState<string | null>(null);
  return (
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
        {messages.map((m) => (
          <TableRow key={m.id}>
            <TableCell>{formatDateTime(m.sentAt, language)}</TableCell>
            <TableCell>
              {m.from === 'gemeente'
                ? t('portaalregie.messages.fromGemeente', { name: m.senderName ?? t('portaalregie.noReason') })
                : t('portaalregie.messages.fromPerson')}
            </TableCell>
            {/* The person writes in their own language, possibly right to left. */}
            <TableCell dir="auto">{m.text}</TableCell>
            <TableCell>
              {m.from === 'gemeente' ? t('portaalregie.messages.sent') : status(m.handledAt)}
              {canWrite && m.from === 'inburgeraar' && answering !== m.id ? (
                <ButtonGroup>
                  <SecondaryActionButton
                    type="button"
                    aria-label={t('portaalregie.answer.open', { date: formatDateTime(m.sentAt, language) })}
                    onClick={() => setAnswering(m.id)}
                  >
                    {t('portaalregie.answer.button')}
                  </SecondaryActionButton>
                  {m.handledAt === null ? (
                    <SecondaryActionButton
                      type="button"
                      aria-label={t('portaalregie.handleMessage', { date: formatDateTime(m.sentAt, language) })}
                      onClick={() => void onHandle('berichten', m.id, m.version)}
                    >
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
                    void onChanged(t('portaalregie.answer.sentNotice'));
                  }}
                />
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}
