import { and, eq } from 'drizzle-orm';
import { providers } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import type { UpdateProviderInput } from './providers.types.ts';
import { recordProviderChange } from './provider-support.ts';
import { providerView, type ProviderView } from './providers.view.ts';

export async function updateProvider(ctx: UseCaseContext, providerId: string, input: UpdateProviderInput): Promise<ProviderView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const [before] = await tx.select().from(providers).where(eq(providers.id, providerId)).for('update');
    if (!before) throw new AppError('NOT_FOUND', { message: 'Deze aanbieder bestaat niet of hoort niet bij uw organisatie.' });
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De aanbieder is intussen door iemand anders gewijzigd. Laad hem opnieuw.' });
    const values = { name: input.name, kinds: [...new Set(input.kinds)], instellingsnummer: input.instellingsnummer || null };
    const [row] = await tx
      .update(providers)
      .set({ ...values, version: before.version + 1, updatedAt: ctx.now })
      .where(and(eq(providers.id, providerId), eq(providers.version, input.version)))
      .returning();
    if (!row) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    await recordProviderChange(tx, ctx, 'provider', row.id, 'update', diff({ name: before.name, kinds: before.kinds, instellingsnummer: before.instellingsnummer }, values));
    return providerView(row);
  });
}
