// Sessions of inburgeraars in the portal (issue 17, ADR 0152). Not employees: no user row, no
// role in `roles`; a portal session belongs to one case, and the database derives the portal wall
// from its token (koers_portaal_case()). Shorter lifetimes than an employee's: 15 minutes idle,
// 2 hours in all (the DigiD session norms).
import { and, eq, lt, sql } from 'drizzle-orm';
import { portaalPermissionMatrix, type Permission, type PortaalRole } from '@koers/domain';
import type { Db } from '../db/database.ts';
import { asSystem, type PortaalScope } from '../db/scope.ts';
import { cases, gemeenten, organisations, portaalSessions } from '../db/schema.ts';
import { newToken, sha256 } from './tokens.ts';

export const portaalCookieName = 'koers_portaal';
export const portaalIdleMs = 15 * 60 * 1000;
export const portaalMaxMs = 2 * 60 * 60 * 1000;

/** The inburgeraar as the portal's use cases see it: one case, never an employee. */
export interface PortaalPrincipal {
  role: PortaalRole;
  caseId: string;
  gemeente: { id: string; code: string; name: string };
  organisation: { id: string; name: string };
  permissions: readonly Permission[];
}

const sessionTokens = new WeakMap<PortaalPrincipal, string>();

/** The request's scope: the portal session token, from which the database derives the one case. */
export function portaalScopeOf(principal: PortaalPrincipal): PortaalScope {
  const sessionToken = sessionTokens.get(principal);
  if (sessionToken === undefined) throw new Error('Geen portaalsessie bij deze inburgeraar (portaalScopeOf)');
  return { kind: 'portaal', sessionToken };
}

export async function createPortaalSession(db: Db, session: { caseId: string; gemeenteId: string; subjectPseudonym: string }, now: Date): Promise<string> {
  const token = newToken();
  await asSystem(db, async (tx) => {
    await tx.delete(portaalSessions).where(lt(portaalSessions.expiresAt, now));
    await tx.insert(portaalSessions).values({
      id: sha256(token),
      ...session,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + portaalMaxMs),
    });
  });
  return token;
}

/** The principal of a portal session token, or undefined when it ended, idled out or its case closed. */
export async function resolvePortaalSession(db: Db, token: string, now: Date): Promise<PortaalPrincipal | undefined> {
  const id = sha256(token);
  const [row] = await asSystem(db, (tx) =>
    tx
      .select({ session: portaalSessions, gemeente: { id: gemeenten.id, code: gemeenten.code, name: gemeenten.name }, organisation: { id: organisations.id, name: organisations.name }, status: cases.status })
      .from(portaalSessions)
      .innerJoin(cases, eq(cases.id, portaalSessions.caseId))
      .innerJoin(gemeenten, eq(gemeenten.id, portaalSessions.gemeenteId))
      .innerJoin(organisations, eq(organisations.id, gemeenten.organisationId))
      .where(and(eq(portaalSessions.id, id), sql`${portaalSessions.expiresAt} > ${now.toISOString()}::timestamptz`, sql`${portaalSessions.lastSeenAt} > ${new Date(now.getTime() - portaalIdleMs).toISOString()}::timestamptz`)),
  );
  if (!row || row.status === 'gesloten') return undefined;
  if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000) {
    await asSystem(db, (tx) => tx.update(portaalSessions).set({ lastSeenAt: now }).where(eq(portaalSessions.id, id)));
  }
  const principal: PortaalPrincipal = {
    role: 'inburgeraar',
    caseId: row.session.caseId,
    gemeente: row.gemeente,
    organisation: row.organisation,
    permissions: portaalPermissionMatrix.inburgeraar,
  };
  sessionTokens.set(principal, token);
  return principal;
}

export async function endPortaalSession(db: Db, token: string): Promise<void> {
  await asSystem(db, (tx) => tx.delete(portaalSessions).where(eq(portaalSessions.id, sha256(token))));
}
