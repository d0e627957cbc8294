import {
  Alert,
  ButtonGroup,
  FormFieldCheckbox,
  Heading2,
  Heading3,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  Button,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { ScrollTable } from '../components/ScrollTable.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createUser,
  getAdminGemeenten,
  getAdminUsers,
  getRoles,
  isApiError,
  updateUser,
} from '../api/client.ts';
import type { AdminGemeente, AdminUser, GemeenteRef, Role, RoleInfo } from '../api/types.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { permissionLabel, roleLabel } from '../components/labels.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { Loading } from '../components/RequireAuth.tsx';
import { TextField } from '../components/TextField.tsx';
import { GemeenteCheckboxes, RoleSelect } from '../components/UserFields.tsx';
import { GemeentenSection } from './beheer/GemeentenSection.tsx';
import { ZrmMatrixSection } from './beheer/ZrmMatrixSection.tsx';
import { MIN_PASSWORD_LENGTH } from './AccountPage.tsx';

type UserField = 'name' | 'email' | 'role' | 'gemeenteIds' | 'password' | 'phone';
type FieldErrors = Partial<Record<UserField, string>>;

function fieldErrorsFrom(error: unknown): FieldErrors {
  const result: FieldErrors = {};
  if (!isApiError(error)) return result;
  for (const f of ['name', 'email', 'role', 'gemeenteIds', 'password', 'phone'] as const) {
    const message = error.messageFor(f);
    if (message) result[f] = message;
  }
  return result;
}

function formatDateTime(value: string | null, language: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

function UsersTable({ users, onEdit }: { users: readonly AdminUser[]; onEdit: (user: AdminUser) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <ScrollTable captionId="admin-users-caption" testId="users-table" caption={t('admin.usersCaption')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('admin.name')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('admin.email')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('admin.role')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('admin.gemeenten')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('admin.status')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('admin.lastLogin')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('admin.actions')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((u) => {
          const locked = u.lockedUntil && new Date(u.lockedUntil).getTime() > Date.now();
          return (
            <TableRow key={u.id} data-user-email={u.email}>
              <TableHeaderCell scope="row">{u.name}</TableHeaderCell>
              <TableCell>{u.email}</TableCell>
              <TableCell data-testid="user-role">{roleLabel(t, u.role)}</TableCell>
              <TableCell>{u.gemeenten.map((g) => g.name).join(', ') || t('common.none')}</TableCell>
              <TableCell>
                {!u.active
                  ? t('admin.inactive')
                  : locked
                    ? t('admin.lockedUntil', { time: formatDateTime(u.lockedUntil, language) })
                    : t('admin.active')}
              </TableCell>
              <TableCell>{formatDateTime(u.lastLoginAt, language) ?? t('common.never')}</TableCell>
              <TableCell>
                <Button
                  type="button"
                  appearance="subtle-button"
                  aria-label={t('admin.editUser', { name: u.name })}
                  onClick={() => onEdit(u)}
                >
                  {t('common.edit')}
                </Button>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </ScrollTable>
  );
}

function EditUserForm({
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
  const [role, setRole] = useState<string>(user.role);
  const [gemeenteIds, setGemeenteIds] = useState<string[]>(user.gemeenten.map((g) => g.id));
  const [active, setActive] = useState(user.active);
  const [phone, setPhone] = useState(user.phone ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, [user.id]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: FieldErrors = {};
    if (!name.trim()) next.name = t('admin.nameRequired');
    if (!role) next.role = t('admin.roleRequired');
    setErrors(next);
    setError(null);
    if (Object.keys(next).length > 0) return;
    setBusy(true);
    try {
      const saved = await updateUser(user.id, { name: name.trim(), role: role as Role, gemeenteIds, active, phone: phone.trim() === '' ? null : phone.trim() });
      onSaved(saved);
    } catch (caught) {
      const fieldErrors = fieldErrorsFrom(caught);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="admin-edit-heading" className="koers-panel" data-testid="edit-user">
      <Heading3 id="admin-edit-heading" ref={headingRef} tabIndex={-1}>
        {t('admin.editTitle', { name: user.name })}
      </Heading3>
      {error ? <ErrorAlert error={error} /> : null}
      <form noValidate className="koers-form" aria-labelledby="admin-edit-heading" onSubmit={(e) => void handleSubmit(e)}>
        <TextField
          id="edit-name"
          name="name"
          autoComplete="off"
          label={t('admin.name')}
          value={name}
          error={errors.name}
          required
          onChange={(e) => setName(e.target.value)}
        />
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
        <FormFieldCheckbox
          name="active"
          label={t('admin.activeLabel')}
          description={t('admin.activeHint')}
          checked={active}
          onChange={(e) => setActive(e.target.checked)}
        />
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

function NewUserForm({
  roles,
  gemeenten,
  onCreated,
}: {
  roles: readonly RoleInfo[];
  gemeenten: readonly GemeenteRef[];
  onCreated: (user: AdminUser) => void;
}) {
  const { t } = useTranslation();
  const empty = { name: '', email: '', role: '', password: '' };
  const [values, setValues] = useState(empty);
  const [gemeenteIds, setGemeenteIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: FieldErrors = {};
    if (!values.name.trim()) next.name = t('admin.nameRequired');
    if (!values.email.trim()) next.email = t('admin.emailRequired');
    if (!values.role) next.role = t('admin.roleRequired');
    if (values.password.length < MIN_PASSWORD_LENGTH) next.password = t('admin.passwordTooShort');
    setErrors(next);
    setError(null);
    const first = (['name', 'email', 'role', 'password'] as const).find((f) => next[f]);
    if (first) {
      document.getElementById(`new-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const user = await createUser({
        name: values.name.trim(),
        email: values.email.trim(),
        role: values.role as Role,
        gemeenteIds,
        password: values.password,
      });
      setValues(empty);
      setGemeenteIds([]);
      onCreated(user);
    } catch (caught) {
      const fieldErrors = fieldErrorsFrom(caught);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const set = (key: keyof typeof empty) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  return (
    <section aria-labelledby="admin-new-user" className="koers-section">
      <Heading2 id="admin-new-user">{t('admin.newUser')}</Heading2>
      {error ? <ErrorAlert error={error} /> : null}
      <form noValidate className="koers-form" aria-labelledby="admin-new-user" onSubmit={(e) => void handleSubmit(e)}>
        <TextField
          id="new-name"
          name="name"
          autoComplete="off"
          label={t('admin.name')}
          value={values.name}
          error={errors.name}
          required
          onChange={(e) => set('name')(e.target.value)}
        />
        <TextField
          id="new-email"
          name="email"
          type="email"
          autoComplete="off"
          label={t('admin.email')}
          value={values.email}
          error={errors.email}
          required
          onChange={(e) => set('email')(e.target.value)}
        />
        <RoleSelect id="new-role" value={values.role} roles={roles} error={errors.role} onChange={set('role')} />
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

function RolesTable({ roles }: { roles: readonly RoleInfo[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="admin-roles" className="koers-section">
      <Heading2 id="admin-roles">{t('admin.roles')}</Heading2>
      <Paragraph>{t('admin.rolesIntro')}</Paragraph>
      <ScrollTable captionId="admin-roles-caption" testId="roles-table" caption={t('admin.rolesCaption')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('admin.role')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('admin.permissions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {roles.map((r) => (
            <TableRow key={r.role}>
              <TableHeaderCell scope="row">{roleLabel(t, r.role, r.label)}</TableHeaderCell>
              <TableCell>
                <UnorderedList className="koers-compact-list">
                  {r.permissions.map((p) => (
                    <UnorderedListItem key={p}>{permissionLabel(t, p)}</UnorderedListItem>
                  ))}
                </UnorderedList>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
    </section>
  );
}

interface AdminData {
  users: AdminUser[];
  roles: RoleInfo[];
  gemeenten: AdminGemeente[];
}

/** Administration of the own organisation: users, roles (read-only) and gemeenten. */
export function AdminPage() {
  const { t } = useTranslation();
  const me = useUser();
  const canUsers = me.permissions.includes('admin:users');
  const canGemeenten = me.permissions.includes('admin:gemeenten');
  const canContracts = me.permissions.includes('contracts:manage');
  const [data, setData] = useState<AdminData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  // Saving closes the form that had focus: move focus to the confirmation instead.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const load = useCallback(async () => {
    try {
      const [users, roles, gemeenten] = await Promise.all([
        canUsers ? getAdminUsers() : Promise.resolve([]),
        getRoles(),
        canGemeenten
          ? getAdminGemeenten()
          : Promise.resolve([]),
      ]);
      setData({ users, roles, gemeenten });
    } catch (caught) {
      setError(caught);
    }
  }, [canUsers, canGemeenten]);

  useEffect(() => {
    void load();
  }, [load]);

  /** The gemeenten a user can be given: the organisation's, or the own ones without admin:gemeenten. */
  const choosable: readonly GemeenteRef[] = canGemeenten ? (data?.gemeenten ?? []) : me.gemeenten;

  function replaceUser(user: AdminUser) {
    setData((d) => (d ? { ...d, users: d.users.map((u) => (u.id === user.id ? user : u)) } : d));
  }

  return (
    <>
      <PageHeading>{t('admin.title')}</PageHeading>
      <Paragraph appearance="lead">{t('admin.intro')}</Paragraph>
      <nav aria-labelledby="admin-contents" className="koers-toc">
        <Heading2 id="admin-contents" className="koers-toc__heading">
          {t('admin.contents')}
        </Heading2>
        <UnorderedList>
          {canUsers ? (
            <>
              <UnorderedListItem>
                <a className="utrecht-link utrecht-link--html-a" href="#admin-users">
                  {t('admin.users')}
                </a>
              </UnorderedListItem>
              <UnorderedListItem>
                <a className="utrecht-link utrecht-link--html-a" href="#admin-new-user">
                  {t('admin.newUser')}
                </a>
              </UnorderedListItem>
            </>
          ) : null}
          <UnorderedListItem>
            <a className="utrecht-link utrecht-link--html-a" href="#admin-roles">
              {t('admin.roles')}
            </a>
          </UnorderedListItem>
          {canGemeenten ? (
            <UnorderedListItem>
              <a className="utrecht-link utrecht-link--html-a" href="#admin-gemeenten">
                {t('admin.gemeentenTitle')}
              </a>
            </UnorderedListItem>
          ) : null}
          {canContracts ? (
            <UnorderedListItem>
              <AppLink to="/beheer/aanbieders">{t('aanbieders.title')}</AppLink>
            </UnorderedListItem>
          ) : null}
        </UnorderedList>
      </nav>
      <div aria-live="polite" className="koers-live">
        {notice ? (
          <Alert type="ok" className="koers-alert" data-testid="admin-notice" ref={noticeRef} tabIndex={-1}>
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? (
        <>
          {canUsers ? (
            <section aria-labelledby="admin-users" className="koers-section">
              <Heading2 id="admin-users">{t('admin.users')}</Heading2>
              <UsersTable
                users={data.users}
                onEdit={(u) => {
                  setNotice(null);
                  setEditing(u);
                }}
              />
              {editing ? (
                <EditUserForm
                  key={editing.id}
                  user={editing}
                  roles={data.roles}
                  gemeenten={choosable}
                  onCancel={() => setEditing(null)}
                  onSaved={(u) => {
                    replaceUser(u);
                    setEditing(null);
                    setNotice(t('admin.updated', { name: u.name }));
                  }}
                />
              ) : null}
            </section>
          ) : null}
          {canUsers ? (
            <NewUserForm
              roles={data.roles}
              gemeenten={choosable}
              onCreated={(u) => {
                setData((d) => (d ? { ...d, users: [...d.users, u] } : d));
                setNotice(t('admin.created', { name: u.name }));
              }}
            />
          ) : null}
          <RolesTable roles={data.roles} />
          {canGemeenten ? (
            <GemeentenSection
              gemeenten={data.gemeenten}
              onChange={(gemeenten) => setData((d) => (d ? { ...d, gemeenten } : d))}
              onNotice={(text) => {
                setEditing(null);
                setNotice(text);
              }}
            />
          ) : null}
          {canGemeenten ? <ZrmMatrixSection /> : null}
        </>
      ) : null}
    </>
  );
}
