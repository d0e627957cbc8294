// Shapes of the Koers server API (packages/server), as the web app uses them.
import type { Permission, Role } from '@koers/domain';

export type { Permission, Role };

export interface GemeenteRef {
  id: string;
  code: string;
  name: string;
}

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  roleLabel: string;
  organisation: { id: string; name: string };
  gemeenten: GemeenteRef[];
  permissions: Permission[];
}

export interface RoleInfo {
  role: Role;
  label: string;
  permissions: Permission[];
}

export interface AdminUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  /** Work phone; DUO gets it as the contactpersoon's telefoonnummer. */
  phone: string | null;
  gemeenten: GemeenteRef[];
  lockedUntil: string | null;
  lastLoginAt: string | null;
}

export interface AdminGemeente extends GemeenteRef {
  organisationId: string;
  /** Absent in older answers; null while not known (no DUO-berichten possible). */
  oin?: string | null;
  version?: number;
}

export interface OidcInfo {
  enabled: boolean;
  label?: string;
}

export interface NewUserInput {
  name: string;
  email: string;
  role: Role;
  gemeenteIds: string[];
  password: string;
  phone?: string | null;
}

export interface UserPatch {
  name?: string;
  role?: Role;
  gemeenteIds?: string[];
  active?: boolean;
  /** null clears it. */
  phone?: string | null;
}

/** Error body of every failing API call. */
export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    field?: string;
    fields?: Record<string, string>;
    details?: { field: string; message: string }[];
  };
}
