import { and, eq } from 'drizzle-orm';
import { cases } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { pgErrorCode, uniqueViolation } from '../../db/errors.ts';
import { AppError } from '../../errors.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff, recordChange } from '../../audit/history.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { addCaseEvent } from '../../case-file/events.ts';
import { findCase, type CaseRow } from '../../case-file/find-case.ts';
import type { Tx } from '../../db/database.ts';
import { todayIn } from '../../case-file/today.ts';
import { refreshSignals } from '../../workqueue/refresh-signals.ts';
import type { UseCaseContext } from '../context.ts';
import type { UpdateCaseInput } from './case-input.types.ts';
import { caseView, historyFields, type CaseView } from './case.view.ts';
import { dutyColumns } from '../registration/duty.ts';
import { duoContactAfterBsnChange } from '../duo/contactpersoon.ts';
import { linkUnmatchedDuoNotifications } from '../registration/link-duo-notifications.ts';

const dutyInputs = ['birthDate', 'nationality', 'permit', 'permitPurpose', 'euFamilyMember', 'joinsProtectedHolder', 'dutyStartOn', 'linkedOn'];

/** How a correction is recorded: its reason in the history, its timeline event, its processing-log operation. */
export interface CorrectionTrace {
  /** History reason (the user's, or e.g. that the data came from the BRP). */
  reason: string | null;
  /** Timeline event; default: 'case.corrected' (or 'case.duty-redetermined') with the changed fields. */
  event?: { kind: string; summary: (fields: string[]) => string };
  /** Processing-log operation name. */
  operationName: string;
}

/**
 * Corrects a case's data; optimistic locking on `version`, every change in the history. When a
 * field the duty depends on changes, duty, target group and regime are determined again.
 */
export async function updateCase(ctx: UseCaseContext, caseId: string, input: UpdateCaseInput): Promise<CaseView> {
  const { version, reason, ...fields } = input;
  const patch = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => [k, v === '' ? null : v]));
  try {
    return await inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
      const before = await findCase(tx, caseId, { forUpdate: true });
      const after = await correctCase(tx, ctx, before, version, patch, { reason: reason ?? null, operationName: 'updateCase' });
      return caseView(after, ctx.principal);
    });
  } catch (error) {
    if (pgErrorCode(error) === uniqueViolation) {
      throw new AppError('DUPLICATE_CASE', { field: fields.bsn !== undefined ? 'bsn' : 'vNumber' });
    }
    throw error;
  }
}

/**
 * The one write path of a correction, in the caller's transaction with the case locked (`before`
 * from `findCase(…, { forUpdate: true })`): version check, the update (duty again when its inputs
 * change), history, timeline, DUO follow-ups of a new BSN, processing log, signals.
 */
export async function correctCase(tx: Tx, ctx: UseCaseContext, before: CaseRow, version: number, patch: Record<string, unknown>, trace: CorrectionTrace): Promise<CaseRow> {
  const today = todayIn(ctx.now);
  const { reason } = trace;
  if (before.version !== version) throw new AppError('VERSION_CONFLICT', { field: 'version' });
  const candidate = { ...before, ...patch };
  if (candidate.bsn === null && candidate.vNumber === null) {
    throw new AppError('VALIDATION_FAILED', { field: 'bsn', message: 'Een dossier heeft een BSN of een V-nummer nodig.' });
  }
  const recompute = Object.keys(patch).some((k) => dutyInputs.includes(k));
  const duty = recompute ? dutyColumns(candidate, today) : {};
  const caseId = before.id;
  const [after] = await tx
    .update(cases)
    .set({ ...patch, ...duty, version: version + 1, updatedAt: ctx.now })
    .where(and(eq(cases.id, caseId), eq(cases.version, version)))
    .returning();
  if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });
  const changes = diff(historyFields(before), historyFields(after));
  await recordChange(
    tx,
    ctx.principal,
    {
      organisationId: ctx.principal.organisation.id,
      gemeenteId: after.gemeenteId,
      entityType: 'case',
      entityId: after.id,
      action: 'update',
      changes,
      reason,
    },
    ctx.now,
  );
  if (Object.keys(changes).length > 0) {
    const dutyChanged = ['obliged', 'targetGroup', 'regime'].some((k) => k in changes);
    const fields = Object.keys(changes);
    const dutySummary = after.dutyExplanation?.duty.summary ?? '';
    await addCaseEvent(
      tx,
      ctx.principal,
      {
        caseId: after.id,
        gemeenteId: after.gemeenteId,
        kind: trace.event?.kind ?? (dutyChanged ? 'case.duty-redetermined' : 'case.corrected'),
        summary: dutyChanged
          ? `${trace.event ? trace.event.summary(fields).replace(/\.$/, '') : 'Gegevens gecorrigeerd'}; plicht opnieuw bepaald: ${dutySummary}`.trim()
          : (trace.event?.summary(fields) ?? `Gegevens gecorrigeerd (${fields.join(', ')})${reason ? `: ${reason}` : ''}.`),
        occurredOn: today,
        section: 'overzicht',
        data: { fields, ...(trace.event && dutyChanged ? { dutyRedetermined: true } : {}) },
      },
      ctx.now,
    );
  }
  // A BSN (or V-nummer) given later: DUO notifications about the person are linked now (ADR 0051).
  if ('bsn' in changes || 'vNumber' in changes) await linkUnmatchedDuoNotifications(tx, ctx, after);
  // A BSN filled in (or corrected): DUO's contactpersoon is linked under it now.
  if ('bsn' in changes) await duoContactAfterBsnChange(tx, { before, after, actor: ctx.principal, now: ctx.now });
  await logProcessed(tx, ctx, 'dossierInburgering', 'update', trace.operationName, [
    { resourceType: 'case', resourceId: after.id, subject: { type: 'case', id: after.id }, gemeenteId: after.gemeenteId },
  ]);
  await refreshSignals(tx, after.id, today);
  return after;
}
