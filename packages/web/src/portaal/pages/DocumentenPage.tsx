import { useId, useState } from 'react';
import { upload } from '../api/client.ts';
import type { PortaalDocument } from '../api/types.ts';
import { ActionForm } from '../components/ActionForm.tsx';
import { PageFrame } from '../components/PageFrame.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { hasUnsafeText, MAX_DESCRIPTION, MAX_TITLE } from './text-input.ts';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

export function DocumentenPage() {
  const { t, text } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [round, setRound] = useState(0);
  const fileId = useId();
  const fileHintId = useId();
  const titleId = useId();
  const titleHintId = useId();
  const descriptionId = useId();
  return (
    <PageFrame titleKey="pages.documenten.title" intro={t('documenten.intro')}>
      <ActionForm
        label={text('documenten.upload')}
        submitKey="documenten.send"
        doneKey="documenten.sent"
        validate={() => {
          if (title.trim() === '') return 'documenten.titleMissing';
          if (title.length > MAX_TITLE || description.length > MAX_DESCRIPTION || hasUnsafeText(title) || hasUnsafeText(description))
            return 'errors.textInvalid';
          if (!file) return 'documenten.fileMissing';
          if (file.size > MAX_UPLOAD_BYTES) return 'documenten.tooLarge';
          if (!ACCEPTED_TYPES.includes(file.type)) return 'documenten.wrongType';
          return null;
        }}
        onSubmit={() => {
          const form = new FormData();
          form.set('title', title.trim());
          if (description.trim()) form.set('description', description.trim());
          if (file) form.set('file', file);
          return upload<PortaalDocument>('/documenten', form);
        }}
        onDone={() => {
          setTitle('');
          setDescription('');
          setFile(null);
          setRound((r) => r + 1);
        }}
      >
        <div className="utrecht-form-field">
          <label htmlFor={titleId} className="utrecht-form-label">
            {t('documenten.title')}
          </label>
          <p id={titleHintId} className="utrecht-form-field-description">
            {t('documenten.titleHint')}
          </p>
          <input
            id={titleId}
            type="text"
            aria-describedby={titleHintId}
            className="utrecht-textbox utrecht-textbox--html-input portaal-input"
            maxLength={MAX_TITLE}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <div className="utrecht-form-field">
          <label htmlFor={descriptionId} className="utrecht-form-label">
            {t('documenten.description')}
          </label>
          <textarea
            id={descriptionId}
            className="utrecht-textarea portaal-input"
            rows={3}
            maxLength={MAX_DESCRIPTION}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </div>
        <div className="utrecht-form-field">
          <label htmlFor={fileId} className="utrecht-form-label">
            {t('documenten.file')}
          </label>
          <p id={fileHintId} className="utrecht-form-field-description">
            {t('documenten.fileHint')}
          </p>
          <input
            key={round}
            id={fileId}
            type="file"
            accept={ACCEPTED_TYPES.join(',')}
            aria-describedby={fileHintId}
            className="portaal-input portaal-file"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
      </ActionForm>
    </PageFrame>
  );
}
