// The 'Participatie' part of one case file.
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import { caseParticipatieView, type CaseParticipatieView } from './case-participatie.view.ts';

export async function getCaseParticipatie(ctx: UseCaseContext, caseId: string): Promise<CaseParticipatieView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId);
    const view = await caseParticipatieView(tx, kase, ctx.now, todayIn(ctx.now));
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getCaseParticipatie', [{ resourceType: 'case-participatie', resourceId: kase.id, subject: { type: 'case', id: kase.id }, gemeenteId: kase.gemeenteId }]);
    return view;
  });
}
