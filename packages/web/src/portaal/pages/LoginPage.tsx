import { useEffect, useId, useState, type FormEvent } from 'react';
import { getJson } from '../api/client.ts';
import { portaalLoginErrors, type PortaalGemeente, type PortaalLoginError } from '../api/types.ts';
import { useI18n } from '../i18n/I18n.tsx';

function loginError(search: string): PortaalLoginError | null {
  const fout = new URLSearchParams(search).get('fout');
  return portaalLoginErrors.find((e) => e === fout) ?? null;
}

/**
 * Choose the gemeente, then log in with DigiD at that gemeente's broker (GET /api/portaal/login
 * redirects). The gemeente comes from the list (GET /api/portaal/gemeenten, when the server offers
 * it) or from the link on the gemeente's own website: /portaal/?gemeente=<code>.
 */
export function LoginPage() {
  const { t, text, language } = useI18n();
  const linked = new URLSearchParams(window.location.search).get('gemeente') ?? '';
  const error = loginError(window.location.search);
  const [gemeenten, setGemeenten] = useState<PortaalGemeente[] | null>(null);
  const [code, setCode] = useState(linked);
  const [missing, setMissing] = useState(false);
  const selectId = useId();
  const errorId = useId();
  useEffect(() => {
    document.title = `${text('login.title')} · ${text('app.name')}`;
  }, [text, language]);
  useEffect(() => {
    getJson<{ gemeenten: PortaalGemeente[] }>('/gemeenten').then(
      (body) => setGemeenten(body.gemeenten),
      () => setGemeenten([]),
    );
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!code) {
      setMissing(true);
      return;
    }
    window.location.assign(`/api/portaal/login?gemeente=${encodeURIComponent(code)}`);
  };
  const linkedName = gemeenten?.find((g) => g.code === linked)?.name;
  return (
    <>
      <h1 className="utrecht-heading-1">{t('login.title')}</h1>
      <p className="utrecht-paragraph portaal-intro">{t('login.intro')}</p>
      {error ? (
        <div className="utrecht-alert utrecht-alert--error portaal-alert" role="alert">
          <p className="utrecht-paragraph">{t(`login.fout.${error}`)}</p>
        </div>
      ) : null}
      <form className="portaal-form" onSubmit={submit} noValidate>
        {gemeenten && gemeenten.length > 0 ? (
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
              {gemeenten.map((g) => (
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
        ) : linked ? (
          linkedName ? (
            <p className="utrecht-paragraph">
              {t('login.gemeente')}: <span lang="nl">{linkedName}</span>
            </p>
          ) : null
        ) : gemeenten ? (
          <p className="utrecht-paragraph" role="alert">
            {t('login.viaWebsite')}
          </p>
        ) : null}
        {code ? (
          <button type="submit" className="utrecht-button utrecht-button--primary-action portaal-button portaal-digid">
            {t('login.digid')}
          </button>
        ) : gemeenten && gemeenten.length > 0 ? (
          <button type="submit" className="utrecht-button utrecht-button--primary-action portaal-button portaal-digid">
            {t('login.digid')}
          </button>
        ) : null}
      </form>
      <p className="utrecht-paragraph">{t('login.help')}</p>
    </>
  );
}
