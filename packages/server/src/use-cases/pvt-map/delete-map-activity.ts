// Remove a MAP activity recorded by mistake; it stays in the record history.
import { and, eq } from 'drizzle-orm';
import { mapThemeLabels, mapThemes } from '@koers/domain';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { mapActivities } from '../../db/schema.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { casePvtMapView, type CasePvtMapView } from './case-pvt-map.view.ts';
import { isOneOf } from '../../util/guards.ts';

export async function deleteMapActivity(ctx: UseCaseContext, caseId: string, activityId: string): Promise<CasePvtMapView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const [row] = await tx.delete(mapActivities).where(and(eq(mapActivities.id, activityId), eq(mapActivities.caseId, caseId))).returning();
    if (!row) throw new AppError('NOT_FOUND', { message: 'Deze MAP-activiteit bestaat niet of u heeft er geen toegang toe.' });
    const label = isOneOf(mapThemes, row.theme) ? mapThemeLabels[row.theme] : row.theme;
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'map-activity',
      entityId: row.id,
      action: 'delete',
      changes: { theme: { from: row.theme, to: null }, heldOn: { from: row.heldOn, to: null }, minutes: { from: row.minutes, to: null }, description: { from: row.description, to: null } },
      event: { kind: 'map.activiteit-verwijderd', summary: `MAP-activiteit ${label} verwijderd.`, section: 'pvt-map', data: { activityId: row.id } },
      operationName: 'deleteMapActivity',
    });
    return casePvtMapView(tx, kase, ctx.now, todayIn(ctx.now));
  });
}
