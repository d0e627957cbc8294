// "Gevraagde documenten" (issue 17, ADR 0163): what the gemeente asked for, in its own words (Dutch,
// marked so), what the person sent and what became of it; and sending a file for a request. On a
// phone the photo is the main case: one input opens the camera, the other picks a PDF or photo.
import { useId, useState } from 'react';
import { upload } from '../api/client.ts';
import type { PortaalDocumentRequest, PortaalDocumenten } from '../api/types.ts';
import { useResource } from '../api/useResource.ts';
import { ActionForm } from '../components/ActionForm.tsx';
import { Dutch } from '../components/Dutch.tsx';
import { formatDate, formatDateTime } from '../components/format.ts';
import { PageFrame } from '../components/PageFrame.tsx';
import { Empty, Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/I18n.tsx';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

function UploadForm({ request, onSent }: { request: PortaalDocumentRequest; onSent: () => void }) {
  const { t, text } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [round, setRound] = useState(0);
  const photoId = useId();
  const fileId = useId();
  const hintId = useId();
  return (
    <ActionForm
      label={text('documenten.upload')}
      submitKey="documenten.send"
      doneKey="documenten.sent"
      validate={() => {
        if (!file) return 'documenten.fileMissing';
        if (file.size > MAX_UPLOAD_BYTES) return 'documenten.tooLarge';
        if (!ACCEPTED_TYPES.includes(file.type)) return 'documenten.wrongType';
        return null;
      }}
      onSubmit={() => {
        const form = new FormData();
        if (file) form.set('file', file);
        return upload<PortaalDocumentRequest>(`/documenten/${encodeURIComponent(request.id)}`, form);
      }}
      onDone={() => {
        setFile(null);
        setRound((r) => r + 1);
        onSent();
      }}
    >
      <p id={hintId} className="utrecht-form-field-description">
        {t('documenten.fileHint')}
      </p>
      <div className="utrecht-form-field">
        <label htmlFor={photoId} className="utrecht-form-label">
          {t('documenten.photo')}
        </label>
        <input
          key={`photo-${round}`}
          id={photoId}
          type="file"
          accept="image/jpeg,image/png"
          capture="environment"
          aria-describedby={hintId}
          className="portaal-input portaal-file"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <div className="utrecht-form-field">
        <label htmlFor={fileId} className="utrecht-form-label">
          {t('documenten.file')}
        </label>
        <input
          key={`file-${round}`}
          id={fileId}
          type="file"
          accept={ACCEPTED_TYPES.join(',')}
          aria-describedby={hintId}
          className="portaal-input portaal-file"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
    </ActionForm>
  );
}

function RequestCard({ request, onSent }: { request: PortaalDocumentRequest; onSent: () => void }) {
  const { t, language } = useI18n();
  return (
    <li className="portaal-card" data-testid="portaal-request">
      <h2 className="utrecht-heading-3 portaal-card__title">
        <Dutch>{request.description}</Dutch>
      </h2>
      <p className="portaal-card__label">
        {t(`documenten.state.${request.state}`)}
        {request.dueOn ? <> · {t('documenten.dueOn', { date: formatDate(request.dueOn, language) })}</> : null}
      </p>
      {request.state === 'opnieuw-gevraagd' && request.againReason ? (
        <p className="utrecht-paragraph">
          {t('documenten.againReason')} <Dutch>{request.againReason}</Dutch>
        </p>
      ) : null}
      {request.files.length > 0 ? (
        <>
          <p className="utrecht-paragraph">{t('documenten.sentFiles')}</p>
          <ul className="portaal-list">
            {request.files.map((f) => (
              <li key={f.id} className="utrecht-paragraph">
                {t('documenten.sentFile', { date: formatDateTime(f.sentAt, language) })} · {t(`documenten.review.${f.review}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {request.canUpload ? <UploadForm request={request} onSent={onSent} /> : null}
    </li>
  );
}

export function DocumentenPage() {
  const { t } = useI18n();
  const documenten = useResource<PortaalDocumenten>('/documenten');
  return (
    <PageFrame titleKey="pages.documenten.title" intro={t('documenten.intro')}>
      <Loaded resource={documenten}>
        {({ requests }) =>
          requests.length === 0 ? (
            <Empty textKey="documenten.none" />
          ) : (
            <ul className="portaal-list">
              {requests.map((r) => (
                <RequestCard key={r.id} request={r} onSent={documenten.reload} />
              ))}
            </ul>
          )
        }
      </Loaded>
    </PageFrame>
  );
}
