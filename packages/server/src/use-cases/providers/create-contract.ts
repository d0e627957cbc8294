// A contract with a provider, for one or more of the organisation's gemeenten (seed 004).
import { eq } from 'drizzle-orm';
import { providerContracts, providers } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { AppError } from '../../errors.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import type { ContractInput } from './providers.types.ts';
import { assertOwnGemeenten, gemeenteNamesOf, recordProviderChange } from './provider-support.ts';
import { contractView, type ContractView } from './providers.view.ts';

export const contractValues = (input: ContractInput) => ({
  providerId: input.providerId,
  name: input.name,
  gemeenteIds: [...new Set(input.gemeenteIds)].sort(),
  routes: input.routes,
  keurmerk: input.keurmerk,
  keurmerkValidUntil: input.keurmerk === null ? null : input.keurmerkValidUntil,
  locations: input.locations.map((l) => ({ name: l.name, startMoments: [...new Set(l.startMoments)].sort() })),
  reportingEveryWeeks: input.reportingEveryWeeks,
  accessMonthsAfterEnd: input.accessMonthsAfterEnd,
  startsOn: input.startsOn,
  endsOn: input.endsOn,
});

export async function createContract(ctx: UseCaseContext, input: ContractInput): Promise<ContractView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const [provider] = await tx.select().from(providers).where(eq(providers.id, input.providerId));
    if (!provider) throw new AppError('VALIDATION_FAILED', { field: 'providerId', message: 'Aanbieder: kies een aanbieder van uw organisatie.' });
    await assertOwnGemeenten(tx, input.gemeenteIds);
    const values = contractValues(input);
    const [row] = await tx
      .insert(providerContracts)
      .values({ organisationId: ctx.principal.organisation.id, ...values, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordProviderChange(tx, ctx, 'provider-contract', row.id, 'create', diff(null, values));
    return contractView(row, provider.name, await gemeenteNamesOf(tx), todayIn(ctx.now));
  });
}
