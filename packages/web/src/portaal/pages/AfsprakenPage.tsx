import { useId, useState } from 'react';
import { post } from '../api/client.ts';
import type { PortaalAfspraken, PortaalAppointment, PortaalReactieInput } from '../api/types.ts';
import { useResource } from '../api/useResource.ts';
import { ActionForm } from '../components/ActionForm.tsx';
import { Dutch } from '../components/Dutch.tsx';
import { formatDate, formatDateTime } from '../components/format.ts';
import { PageFrame } from '../components/PageFrame.tsx';
import { Empty, Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { languageNames } from '../i18n/languages.ts';
import { hasUnsafeText, MAX_REASON } from './text-input.ts';

function Interpreter({ interpreter }: { interpreter: PortaalAppointment['interpreter'] }) {
  const { t } = useI18n();
  if (interpreter === null) return <>{t('afspraken.noInterpreter')}</>;
  const code = interpreter.languageCode;
  return (
    <>
      {t('afspraken.interpreter')}
      {code ? (
        <>
          {' '}
          (<span lang={code}>{languageNames[code]}</span>)
        </>
      ) : interpreter.language ? (
        <>
          {' '}
          (<Dutch>{interpreter.language}</Dutch>)
        </>
      ) : null}
    </>
  );
}

function statusKey(a: PortaalAppointment): string {
  if (a.status === 'gepland' && a.myResponse) return `afspraken.response.${a.myResponse.response}`;
  return `afspraken.statusLabel.${a.status}`;
}

function AfspraakCard({ afspraak, onChanged }: { afspraak: PortaalAppointment; onChanged: () => void }) {
  const { t, text, language } = useI18n();
  const [moving, setMoving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const headingId = useId();
  const respond = (input: PortaalReactieInput) => post(`/afspraken/${afspraak.id}/reactie`, input);
  const confirmed = afspraak.myResponse?.response === 'bevestigd';
  return (
    <li className="portaal-card" aria-labelledby={headingId}>
      <h2 className="utrecht-heading-3" id={headingId}>
        {t(`afspraken.kind.${afspraak.kind}`)}
      </h2>
      <dl className="portaal-facts">
        <dt>{t('afspraken.when')}</dt>
        <dd>{afspraak.allDay ? formatDate(afspraak.start, language) : formatDateTime(afspraak.start, language)}</dd>
        <dt>{t('afspraken.where')}</dt>
        <dd>{afspraak.place ? <Dutch>{afspraak.place}</Dutch> : t('afspraken.placeLater')}</dd>
        <dt>{t('afspraken.interpreterLabel')}</dt>
        <dd>
          <Interpreter interpreter={afspraak.interpreter} />
        </dd>
        <dt>{t('afspraken.status')}</dt>
        <dd>{t(statusKey(afspraak))}</dd>
      </dl>
      {notice ? (
        <p className="utrecht-paragraph portaal-done" role="status">
          {t(notice)}
        </p>
      ) : null}
      {afspraak.canRespond ? (
        <>
          {confirmed ? null : (
            <ActionForm
              label={text('afspraken.confirm')}
              submitKey="afspraken.confirm"
              doneKey="afspraken.confirmed"
              showDone={false}
              onSubmit={() => respond({ response: 'bevestigd' })}
              onDone={() => {
                setNotice('afspraken.confirmed');
                onChanged();
              }}
            />
          )}
          {moving ? (
            <ActionForm
              label={text('afspraken.move')}
              submitKey="afspraken.sendMove"
              doneKey="afspraken.moveSent"
              showDone={false}
              validate={() => {
                if (reason.trim() === '') return 'afspraken.reasonMissing';
                if (reason.length > MAX_REASON || hasUnsafeText(reason)) return 'errors.textInvalid';
                return null;
              }}
              onSubmit={() => respond({ response: 'verzetten', reason: reason.trim() })}
              onDone={() => {
                setMoving(false);
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
                  maxLength={MAX_REASON}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                />
              </div>
            </ActionForm>
          ) : (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action portaal-button"
              onClick={() => setMoving(true)}
            >
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
        {({ appointments }) =>
          appointments.length === 0 ? (
            <Empty textKey="afspraken.none" />
          ) : (
            <ul className="portaal-list">
              {appointments.map((a) => (
                <AfspraakCard key={a.id} afspraak={a} onChanged={afspraken.reload} />
              ))}
            </ul>
          )
        }
      </Loaded>
    </PageFrame>
  );
}
