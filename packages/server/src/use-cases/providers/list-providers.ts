// The organisation's providers with all their contracts: the beheerder's screen (contracts:manage).
import { asc } from 'drizzle-orm';
import { providerContracts, providers } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import { gemeenteNamesOf } from './provider-support.ts';
import { contractView, providerView, type ProvidersOverview } from './providers.view.ts';

export async function listProviders(ctx: UseCaseContext): Promise<ProvidersOverview> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const names = await gemeenteNamesOf(tx);
    const rows = await tx.select().from(providers).orderBy(asc(providers.name));
    const contracts = await tx.select().from(providerContracts).orderBy(asc(providerContracts.startsOn));
    const today = todayIn(ctx.now);
    return {
      providers: rows.map((p) => ({
        ...providerView(p),
        contracts: contracts.filter((c) => c.providerId === p.id).map((c) => contractView(c, p.name, names, today)),
      })),
      gemeenten: [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    };
  });
}
