// The 'PVT en MAP' part of one case file.
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import { casePvtMapView, type CasePvtMapView } from './case-pvt-map.view.ts';

export async function getCasePvtMap(ctx: UseCaseContext, caseId: string): Promise<CasePvtMapView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId);
    const view = await casePvtMapView(tx, kase, ctx.now, todayIn(ctx.now));
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getCasePvtMap', [{ resourceType: 'case-pvt-map', resourceId: kase.id, subject: { type: 'case', id: kase.id }, gemeenteId: kase.gemeenteId }]);
    return view;
  });
}
