import { eq, inArray } from 'drizzle-orm';
import { isRole, permissionsOf, type Permission, type Role } from '@koers/domain';
import type { Queryable } from '../db/database.ts';
import { systemScope, type SessionScope, type SystemScope } from '../db/scope.ts';
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

// The session token behind a principal, kept beside it rather than in it: a principal is mapped to
// responses and logs, the token must never follow.
const sessionTokens = new WeakMap<Principal, string>();

/** Binds the principal to the session it was resolved from (resolveSession). */
export function bindSession(principal: Principal, token: string): Principal {
  sessionTokens.set(principal, token);
  return principal;
}

/**
 * The request's scope: the session token, from which the database derives what the principal may
 * see (ADR 0095). A principal not resolved from a session has no scope for requests.
 */
export function scopeOf(principal: Principal): SessionScope {
  const sessionToken = sessionTokens.get(principal);
  if (sessionToken === undefined) throw new Error('Geen sessie bij deze gebruiker: verzoeken lopen altijd met de sessie (scopeOf)');
  return { kind: 'session', sessionToken, organisationId: principal.organisation.id, gemeenteIds: principal.gemeenten.map((g) => g.id) };
}

/**
 * The principal's scope for work that goes on after its request (the background part of an
 * import): a system scope fixed when the work started, so it runs to the end even when the user
 * logs out meanwhile (ADR 0095). Only for work the request itself started.
 */
export function backgroundScopeOf(principal: Principal): SystemScope {
  return systemScope(principal.organisation.id, principal.gemeenten.map((g) => g.id));
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
