import { useId, useState } from 'react';
import { send } from '../api/client.ts';
import type { PortaalAfspraak, PortaalAfspraken } from '../api/types.ts';
import { useResource } from '../api/useResource.ts';
import { ActionForm } from '../components/ActionForm.tsx';
import { Dutch } from '../components/Dutch.tsx';
import { formatDateTime } from '../components/format.ts';
import { PageFrame } from '../components/PageFrame.tsx';
import { Empty, Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { languageNames, normaliseLanguage } from '../i18n/languages.ts';
import { hasUnsafeText, MAX_TEXT } from './text-input.ts';

function Interpreter({ code }: { code: string | null }) {
  const { t } = useI18n();
  if (code === null) return <>{t('afspraken.noInterpreter')}</>;
  const lang = normaliseLanguage(code);
  return (
    <>
      {t('afspraken.interpreter')}
      {lang ? (
        <>
          {' '}
          (<span lang={lang}>{languageNames[lang]}</span>)
        </>
      ) : null}
    </>
  );
}

function AfspraakCard({ afspraak, onChanged }: { afspraak: PortaalAfspraak; onChanged: () => void }) {
  const { t, text, language } = useI18n();
  const [moving, setMoving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const headingId = useId();
  return (
    <li className="portaal-card" aria-labelledby={headingId}>
      <h2 className="utrecht-heading-3" id={headingId}>
        {t(`afspraken.kind.${afspraak.kind}`)}
      </h2>
      <dl className="portaal-facts">
        <dt>{t('afspraken.when')}</dt>
        <dd>{formatDateTime(afspraak.startsAt, language)}</dd>
        <dt>{t('afspraken.where')}</dt>
        <dd>{afspraak.place ? <Dutch>{afspraak.place}</Dutch> : t('afspraken.placeLater')}</dd>
        <dt>{t('afspraken.interpreterLabel')}</dt>
        <dd>
          <Interpreter code={afspraak.interpreterLanguage} />
        </dd>
        <dt>{t('afspraken.status')}</dt>
        <dd>{t(`afspraken.statusLabel.${afspraak.status}`)}</dd>
      </dl>
      {notice ? (
        <p className="utrecht-paragraph portaal-done" role="status">
          {t(notice)}
        </p>
      ) : null}
      {afspraak.status === 'gepland' ? (
        <>
          <ActionForm
            label={text('afspraken.confirm')}
            submitKey="afspraken.confirm"
            doneKey="afspraken.confirmed"
            onSubmit={() => send('POST', `/afspraken/${afspraak.id}/bevestigen`, { version: afspraak.version })}
            showDone={false}
            onDone={() => {
              setNotice('afspraken.confirmed');
              onChanged();
            }}
          />
          {moving ? (
            <ActionForm
              label={text('afspraken.move')}
              submitKey="afspraken.sendMove"
              doneKey="afspraken.moveSent"
              validate={() => {
                if (reason.trim() === '') return 'afspraken.reasonMissing';
                if (reason.length > MAX_TEXT || hasUnsafeText(reason)) return 'errors.textInvalid';
                return null;
              }}
              onSubmit={() => send('POST', `/afspraken/${afspraak.id}/verzetten`, { version: afspraak.version, reason: reason.trim() })}
              showDone={false}
              onDone={() => {
                setNotice('afspraken.moveSent');
                onChanged();
              }}
            >
              <div className="utrecht-form-field">
                <label htmlFor={reasonId} className="utrecht-form-label">
                  {t('afspraken.reason')}
                </label>
                <textarea
                  id={reasonId}
                  className="utrecht-textarea portaal-input"
                  rows={3}
                  maxLength={MAX_TEXT}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                />
              </div>
            </ActionForm>
          ) : (
            <button type="button" className="utrecht-button utrecht-button--secondary-action portaal-button" onClick={() => setMoving(true)}>
              {t('afspraken.move')}
            </button>
          )}
        </>
      ) : null}
    </li>
  );
}

export function AfsprakenPage() {
  const afspraken = useResource<PortaalAfspraken>('/afspraken');
  const { t } = useI18n();
  return (
    <PageFrame titleKey="pages.afspraken.title" intro={t('afspraken.intro')}>
      <Loaded resource={afspraken}>
        {({ afspraken: list }) =>
          list.length === 0 ? (
            <Empty textKey="afspraken.none" />
          ) : (
            <ul className="portaal-list">
              {list.map((a) => (
                <AfspraakCard key={a.id} afspraak={a} onChanged={afspraken.reload} />
              ))}
            </ul>
          )
        }
      </Loaded>
    </PageFrame>
  );
}
