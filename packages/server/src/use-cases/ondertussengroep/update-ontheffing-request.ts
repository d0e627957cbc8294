/** Updates an ontheffing request (status, DUO's decision date…); optimistic locking on `version`. */
import { and, eq } from 'drizzle-orm';
import { ontheffingProblems, ontheffingStatusLabels } from '@koers/domain';
import { ontheffingRequests } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { AppError } from '../../errors.ts';
import { canReadSensitive } from '../voorbereiding/case-write.ts';
import type { UseCaseContext } from '../context.ts';
import { asGround, asOntheffingStatus, assertStepAllowed, refuseProblems } from './ondertussengroep-support.ts';
import type { UpdateOntheffingInput } from './ondertussengroep.types.ts';
import { ontheffingHistoryFields, ontheffingView, type OntheffingView } from './ondertussengroep.view.ts';

export async function updateOntheffingRequest(ctx: UseCaseContext, caseId: string, requestId: string, input: UpdateOntheffingInput): Promise<OntheffingView> {
  const sensitive = canReadSensitive(ctx);
  const { version, ...fields } = input;
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const [before] = await tx
      .select()
      .from(ontheffingRequests)
      .where(and(eq(ontheffingRequests.id, requestId), eq(ontheffingRequests.caseId, kase.id)))
      .for('update');
    if (!before) throw new AppError('NOT_FOUND', { message: 'Dit ontheffingsverzoek bestaat niet in dit dossier.' });
    assertStepAllowed(kase, 'ontheffing-ondersteuning');
    if (before.version !== version) {
      throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'Het ontheffingsverzoek is intussen door iemand anders gewijzigd. Laad het opnieuw.' });
    }
    const next = {
      ground: fields.ground ?? asGround(before.ground),
      status: fields.status ?? asOntheffingStatus(before.status),
      requestedOn: fields.requestedOn !== undefined ? fields.requestedOn : before.requestedOn,
      duoDecisionOn: fields.duoDecisionOn !== undefined ? fields.duoDecisionOn : before.duoDecisionOn,
    };
    refuseProblems(ontheffingProblems(next));
    const [after] = await tx
      .update(ontheffingRequests)
      .set({ ...next, ...(fields.note !== undefined && sensitive ? { note: fields.note } : {}), version: version + 1, updatedAt: ctx.now })
      .where(and(eq(ontheffingRequests.id, requestId), eq(ontheffingRequests.version, version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    const statusChanged = before.status !== after.status;
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'ontheffing-request',
      entityId: after.id,
      action: 'update',
      changes: diff(ontheffingHistoryFields(before), ontheffingHistoryFields(after)),
      operationName: 'updateOntheffingRequest',
      event: {
        kind: statusChanged ? `ontheffingsverzoek.${next.status}` : 'ontheffingsverzoek.bijgewerkt',
        summary: statusChanged ? `Ontheffingsverzoek: ${ontheffingStatusLabels[next.status].toLowerCase()}.` : 'Ontheffingsverzoek bijgewerkt.',
        section: 'ondertussengroep',
        data: { requestId: after.id },
      },
    });
    return ontheffingView(after, sensitive);
  });
}
