import { useEffect, useId, useState, type FormEvent } from 'react';
import type { PortaalGemeente } from '../api/types.ts';
import { useResource } from '../api/useResource.ts';
import { Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/I18n.tsx';

/** Choose the gemeente, then log in with DigiD at that gemeente's broker (the server redirects). */
export function LoginPage() {
  const { t, text, language } = useI18n();
  const gemeenten = useResource<{ gemeenten: PortaalGemeente[] }>('/gemeenten');
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const selectId = useId();
  const errorId = useId();
  useEffect(() => {
    document.title = `${text('login.title')} · ${text('app.name')}`;
  }, [text, language]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!code) {
      setMissing(true);
      return;
    }
    window.location.assign(`/api/portaal/login?gemeente=${encodeURIComponent(code)}`);
  };
  return (
    <>
      <h1 className="utrecht-heading-1">{t('login.title')}</h1>
      <p className="utrecht-paragraph portaal-intro">{t('login.intro')}</p>
      <Loaded resource={gemeenten}>
        {({ gemeenten: list }) => (
          <form className="portaal-form" onSubmit={submit} noValidate>
            <div className="utrecht-form-field">
              <label htmlFor={selectId} className="utrecht-form-label">
                {t('login.gemeente')}
              </label>
              <select
                id={selectId}
                className="utrecht-select utrecht-select--html-select portaal-input"
                value={code}
                aria-invalid={missing}
                aria-describedby={missing ? errorId : undefined}
                onChange={(event) => {
                  setCode(event.target.value);
                  setMissing(false);
                }}
              >
                <option value="">{text('login.chooseGemeente')}</option>
                {list.map((g) => (
                  <option key={g.code} value={g.code} lang="nl">
                    {g.name}
                  </option>
                ))}
              </select>
              {missing ? (
                <p id={errorId} className="utrecht-form-field-error-message" role="alert">
                  {t('login.gemeenteMissing')}
                </p>
              ) : null}
            </div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action portaal-button portaal-digid">
              {t('login.digid')}
            </button>
          </form>
        )}
      </Loaded>
      <p className="utrecht-paragraph">{t('login.help')}</p>
    </>
  );
}
