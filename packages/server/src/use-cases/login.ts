import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { asSystem } from '../db/scope.ts';
import { users } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { loadPrincipal, type Principal } from '../auth/principal.ts';
import { createSession } from '../auth/sessions.ts';
import { logProcessing, type ProcessingLogger } from '../privacy/processing-log.ts';
import type { LoginInput } from './login.types.ts';

/** Consecutive failures before a temporary lockout, and its length. */
export const maxFailedLogins = 5;
export const lockoutMs = 15 * 60 * 1000;

// Verifying against a dummy hash for unknown e-mail addresses keeps the timing the same.
let dummyHash: Promise<string> | undefined;

export async function login(db: Db, log: ProcessingLogger, input: LoginInput, now: Date): Promise<{ principal: Principal; token: string }> {
  const email = input.email.trim().toLowerCase();
  const [user] = await asSystem(db, (tx) => tx.select().from(users).where(eq(users.email, email)));
  if (!user) {
    dummyHash ??= hashPassword('koers-dummy-wachtwoord');
    await verifyPassword(await dummyHash, input.password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new AppError('ACCOUNT_LOCKED', {
      message: `Dit account is tijdelijk geblokkeerd na te veel mislukte inlogpogingen. Probeer het opnieuw na ${formatTime(user.lockedUntil)}.`,
      extra: { lockedUntil: user.lockedUntil.toISOString() },
    });
  }
  const valid = await verifyPassword(user.passwordHash, input.password);
  if (!valid) {
    const failures = user.failedLoginCount + 1;
    const locked = failures >= maxFailedLogins;
    await asSystem(db, (tx) =>
      tx
        .update(users)
        .set({ failedLoginCount: locked ? 0 : failures, lockedUntil: locked ? new Date(now.getTime() + lockoutMs) : null })
        .where(eq(users.id, user.id)),
    );
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!user.active) throw new AppError('ACCOUNT_INACTIVE');

  const principal = await asSystem(db, async (tx) => {
    await tx.update(users).set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now, updatedAt: sql`updated_at` }).where(eq(users.id, user.id));
    const p = await loadPrincipal(tx, user.id);
    if (!p) throw new AppError('ACCOUNT_INACTIVE');
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
  const token = await createSession(db, user.id, 'password', now);
  return { principal, token };
}

function formatTime(date: Date): string {
  return new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(date);
}
