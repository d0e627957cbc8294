import {
  Alert,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  PrimaryActionButton,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changePassword, getAccount, isApiError } from '../api/client.ts';
import type { SessionUser } from '../api/types.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { permissionLabel, roleLabel } from '../components/labels.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { TextField } from '../components/TextField.tsx';

export const MIN_PASSWORD_LENGTH = 12;

function AccountDetails({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="account-details" className="koers-section">
      <Heading2 id="account-details">{t('account.details')}</Heading2>
      <DataList className="koers-data-list" data-testid="account-details">
        <DataListItem>
          <DataListKey>{t('account.name')}</DataListKey>
          <DataListValue>{user.name}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('account.email')}</DataListKey>
          <DataListValue>{user.email}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('account.role')}</DataListKey>
          <DataListValue>{roleLabel(t, user.role, user.roleLabel)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('account.organisation')}</DataListKey>
          <DataListValue>{user.organisation.name}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('account.gemeenten')}</DataListKey>
          <DataListValue>
            {user.gemeenten.length > 0 ? user.gemeenten.map((g) => `${g.name} (${g.code})`).join(', ') : t('common.none')}
          </DataListValue>
        </DataListItem>
      </DataList>
      <Heading2 id="account-permissions">{t('account.permissions')}</Heading2>
      <UnorderedList aria-labelledby="account-permissions">
        {user.permissions.map((p) => (
          <UnorderedListItem key={p}>{permissionLabel(t, p)}</UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}

type PasswordField = 'currentPassword' | 'newPassword' | 'confirmPassword';

function ChangePasswordForm() {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<PasswordField, string>>({
    currentPassword: '',
    newPassword: '',
    confirmPassword: '',
  });
  const [errors, setErrors] = useState<Partial<Record<PasswordField, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const refs = {
    currentPassword: useRef<HTMLInputElement>(null),
    newPassword: useRef<HTMLInputElement>(null),
    confirmPassword: useRef<HTMLInputElement>(null),
  };
  const order: PasswordField[] = ['currentPassword', 'newPassword', 'confirmPassword'];

  function showErrors(next: Partial<Record<PasswordField, string>>): boolean {
    setErrors(next);
    const first = order.find((f) => next[f]);
    if (first) refs[first].current?.focus();
    return Boolean(first);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    setError(null);
    const next: Partial<Record<PasswordField, string>> = {};
    if (!values.currentPassword) next.currentPassword = t('account.currentRequired');
    if (values.newPassword.length < MIN_PASSWORD_LENGTH) next.newPassword = t('account.passwordTooShort');
    else if (values.newPassword !== values.confirmPassword) next.confirmPassword = t('account.passwordMismatch');
    if (showErrors(next)) return;

    setBusy(true);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      setValues({ currentPassword: '', newPassword: '', confirmPassword: '' });
      setDone(true);
    } catch (caught) {
      const fieldErrors: Partial<Record<PasswordField, string>> = {};
      if (isApiError(caught)) {
        for (const f of order) {
          const message = caught.messageFor(f);
          if (message) fieldErrors[f] = message;
        }
      }
      if (!showErrors(fieldErrors)) setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const field = (name: PasswordField, autoComplete: string, description?: string) => (
    <TextField
      ref={refs[name]}
      id={`account-${name}`}
      name={name}
      type="password"
      autoComplete={autoComplete}
      label={t(`account.${name}`)}
      description={description}
      value={values[name]}
      error={errors[name]}
      required
      onChange={(event) => setValues((v) => ({ ...v, [name]: event.target.value }))}
    />
  );

  return (
    <section aria-labelledby="account-password" className="koers-section">
      <Heading2 id="account-password">{t('account.passwordTitle')}</Heading2>
      {done ? (
        <Alert type="ok" role="status" className="koers-alert" data-testid="password-changed">
          <Paragraph>{t('account.passwordChanged')}</Paragraph>
        </Alert>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      <form noValidate className="koers-form" aria-labelledby="account-password" onSubmit={(e) => void handleSubmit(e)}>
        {field('currentPassword', 'current-password')}
        {field('newPassword', 'new-password', t('account.newPasswordHint'))}
        {field('confirmPassword', 'new-password')}
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
            {busy ? t('common.saving') : t('account.submit')}
          </PrimaryActionButton>
        </ButtonGroup>
      </form>
    </section>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const sessionUser = useUser();
  const [user, setUser] = useState<SessionUser>(sessionUser);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let active = true;
    getAccount()
      .then((fresh) => active && setUser(fresh))
      .catch((caught: unknown) => active && setError(caught));
    return () => {
      active = false;
    };
  }, []);

  return (
    <>
      <PageHeading>{t('account.title')}</PageHeading>
      {error ? <ErrorAlert error={error} /> : null}
      <AccountDetails user={user} />
      <ChangePasswordForm />
    </>
  );
}
