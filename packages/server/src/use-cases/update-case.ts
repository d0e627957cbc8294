import { and, eq } from 'drizzle-orm';
import { cases } from '../db/schema.ts';
import { inScope } from '../db/scope.ts';
import { pgErrorCode, uniqueViolation } from '../db/errors.ts';
import { AppError } from '../errors.ts';
import { scopeOf } from '../auth/principal.ts';
import { diff, recordChange } from '../audit/history.ts';
import { logProcessed } from '../privacy/log-helpers.ts';
import type { UseCaseContext } from './context.ts';
import type { UpdateCaseInput } from './case-input.types.ts';
import { caseView, historyFields, type CaseView } from './case.view.ts';

/** Corrects a case's personal data; optimistic locking on `version`, every change in the history. */
export async function updateCase(ctx: UseCaseContext, caseId: string, input: UpdateCaseInput): Promise<CaseView> {
  const { version, reason, ...fields } = input;
  try {
    return await inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
      const [before] = await tx.select().from(cases).where(eq(cases.id, caseId));
      if (!before) throw new AppError('NOT_FOUND', { message: 'Dit dossier bestaat niet of u heeft er geen toegang toe.' });
      if (before.version !== version) throw new AppError('VERSION_CONFLICT', { field: 'version' });
      const [after] = await tx
        .update(cases)
        .set({ ...fields, version: version + 1, updatedAt: ctx.now })
        .where(and(eq(cases.id, caseId), eq(cases.version, version)))
        .returning();
      if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });
      if (after.bsn === null && after.vNumber === null) {
        throw new AppError('VALIDATION_FAILED', { field: 'bsn', message: 'Een dossier heeft een BSN of een V-nummer nodig.' });
      }
      await recordChange(
        tx,
        ctx.principal,
        {
          organisationId: ctx.principal.organisation.id,
          gemeenteId: after.gemeenteId,
          entityType: 'case',
          entityId: after.id,
          action: 'update',
          changes: diff(historyFields(before), historyFields(after)),
          reason: reason ?? null,
        },
        ctx.now,
      );
      await logProcessed(tx, ctx, 'dossierInburgering', 'update', 'updateCase', [
        { resourceType: 'case', resourceId: after.id, subject: { type: 'case', id: after.id }, gemeenteId: after.gemeenteId },
      ]);
      return caseView(after, ctx.principal);
    });
  } catch (error) {
    if (pgErrorCode(error) === uniqueViolation) {
      throw new AppError('DUPLICATE_CASE', { field: fields.bsn !== undefined ? 'bsn' : 'vNumber' });
    }
    throw error;
  }
}
