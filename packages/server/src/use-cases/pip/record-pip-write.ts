// Every PIP write leaves the same traces, in the use case's transaction: the record history, a
// timeline event, the processing log and the recomputed werkvoorraad signals.
import type { Tx } from '../../db/database.ts';
import { recordChange, type FieldChanges } from '../../audit/history.ts';
import { addCaseEvent } from '../../case-file/events.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { ProcessingAction } from '../../privacy/processing-log.ts';
import { refreshSignals } from '../../workqueue/refresh-signals.ts';
import type { UseCaseContext } from '../context.ts';

export interface PipWrite {
  entityType: 'pip' | 'pip-objection' | 'case';
  entityId: string;
  action: 'create' | 'update' | 'delete';
  changes: FieldChanges;
  reason?: string | null;
  event: { kind: string; summary: string; data?: Record<string, unknown>; occurredOn?: string };
  operationName: string;
}

export async function recordPipWrite(tx: Tx, ctx: UseCaseContext, caseRow: CaseRow, write: PipWrite): Promise<void> {
  const today = todayIn(ctx.now);
  await recordChange(
    tx,
    ctx.principal,
    {
      organisationId: ctx.principal.organisation.id,
      gemeenteId: caseRow.gemeenteId,
      entityType: write.entityType,
      entityId: write.entityId,
      action: write.action,
      changes: write.changes,
      reason: write.reason ?? null,
    },
    ctx.now,
  );
  await addCaseEvent(
    tx,
    ctx.principal,
    {
      caseId: caseRow.id,
      gemeenteId: caseRow.gemeenteId,
      kind: write.event.kind,
      summary: write.event.summary,
      occurredOn: write.event.occurredOn ?? today,
      section: 'pip',
      data: write.event.data ?? {},
    },
    ctx.now,
  );
  const action: ProcessingAction = write.action;
  await logProcessed(tx, ctx, 'dossierInburgering', action, write.operationName, [
    { resourceType: write.entityType, resourceId: write.entityId, subject: { type: 'case', id: caseRow.id }, gemeenteId: caseRow.gemeenteId },
  ]);
  await refreshSignals(tx, caseRow.id, today);
}

/** A newer timestamp than `previous`, for optimistic locking on `updatedAt` (even within one millisecond). */
export function nextUpdatedAt(now: Date, previous: Date): Date {
  return now.getTime() > previous.getTime() ? now : new Date(previous.getTime() + 1);
}

export function sameInstant(a: Date, iso: string): boolean {
  return a.getTime() === new Date(iso).getTime();
}
