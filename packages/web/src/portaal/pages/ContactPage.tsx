import { useEffect, useId, useState } from 'react';
import { post } from '../api/client.ts';
import type { PortaalBerichten, PortaalContact } from '../api/types.ts';
import { useResource } from '../api/useResource.ts';
import { ActionForm } from '../components/ActionForm.tsx';
import { Dutch } from '../components/Dutch.tsx';
import { formatDateTime } from '../components/format.ts';
import { PageFrame } from '../components/PageFrame.tsx';
import { Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { hasUnsafeText, MAX_MESSAGE } from './text-input.ts';

function MessageForm({ onSent }: { onSent: () => void }) {
  const { t, text } = useI18n();
  const [message, setMessage] = useState('');
  const id = useId();
  const hintId = useId();
  return (
    <ActionForm
      label={text('contact.formTitle')}
      submitKey="contact.send"
      doneKey="contact.sent"
      validate={() => {
        if (message.trim() === '') return 'contact.messageMissing';
        if (message.length > MAX_MESSAGE || hasUnsafeText(message)) return 'errors.textInvalid';
        return null;
      }}
      onSubmit={() => post('/berichten', { text: message.trim() })}
      onDone={() => {
        setMessage('');
        onSent();
      }}
    >
      <div className="utrecht-form-field">
        <label htmlFor={id} className="utrecht-form-label">
          {t('contact.message')}
        </label>
        <p id={hintId} className="utrecht-form-field-description">
          {t('contact.messageHint')}
        </p>
        <textarea
          id={id}
          aria-describedby={hintId}
          className="utrecht-textarea portaal-input"
          rows={5}
          maxLength={MAX_MESSAGE}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
        />
      </div>
    </ActionForm>
  );
}

/** The conversation: the person's messages and the gemeente's answers (Dutch, marked so), newest first. */
function Messages() {
  const { t, language } = useI18n();
  const berichten = useResource<PortaalBerichten>('/berichten');
  const unread = berichten.state === 'ready' && berichten.data.messages.some((m) => m.from === 'gemeente' && !m.read);
  useEffect(() => {
    // Seen now: the marker stays on this visit, and is gone on the next.
    if (unread) void post('/berichten/gelezen').catch(() => undefined);
  }, [unread]);
  return (
    <>
      <MessageForm onSent={berichten.reload} />
      <h2 className="utrecht-heading-2">{t('contact.sentMessages')}</h2>
      <Loaded resource={berichten}>
        {({ messages }) =>
          messages.length === 0 ? (
            <p className="utrecht-paragraph">{t('contact.noMessages')}</p>
          ) : (
            <ul className="portaal-list">
              {messages.map((m) =>
                m.from === 'gemeente' ? (
                  <li key={m.id} className="portaal-card portaal-card--answer" data-testid="portaal-answer">
                    <p className="portaal-card__label">
                      {!m.read ? <strong className="portaal-badge">{t('contact.new')}</strong> : null} {t('contact.answer')} ·{' '}
                      {formatDateTime(m.sentAt, language)}
                    </p>
                    <p className="utrecht-paragraph portaal-message">
                      <Dutch>{m.text}</Dutch>
                    </p>
                  </li>
                ) : (
                  <li key={m.id} className="portaal-card">
                    <p className="portaal-card__label">
                      {t('contact.mine')} · {formatDateTime(m.sentAt, language)} · {t(m.read ? 'contact.read' : 'contact.unread')}
                    </p>
                    <p className="utrecht-paragraph portaal-message" dir="auto">
                      {m.text}
                    </p>
                  </li>
                ),
              )}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}

export function ContactPage() {
  const { t } = useI18n();
  const contact = useResource<PortaalContact>('/contact');
  return (
    <PageFrame titleKey="pages.contact.title" intro={t('contact.intro')}>
      <Loaded resource={contact}>
        {({ regisseurName, gemeente: g }) => (
          <dl className="portaal-facts">
            <dt>{t('roles.trajectregisseur')}</dt>
            <dd>{regisseurName ? <Dutch>{regisseurName}</Dutch> : t('contact.none')}</dd>
            <dt>{t('contact.gemeente')}</dt>
            <dd>
              <Dutch>{g.department ? `${g.name}, ${g.department}` : g.name}</Dutch>
            </dd>
            {g.phone ? (
              <>
                <dt>{t('contact.phone')}</dt>
                <dd>
                  <a className="utrecht-link portaal-tap" href={`tel:${g.phone.replace(/[^+\d]/g, '')}`} dir="ltr">
                    {g.phone}
                  </a>
                </dd>
              </>
            ) : null}
            {g.email ? (
              <>
                <dt>{t('contact.email')}</dt>
                <dd>
                  <a className="utrecht-link portaal-tap" href={`mailto:${g.email}`} dir="ltr">
                    {g.email}
                  </a>
                </dd>
              </>
            ) : null}
            {g.visitingAddress ? (
              <>
                <dt>{t('contact.visitingAddress')}</dt>
                <dd>
                  <Dutch>{g.visitingAddress}</Dutch>
                </dd>
              </>
            ) : null}
          </dl>
        )}
      </Loaded>
      <h2 className="utrecht-heading-2">{t('contact.formTitle')}</h2>
      <Messages />
    </PageFrame>
  );
}
