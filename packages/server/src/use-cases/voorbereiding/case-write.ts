// The traces every write in schakel 2–3 leaves (case-file/write-traces.ts); its timeline events
// carry the entity they are about.
import { eq } from 'drizzle-orm';
import { advancesCase } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { cases } from '../../db/schema.ts';
import { recordChange, type FieldChanges } from '../../audit/history.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import type { ProcessingAction } from '../../privacy/processing-log.ts';
import type { UseCaseContext } from '../context.ts';

export interface CaseWrite {
  entityType: string;
  entityId: string;
  action: 'create' | 'update';
  changes: FieldChanges;
  reason?: string | null;
  /** Timeline event; omitted for changes that are not worth a line on the timeline. */
  event?: { kind: string; summary: string; occurredOn?: string; section: 'voorbereiding' | 'intake'; data?: Record<string, unknown> };
  operationName: string;
  logAction?: ProcessingAction;
}

export function recordCaseWrite(tx: Tx, ctx: UseCaseContext, kase: CaseRow, write: CaseWrite): Promise<void> {
  const event = write.event && { ...write.event, data: { entityType: write.entityType, entityId: write.entityId, ...write.event.data } };
  return recordCaseWriteTraces(tx, ctx, kase, { ...write, event });
}

/** History never holds the content of special categories of personal data, only that it changed. */
export const SENSITIVE_MARK = '[bijzonder persoonsgegeven]';
export function masked(value: string | null | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : SENSITIVE_MARK;
}

export function canReadSensitive(ctx: UseCaseContext): boolean {
  return ctx.principal.permissions.includes('case:read-sensitive');
}

const timeFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "2026-12-04T09:00:00Z" → "4 december 2026 om 10:00" (Dutch time). */
export function dutchDateTime(at: Date): string {
  return timeFormat.format(at);
}

/**
 * Moves the case status forward to `to` (never back, never past a later phase), with history.
 * Returns the case as it is afterwards.
 */
export async function advanceCaseStatus(tx: Tx, ctx: UseCaseContext, kase: CaseRow, to: 'voorbereiding' | 'intake'): Promise<CaseRow> {
  if (!advancesCase(kase.status, to)) return kase;
  const [after] = await tx
    .update(cases)
    .set({ status: to, version: kase.version + 1, updatedAt: ctx.now })
    .where(eq(cases.id, kase.id))
    .returning();
  if (!after) return kase;
  await recordChange(
    tx,
    ctx.principal,
    {
      organisationId: ctx.principal.organisation.id,
      gemeenteId: kase.gemeenteId,
      entityType: 'case',
      entityId: kase.id,
      action: 'update',
      changes: { status: { from: kase.status, to } },
      reason: to === 'voorbereiding' ? 'Voorbereiding gestart' : 'Brede intake gestart',
    },
    ctx.now,
  );
  return after;
}
