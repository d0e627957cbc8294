import { Alert, ButtonGroup, ButtonLink, Heading2, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { getOidcInfo, isApiError, OIDC_LOGIN_URL } from '../api/client.ts';
import type { OidcInfo } from '../api/types.ts';
import { useAuth } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { Loading } from '../components/RequireAuth.tsx';
import { TextField } from '../components/TextField.tsx';

interface LoginLocationState {
  from?: string;
}

function locationState(state: unknown): LoginLocationState {
  if (typeof state !== 'object' || state === null) return {};
  const from = 'from' in state ? state.from : undefined;
  return { from: typeof from === 'string' && from.startsWith('/') ? from : undefined };
}

type FieldErrors = Partial<Record<'email' | 'password', string>>;

/** Whether the organisation logs in through OIDC too (and the name of its login). */
function useOidcInfo(): OidcInfo {
  const [oidc, setOidc] = useState<OidcInfo>({ enabled: false });
  useEffect(() => {
    let active = true;
    getOidcInfo()
      .then((info) => active && setOidc(info))
      .catch(() => undefined); // No OIDC information: offer the password login only.
    return () => {
      active = false;
    };
  }, []);
  return oidc;
}

function OidcLogin({ label }: { label: string | undefined }) {
  const { t } = useTranslation();
  return (
    <section className="koers-login__oidc" aria-labelledby="login-oidc-heading">
      <Heading2 id="login-oidc-heading">{t('login.or')}</Heading2>
      <ButtonGroup>
        <ButtonLink href={OIDC_LOGIN_URL} appearance="secondary-action-button">
          {label ? t('login.oidc', { label }) : t('login.oidcDefault')}
        </ButtonLink>
      </ButtonGroup>
    </section>
  );
}

export function LoginPage() {
  const { t } = useTranslation();
  const { state, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const { from } = locationState(location.state);
  const loggedOut = state.status === 'anonymous' && state.loggedOut === true;
  const expired = state.status === 'anonymous' && state.expired === true;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const oidc = useOidcInfo();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'authenticated' && !busy) return <Navigate to={from ?? '/'} replace />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!email.trim()) errors.email = t('login.emailRequired');
    if (!password) errors.password = t('login.passwordRequired');
    setFieldErrors(errors);
    setError(null);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();

    setBusy(true);
    try {
      await login(email.trim(), password);
      void navigate(from && from !== '/inloggen' ? from : '/', { replace: true });
    } catch (caught) {
      setBusy(false);
      if (isApiError(caught) && (caught.field === 'email' || caught.field === 'password')) {
        setFieldErrors({ [caught.field]: caught.message });
      } else {
        setError(caught);
      }
      setPassword('');
      passwordRef.current?.focus();
    }
  }

  return (
    <div className="koers-login">
      <PageHeading>{t('login.title')}</PageHeading>
      {loggedOut && !error ? (
        <Alert type="ok" role="status" className="koers-alert" data-testid="logged-out">
          <Paragraph>{t('shell.loggedOut')}</Paragraph>
        </Alert>
      ) : null}
      {expired && !error ? (
        <Alert type="warning" role="status" className="koers-alert" data-testid="session-expired">
          <Paragraph>{t('errors.UNAUTHENTICATED')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t('login.intro')}</Paragraph>
      {error ? (
        <div data-testid="login-error">
          <ErrorAlert error={error} title={t('login.errorTitle')} />
        </div>
      ) : null}
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="koers-form" aria-labelledby="page-heading">
        <TextField
          ref={emailRef}
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          label={t('login.email')}
          value={email}
          error={fieldErrors.email}
          required
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          ref={passwordRef}
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          label={t('login.password')}
          value={password}
          error={fieldErrors.password}
          required
          onChange={(event) => setPassword(event.target.value)}
        />
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
            {busy ? t('login.submitting') : t('login.submit')}
          </PrimaryActionButton>
        </ButtonGroup>
      </form>
      {oidc.enabled ? <OidcLogin label={oidc.label} /> : null}
    </div>
  );
}
