import { useId, useState } from 'react';
import { upload } from '../api/client.ts';
import type { PortaalDocumentverzoek, PortaalDocumentverzoeken } from '../api/types.ts';
import { useResource } from '../api/useResource.ts';
import { ActionForm } from '../components/ActionForm.tsx';
import { Dutch } from '../components/Dutch.tsx';
import { formatDate } from '../components/format.ts';
import { PageFrame } from '../components/PageFrame.tsx';
import { Empty, Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/I18n.tsx';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const ACCEPT = 'application/pdf,image/jpeg,image/png';

function UploadForm({ verzoek, onDone }: { verzoek: PortaalDocumentverzoek; onDone: () => void }) {
  const { t, text } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const id = useId();
  const hintId = useId();
  return (
    <ActionForm
      label={text('documenten.upload')}
      submitKey="documenten.send"
      doneKey="documenten.sent"
      validate={() => {
        if (!file) return 'documenten.fileMissing';
        if (file.size > MAX_UPLOAD_BYTES) return 'documenten.tooLarge';
        if (!ACCEPT.split(',').includes(file.type)) return 'documenten.wrongType';
        return null;
      }}
      onSubmit={() => {
        const form = new FormData();
        form.set('version', String(verzoek.version));
        if (file) form.set('bestand', file);
        return upload(`/documentverzoeken/${verzoek.id}/bestand`, form);
      }}
      onDone={onDone}
    >
      <div className="utrecht-form-field">
        <label htmlFor={id} className="utrecht-form-label">
          {t('documenten.file')}
        </label>
        <p id={hintId} className="utrecht-form-field-description">
          {t('documenten.fileHint')}
        </p>
        <input
          id={id}
          type="file"
          accept={ACCEPT}
          aria-describedby={hintId}
          className="portaal-input portaal-file"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
    </ActionForm>
  );
}

export function DocumentenPage() {
  const { t, language } = useI18n();
  const verzoeken = useResource<PortaalDocumentverzoeken>('/documentverzoeken');
  return (
    <PageFrame titleKey="pages.documenten.title" intro={t('documenten.intro')}>
      <Loaded resource={verzoeken}>
        {({ verzoeken: list }) =>
          list.length === 0 ? (
            <Empty textKey="documenten.none" />
          ) : (
            <ul className="portaal-list">
              {list.map((v) => (
                <li key={v.id} className="portaal-card">
                  <p className="portaal-card__label">
                    {t(`documenten.status.${v.status}`)}
                    {v.dueOn ? <> · {t('documenten.dueOn', { date: formatDate(v.dueOn, language) })}</> : null}
                  </p>
                  <p className="utrecht-paragraph">
                    <Dutch>{v.description}</Dutch>
                  </p>
                  {v.status === 'open' ? <UploadForm verzoek={v} onDone={verzoeken.reload} /> : null}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </PageFrame>
  );
}
