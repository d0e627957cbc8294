import { inScope } from '../../db/scope.ts';
import { findCase } from '../../case-file/find-case.ts';
import { scopeOf } from '../../auth/principal.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import { caseView, type CaseView } from './case.view.ts';

/** A case of one of the user's gemeenten; anything else is "not found", never "forbidden". */
export async function getCase(ctx: UseCaseContext, caseId: string): Promise<CaseView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const row = await findCase(tx, caseId);
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getCase', [
      { resourceType: 'case', resourceId: row.id, subject: { type: 'case', id: row.id }, gemeenteId: row.gemeenteId },
    ]);
    return caseView(row, ctx.principal);
  }, { readOnly: true });
}
