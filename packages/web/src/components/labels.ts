import type { TFunction } from 'i18next';
import type { Permission, Role } from '@koers/domain';
import { isOneOf } from '@koers/domain';

// Only types come from @koers/domain, so the bundle stays free of server-side code. The
// `Exhaustive` checks make tsc fail when the domain adds a role or permission that the UI
// does not know yet (and therefore has no translation for).
type Exhaustive<Known, All> = [All] extends [Known] ? ([Known] extends [All] ? true : never) : never;

const roleIds = [
  'beheerder',
  'teamleider',
  'trajectregisseur',
  'financieel-medewerker',
  'beleidsadviseur',
  'partner-begeleiding',
  'partner-aanbieder',
  'partner-budgetbeheer',
  'hostingbeheerder',
  'functionaris-gegevensbescherming',
] as const satisfies readonly Role[];
const permissionIds = [
  'admin:users',
  'admin:gemeenten',
  'admin:organisations',
  'privacy:processing-log',
  'case:read',
  'case:read-sensitive',
  'journal:sensitive',
  'case:write',
  'case:history',
  'case:read-assigned',
  'workqueue:own',
  'workqueue:team',
  'finance:write',
  'reports:aggregate',
  'duo:status',
  'duo:resume',
  'handhaving:decide',
  'contracts:manage',
  'provider:report',
  'sociale-kaart:manage',
  'participatie:manage',
  'ontzorgen:partner',
  'begeleiding:work',
  'taakstelling:write',
  'portaal:self',
] as const satisfies readonly Permission[];

const _allRoles: Exhaustive<(typeof roleIds)[number], Role> = true;
const _allPermissions: Exhaustive<(typeof permissionIds)[number], Permission> = true;

function isKnownRole(role: string): role is Role {
  return isOneOf(roleIds, role);
}

function isKnownPermission(permission: string): permission is Permission {
  return isOneOf(permissionIds, permission);
}

/** Role name in the UI language; the server's (Dutch) label when the role is unknown here. */
export function roleLabel(t: TFunction, role: string, serverLabel?: string): string {
  return isKnownRole(role) ? t(`roles.${role}`) : (serverLabel ?? role);
}

export function permissionLabel(t: TFunction, permission: string): string {
  return isKnownPermission(permission) ? t(`permissions.${permission}`) : permission;
}
