// Beheer → Gebruikers: the organisation's users with their role, gemeenten, status and last login.
import { Button, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../api/types.ts';
import { roleLabel } from '../../components/labels.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';

function formatDateTime(value: string | null, language: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

export function UsersTable({ users, onEdit }: { users: readonly AdminUser[]; onEdit: (user: AdminUser) => void }) {
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
