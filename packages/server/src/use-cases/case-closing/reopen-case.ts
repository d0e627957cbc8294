// Reopening a closed case by hand: back to the status it had before it was closed (@koers/domain
// reopenCase), with the reason in the history and on the timeline, and its werkvoorraad items back.
import { and, eq } from 'drizzle-orm';
import { reopenCase, type ReopenRefusal } from '@koers/domain';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { cases } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import type { UseCaseContext } from '../context.ts';
import { caseView, historyFields, type CaseView } from '../cases/case.view.ts';
import type { ReopenCaseInput } from './case-closing.types.ts';

const refusals: Record<ReopenRefusal, string> = {
  'not-closed': 'Het dossier is niet gesloten; heropenen is niet nodig.',
  'file-removed': 'Het dossier is na de bewaartermijn opgeschoond en kan niet meer worden heropend.',
};

export async function reopenCaseByHand(ctx: UseCaseContext, caseId: string, input: ReopenCaseInput): Promise<CaseView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const before = await findCase(tx, caseId, { forUpdate: true });
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    const decision = reopenCase({ status: before.status, statusBeforeClose: before.statusBeforeClose, retentionStage: before.retentionStage });
    if (!decision.value.ok) throw new AppError('STEP_NOT_ALLOWED', { field: 'reason', message: refusals[decision.value.refusal] });
    const status = decision.value.status;
    const [after] = await tx
      .update(cases)
      .set({ status, closedOn: null, closedReason: null, closedReasonCode: null, statusBeforeClose: null, version: before.version + 1, updatedAt: ctx.now })
      .where(and(eq(cases.id, caseId), eq(cases.version, input.version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    await recordCaseWriteTraces(tx, ctx, after, {
      entityType: 'case',
      entityId: after.id,
      action: 'update',
      changes: diff(historyFields(before), historyFields(after)),
      reason: input.reason,
      event: {
        kind: 'case.reopened',
        summary: `Dossier heropend (was gesloten${before.closedReason ? `: ${before.closedReason.toLowerCase()}` : ''}). Reden: ${input.reason}`.slice(0, 2000),
        section: 'overzicht',
        data: { previousStatus: before.status, status, closedReasonCode: before.closedReasonCode },
      },
      operationName: 'reopenCase',
    });
    return caseView(after, ctx.principal);
  });
}
