// The four things every write in schakel 2–3 does besides the change itself, in the same transaction:
// record history, a timeline event, the processing log and the werkvoorraad signals.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { cases } from '../../db/schema.ts';
import { recordChange, type FieldChanges } from '../../audit/history.ts';
import { addCaseEvent } from '../../case-file/events.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { ProcessingAction } from '../../privacy/processing-log.ts';
import { refreshSignals } from '../../workqueue/refresh-signals.ts';
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

export async function recordCaseWrite(tx: Tx, ctx: UseCaseContext, kase: CaseRow, write: CaseWrite): Promise<void> {
  const today = todayIn(ctx.now);
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
    await addCaseEvent(
      tx,
      ctx.principal,
      {
        caseId: kase.id,
        gemeenteId: kase.gemeenteId,
        kind: write.event.kind,
        summary: write.event.summary,
        occurredOn: write.event.occurredOn ?? today,
        section: write.event.section,
        data: { entityType: write.entityType, entityId: write.entityId, ...write.event.data },
      },
      ctx.now,
    );
  }
  await logProcessed(tx, ctx, 'dossierInburgering', write.logAction ?? write.action, write.operationName, [
    { resourceType: write.entityType, resourceId: write.entityId, subject: { type: 'case', id: kase.id }, gemeenteId: kase.gemeenteId },
  ]);
  await refreshSignals(tx, kase.id, today);
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

/** The phases of a case, in order; schakel 2–3 only ever move a case forward. */
const phaseOrder = ['aangemeld', 'voorbereiding', 'intake', 'pip', 'traject', 'gesloten'] as const;

/**
 * Moves the case status forward to `to` (never back, never past a later phase), with history.
 * Returns the case as it is afterwards.
 */
export async function advanceCaseStatus(tx: Tx, ctx: UseCaseContext, kase: CaseRow, to: 'voorbereiding' | 'intake'): Promise<CaseRow> {
  const current = phaseOrder.indexOf(kase.status as (typeof phaseOrder)[number]);
  const target = phaseOrder.indexOf(to);
  if (current === -1 || current >= target) return kase;
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
