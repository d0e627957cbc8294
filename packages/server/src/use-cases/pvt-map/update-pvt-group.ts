// Change a PVT group's name, provider, interpreter language or ceremony day (optimistic version).
import { eq } from 'drizzle-orm';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { pvtGroups } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { findPvtGroup, pvtGroupView, type PvtGroupView } from './pvt-support.ts';
import { logParticipantsShown, recordGroupChange } from './pvt-group-traces.ts';
import type { UpdatePvtGroupInput } from './pvt-map.types.ts';
import { resolvePvtProvider } from './pvt-provider.ts';

export async function updatePvtGroup(ctx: UseCaseContext, groupId: string, input: UpdatePvtGroupInput): Promise<PvtGroupView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const group = await findPvtGroup(tx, groupId, { forUpdate: true });
    if (group.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'Deze PVT-groep is intussen door iemand anders gewijzigd. Laad hem opnieuw.' });
    }
    const before = { name: group.name, providerId: group.providerId, providerName: group.providerName, interpreterLanguage: group.interpreterLanguage, ceremonyOn: group.ceremonyOn };
    const provider = await resolvePvtProvider(tx, input);
    const values = { name: input.name, ...provider, interpreterLanguage: input.interpreterLanguage || null, ceremonyOn: input.ceremonyOn };
    const [row] = await tx
      .update(pvtGroups)
      .set({ ...values, version: group.version + 1, updatedAt: ctx.now })
      .where(eq(pvtGroups.id, groupId))
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordGroupChange(tx, ctx, row.gemeenteId, { entityType: 'pvt-group', entityId: row.id, action: 'update', changes: diff(before, values), reason: 'PVT-groep gewijzigd' });
    const view = await pvtGroupView(tx, row);
    await logParticipantsShown(tx, ctx, view, 'updatePvtGroup');
    return view;
  });
}
