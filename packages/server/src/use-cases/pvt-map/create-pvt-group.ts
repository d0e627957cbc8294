// A new PVT group for a gemeente: provider (from the register, ADR 0144), interpreter language, ceremony day.
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { pvtGroups } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { pvtGroupView, type PvtGroupView } from './pvt-support.ts';
import { recordGroupChange } from './pvt-group-traces.ts';
import type { CreatePvtGroupInput } from './pvt-map.types.ts';
import { resolvePvtProvider } from './pvt-provider.ts';

export async function createPvtGroup(ctx: UseCaseContext, input: CreatePvtGroupInput): Promise<PvtGroupView> {
  if (!ctx.principal.gemeenten.some((g) => g.id === input.gemeenteId)) {
    throw new AppError('VALIDATION_FAILED', { field: 'gemeenteId', message: 'U werkt niet voor deze gemeente.' });
  }
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const provider = await resolvePvtProvider(tx, input);
    const values = { name: input.name, ...provider, interpreterLanguage: input.interpreterLanguage || null, ceremonyOn: input.ceremonyOn };
    const [row] = await tx
      .insert(pvtGroups)
      .values({ gemeenteId: input.gemeenteId, ...values, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordGroupChange(tx, ctx, row.gemeenteId, { entityType: 'pvt-group', entityId: row.id, action: 'create', changes: diff(null, values), reason: 'PVT-groep aangemaakt' });
    return pvtGroupView(tx, row);
  });
}
