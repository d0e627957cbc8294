import { checkZrmScores, formatDutchDate } from '@koers/domain';
import { zrmMeasurements } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import type { UseCaseContext } from '../context.ts';
import { assignedClient } from './access.ts';
import type { ZrmMeasurementInput } from './begeleiding.types.ts';
import { matrixOf, measurementView, type ZrmMeasurementView } from './begeleiding.view.ts';
import { assertPastDate } from './check-date.ts';

/** A measurement of the zelfredzaamheid (seed 002 §4.1) on the organisation's matrix; earlier ones stay. */
export async function recordZrmMeasurement(ctx: UseCaseContext, caseId: string, input: ZrmMeasurementInput): Promise<ZrmMeasurementView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await assignedClient(tx, ctx.principal, caseId, { forUpdate: true });
    assertPastDate(ctx, 'measuredOn', 'Datum van de meting', input.measuredOn);
    const { matrix } = await matrixOf(tx, ctx.principal.organisation.id);
    const problem = checkZrmScores(matrix, input.scores);
    if (problem) throw new AppError('VALIDATION_FAILED', { field: problem.field, message: problem.message });
    const [row] = await tx
      .insert(zrmMeasurements)
      .values({ gemeenteId: kase.gemeenteId, caseId, measuredOn: input.measuredOn, scores: input.scores, matrix, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'zrm-measurement',
      entityId: row.id,
      action: 'create',
      changes: diff(null, { measuredOn: row.measuredOn, ...Object.fromEntries(input.scores.map((s) => [s.domain, s.score])) }),
      event: { kind: 'begeleiding.zrm', summary: `Zelfredzaamheid gemeten op ${formatDutchDate(row.measuredOn)} (${input.scores.length} leefgebieden).`, occurredOn: row.measuredOn, section: 'begeleiding' },
      operationName: 'recordZrmMeasurement',
      activity: 'maatschappelijkeBegeleiding',
    });
    return measurementView(row, ctx.principal.name);
  });
}
