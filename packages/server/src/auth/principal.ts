import { eq, inArray } from 'drizzle-orm';
import { isRole, permissionsOf, type Permission, type Role } from '@koers/domain';
import type { Queryable } from '../db/database.ts';
import type { DataScope } from '../db/scope.ts';
import { gemeenten, organisations, userGemeenten, users } from '../db/schema.ts';

/** The signed-in user as every use case sees it. */
export interface Principal {
  userId: string;
  name: string;
  email: string;
  role: Role;
  organisation: { id: string; name: string };
  gemeenten: { id: string; code: string; name: string }[];
  permissions: readonly Permission[];
}

export function scopeOf(principal: Principal): DataScope {
  return { organisationId: principal.organisation.id, gemeenteIds: principal.gemeenten.map((g) => g.id) };
}

/** Loads the principal for a user id (system context: used by the session lookup). */
export async function loadPrincipal(q: Queryable, userId: string): Promise<Principal | undefined> {
  const [row] = await q
    .select({ user: users, organisation: organisations })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, userId));
  if (!row || !row.user.active || !isRole(row.user.role)) return undefined;
  const grants = await q.select({ gemeenteId: userGemeenten.gemeenteId }).from(userGemeenten).where(eq(userGemeenten.userId, userId));
  const granted = grants.length
    ? await q
        .select({ id: gemeenten.id, code: gemeenten.code, name: gemeenten.name })
        .from(gemeenten)
        .where(inArray(gemeenten.id, grants.map((g) => g.gemeenteId)))
        .orderBy(gemeenten.name)
    : [];
  return {
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: row.user.role,
    organisation: { id: row.organisation.id, name: row.organisation.name },
    gemeenten: granted,
    permissions: permissionsOf(row.user.role),
  };
}
