import { eq } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { AppError } from '../../errors.ts';
import { scopeOf } from '../../auth/principal.ts';
import { historyOf } from '../../audit/history.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import type { HistoryEntryView } from '../cases/case-history.ts';

export function userHistory(ctx: UseCaseContext, userId: string): Promise<HistoryEntryView[]> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (!user) throw new AppError('NOT_FOUND', { message: 'Deze gebruiker bestaat niet.' });
    const entries = await historyOf(tx, 'user', userId);
    await logProcessed(tx, ctx, 'gebruikersbeheer', 'read', 'userHistory', [
      { resourceType: 'user', resourceId: userId, subject: { type: 'user', id: userId }, gemeenteId: null },
    ]);
    return entries.map((e) => ({
      id: e.id,
      action: e.action,
      at: e.at.toISOString(),
      actorName: e.actorName,
      changes: e.changes,
      reason: e.reason,
    }));
  });
}
