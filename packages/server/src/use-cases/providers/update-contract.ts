import { and, eq } from 'drizzle-orm';
import { providerContracts, providers } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { AppError } from '../../errors.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import type { UpdateContractInput } from './providers.types.ts';
import { contractValues } from './create-contract.ts';
import { assertOwnGemeenten, gemeenteNamesOf, recordProviderChange } from './provider-support.ts';
import { contractView, type ContractView } from './providers.view.ts';

export async function updateContract(ctx: UseCaseContext, contractId: string, input: UpdateContractInput): Promise<ContractView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const [before] = await tx.select().from(providerContracts).where(eq(providerContracts.id, contractId)).for('update');
    if (!before) throw new AppError('NOT_FOUND', { message: 'Dit contract bestaat niet of hoort niet bij uw organisatie.' });
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'Het contract is intussen door iemand anders gewijzigd. Laad het opnieuw.' });
    const [provider] = await tx.select().from(providers).where(eq(providers.id, input.providerId));
    if (!provider) throw new AppError('VALIDATION_FAILED', { field: 'providerId', message: 'Aanbieder: kies een aanbieder van uw organisatie.' });
    await assertOwnGemeenten(tx, input.gemeenteIds);
    const values = contractValues(input);
    const [row] = await tx
      .update(providerContracts)
      .set({ ...values, version: before.version + 1, updatedAt: ctx.now })
      .where(and(eq(providerContracts.id, contractId), eq(providerContracts.version, input.version)))
      .returning();
    if (!row) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    const { id: _id, organisationId: _o, version: _v, createdAt: _c, updatedAt: _u, ...old } = before;
    await recordProviderChange(tx, ctx, 'provider-contract', row.id, 'update', diff(old, values));
    return contractView(row, provider.name, await gemeenteNamesOf(tx), todayIn(ctx.now));
  });
}
