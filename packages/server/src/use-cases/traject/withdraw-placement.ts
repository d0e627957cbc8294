/**
 * Withdrawing an inburgeringsaanbod: the placement becomes 'ingetrokken' and DUO is asked to
 * delete it (DELETE /personen/{bsn}/Inburgeringsaanbod/{instellingsnummer}).
 */
import { and, eq } from 'drizzle-orm';
import { formatDutchDate, isAfter, isBefore } from '@koers/domain';
import { casePlacements } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { queueDuoMessage } from '../duo/queue-duo-message.ts';
import type { UseCaseContext } from '../context.ts';
import type { WithdrawPlacementInput } from './traject.types.ts';
import { noteNoBsn, recordTrajectWrite } from './traject-support.ts';
import { placementView, type PlacementView } from './traject.view.ts';

export async function withdrawPlacement(ctx: UseCaseContext, caseId: string, placementId: string, input: WithdrawPlacementInput): Promise<PlacementView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findOpenCase(tx, caseId);
    const [placement] = await tx
      .select()
      .from(casePlacements)
      .where(and(eq(casePlacements.id, placementId), eq(casePlacements.caseId, caseId)))
      .for('update');
    if (!placement) throw new AppError('NOT_FOUND', { message: 'Dit inburgeringsaanbod bestaat niet in dit dossier.' });
    if (placement.status !== 'actief') {
      throw new AppError('PLACEMENT_STATE', {
        field: 'status',
        message: placement.status === 'vervangen' ? 'Dit inburgeringsaanbod is al vervangen door een nieuwer aanbod bij dezelfde instelling.' : 'Dit inburgeringsaanbod is al ingetrokken.',
      });
    }
    if (isAfter(input.withdrawnOn, todayIn(ctx.now))) throw new AppError('VALIDATION_FAILED', { field: 'withdrawnOn', message: 'De datum van intrekken mag niet in de toekomst liggen.' });
    if (isBefore(input.withdrawnOn, placement.offeredOn)) {
      throw new AppError('VALIDATION_FAILED', { field: 'withdrawnOn', message: `De datum van intrekken ligt vóór de datum van het aanbod (${formatDutchDate(placement.offeredOn)}).` });
    }
    const [after] = await tx
      .update(casePlacements)
      .set({ status: 'ingetrokken', withdrawnOn: input.withdrawnOn, withdrawReason: input.reason, updatedAt: ctx.now })
      .where(eq(casePlacements.id, placement.id))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    if (caseRow.bsn !== null) {
      await queueDuoMessage(tx, {
        gemeenteId: caseRow.gemeenteId,
        caseId,
        operation: 'aanbod.withdraw',
        payload: { bsn: caseRow.bsn, instellingsnummer: placement.instellingsnummer },
        precheck: { rule: 'none' },
        actor: ctx.principal,
        now: ctx.now,
      });
    } else {
      await noteNoBsn(tx, ctx, caseRow, 'Het intrekken van het inburgeringsaanbod', { placementId: placement.id, operation: 'aanbod.withdraw' });
    }
    await recordTrajectWrite(tx, ctx, caseRow, {
      entityType: 'case-placement',
      entityId: placement.id,
      action: 'update',
      changes: diff(
        { status: placement.status, withdrawnOn: placement.withdrawnOn, withdrawReason: placement.withdrawReason },
        { status: after.status, withdrawnOn: after.withdrawnOn, withdrawReason: after.withdrawReason },
      ),
      reason: input.reason,
      event: {
        kind: 'traject.aanbod-ingetrokken',
        occurredOn: input.withdrawnOn,
        summary: `Inburgeringsaanbod bij ${placement.instellingNaam} ingetrokken per ${formatDutchDate(input.withdrawnOn)}: ${input.reason}`,
        data: { placementId: placement.id, instellingsnummer: placement.instellingsnummer },
      },
      operationName: 'withdrawPlacement',
    });
    return placementView(after, null);
  });
}
