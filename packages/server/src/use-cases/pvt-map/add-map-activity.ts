// A practice activity of the MAP: a theme with date, hours and what was done (R16).
import { formatDutchDate, isAfter, mapThemeLabels } from '@koers/domain';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { mapActivities } from '../../db/schema.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { casePvtMapView, type CasePvtMapView } from './case-pvt-map.view.ts';
import { minutesOf } from './pvt-support.ts';
import type { AddMapActivityInput } from './pvt-map.types.ts';

export async function addMapActivity(ctx: UseCaseContext, caseId: string, input: AddMapActivityInput): Promise<CasePvtMapView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const today = todayIn(ctx.now);
    if (isAfter(input.heldOn, today)) throw new AppError('VALIDATION_FAILED', { field: 'heldOn', message: 'Datum: een activiteit die nog moet plaatsvinden legt u vast als hij gedaan is.' });
    const current = await casePvtMapView(tx, kase, ctx.now, today);
    if (!current.map.required) throw new AppError('STEP_NOT_ALLOWED', { field: 'theme', message: current.map.requiredSummary });
    if (current.map.themes.find((t) => t.theme === input.theme)?.omittedReason) {
      throw new AppError('VALIDATION_FAILED', { field: 'theme', message: `Thema: ${mapThemeLabels[input.theme]} is in het PIP weggelaten; pas eerst het PIP aan.` });
    }
    const values = { theme: input.theme, heldOn: input.heldOn, minutes: minutesOf(input.hours), description: input.description };
    const [row] = await tx
      .insert(mapActivities)
      .values({ gemeenteId: kase.gemeenteId, caseId, ...values, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'map-activity',
      entityId: row.id,
      action: 'create',
      changes: diff(null, values),
      event: { kind: 'map.activiteit', summary: `MAP-activiteit ${mapThemeLabels[input.theme]} op ${formatDutchDate(input.heldOn)}: ${String(input.hours).replace('.', ',')} uur.`, occurredOn: input.heldOn, section: 'pvt-map', data: { activityId: row.id } },
      operationName: 'addMapActivity',
    });
    return casePvtMapView(tx, kase, ctx.now, today);
  });
}
