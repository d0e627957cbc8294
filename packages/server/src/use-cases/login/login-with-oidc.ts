import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { asSystem } from '../../db/scope.ts';
import { users } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { loadPrincipal, type Principal } from '../../auth/principal.ts';
import { createSession } from '../../auth/sessions.ts';
import type { OidcIdentity } from '../../auth/oidc.ts';
import { logProcessing, type ProcessingLogger } from '../../privacy/processing-log.ts';

/**
 * Signs in the Koers user linked to an identity-provider account: by subject, or on first use by
 * e-mail address (then the subject is linked). Accounts are never created here: a beheerder does that.
 */
export async function loginWithOidc(db: Db, log: ProcessingLogger, identity: OidcIdentity, now: Date): Promise<{ principal: Principal; token: string }> {
  const principal = await asSystem(db, async (tx) => {
    let [user] = await tx.select().from(users).where(eq(users.oidcSubject, identity.subject));
    if (!user && identity.email) {
      // An address may name accounts in several organisations (ADR 0091): link only when it names one.
      const byEmail = await tx.select().from(users).where(eq(users.email, identity.email.toLowerCase())).limit(2);
      user = byEmail.length === 1 ? byEmail[0] : undefined;
      if (user && user.oidcSubject && user.oidcSubject !== identity.subject) user = undefined;
      if (user) await tx.update(users).set({ oidcSubject: identity.subject }).where(eq(users.id, user.id));
    }
    if (!user) throw new AppError('OIDC_NO_ACCOUNT');
    if (!user.active) throw new AppError('ACCOUNT_INACTIVE');
    await tx.update(users).set({ lastLoginAt: now, failedLoginCount: 0, lockedUntil: null }).where(eq(users.id, user.id));
    const p = await loadPrincipal(tx, user.id);
    if (!p) throw new AppError('ACCOUNT_INACTIVE');
    await logProcessing(tx, log, p, p.organisation.id, [
      {
        activity: 'gebruikersbeheer',
        action: 'read',
        operationName: 'loginWithOidc',
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
  const token = await createSession(db, principal.userId, 'oidc', now);
  return { principal, token };
}
