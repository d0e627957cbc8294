import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import { loadBegeleiding, type BegeleidingView } from './begeleiding.view.ts';

/** The begeleiding part of the case file (the regisseur's view): texts only for case:read-sensitive. */
export async function getCaseBegeleiding(ctx: UseCaseContext, caseId: string): Promise<BegeleidingView> {
  return inScope(
    ctx.db,
    scopeOf(ctx.principal),
    async (tx) => {
      const kase = await findCase(tx, caseId);
      const view = await loadBegeleiding(tx, ctx.principal, kase);
      await logProcessed(tx, ctx, 'maatschappelijkeBegeleiding', 'read', 'getCaseBegeleiding', [
        { resourceType: 'case', resourceId: kase.id, subject: { type: 'case', id: kase.id }, gemeenteId: kase.gemeenteId },
      ]);
      return view;
    },
    { readOnly: true },
  );
}
