import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { asSystem } from '../../db/scope.ts';
import { users } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import { loadPrincipal, type Principal } from '../../auth/principal.ts';
import { createSession } from '../../auth/sessions.ts';
import { logProcessing, type ProcessingLogger } from '../../privacy/processing-log.ts';
import type { LoginInput } from './login.types.ts';
import { rawRows } from '../../db/raw-rows.ts';

/** Consecutive failures before a temporary lockout, and its length. */
export const maxFailedLogins = 5;
export const lockoutMs = 15 * 60 * 1000;

// Verifying against a dummy hash when no password is checked keeps the timing the same.
let dummyHash: Promise<string> | undefined;
async function verifyDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('koers-dummy-wachtwoord');
  await verifyPassword(await dummyHash, password);
}

interface ClaimedAttempt {
  id: string;
  password_hash: string | null;
  active: boolean;
  last_login_at: Date | string | null;
}

/**
 * Counts a login attempt against an account before its password is checked, in one atomic
 * statement: the row lock serialises parallel attempts, so the fifth attempt locks the account
 * and no sixth is let through while the lock lasts — however many arrive at once. A lock that has
 * passed starts a new count. An address is unique per organisation (ADR 0091), so it may name
 * several accounts: each is counted. Returns the accounts not locked (none: locked or unknown).
 */
async function claimAttempt(db: Db, email: string, now: Date): Promise<ClaimedAttempt[]> {
  const at = now.toISOString();
  const lockedUntil = new Date(now.getTime() + lockoutMs).toISOString();
  return rawRows<ClaimedAttempt>(db, sql`
    UPDATE ${users}
       SET failed_login_count = CASE WHEN locked_until IS NOT NULL AND locked_until <= ${at}::timestamptz THEN 1 ELSE failed_login_count + 1 END,
           locked_until = CASE
             WHEN (CASE WHEN locked_until IS NOT NULL AND locked_until <= ${at}::timestamptz THEN 1 ELSE failed_login_count + 1 END) >= ${maxFailedLogins}
             THEN ${lockedUntil}::timestamptz
             ELSE locked_until END
     WHERE email = ${email} AND (locked_until IS NULL OR locked_until <= ${at}::timestamptz)
     RETURNING id, password_hash, active, last_login_at`);
}

/** The account whose password matches; with several, the one used most recently. */
async function matchingAccount(claimed: readonly ClaimedAttempt[], password: string): Promise<ClaimedAttempt | undefined> {
  const matches: ClaimedAttempt[] = [];
  for (const account of claimed) {
    if (await verifyPassword(account.password_hash, password)) matches.push(account);
  }
  const time = (a: ClaimedAttempt) => (a.last_login_at ? new Date(a.last_login_at).getTime() : 0);
  return matches.sort((a, b) => time(b) - time(a))[0];
}

/**
 * Signs in with e-mail address and password. Every failure — unknown address, wrong password,
 * locked or inactive account — gets the same answer (401 INVALID_CREDENTIALS) after the same
 * work (one argon2 verification), so the answer does not tell whether an account exists.
 */
export async function login(db: Db, log: ProcessingLogger, input: LoginInput, now: Date): Promise<{ principal: Principal; token: string }> {
  const email = input.email.trim().toLowerCase();
  const candidates = await claimAttempt(db, email, now);
  if (candidates.length === 0) {
    await verifyDummy(input.password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  const claimed = await matchingAccount(candidates, input.password);
  if (!claimed || !claimed.active) throw new AppError('INVALID_CREDENTIALS');

  const principal = await asSystem(db, async (tx) => {
    await tx.update(users).set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now, updatedAt: sql`updated_at` }).where(eq(users.id, claimed.id));
    const p = await loadPrincipal(tx, claimed.id);
    if (!p) throw new AppError('INVALID_CREDENTIALS');
    await logProcessing(tx, log, p, p.organisation.id, [
      {
        activity: 'gebruikersbeheer',
        action: 'read',
        operationName: 'login',
        resourceType: 'user',
        resourceId: p.userId,
        subject: { type: 'user', id: p.userId },
        gemeenteId: null,
        startTime: now,
        endTime: now,
      },
    ]);
    return p;
  });
  const token = await createSession(db, claimed.id, 'password', now);
  return { principal, token };
}
