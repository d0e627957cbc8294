// The portal part of the case file (issue 17, ADR 0152, 0163): the conversation with the
// inburgeraar (their messages and the regisseur's answers), the responses to appointments, and the
// documents asked for. Answering or marking handled takes the werkvoorraad item away.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortaalQuery, useCaseChanged } from '../../../api/caseQueries.ts';
import { handlePortaalItem } from '../../../api/portaal-case.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { ActionNotice } from '../../../components/RowAction.tsx';
import { formatDate } from '../../../format/dates.ts';
import { DocumentRequests } from '../portaal/DocumentRequests.tsx';
import { PortaalMessages } from '../portaal/PortaalMessages.tsx';
import { PortaalResponses } from '../portaal/PortaalResponses.tsx';
import type { CasePartProps } from '../caseParts.ts';

export function PortaalSection({ caseId }: CasePartProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const permissions = useUser().permissions;
  const canWrite = permissions.includes('case:write');
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

  const status = (handledAt: string | null) =>
    handledAt ? t('portaalregie.status.handled', { date: formatDate(handledAt, language) }) : t('portaalregie.status.open');

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
            <PortaalMessages
              caseId={caseId}
              messages={data.messages}
              canWrite={canWrite}
              status={status}
              onHandle={handle}
              onChanged={changed}
            />
          )}
          {data.responses.length === 0 ? (
            <Paragraph data-testid="portaal-responses-empty">{t('portaalregie.responses.none')}</Paragraph>
          ) : (
            <PortaalResponses responses={data.responses} canWrite={canWrite} status={status} onHandle={handle} />
          )}
          <DocumentRequests
            caseId={caseId}
            requests={data.documentRequests}
            canWrite={canWrite}
            maySensitive={permissions.includes('case:read-sensitive')}
            onChanged={changed}
          />
        </>
      )}
    </section>
  );
}
