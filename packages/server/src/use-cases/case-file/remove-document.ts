import { and, eq } from 'drizzle-orm';
import { caseDocuments } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import type { UseCaseContext } from '../context.ts';
import type { RemoveDocumentInput } from './upload-document.types.ts';
import { mayReadDocument } from './documents.ts';

/**
 * Removes a mistaken upload (ADR 0101): the file itself is deleted, the history keeps who removed
 * which document when and why. Letters Koers made are part of the case and cannot be removed.
 */
export async function removeCaseDocument(ctx: UseCaseContext, caseId: string, documentId: string, input: RemoveDocumentInput): Promise<void> {
  await inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId, { forUpdate: true });
    const [doc] = await tx
      .select({ id: caseDocuments.id, kind: caseDocuments.kind, title: caseDocuments.title, origin: caseDocuments.origin, sizeBytes: caseDocuments.sizeBytes })
      .from(caseDocuments)
      .where(and(eq(caseDocuments.id, documentId), eq(caseDocuments.caseId, caseId)))
      .for('update');
    if (!doc || !mayReadDocument(ctx.principal, doc.kind)) throw new AppError('NOT_FOUND', { message: 'Dit document bestaat niet of u heeft er geen toegang toe.' });
    if (doc.origin !== 'geupload') {
      throw new AppError('STEP_NOT_ALLOWED', { message: 'Een document dat Koers heeft gemaakt (brief of beschikking) hoort bij het dossier en kan niet worden verwijderd.' });
    }
    await tx.delete(caseDocuments).where(eq(caseDocuments.id, doc.id));
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'case-document',
      entityId: doc.id,
      action: 'delete',
      changes: { kind: { from: doc.kind, to: null }, title: { from: doc.title, to: null }, sizeBytes: { from: doc.sizeBytes, to: null } },
      reason: input.reason,
      event: { kind: 'document.verwijderd', summary: 'Een toegevoegd document is verwijderd.', section: 'documenten', data: { documentId: doc.id } },
      operationName: 'removeCaseDocument',
    });
  });
}
