/**
 * A person has looked at a stop of the DUO koppeling (ADR 0055) and lifts it: the meldingen and
 * notifications it held become due again (same BerichtIds; DUO deduplicates) and the worker is
 * kicked by the route. If DUO still answers outside its spec, the next answer stops the API again —
 * a new stop, for a person again, never a loop. With history; another gemeente's stop is 404; a
 * stale `version` (the stop counted another wrong answer meanwhile) is 409 and changes nothing.
 */
import { and, eq } from 'drizzle-orm';
import { duoContractStops } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { recordChange } from '../../audit/history.ts';
import { AppError } from '../../errors.ts';
import { apiLabel } from '../../duo/failure-reason.ts';
import type { UseCaseContext } from '../context.ts';
import type { AcknowledgedStop } from './duo.view.ts';

export interface AcknowledgeStopInput {
  version: number;
  /** What was done or checked (optional, kept in the history). */
  note?: string | undefined;
}

export async function acknowledgeContractStop(ctx: UseCaseContext, stopId: string, input: AcknowledgeStopInput): Promise<AcknowledgedStop> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const [stop] = await tx.select().from(duoContractStops).where(eq(duoContractStops.id, stopId)).for('update');
    if (!stop) throw new AppError('NOT_FOUND', { message: 'Deze stop van de DUO-koppeling bestaat niet.' });
    if (stop.status !== 'actief') throw new AppError('DUO_STOP_STATE', { field: 'status' });
    if (stop.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'DUO antwoordde intussen nog eens buiten de specificatie. Laad de pagina opnieuw en bekijk de stop voordat u hem opheft.' });
    }
    const liftedReason = `Opgeheven door ${ctx.principal.name}${input.note ? `: ${input.note}` : ''}`;
    const [updated] = await tx
      .update(duoContractStops)
      .set({ status: 'opgeheven', liftedAt: ctx.now, liftedBy: ctx.principal.userId, liftedReason, version: stop.version + 1 })
      .where(and(eq(duoContractStops.id, stop.id), eq(duoContractStops.version, stop.version)))
      .returning();
    if (!updated) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    await recordChange(
      tx,
      ctx.principal,
      {
        organisationId: ctx.principal.organisation.id,
        gemeenteId: stop.gemeenteId,
        entityType: 'duo_contract_stop',
        entityId: stop.id,
        action: 'update',
        changes: { status: { from: 'actief', to: 'opgeheven' } },
        reason: `Stop DUO-koppeling API ${apiLabel(stop.api)} opgeheven${input.note ? `: ${input.note}` : ''}`,
      },
      ctx.now,
    );
    return { id: updated.id, gemeenteId: updated.gemeenteId, api: updated.api, status: 'opgeheven', liftedAt: ctx.now.toISOString(), liftedReason, version: updated.version };
  });
}
