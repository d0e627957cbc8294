// End a participation placement or change its hours per week (with version).
import { and, eq } from 'drizzle-orm';
import { isBefore } from '@koers/domain';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { participationPlacements } from '../../db/schema.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import { nextUpdatedAt } from '../pip/record-pip-write.ts';
import type { UseCaseContext } from '../context.ts';
import { caseParticipatieView, type CaseParticipatieView } from './case-participatie.view.ts';
import type { ParticipationPlacementUpdate } from './participatie.types.ts';

export async function updateParticipationPlacement(ctx: UseCaseContext, caseId: string, placementId: string, input: ParticipationPlacementUpdate): Promise<CaseParticipatieView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const [before] = await tx.select().from(participationPlacements).where(and(eq(participationPlacements.id, placementId), eq(participationPlacements.caseId, caseId))).for('update');
    if (!before) throw new AppError('NOT_FOUND', { message: 'Deze plaatsing bestaat niet.' });
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De plaatsing is intussen gewijzigd. Laad de gegevens opnieuw.' });
    if (input.endsOn !== null && isBefore(input.endsOn, before.startsOn)) throw new AppError('VALIDATION_FAILED', { field: 'endsOn', message: 'Tot en met: de einddatum ligt vóór de begindatum.' });
    const [after] = await tx
      .update(participationPlacements)
      .set({ endsOn: input.endsOn, hoursPerWeek: input.hoursPerWeek, version: before.version + 1, updatedAt: nextUpdatedAt(ctx.now, before.updatedAt) })
      .where(eq(participationPlacements.id, placementId))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'participation-placement',
      entityId: after.id,
      action: 'update',
      changes: diff({ endsOn: before.endsOn, hoursPerWeek: before.hoursPerWeek }, { endsOn: after.endsOn, hoursPerWeek: after.hoursPerWeek }),
      operationName: 'updateParticipationPlacement',
    });
    return caseParticipatieView(tx, kase, ctx.now, todayIn(ctx.now));
  });
}
