// The traces every write to a case leaves besides the change itself, in the use case's transaction:
// the record history, a timeline event, the processing log and the recomputed werkvoorraad signals.
import type { ProcessingActivityKey } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { recordChange, type FieldChanges } from '../audit/history.ts';
import { logProcessed } from '../privacy/log-helpers.ts';
import type { ProcessingAction } from '../privacy/processing-log.ts';
import { refreshSignals } from '../workqueue/refresh-signals.ts';
import type { UseCaseContext } from '../use-cases/context.ts';
import { addCaseEvent } from './events.ts';
import type { CaseRow } from './find-case.ts';
import { todayIn } from './today.ts';

/** A history row of another record the same write changed (the case row, a version it reinstated). */
export interface RelatedChange {
  entityType: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  changes: FieldChanges;
  reason?: string | null;
}

export interface CaseWriteTraces {
  entityType: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  changes: FieldChanges;
  reason?: string | null;
  /** Timeline event; omitted for changes that are not worth a line on the timeline. */
  event?: { kind: string; summary: string; occurredOn?: string; section: string; data?: Record<string, unknown> };
  operationName: string;
  /** The processing-log action when it differs from the history action. */
  logAction?: ProcessingAction;
  /** The processing activity of the register when it is not the case file itself. */
  activity?: ProcessingActivityKey;
  /** History rows of other records changed by the same write, kept before the write's own row. */
  related?: readonly RelatedChange[];
}

export async function recordCaseWriteTraces(tx: Tx, ctx: UseCaseContext, kase: CaseRow, write: CaseWriteTraces): Promise<void> {
  const today = todayIn(ctx.now);
  for (const related of write.related ?? []) {
    await recordChange(tx, ctx.principal, { organisationId: ctx.principal.organisation.id, gemeenteId: kase.gemeenteId, ...related, reason: related.reason ?? null }, ctx.now);
  }
  await recordChange(
    tx,
    ctx.principal,
    {
      organisationId: ctx.principal.organisation.id,
      gemeenteId: kase.gemeenteId,
      entityType: write.entityType,
      entityId: write.entityId,
      action: write.action,
      changes: write.changes,
      reason: write.reason ?? null,
    },
    ctx.now,
  );
  if (write.event) {
    const { kind, summary, occurredOn, section, data } = write.event;
    await addCaseEvent(tx, ctx.principal, { caseId: kase.id, gemeenteId: kase.gemeenteId, kind, summary, occurredOn: occurredOn ?? today, section, data: data ?? {} }, ctx.now);
  }
  await logProcessed(tx, ctx, write.activity ?? 'dossierInburgering', write.logAction ?? write.action, write.operationName, [
    { resourceType: write.entityType, resourceId: write.entityId, subject: { type: 'case', id: kase.id }, gemeenteId: kase.gemeenteId },
  ]);
  await refreshSignals(tx, kase.id, today);
}
