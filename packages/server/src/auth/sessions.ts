import { and, eq, lt, ne, sql } from 'drizzle-orm';
import { isRole, permissionsOf } from '@koers/domain';
import type { Db } from '../db/database.ts';
import { asSystem } from '../db/scope.ts';
import { gemeenten, organisations, sessions, userGemeenten, users } from '../db/schema.ts';
import { bindSession, type Principal } from './principal.ts';
import { newToken, sha256 } from './tokens.ts';
import { rawRows } from '../db/raw-rows.ts';
import { isRecord } from '../util/guards.ts';
import { forgetSessions, sessionCacheOf, type CachedSession } from './session-cache.ts';

export const sessionCookieName = 'koers_sessie';
/** Idle timeout: a session not used for 8 hours ends (a working day). */
export const sessionIdleMs = 8 * 60 * 60 * 1000;
/** Absolute lifetime: 12 hours after login. */
export const sessionMaxMs = 12 * 60 * 60 * 1000;

export async function createSession(db: Db, userId: string, loginMethod: 'password' | 'oidc', now: Date): Promise<string> {
  const token = newToken();
  await asSystem(db, async (tx) => {
    await tx.delete(sessions).where(lt(sessions.expiresAt, now));
    await tx.insert(sessions).values({
      id: sha256(token),
      userId,
      loginMethod,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + sessionMaxMs),
    });
  });
  return token;
}

type GrantedGemeente = { id: string; code: string; name: string };
const isGrantedGemeente = (v: unknown): v is GrantedGemeente => isRecord(v) && typeof v.id === 'string' && typeof v.code === 'string' && typeof v.name === 'string';

interface SessionRow {
  user_id: string;
  last_seen_at: Date | string;
  expires_at: Date | string;
  name: string;
  email: string;
  role: string;
  active: boolean;
  organisation_id: string;
  organisation_name: string;
  gemeenten: GrantedGemeente[] | string | null;
}

/** last_seen_at is only written when older than this, so reads don't turn every request into a write. */
const lastSeenWriteMs = 60_000;

const epochMs = (value: Date | string): number => (value instanceof Date ? value : new Date(value)).getTime();

/**
 * Resolves a session token to its principal: from the process's session cache when the change feed
 * is heard (ADR 0113), else in one statement (session, user, organisation, granted gemeenten), as the
 * owner outside any gemeente scope. Ended sessions and changed users leave the cache when the change
 * commits, in every process; the database wall checks the session in every query regardless.
 */
export async function resolveSession(db: Db, token: string, now: Date): Promise<Principal | undefined> {
  const id = sha256(token);
  const session = await cachedOrRead(db, id, now);
  if (!session) return undefined;
  if (now.getTime() - session.lastSeenAt > lastSeenWriteMs) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
    session.lastSeenAt = now.getTime();
  }
  // A copy per request: the token is bound to the object (bindSession), and requests must not share one.
  return bindSession({ ...session.principal }, token);
}

/** The session from the cache while it is usable, else from the database (and then kept). */
async function cachedOrRead(db: Db, id: string, now: Date): Promise<CachedSession | undefined> {
  const cache = sessionCacheOf(db);
  const cached = cache?.read(id);
  if (cached && usable(cached, now)) return cached;
  const generation = cache?.generation ?? 0;
  const read = await readSession(db, id, now);
  if (read) cache?.keep(id, read, generation);
  return read;
}

/** Within the absolute lifetime and the idle timeout, by this process's clock. */
function usable(session: CachedSession, now: Date): boolean {
  return session.expiresAt > now.getTime() && session.lastSeenAt > now.getTime() - sessionIdleMs;
}

async function readSession(db: Db, id: string, now: Date): Promise<CachedSession | undefined> {
  const idleSince = new Date(now.getTime() - sessionIdleMs);
  const [row] = await rawRows<SessionRow>(db, sql`
    SELECT s.user_id, s.last_seen_at, s.expires_at, u.name, u.email, u.role, u.active, o.id AS organisation_id, o.name AS organisation_name,
           (SELECT coalesce(json_agg(json_build_object('id', g.id, 'code', g.code, 'name', g.name) ORDER BY g.name), '[]'::json)
              FROM ${userGemeenten} ug JOIN ${gemeenten} g ON g.id = ug.gemeente_id
             WHERE ug.user_id = s.user_id) AS gemeenten
      FROM ${sessions} s
      JOIN ${users} u ON u.id = s.user_id
      JOIN ${organisations} o ON o.id = u.organisation_id
     WHERE s.id = ${id} AND s.expires_at > ${now.toISOString()}::timestamptz AND s.last_seen_at > ${idleSince.toISOString()}::timestamptz`);
  if (!row || !row.active || !isRole(row.role)) return undefined;
  const granted: unknown = typeof row.gemeenten === 'string' ? JSON.parse(row.gemeenten) : row.gemeenten;
  return {
    principal: {
      userId: row.user_id,
      name: row.name,
      email: row.email,
      role: row.role,
      organisation: { id: row.organisation_id, name: row.organisation_name },
      gemeenten: Array.isArray(granted) ? granted.filter(isGrantedGemeente) : [],
      permissions: permissionsOf(row.role),
    },
    expiresAt: epochMs(row.expires_at),
    lastSeenAt: epochMs(row.last_seen_at),
  };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await asSystem(db, (tx) => tx.delete(sessions).where(eq(sessions.id, sha256(token))));
  forgetSessions(db, `s:${sha256(token)}`);
}

export async function endAllSessionsOf(db: Db, userId: string): Promise<void> {
  await asSystem(db, (tx) => tx.delete(sessions).where(eq(sessions.userId, userId)));
  forgetSessions(db, `u:${userId}`);
}

/** Ends every session of a user except the one making the request (after a password change). */
export async function endOtherSessionsOf(db: Db, userId: string, currentToken: string): Promise<void> {
  await asSystem(db, (tx) => tx.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, sha256(currentToken)))));
  forgetSessions(db, `u:${userId}`);
}
