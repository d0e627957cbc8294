// One PVT group with its sessions, participants, attendance and the check of its plan.
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import type { UseCaseContext } from '../context.ts';
import { findPvtGroup, pvtGroupView, type PvtGroupView } from './pvt-support.ts';
import { logParticipantsShown } from './pvt-group-traces.ts';

export async function getPvtGroup(ctx: UseCaseContext, groupId: string): Promise<PvtGroupView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const view = await pvtGroupView(tx, await findPvtGroup(tx, groupId));
    await logParticipantsShown(tx, ctx, view, 'getPvtGroup');
    return view;
  });
}
