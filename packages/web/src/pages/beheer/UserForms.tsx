// Beheer → Gebruikers: the forms to change a user and to add one. Checks what can be checked here,
// then shows the server's messages at their fields (or one general error).
import { ButtonGroup, FormFieldCheckbox, Heading2, Heading3, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createUser, isApiError, updateUser } from '../../api/client.ts';
import type { AdminUser, GemeenteRef, RoleInfo } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFormSubmit } from '../../components/form/useFormSubmit.ts';
import { TextField } from '../../components/TextField.tsx';
import { GemeenteCheckboxes, RoleSelect } from '../../components/UserFields.tsx';
import { MIN_PASSWORD_LENGTH } from '../AccountPage.tsx';

type UserField = 'name' | 'email' | 'role' | 'gemeenteIds' | 'password' | 'phone';
type FieldErrors = Partial<Record<UserField, string>>;
type RoleChoice = RoleInfo['role'] | '';

function fieldErrorsFrom(error: unknown): FieldErrors {
  const result: FieldErrors = {};
  if (!isApiError(error)) return result;
  for (const f of ['name', 'email', 'role', 'gemeenteIds', 'password', 'phone'] as const) {
    const message = error.messageFor(f);
    if (message) result[f] = message;
  }
  return result;
}

/** The form's own checks, or else the server's messages by field; the general error only when no field is named. */
function useUserFormSubmit() {
  const [checked, setChecked] = useState<FieldErrors>({});
  const submit = useFormSubmit();
  const server = fieldErrorsFrom(submit.error);
  const named = Object.keys(server).length > 0;
  const check = (next: FieldErrors) => {
    setChecked(next);
    submit.setError(null);
    return Object.keys(next).length === 0;
  };
  return { errors: named ? server : checked, generalError: named ? null : submit.error, busy: submit.busy, run: submit.run, check };
}

export function EditUserForm({
  user,
  roles,
  gemeenten,
  onSaved,
  onCancel,
}: {
  user: AdminUser;
  roles: readonly RoleInfo[];
  gemeenten: readonly GemeenteRef[];
  onSaved: (user: AdminUser) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<RoleChoice>(user.role);
  const [gemeenteIds, setGemeenteIds] = useState<string[]>(user.gemeenten.map((g) => g.id));
  const [active, setActive] = useState(user.active);
  const [phone, setPhone] = useState(user.phone ?? '');
  const { errors, generalError, busy, run, check } = useUserFormSubmit();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, [user.id]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: FieldErrors = {};
    if (!name.trim()) next.name = t('admin.nameRequired');
    if (!role) next.role = t('admin.roleRequired');
    if (!check(next) || !role) return;
    await run(() => updateUser(user.id, { name: name.trim(), role, gemeenteIds, active, phone: phone.trim() === '' ? null : phone.trim() }), onSaved);
  }

  return (
    <section aria-labelledby="admin-edit-heading" className="koers-panel" data-testid="edit-user">
      <Heading3 id="admin-edit-heading" ref={headingRef} tabIndex={-1}>
        {t('admin.editTitle', { name: user.name })}
      </Heading3>
      {generalError ? <ErrorAlert error={generalError} /> : null}
      <form noValidate className="koers-form" aria-labelledby="admin-edit-heading" onSubmit={(e) => void handleSubmit(e)}>
        <TextField id="edit-name" name="name" autoComplete="off" label={t('admin.name')} value={name} error={errors.name} required onChange={(e) => setName(e.target.value)} />
        <TextField
          id="edit-phone"
          name="phone"
          type="tel"
          autoComplete="off"
          label={t('admin.phone')}
          description={t('admin.phoneHint')}
          value={phone}
          error={errors.phone}
          onChange={(e) => setPhone(e.target.value)}
        />
        <RoleSelect id="edit-role" value={role} roles={roles} error={errors.role} onChange={setRole} />
        <GemeenteCheckboxes gemeenten={gemeenten} selected={gemeenteIds} error={errors.gemeenteIds} onChange={setGemeenteIds} />
        <FormFieldCheckbox name="active" label={t('admin.activeLabel')} description={t('admin.activeHint')} checked={active} onChange={(e) => setActive(e.target.checked)} />
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={onCancel}>
            {t('common.cancel')}
          </SecondaryActionButton>
        </ButtonGroup>
      </form>
    </section>
  );
}

interface NewUserValues {
  name: string;
  email: string;
  role: RoleChoice;
  password: string;
}
const empty: NewUserValues = { name: '', email: '', role: '', password: '' };

export function NewUserForm({ roles, gemeenten, onCreated }: { roles: readonly RoleInfo[]; gemeenten: readonly GemeenteRef[]; onCreated: (user: AdminUser) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(empty);
  const [gemeenteIds, setGemeenteIds] = useState<string[]>([]);
  const { errors, generalError, busy, run, check } = useUserFormSubmit();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: FieldErrors = {};
    if (!values.name.trim()) next.name = t('admin.nameRequired');
    if (!values.email.trim()) next.email = t('admin.emailRequired');
    if (!values.role) next.role = t('admin.roleRequired');
    if (values.password.length < MIN_PASSWORD_LENGTH) next.password = t('admin.passwordTooShort');
    const valid = check(next);
    const first = (['name', 'email', 'role', 'password'] as const).find((f) => next[f]);
    if (first) document.getElementById(`new-${first}`)?.focus();
    if (!valid || !values.role) return;
    const input = { name: values.name.trim(), email: values.email.trim(), role: values.role, gemeenteIds, password: values.password };
    await run(
      () => createUser(input),
      (user) => {
        setValues(empty);
        setGemeenteIds([]);
        onCreated(user);
      },
    );
  }

  const set = (key: 'name' | 'email' | 'password') => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  return (
    <section aria-labelledby="admin-new-user" className="koers-section">
      <Heading2 id="admin-new-user">{t('admin.newUser')}</Heading2>
      {generalError ? <ErrorAlert error={generalError} /> : null}
      <form noValidate className="koers-form" aria-labelledby="admin-new-user" onSubmit={(e) => void handleSubmit(e)}>
        <TextField id="new-name" name="name" autoComplete="off" label={t('admin.name')} value={values.name} error={errors.name} required onChange={(e) => set('name')(e.target.value)} />
        <TextField id="new-email" name="email" type="email" autoComplete="off" label={t('admin.email')} value={values.email} error={errors.email} required onChange={(e) => set('email')(e.target.value)} />
        <RoleSelect id="new-role" value={values.role} roles={roles} error={errors.role} onChange={(role) => setValues((v) => ({ ...v, role }))} />
        <GemeenteCheckboxes gemeenten={gemeenten} selected={gemeenteIds} error={errors.gemeenteIds} onChange={setGemeenteIds} />
        <TextField
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          label={t('admin.password')}
          description={t('admin.passwordHint')}
          value={values.password}
          error={errors.password}
          required
          onChange={(e) => set('password')(e.target.value)}
        />
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
            {busy ? t('common.saving') : t('admin.create')}
          </PrimaryActionButton>
        </ButtonGroup>
      </form>
    </section>
  );
}
