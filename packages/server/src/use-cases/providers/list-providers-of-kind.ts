// The organisation's providers, of one kind when asked, for a form that picks one (e.g. the PVT group's
// provider, ADR 0144). Providers hold no personal data; the wall is the organisation.
import { asc } from 'drizzle-orm';
import type { ProviderKind } from '@koers/domain';
import { providers } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import type { UseCaseContext } from '../context.ts';
import { providerView, type ProviderView } from './providers.view.ts';

export async function listProvidersOfKind(ctx: UseCaseContext, kind: ProviderKind | undefined): Promise<ProviderView[]> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const rows = await tx.select().from(providers).orderBy(asc(providers.name));
    return rows.filter((p) => kind === undefined || p.kinds.includes(kind)).map(providerView);
  });
}
