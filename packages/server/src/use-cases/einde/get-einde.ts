import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import { loadEindeState } from './einde-support.ts';
import { eindeOverview, type EindeOverview } from './einde.view.ts';

/** Exam results from DUO, whether the duty is fulfilled, the effective termijn and its extensions. */
export async function getEinde(ctx: UseCaseContext, caseId: string): Promise<EindeOverview> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findCase(tx, caseId);
    const state = await loadEindeState(tx, caseRow.id);
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getEinde', [
      { resourceType: 'exam-result', resourceId: caseRow.id, subject: { type: 'case', id: caseRow.id }, gemeenteId: caseRow.gemeenteId },
    ]);
    return eindeOverview(caseRow, state);
  });
}
