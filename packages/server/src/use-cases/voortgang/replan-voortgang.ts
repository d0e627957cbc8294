import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import type { UseCaseContext } from '../context.ts';
import { replanProgressMeetings } from './plan-progress.ts';
import type { PlanResult } from './voortgang.view.ts';

/** Plans the gesprekken from the PIP in force when that did not happen yet (a PIP brought in by an import). */
export async function replanVoortgang(ctx: UseCaseContext, caseId: string): Promise<PlanResult> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const result = await replanProgressMeetings(tx, ctx, kase);
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'progress-plan',
      entityId: kase.id,
      action: 'update',
      changes: { planned: { from: null, to: result.planned }, dropped: { from: null, to: result.dropped } },
      operationName: 'replanVoortgang',
      ...(result.planned + result.dropped > 0 ? { event: { kind: 'voortgang.gepland', summary: `${result.planned} voortgangsgesprekken gepland volgens het PIP.`, section: 'voortgang' } } : {}),
    });
    return result;
  });
}
