// Contracts as a gemeente user sees them: only those covering a gemeente the user has (R12).
import { asc, eq } from 'drizzle-orm';
import { providerContracts, providers } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import { gemeenteNamesOf } from './provider-support.ts';
import { contractView, type ContractView } from './providers.view.ts';

export async function listContracts(ctx: UseCaseContext): Promise<ContractView[]> {
  const mine = new Set(ctx.principal.gemeenten.map((g) => g.id));
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const names = await gemeenteNamesOf(tx);
    const rows = await tx
      .select({ contract: providerContracts, providerName: providers.name })
      .from(providerContracts)
      .innerJoin(providers, eq(providers.id, providerContracts.providerId))
      .orderBy(asc(providers.name), asc(providerContracts.startsOn));
    const today = todayIn(ctx.now);
    return rows.filter((r) => r.contract.gemeenteIds.some((id) => mine.has(id))).map((r) => contractView(r.contract, r.providerName, names, today));
  });
}
