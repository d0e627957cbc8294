import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { asSystem } from '../db/scope.ts';
import { sessions } from '../db/schema.ts';
import { loadPrincipal, type Principal } from './principal.ts';
import { newToken, sha256 } from './tokens.ts';

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

export async function resolveSession(db: Db, token: string, now: Date): Promise<Principal | undefined> {
  return asSystem(db, async (tx) => {
    const id = sha256(token);
    const [session] = await tx
      .select()
      .from(sessions)
      .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, new Date(now.getTime() - sessionIdleMs))));
    if (!session) return undefined;
    const principal = await loadPrincipal(tx, session.userId);
    if (!principal) return undefined;
    // Only write when it matters, so reads don't turn every request into a write.
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
      await tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
    }
    return principal;
  });
}

export async function endSession(db: Db, token: string): Promise<void> {
  await asSystem(db, (tx) => tx.delete(sessions).where(eq(sessions.id, sha256(token))));
}

export async function endAllSessionsOf(db: Db, userId: string): Promise<void> {
  await asSystem(db, (tx) => tx.delete(sessions).where(eq(sessions.userId, userId)));
}

/** Ends every session of a user except the one making the request (after a password change). */
export async function endOtherSessionsOf(db: Db, userId: string, currentToken: string): Promise<void> {
  await asSystem(db, (tx) => tx.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, sha256(currentToken)))));
}
