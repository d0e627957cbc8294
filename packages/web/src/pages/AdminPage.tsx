import { Alert, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAdminGemeenten, getAdminUsers, getRoles } from '../api/client.ts';
import type { AdminGemeente, AdminUser, GemeenteRef, RoleInfo } from '../api/types.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { Loading } from '../components/RequireAuth.tsx';
import { GemeentenSection } from './beheer/GemeentenSection.tsx';
import { RolesTable } from './beheer/RolesTable.tsx';
import { EditUserForm, NewUserForm } from './beheer/UserForms.tsx';
import { UsersTable } from './beheer/UsersTable.tsx';
import { ZrmMatrixSection } from './beheer/ZrmMatrixSection.tsx';

interface AdminData {
  users: AdminUser[];
  roles: RoleInfo[];
  gemeenten: AdminGemeente[];
}

/** The page's table of contents: only the sections this user can see. */
function AdminContents({ canUsers, canGemeenten, canContracts }: { canUsers: boolean; canGemeenten: boolean; canContracts: boolean }) {
  const { t } = useTranslation();
  return (
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
  );
}

/** The users table with the edit form under it for the user being changed. */
function UsersSection({
  data,
  choosable,
  editing,
  setEditing,
  onNotice,
  onSaved,
}: {
  data: AdminData;
  choosable: readonly GemeenteRef[];
  editing: AdminUser | null;
  setEditing: (user: AdminUser | null) => void;
  onNotice: (notice: string | null) => void;
  onSaved: (user: AdminUser) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="admin-users" className="koers-section">
      <Heading2 id="admin-users">{t('admin.users')}</Heading2>
      <UsersTable
        users={data.users}
        onEdit={(u) => {
          onNotice(null);
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
            onSaved(u);
            setEditing(null);
            onNotice(t('admin.updated', { name: u.name }));
          }}
        />
      ) : null}
    </section>
  );
}

function useAdminData(canUsers: boolean, canGemeenten: boolean) {
  const [data, setData] = useState<AdminData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      const [users, roles, gemeenten] = await Promise.all([canUsers ? getAdminUsers() : Promise.resolve([]), getRoles(), canGemeenten ? getAdminGemeenten() : Promise.resolve([])]);
      setData({ users, roles, gemeenten });
    } catch (caught) {
      setError(caught);
    }
  }, [canUsers, canGemeenten]);
  useEffect(() => {
    void load();
  }, [load]);
  return { data, setData, error };
}

/** Administration of the own organisation: users, roles (read-only) and gemeenten. */
export function AdminPage() {
  const { t } = useTranslation();
  const me = useUser();
  const canUsers = me.permissions.includes('admin:users');
  const canGemeenten = me.permissions.includes('admin:gemeenten');
  const canContracts = me.permissions.includes('contracts:manage');
  const { data, setData, error } = useAdminData(canUsers, canGemeenten);
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  // Saving closes the form that had focus: move focus to the confirmation instead.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  /** The gemeenten a user can be given: the organisation's, or the own ones without admin:gemeenten. */
  const choosable: readonly GemeenteRef[] = canGemeenten ? (data?.gemeenten ?? []) : me.gemeenten;

  return (
    <>
      <PageHeading>{t('admin.title')}</PageHeading>
      <Paragraph appearance="lead">{t('admin.intro')}</Paragraph>
      <AdminContents canUsers={canUsers} canGemeenten={canGemeenten} canContracts={canContracts} />
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
            <UsersSection
              data={data}
              choosable={choosable}
              editing={editing}
              setEditing={setEditing}
              onNotice={setNotice}
              onSaved={(user) => setData((d) => (d ? { ...d, users: d.users.map((u) => (u.id === user.id ? user : u)) } : d))}
            />
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
