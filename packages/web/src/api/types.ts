// Shapes of the Koers server API (packages/server) that several modules share, as the routes declare them
// (generated types, ADR 0165).
import type { Permission, Role } from '@koers/domain';
import type { ApiBody, ApiResponse } from './generated/index.ts';
import type { components } from './generated/koers-api.ts';

export type { Permission, Role };

export type SessionUser = components['schemas']['SessieGebruiker'];
export type GemeenteRef = SessionUser['gemeenten'][number];
export type RoleInfo = ApiResponse<'/api/roles', 'get'>[number];
export type AdminUser = components['schemas']['Gebruiker'];
export type AdminGemeente = components['schemas']['BeheerGemeente'];
export type OidcInfo = ApiResponse<'/api/auth/oidc', 'get'>;
export type NewUserInput = ApiBody<'/api/admin/users', 'post'>;
export type UserPatch = ApiBody<'/api/admin/users/{id}', 'patch'>;

/** Error body of every failing API call. */
export type ApiErrorBody = components['schemas']['Fout'];
