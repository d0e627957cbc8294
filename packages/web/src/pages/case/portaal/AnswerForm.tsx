// The regisseur's answer to a portal message (issue 17, ADR 0163): it appears in the person's
// portal, and answering also handles the message.
import { ButtonGroup, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { answerPortaalMessage, type PortaalCaseMessage } from '../../../api/portaal-case.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';

export function AnswerForm({ caseId, message, onSaved, onCancel }: { caseId: string; message: PortaalCaseMessage; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldRef = useRef<HTMLFormElement>(null);
  useEffect(() => fieldRef.current?.querySelector('textarea')?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await answerPortaalMessage(caseId, message.id, message.version, text);
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const textError = isApiError(error) ? error.messageFor('text') : undefined;
  return (
    <form ref={fieldRef} noValidate className="koers-form" onSubmit={(e) => void submit(e)} data-testid="portaal-answer-form">
      {error && !textError ? <ErrorAlert error={error} headingLevel={4} /> : null}
      <TextAreaField id={`portaal-answer-${message.id}`} label={t('portaalregie.answer.label')} description={t('portaalregie.answer.hint')} rows={4} value={text} error={textError} onChange={setText} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('portaalregie.answer.submit')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" disabled={busy} onClick={onCancel}>
          {t('portaalregie.answer.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}
