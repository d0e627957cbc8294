// Collection of an imposed fine, recorded by the financieel medewerker (finance:write).
import { and, eq } from 'drizzle-orm';
import { collectionStatusLabel, formatEuro } from '@koers/domain';
import { handhavingFines } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import type { UseCaseContext } from '../context.ts';
import type { CollectionInput } from './handhaving.types.ts';
import { fineView, type FineView } from './handhaving.view.ts';

const fields = (f: typeof handhavingFines.$inferSelect) => ({
  collectionStatus: f.collectionStatus,
  paidCents: f.paidCents,
  collectionNote: f.collectionNote,
});

export async function recordCollection(ctx: UseCaseContext, caseId: string, fineId: string, input: CollectionInput): Promise<FineView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId, { forUpdate: true });
    const [before] = await tx
      .select()
      .from(handhavingFines)
      .where(and(eq(handhavingFines.id, fineId), eq(handhavingFines.caseId, caseId)))
      .for('update');
    if (!before) throw new AppError('NOT_FOUND', { message: 'Deze boete bestaat niet in dit dossier.' });
    if (before.version !== input.version)
      throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De boete is intussen gewijzigd. Laad het dossier opnieuw.' });
    if (before.status === 'vervallen')
      throw new AppError('STEP_NOT_ALLOWED', {
        field: 'collectionStatus',
        message: 'Deze boete is vervallen (bezwaar of beroep gegrond); er valt niets te innen.',
      });
    if (input.paidCents > before.amountCents)
      throw new AppError('VALIDATION_FAILED', {
        field: 'paidCents',
        message: `Betaald: hoogstens het bedrag van de boete (${formatEuro(before.amountCents)}).`,
      });
    const [after] = await tx
      .update(handhavingFines)
      .set({
        collectionStatus: input.collectionStatus,
        paidCents: input.paidCents,
        collectionNote: input.note,
        version: before.version + 1,
        updatedAt: ctx.now,
      })
      .where(eq(handhavingFines.id, fineId))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'handhaving-fine',
      entityId: after.id,
      action: 'update',
      changes: diff(fields(before), fields(after)),
      event: {
        kind: 'handhaving.inning',
        section: 'handhaving',
        summary: `Inning boete: ${collectionStatusLabel[input.collectionStatus]}, betaald ${formatEuro(input.paidCents)} van ${formatEuro(after.amountCents)}.`,
      },
      operationName: 'recordCollection',
    });
    return fineView(after);
  });
}
