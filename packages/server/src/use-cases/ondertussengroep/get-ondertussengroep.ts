import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { canReadSensitive } from '../voorbereiding/case-write.ts';
import type { UseCaseContext } from '../context.ts';
import { loadOndertussengroep } from './ondertussengroep-support.ts';
import { ondertussengroepView, type OndertussengroepView } from './ondertussengroep.view.ts';

/** The light process of a case (ondertussengroep): steps, support plan, loan, ontheffing requests, signals. */
export async function getOndertussengroep(ctx: UseCaseContext, caseId: string): Promise<OndertussengroepView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId);
    const state = await loadOndertussengroep(tx, kase.id);
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getOndertussengroep', [
      { resourceType: 'support-plan', resourceId: kase.id, subject: { type: 'case', id: kase.id }, gemeenteId: kase.gemeenteId },
    ]);
    return ondertussengroepView(kase, state, canReadSensitive(ctx));
  });
}
