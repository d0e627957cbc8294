import { useId, useState } from 'react';
import { send } from '../api/client.ts';
import type { PortaalContact } from '../api/types.ts';
import { useResource } from '../api/useResource.ts';
import { ActionForm } from '../components/ActionForm.tsx';
import { Dutch } from '../components/Dutch.tsx';
import { PageFrame } from '../components/PageFrame.tsx';
import { Empty, Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { hasUnsafeText, MAX_TEXT } from './text-input.ts';

function MessageForm() {
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
        if (message.length > MAX_TEXT || hasUnsafeText(message)) return 'errors.textInvalid';
        return null;
      }}
      onSubmit={() => send('POST', '/berichten', { text: message.trim() })}
      onDone={() => setMessage('')}
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
          maxLength={MAX_TEXT}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
        />
      </div>
    </ActionForm>
  );
}

export function ContactPage() {
  const { t } = useI18n();
  const contact = useResource<PortaalContact>('/contact');
  return (
    <PageFrame titleKey="pages.contact.title" intro={t('contact.intro')}>
      <Loaded resource={contact}>
        {({ contactpersoon: c }) =>
          c === null ? (
            <Empty textKey="contact.none" />
          ) : (
            <>
              <dl className="portaal-facts">
                <dt>{t('contact.name')}</dt>
                <dd>
                  <Dutch>{c.name}</Dutch>
                </dd>
                <dt>{t('contact.role')}</dt>
                <dd>{t('roles.trajectregisseur')}</dd>
                {c.phone ? (
                  <>
                    <dt>{t('contact.phone')}</dt>
                    <dd>
                      <a className="utrecht-link" href={`tel:${c.phone.replace(/\s/g, '')}`} dir="ltr">
                        {c.phone}
                      </a>
                    </dd>
                  </>
                ) : null}
                {c.email ? (
                  <>
                    <dt>{t('contact.email')}</dt>
                    <dd>
                      <a className="utrecht-link" href={`mailto:${c.email}`} dir="ltr">
                        {c.email}
                      </a>
                    </dd>
                  </>
                ) : null}
              </dl>
              <h2 className="utrecht-heading-2">{t('contact.formTitle')}</h2>
              <MessageForm />
            </>
          )
        }
      </Loaded>
    </PageFrame>
  );
}
