// A partner-aanbieder account reports for one provider (ADR 0117): the beheerder links it.
import { eq } from 'drizzle-orm';
import { providerUsers, providers, users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import type { LinkProviderUserInput } from './providers.types.ts';
import { recordProviderChange } from './provider-support.ts';
import type { ProviderUserLink } from './providers.view.ts';

export async function linkProviderUser(ctx: UseCaseContext, providerId: string, input: LinkProviderUserInput): Promise<ProviderUserLink> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const [provider] = await tx.select({ id: providers.id }).from(providers).where(eq(providers.id, providerId));
    if (!provider) throw new AppError('NOT_FOUND', { message: 'Deze aanbieder bestaat niet of hoort niet bij uw organisatie.' });
    const [user] = await tx.select({ id: users.id, role: users.role }).from(users).where(eq(users.id, input.userId));
    if (!user) throw new AppError('VALIDATION_FAILED', { field: 'userId', message: 'Gebruiker: kies een gebruiker van uw organisatie.' });
    if (user.role !== 'partner-aanbieder') throw new AppError('VALIDATION_FAILED', { field: 'userId', message: 'Gebruiker: alleen een account met de rol partner-aanbieder kan voor een aanbieder rapporteren.' });
    const [before] = await tx.select().from(providerUsers).where(eq(providerUsers.userId, user.id));
    await tx
      .insert(providerUsers)
      .values({ userId: user.id, providerId, organisationId: ctx.principal.organisation.id, createdAt: ctx.now })
      .onConflictDoUpdate({ target: providerUsers.userId, set: { providerId } });
    await recordProviderChange(tx, ctx, 'provider-user', user.id, before ? 'update' : 'create', { providerId: { from: before?.providerId ?? null, to: providerId } });
    await logProcessed(tx, ctx, 'gebruikersbeheer', 'update', 'linkProviderUser', [{ resourceType: 'user', resourceId: user.id, subject: { type: 'user', id: user.id }, gemeenteId: null }]);
    return { userId: user.id, providerId };
  });
}
