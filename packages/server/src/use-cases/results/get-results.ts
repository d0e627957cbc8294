import type { IsoDate } from '@koers/domain';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import { loadResultsState } from './results-support.ts';
import { resultsOverview, type ResultsOverview } from './results.view.ts';

/** PVT, MAP and Z-route: the recorded results, their DUO status, and when 'verwijtbaar' is required or allowed. */
export async function getResults(ctx: UseCaseContext, caseId: string, on?: IsoDate): Promise<ResultsOverview> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findCase(tx, caseId);
    const state = await loadResultsState(tx, caseRow);
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getResults', [
      { resourceType: 'case-result', resourceId: caseRow.id, subject: { type: 'case', id: caseRow.id }, gemeenteId: caseRow.gemeenteId },
    ]);
    return resultsOverview(state, ctx.now, on);
  });
}
