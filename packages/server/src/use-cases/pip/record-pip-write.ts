// Every PIP write leaves the case-write traces (case-file/write-traces.ts) with its timeline event
// in the PIP section.
import type { Tx } from '../../db/database.ts';
import type { FieldChanges } from '../../audit/history.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces, type RelatedChange } from '../../case-file/write-traces.ts';
import type { UseCaseContext } from '../context.ts';

export interface PipWrite {
  entityType: 'pip' | 'pip-objection' | 'case';
  entityId: string;
  action: 'create' | 'update' | 'delete';
  changes: FieldChanges;
  reason?: string | null;
  event: { kind: string; summary: string; data?: Record<string, unknown>; occurredOn?: string };
  operationName: string;
  /** History rows of other records the same write changed (the case, a reinstated version). */
  related?: readonly RelatedChange[];
}

export function recordPipWrite(tx: Tx, ctx: UseCaseContext, caseRow: CaseRow, write: PipWrite): Promise<void> {
  return recordCaseWriteTraces(tx, ctx, caseRow, { ...write, event: { ...write.event, section: 'pip' } });
}

/** A newer timestamp than `previous`, for optimistic locking on `updatedAt` (even within one millisecond). */
export function nextUpdatedAt(now: Date, previous: Date): Date {
  return now.getTime() > previous.getTime() ? now : new Date(previous.getTime() + 1);
}

export function sameInstant(a: Date, iso: string): boolean {
  return a.getTime() === new Date(iso).getTime();
}
