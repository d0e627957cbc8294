// A session (dagdeel) added to a PVT group. The plan is checked against the minimum as a warning
// only (the group view carries it): a group is planned session by session.
import { eq } from 'drizzle-orm';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { pvtGroups, pvtSessions } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { findPvtGroup, minutesOf, pvtGroupView, type PvtGroupView } from './pvt-support.ts';
import { logParticipantsShown, recordGroupChange } from './pvt-group-traces.ts';
import type { AddPvtSessionInput } from './pvt-map.types.ts';

export async function addPvtSession(ctx: UseCaseContext, groupId: string, input: AddPvtSessionInput): Promise<PvtGroupView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const group = await findPvtGroup(tx, groupId, { forUpdate: true });
    const values = { heldOn: input.heldOn, startTime: input.startTime, minutes: minutesOf(input.hours), topic: input.topic };
    const [row] = await tx
      .insert(pvtSessions)
      .values({ gemeenteId: group.gemeenteId, groupId, ...values, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await tx.update(pvtGroups).set({ updatedAt: ctx.now }).where(eq(pvtGroups.id, groupId));
    await recordGroupChange(tx, ctx, group.gemeenteId, { entityType: 'pvt-session', entityId: row.id, action: 'create', changes: diff(null, values), reason: `Bijeenkomst van PVT-groep ${group.name}` });
    const view = await pvtGroupView(tx, group);
    await logParticipantsShown(tx, ctx, view, 'addPvtSession');
    return view;
  });
}
