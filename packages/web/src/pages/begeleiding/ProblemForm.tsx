// Signalling a problem to the trajectregisseur: it becomes a werkvoorraad item (R17).
import { ButtonGroup, Heading4, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signalProblem } from '../../api/begeleiding.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextAreaField } from '../../components/form/TextAreaField.tsx';
import { useSubmit } from './useSubmit.ts';

export function ProblemForm({ caseId, name, onDone }: { caseId: string; name: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = 'begeleiding-problem';
  const [text, setText] = useState('');
  const { submit, busy, error, fieldError } = useSubmit((value: string) => signalProblem(caseId, value), onDone);
  function send(event: FormEvent) {
    event.preventDefault();
    void submit(text);
  }
  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby={`${id}-heading`} onSubmit={send} data-testid="begeleiding-problem-form">
      <Heading4 id={`${id}-heading`}>{t('begeleiding.problem.formHeading', { name })}</Heading4>
      {error && fieldError('text') === undefined ? <ErrorAlert error={error} headingLevel={5} /> : null}
      <TextAreaField id={`${id}-text`} label={t('begeleiding.problem.text')} description={t('begeleiding.problem.description')} value={text} error={fieldError('text')} onChange={setText} rows={4} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('begeleiding.problem.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
