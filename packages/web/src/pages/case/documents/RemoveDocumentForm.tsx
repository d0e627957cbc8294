// Removing a mistaken upload: a reason is required; the history keeps who, what and why.
import { ButtonGroup, Heading3, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { removeDocument, type CaseDocumentItem } from '../../../api/documents.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';

export function RemoveDocumentForm({ caseId, document, onRemoved, onCancel }: { caseId: string; document: CaseDocumentItem; onRemoved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = `document-remove-${document.id}`;

  useEffect(() => headingRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await removeDocument(caseId, document.id, reason.trim());
      onRemoved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const reasonError = isApiError(error) ? error.messageFor('reason') : undefined;
  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)} data-testid="document-remove-form">
      <Heading3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('documenten.removeHeading', { title: document.title })}
      </Heading3>
      <Paragraph>{t('documenten.removeIntro')}</Paragraph>
      {error && !reasonError ? <ErrorAlert error={error} headingLevel={4} /> : null}
      <TextAreaField id={`${id}-reason`} label={t('documenten.reason')} value={reason} error={reasonError} onChange={setReason} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('documenten.removeSubmit')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" disabled={busy} onClick={onCancel}>
          {t('documenten.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}
