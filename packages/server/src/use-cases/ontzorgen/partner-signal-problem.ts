/**
 * The budgetbeheer partner signals a problem on an assigned agreement (arrears, a changed address):
 * a werkvoorraad item for the trajectregisseur until it is marked resolved (ADR 0147).
 */
import { partnerProblemKindLabels } from '@koers/domain';
import { reliefPartnerProblems } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { assignedAgreement, partnerAgreementView } from './partner-support.ts';
import type { PartnerAgreementView } from './ontzorgen.view.ts';
import type { PartnerProblemInput } from './ontzorgen.types.ts';

export async function signalPartnerProblem(ctx: UseCaseContext, caseId: string, input: PartnerProblemInput): Promise<PartnerAgreementView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const row = await assignedAgreement(tx, ctx.principal, caseId);
    const today = todayIn(ctx.now);
    const [problem] = await tx.insert(reliefPartnerProblems).values({ gemeenteId: row.a.gemeenteId, caseId, kind: input.kind, note: input.note, reportedOn: today, reportedBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now }).returning();
    if (!problem) throw new AppError('INTERNAL');
    const kase = await findCase(tx, caseId);
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'relief-partner-problem',
      entityId: problem.id,
      action: 'create',
      changes: { kind: { from: null, to: input.kind }, note: { from: null, to: input.note } },
      reason: 'Melding van de budgetbeheerder',
      operationName: 'signalPartnerProblem',
      event: { kind: 'ontzorgen.budgetbeheer-melding', summary: `Budgetbeheerder meldt: ${partnerProblemKindLabels[input.kind]}.`, section: 'ontzorgen' },
    });
    return partnerAgreementView(tx, row, today.slice(0, 7));
  });
}
