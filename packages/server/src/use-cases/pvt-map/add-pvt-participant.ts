// A case of the gemeente joins a PVT group.
import { and, eq } from 'drizzle-orm';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { pvtParticipants } from '../../db/schema.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { findPvtGroup, pvtGroupView, type PvtGroupView } from './pvt-support.ts';
import { logParticipantsShown } from './pvt-group-traces.ts';

export async function addPvtParticipant(ctx: UseCaseContext, groupId: string, caseId: string): Promise<PvtGroupView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const group = await findPvtGroup(tx, groupId, { forUpdate: true });
    const kase = await findOpenCase(tx, caseId);
    if (kase.gemeenteId !== group.gemeenteId) {
      throw new AppError('VALIDATION_FAILED', { field: 'caseId', message: 'Deelnemer: dit dossier hoort niet bij de gemeente van deze PVT-groep.' });
    }
    const [existing] = await tx.select({ id: pvtParticipants.id }).from(pvtParticipants).where(and(eq(pvtParticipants.groupId, groupId), eq(pvtParticipants.caseId, caseId)));
    if (existing) throw new AppError('VALIDATION_FAILED', { field: 'caseId', message: 'Deelnemer: deze persoon zit al in deze PVT-groep.' });
    const [row] = await tx
      .insert(pvtParticipants)
      .values({ gemeenteId: group.gemeenteId, groupId, caseId, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'pvt-participant',
      entityId: row.id,
      action: 'create',
      changes: diff(null, { groupId, groupName: group.name }),
      event: { kind: 'pvt.deelname', summary: `Deelnemer van PVT-groep ${group.name} (${group.providerName}).`, section: 'pvt-map', data: { groupId } },
      operationName: 'addPvtParticipant',
    });
    const view = await pvtGroupView(tx, group);
    await logParticipantsShown(tx, ctx, view, 'addPvtParticipant');
    return view;
  });
}
