import { eq } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { AppError } from '../../errors.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff, recordChange } from '../../audit/history.ts';
import { endAllSessionsOf } from '../../auth/sessions.ts';
import { forgetSessions } from '../../auth/session-cache.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import type { UpdateUserInput } from './user-input.types.ts';
import { grantsOf, setGrants } from './user-grants.ts';
import { userView, type UserView } from './users.view.ts';
import { retireDuoContactpersonen, syncDuoContactpersonen } from '../duo/contactpersoon.ts';

export async function updateUser(ctx: UseCaseContext, userId: string, input: UpdateUserInput): Promise<UserView> {
  const { principal } = ctx;
  if (userId === principal.userId && (input.active === false || (input.role !== undefined && input.role !== principal.role))) {
    throw new AppError('VALIDATION_FAILED', {
      field: input.active === false ? 'active' : 'role',
      message: 'U kunt uw eigen account niet blokkeren of uw eigen rol wijzigen.',
    });
  }
  const result = await inScope(ctx.db, scopeOf(principal), async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, userId));
    if (!before) throw new AppError('NOT_FOUND', { message: 'Deze gebruiker bestaat niet.' });
    const grantsBefore = await grantsOf(tx, userId);
    const patch = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.role !== undefined ? { role: input.role } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(input.phone !== undefined ? { phone: input.phone === '' ? null : input.phone } : {}),
    };
    if (Object.keys(patch).length) await tx.update(users).set({ ...patch, updatedAt: ctx.now }).where(eq(users.id, userId));
    if (input.gemeenteIds) await setGrants(tx, principal.organisation.id, userId, input.gemeenteIds);
    const changes = diff(
      { name: before.name, role: before.role, active: before.active, phone: before.phone, gemeenteIds: grantsBefore },
      { ...patch, ...(input.gemeenteIds ? { gemeenteIds: [...new Set(input.gemeenteIds)].sort() } : {}) },
    );
    await recordChange(
      tx,
      principal,
      { organisationId: principal.organisation.id, gemeenteId: null, entityType: 'user', entityId: userId, action: 'update', changes },
      ctx.now,
    );
    // A contactpersoon at DUO gets the new name or telefoonnummer ('contactpersoon.change').
    if ('name' in changes || 'phone' in changes) await syncDuoContactpersonen(tx, { userId }, principal, ctx.now);
    // Blocked, or no longer working for a gemeente: a contactpersoon no case links any more is removed at DUO.
    if ('active' in changes || 'gemeenteIds' in changes) await retireDuoContactpersonen(tx, userId, principal, ctx.now);
    await logProcessed(tx, ctx, 'gebruikersbeheer', 'update', 'updateUser', [
      { resourceType: 'user', resourceId: userId, subject: { type: 'user', id: userId }, gemeenteId: null },
    ]);
    const view = await userView(tx, userId);
    if (!view) throw new AppError('INTERNAL');
    return { view, revokeSessions: input.active === false || input.role !== undefined || input.gemeenteIds !== undefined };
  });
  // Changed rights take effect at once: the user signs in again.
  if (result.revokeSessions) await endAllSessionsOf(ctx.db, userId);
  // A new name shows in this process's next request at once, not only when the change feed comes back (ADR 0113).
  else forgetSessions(ctx.db, `u:${userId}`);
  return result.view;
}
