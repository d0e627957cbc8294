// The ontzorgen part of the case file: the rule's explanation, the agreement, checkpoints and payments.
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import { ontzorgenView } from './ontzorgen-support.ts';
import type { OntzorgenView } from './ontzorgen.view.ts';

export async function getOntzorgen(ctx: UseCaseContext, caseId: string): Promise<OntzorgenView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId);
    const view = await ontzorgenView(tx, kase, todayIn(ctx.now));
    await logProcessed(tx, ctx, 'financieelOntzorgen', 'read', 'getOntzorgen', [{ resourceType: 'relief-agreement', resourceId: kase.id, subject: { type: 'case', id: kase.id }, gemeenteId: kase.gemeenteId }]);
    return view;
  });
}
