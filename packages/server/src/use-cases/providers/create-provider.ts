import { providers } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import type { ProviderInput } from './providers.types.ts';
import { recordProviderChange } from './provider-support.ts';
import { providerView, type ProviderView } from './providers.view.ts';

export async function createProvider(ctx: UseCaseContext, input: ProviderInput): Promise<ProviderView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const values = { name: input.name, kinds: [...new Set(input.kinds)], instellingsnummer: input.instellingsnummer || null };
    const [row] = await tx
      .insert(providers)
      .values({ organisationId: ctx.principal.organisation.id, ...values, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordProviderChange(tx, ctx, 'provider', row.id, 'create', diff(null, values));
    return providerView(row);
  });
}
