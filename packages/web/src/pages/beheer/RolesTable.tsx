// Beheer → Rollen: every role with its permissions, read-only.
import { Heading2, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { RoleInfo } from '../../api/types.ts';
import { permissionLabel, roleLabel } from '../../components/labels.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';

export function RolesTable({ roles }: { roles: readonly RoleInfo[] }) {
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
