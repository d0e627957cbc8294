// Logging a contact: date, kind, duration, topic and a short report (R17).
import { ButtonGroup, Heading4, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addContact, contactKinds, contactTopics, type ContactKind, type ContactTopic } from '../../api/begeleiding.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { TextAreaField } from '../../components/form/TextAreaField.tsx';
import { todayIso } from '../../format/dates.ts';
import { useSubmit } from './useSubmit.ts';

export function ContactForm({ caseId, name, onDone }: { caseId: string; name: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = 'begeleiding-contact';
  const [contactOn, setContactOn] = useState(todayIso());
  const [kind, setKind] = useState<ContactKind>('huisbezoek');
  const [minutes, setMinutes] = useState('60');
  const [topic, setTopic] = useState<ContactTopic>('wonen');
  const [text, setText] = useState('');
  const { submit, busy, error, fieldError } = useSubmit((input: Parameters<typeof addContact>[1]) => addContact(caseId, input), onDone);
  function send(event: FormEvent) {
    event.preventDefault();
    void submit({ contactOn, kind, minutes: Number(minutes), topic, text });
  }
  const atField = ['contactOn', 'kind', 'minutes', 'topic', 'text'].some((f) => fieldError(f) !== undefined);
  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby={`${id}-heading`} onSubmit={send} data-testid="begeleiding-contact-form">
      <Heading4 id={`${id}-heading`}>{t('begeleiding.contact.formHeading', { name })}</Heading4>
      {error && !atField ? <ErrorAlert error={error} headingLevel={5} /> : null}
      <TextField id={`${id}-date`} type="date" label={t('begeleiding.contact.date')} value={contactOn} required error={fieldError('contactOn')} onChange={(e) => setContactOn(e.target.value)} />
      <SelectField<ContactKind> id={`${id}-kind`} label={t('begeleiding.contact.kind')} value={kind} error={fieldError('kind')} options={contactKinds.map((k) => ({ value: k, label: t(`begeleiding.contact.kinds.${k}`) }))} onChange={setKind} />
      <TextField id={`${id}-minutes`} type="number" inputMode="numeric" min={1} max={600} label={t('begeleiding.contact.minutes')} value={minutes} required error={fieldError('minutes')} onChange={(e) => setMinutes(e.target.value)} />
      <SelectField<ContactTopic> id={`${id}-topic`} label={t('begeleiding.contact.topic')} value={topic} error={fieldError('topic')} options={contactTopics.map((k) => ({ value: k, label: t(`begeleiding.contact.topics.${k}`) }))} onChange={setTopic} />
      <TextAreaField id={`${id}-text`} label={t('begeleiding.contact.text')} value={text} error={fieldError('text')} onChange={setText} rows={4} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('begeleiding.contact.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
