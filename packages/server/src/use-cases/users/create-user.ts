import { users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { pgErrorCode, uniqueViolation } from '../../db/errors.ts';
import { AppError } from '../../errors.ts';
import { hashPassword } from '../../auth/passwords.ts';
import { assertAcceptablePassword } from '../../auth/password-policy.ts';
import { scopeOf } from '../../auth/principal.ts';
import { recordChange } from '../../audit/history.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import type { CreateUserInput } from './user-input.types.ts';
import { setGrants } from './user-grants.ts';
import { userView, type UserView } from './users.view.ts';

export async function createUser(ctx: UseCaseContext, input: CreateUserInput): Promise<UserView> {
  const organisationId = ctx.principal.organisation.id;
  const email = input.email.trim().toLowerCase();
  if (input.password !== undefined) assertAcceptablePassword(input.password, { email, name: input.name }, 'password');
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  try {
    return await inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({ organisationId, email, name: input.name, role: input.role, passwordHash, phone: input.phone ? input.phone : null, createdAt: ctx.now, updatedAt: ctx.now })
        .returning();
      if (!row) throw new AppError('INTERNAL');
      await setGrants(tx, organisationId, row.id, input.gemeenteIds);
      await recordChange(
        tx,
        ctx.principal,
        {
          organisationId,
          gemeenteId: null,
          entityType: 'user',
          entityId: row.id,
          action: 'create',
          changes: {
            name: { from: null, to: input.name },
            email: { from: null, to: email },
            role: { from: null, to: input.role },
            gemeenteIds: { from: null, to: [...new Set(input.gemeenteIds)].sort() },
            ...(input.phone ? { phone: { from: null, to: input.phone } } : {}),
          },
        },
        ctx.now,
      );
      await logProcessed(tx, ctx, 'gebruikersbeheer', 'create', 'createUser', [
        { resourceType: 'user', resourceId: row.id, subject: { type: 'user', id: row.id }, gemeenteId: null },
      ]);
      const view = await userView(tx, row.id);
      if (!view) throw new AppError('INTERNAL');
      return view;
    });
  } catch (error) {
    if (pgErrorCode(error) === uniqueViolation) throw new AppError('EMAIL_TAKEN', { field: 'email' });
    throw error;
  }
}
