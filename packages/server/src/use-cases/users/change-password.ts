import { eq } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { AppError } from '../../errors.ts';
import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import { assertAcceptablePassword } from '../../auth/password-policy.ts';
import { scopeOf } from '../../auth/principal.ts';
import { recordChange } from '../../audit/history.ts';
import { logProcessing } from '../../privacy/processing-log.ts';
import type { UseCaseContext } from '../context.ts';
import type { ChangePasswordInput } from './change-password.types.ts';

export async function changePassword(ctx: UseCaseContext, input: ChangePasswordInput): Promise<void> {
  const { principal } = ctx;
  if (input.newPassword === input.currentPassword) {
    throw new AppError('VALIDATION_FAILED', { field: 'newPassword', message: 'Het nieuwe wachtwoord moet anders zijn dan het huidige.' });
  }
  assertAcceptablePassword(input.newPassword, { email: principal.email, name: principal.name }, 'newPassword');
  const newHash = await hashPassword(input.newPassword);
  await inScope(ctx.db, scopeOf(principal), async (tx) => {
    const [user] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, principal.userId));
    if (!user) throw new AppError('NOT_FOUND');
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError('WRONG_PASSWORD', { field: 'currentPassword' });
    }
    await tx.update(users).set({ passwordHash: newHash, passwordChangedAt: ctx.now, updatedAt: ctx.now }).where(eq(users.id, principal.userId));
    await recordChange(
      tx,
      principal,
      {
        organisationId: principal.organisation.id,
        gemeenteId: null,
        entityType: 'user',
        entityId: principal.userId,
        action: 'update',
        changes: { password: { from: '(verborgen)', to: '(gewijzigd)' } },
      },
      ctx.now,
    );
    await logProcessing(tx, ctx.log, principal, principal.organisation.id, [
      {
        activity: 'gebruikersbeheer',
        action: 'update',
        operationName: 'changePassword',
        resourceType: 'user',
        resourceId: principal.userId,
        subject: { type: 'user', id: principal.userId },
        gemeenteId: null,
        startTime: ctx.now,
        endTime: ctx.now,
      },
    ]);
  });
}
