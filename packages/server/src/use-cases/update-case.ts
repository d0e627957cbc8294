import { and, eq } from 'drizzle-orm';
import { cases } from '../db/schema.ts';
import { inScope } from '../db/scope.ts';
import { pgErrorCode, uniqueViolation } from '../db/errors.ts';
import { AppError } from '../errors.ts';
import { scopeOf } from '../auth/principal.ts';
import { diff, recordChange } from '../audit/history.ts';
import { logProcessed } from '../privacy/log-helpers.ts';
import { addCaseEvent } from '../case-file/events.ts';
import { findCase } from '../case-file/find-case.ts';
import { todayIn } from '../case-file/today.ts';
import { refreshSignals } from '../workqueue/refresh-signals.ts';
import type { UseCaseContext } from './context.ts';
import type { UpdateCaseInput } from './case-input.types.ts';
import { caseView, historyFields, type CaseView } from './case.view.ts';
import { dutyColumns } from './registration/duty.ts';
import { duoContactAfterBsnChange } from './duo/contactpersoon.ts';
import { linkUnmatchedDuoNotifications } from './registration/link-duo-notifications.ts';

const dutyInputs = ['birthDate', 'nationality', 'permit', 'permitPurpose', 'euFamilyMember', 'joinsProtectedHolder', 'dutyStartOn', 'linkedOn'];

/**
 * Corrects a case's data; optimistic locking on `version`, every change in the history. When a
 * field the duty depends on changes, duty, target group and regime are determined again.
 */
export async function updateCase(ctx: UseCaseContext, caseId: string, input: UpdateCaseInput): Promise<CaseView> {
  const { version, reason, ...fields } = input;
  const today = todayIn(ctx.now);
  const patch = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => [k, v === '' ? null : v]));
  try {
    return await inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
      const before = await findCase(tx, caseId, { forUpdate: true });
      if (before.version !== version) throw new AppError('VERSION_CONFLICT', { field: 'version' });
      const candidate = { ...before, ...patch };
      if (candidate.bsn === null && candidate.vNumber === null) {
        throw new AppError('VALIDATION_FAILED', { field: 'bsn', message: 'Een dossier heeft een BSN of een V-nummer nodig.' });
      }
      const recompute = Object.keys(patch).some((k) => dutyInputs.includes(k));
      const duty = recompute ? dutyColumns(candidate, today) : {};
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
          reason: reason ?? null,
        },
        ctx.now,
      );
      if (Object.keys(changes).length > 0) {
        const dutyChanged = ['obliged', 'targetGroup', 'regime'].some((k) => k in changes);
        await addCaseEvent(
          tx,
          ctx.principal,
          {
            caseId: after.id,
            gemeenteId: after.gemeenteId,
            kind: dutyChanged ? 'case.duty-redetermined' : 'case.corrected',
            summary: dutyChanged
              ? `Gegevens gecorrigeerd; plicht opnieuw bepaald: ${(after.dutyExplanation as { duty?: { summary?: string } } | null)?.duty?.summary ?? ''}`.trim()
              : `Gegevens gecorrigeerd (${Object.keys(changes).join(', ')})${reason ? `: ${reason}` : ''}.`,
            occurredOn: today,
            section: 'overzicht',
            data: { fields: Object.keys(changes) },
          },
          ctx.now,
        );
      }
      // A BSN (or V-nummer) given later: DUO notifications about the person are linked now (ADR 0051).
      if ('bsn' in changes || 'vNumber' in changes) await linkUnmatchedDuoNotifications(tx, ctx, after);
      // A BSN filled in (or corrected): DUO's contactpersoon is linked under it now.
      if ('bsn' in changes) await duoContactAfterBsnChange(tx, { before, after, actor: ctx.principal, now: ctx.now });
      await logProcessed(tx, ctx, 'dossierInburgering', 'update', 'updateCase', [
        { resourceType: 'case', resourceId: after.id, subject: { type: 'case', id: after.id }, gemeenteId: after.gemeenteId },
      ]);
      await refreshSignals(tx, after.id, today);
      return caseView(after, ctx.principal);
    });
  } catch (error) {
    if (pgErrorCode(error) === uniqueViolation) {
      throw new AppError('DUPLICATE_CASE', { field: fields.bsn !== undefined ? 'bsn' : 'vNumber' });
    }
    throw error;
  }
}
