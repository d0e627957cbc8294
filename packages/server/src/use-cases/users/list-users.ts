import { asc } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import { userViews, type UserView } from './users.view.ts';

/** The users of the own organisation (row-level security keeps other organisations out). */
export async function listUsers(ctx: UseCaseContext): Promise<UserView[]> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const rows = await tx.select().from(users).orderBy(asc(users.name));
    await logProcessed(
      tx,
      ctx,
      'gebruikersbeheer',
      'read',
      'listUsers',
      rows.map((r) => ({ resourceType: 'user', resourceId: r.id, subject: { type: 'user', id: r.id }, gemeenteId: null })),
    );
    return userViews(tx, rows);
  });
}
