// A partner-aanbieder reports on one of its placements in the app (R13).
import { findCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { syncReportedHours } from '../traject/reported-hours.ts';
import type { UseCaseContext } from '../context.ts';
import { ownPlacement, ownProvider } from './provider-access.ts';
import type { ReportInput } from './reports.types.ts';
import { storeReport } from './store-report.ts';
import type { ReportOnPlacementResult } from './reports.view.ts';

export async function reportOnPlacement(ctx: UseCaseContext, placementId: string, report: ReportInput): Promise<ReportOnPlacementResult> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const provider = await ownProvider(tx, ctx.principal);
    const placement = await ownPlacement(tx, provider.id, placementId, { forUpdate: true, today: todayIn(ctx.now) });
    const caseRow = await findCase(tx, placement.caseId, { forUpdate: true });
    const outcome = await storeReport(tx, ctx, placement, caseRow, report);
    if (outcome !== 'ongewijzigd' && report.kind === 'week') await syncReportedHours(tx, ctx, caseRow);
    return { outcome };
  });
}
