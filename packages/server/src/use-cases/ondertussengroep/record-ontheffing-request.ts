/** Records a request for ontheffing the gemeente helps a Wi2013 person make to DUO (A6). */
import { ontheffingGroundLabels, ontheffingProblems, ontheffingStatusLabels } from '@koers/domain';
import { ontheffingRequests } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { AppError } from '../../errors.ts';
import { canReadSensitive } from '../voorbereiding/case-write.ts';
import type { UseCaseContext } from '../context.ts';
import { assertStepAllowed, refuseProblems } from './ondertussengroep-support.ts';
import type { CreateOntheffingInput } from './ondertussengroep.types.ts';
import { ontheffingHistoryFields, ontheffingView, type OntheffingView } from './ondertussengroep.view.ts';

export async function recordOntheffingRequest(ctx: UseCaseContext, caseId: string, input: CreateOntheffingInput): Promise<OntheffingView> {
  const sensitive = canReadSensitive(ctx);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    assertStepAllowed(kase, 'ontheffing-ondersteuning');
    refuseProblems(ontheffingProblems(input));
    const [row] = await tx
      .insert(ontheffingRequests)
      .values({
        gemeenteId: kase.gemeenteId,
        caseId: kase.id,
        ground: input.ground,
        status: input.status,
        requestedOn: input.requestedOn,
        duoDecisionOn: input.duoDecisionOn,
        // The note may hold health details: only a role that may read them may write one.
        note: sensitive ? input.note : null,
        createdBy: ctx.principal.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'ontheffing-request',
      entityId: row.id,
      action: 'create',
      changes: diff(null, ontheffingHistoryFields(row)),
      operationName: 'recordOntheffingRequest',
      event: {
        kind: 'ontheffingsverzoek.vastgelegd',
        summary: `Ontheffingsverzoek vastgelegd: ${ontheffingGroundLabels[input.ground].toLowerCase()}, ${ontheffingStatusLabels[input.status].toLowerCase()}.`,
        section: 'ondertussengroep',
        data: { requestId: row.id },
      },
    });
    return ontheffingView(row, sensitive);
  });
}
