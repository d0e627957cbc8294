// The traces of a write to a PVT group (not to one case): the record history and, when participants
// are shown, the processing log for each of them.
import type { Tx } from '../../db/database.ts';
import { recordChange, type FieldChanges } from '../../audit/history.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { ProcessingAction } from '../../privacy/processing-log.ts';
import type { UseCaseContext } from '../context.ts';
import type { PvtGroupView } from './pvt-support.ts';

export async function recordGroupChange(
  tx: Tx,
  ctx: UseCaseContext,
  gemeenteId: string,
  change: { entityType: 'pvt-group' | 'pvt-session'; entityId: string; action: 'create' | 'update' | 'delete'; changes: FieldChanges; reason: string },
): Promise<void> {
  await recordChange(tx, ctx.principal, { organisationId: ctx.principal.organisation.id, gemeenteId, ...change }, ctx.now);
}

/** A group view names its participants: each one is a processing of that person's file. */
export async function logParticipantsShown(tx: Tx, ctx: UseCaseContext, view: PvtGroupView, operationName: string, action: ProcessingAction = 'read'): Promise<void> {
  if (view.participants.length === 0) return;
  await logProcessed(
    tx,
    ctx,
    'dossierInburgering',
    action,
    operationName,
    view.participants.map((p) => ({ resourceType: 'pvt-participant', resourceId: p.id, subject: { type: 'case' as const, id: p.caseId }, gemeenteId: view.gemeenteId })),
  );
}
