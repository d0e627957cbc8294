// The budgetbeheer partner's list (ADR 0147): the agreements assigned to it, in its limited view.
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import { assignedAgreements, partnerAgreementView } from './partner-support.ts';
import type { PartnerAgreementList, PartnerAgreementView } from './ontzorgen.view.ts';

export async function listPartnerAgreements(ctx: UseCaseContext): Promise<PartnerAgreementList> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const rows = await assignedAgreements(tx, ctx.principal);
    const currentMonth = todayIn(ctx.now).slice(0, 7);
    const agreements: PartnerAgreementView[] = [];
    for (const row of rows) agreements.push(await partnerAgreementView(tx, row, currentMonth));
    if (rows.length > 0) {
      await logProcessed(tx, ctx, 'financieelOntzorgen', 'read', 'listPartnerAgreements', rows.map((r) => ({ resourceType: 'relief-agreement', resourceId: r.a.caseId, subject: { type: 'case' as const, id: r.a.caseId }, gemeenteId: r.a.gemeenteId })));
    }
    return { agreements };
  });
}
