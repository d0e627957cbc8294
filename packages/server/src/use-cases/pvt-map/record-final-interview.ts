// The MAP eindgesprek with the college (art. 3.2 lid 2 Bi). Its date is the MAP result DUO gets,
// through the one result path (`applyResult`, ADR 0125).
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { applyResult } from '../results/record-result.ts';
import { casePvtMapView, type CasePvtMapView } from './case-pvt-map.view.ts';
import type { RecordFinalInterviewInput } from './pvt-map.types.ts';

export async function recordFinalInterview(ctx: UseCaseContext, caseId: string, input: RecordFinalInterviewInput): Promise<CasePvtMapView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const today = todayIn(ctx.now);
    const current = await casePvtMapView(tx, kase, ctx.now, today);
    if (!current.map.required) throw new AppError('STEP_NOT_ALLOWED', { field: 'heldOn', message: current.map.requiredSummary });
    await applyResult(tx, ctx, kase, 'map', {
      version: input.version,
      completedOn: input.heldOn,
      culpable: input.culpable,
      note: input.heldOn === null ? 'Eindgesprek MAP ingetrokken' : 'Eindgesprek MAP gevoerd',
    });
    return casePvtMapView(tx, kase, ctx.now, today);
  });
}
