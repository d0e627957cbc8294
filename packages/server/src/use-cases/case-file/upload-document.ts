import { and, eq } from 'drizzle-orm';
import { isSensitiveDocumentKind, type UploadedDocumentKind } from '@koers/domain';
import { caseDocuments, pipObjections, pips } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { sniffMessages, sniffUpload } from '../../documents/sniff-upload.ts';
import type { UseCaseContext } from '../context.ts';
import type { UploadFields } from './upload-document.types.ts';
import type { DocumentView } from './case-file.view.ts';

export interface UploadedFile {
  content: Buffer;
  fileName: string;
  declaredType: string;
}

export const uploadedKindLabels: Record<UploadedDocumentKind, string> = {
  bijstandsbesluit: 'Bijstandsbesluit of inkomensgegevens (PIP)',
  bezwaarschrift: 'Bezwaarschrift',
  rapportage: 'Rapportage of assessment',
  'diploma-certificaat': 'Diploma of certificaat',
  'medische-verklaring': 'Medische verklaring',
  correspondentie: 'Correspondentie',
  overig: 'Overig document',
};

/** Stores a file a user adds to the case (PDF, JPEG, PNG by content), with history, timeline and log in one transaction. */
export async function uploadCaseDocument(ctx: UseCaseContext, caseId: string, fields: UploadFields, file: UploadedFile): Promise<DocumentView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId, { forUpdate: true });
    const sniffed = await sniffUpload(file.content, file.fileName, file.declaredType);
    if (!sniffed.ok) throw new AppError('VALIDATION_FAILED', { field: 'file', message: sniffMessages[sniffed.reason] });
    const sensitive = isSensitiveDocumentKind(fields.kind);
    if (sensitive && !ctx.principal.permissions.includes('case:read-sensitive')) {
      throw new AppError('FORBIDDEN', { field: 'kind', message: 'Soort document: u mag geen medische verklaring toevoegen.' });
    }
    if (fields.pipId && fields.objectionId) {
      throw new AppError('VALIDATION_FAILED', { field: 'objectionId', message: 'Hoort bij: kies een PIP of een bezwaar, niet allebei.' });
    }
    if (fields.pipId) {
      const [pip] = await tx.select({ id: pips.id }).from(pips).where(and(eq(pips.id, fields.pipId), eq(pips.caseId, caseId)));
      if (!pip) throw new AppError('VALIDATION_FAILED', { field: 'pipId', message: 'Hoort bij PIP: dit PIP hoort niet bij dit dossier.' });
    }
    if (fields.objectionId) {
      const [objection] = await tx
        .select({ id: pipObjections.id })
        .from(pipObjections)
        .where(and(eq(pipObjections.id, fields.objectionId), eq(pipObjections.caseId, caseId)));
      if (!objection) throw new AppError('VALIDATION_FAILED', { field: 'objectionId', message: 'Hoort bij bezwaar: dit bezwaar hoort niet bij dit dossier.' });
    }
    const [row] = await tx
      .insert(caseDocuments)
      .values({
        gemeenteId: kase.gemeenteId,
        caseId,
        kind: fields.kind,
        title: fields.title,
        description: fields.description ?? null,
        mimeType: sniffed.mimeType,
        content: file.content,
        sizeBytes: file.content.length,
        origin: 'geupload',
        pipId: fields.pipId ?? null,
        objectionId: fields.objectionId ?? null,
        createdBy: ctx.principal.userId,
        createdAt: ctx.now,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    const recorded = { kind: row.kind, title: row.title, description: row.description, mimeType: row.mimeType, sizeBytes: row.sizeBytes, pipId: row.pipId, objectionId: row.objectionId };
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'case-document',
      entityId: row.id,
      action: 'create',
      changes: diff(null, recorded),
      event: {
        kind: 'document.toegevoegd',
        // A medische verklaring's title may say more than the timeline's readers may know.
        summary: sensitive ? 'Vertrouwelijk document toegevoegd.' : `Document toegevoegd: ${row.title} (${uploadedKindLabels[fields.kind]}).`,
        section: 'documenten',
        data: { documentId: row.id },
      },
      operationName: 'uploadCaseDocument',
    });
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      description: row.description,
      mimeType: row.mimeType,
      sizeBytes: row.sizeBytes,
      origin: 'geupload',
      pipId: row.pipId,
      objectionId: row.objectionId,
      createdAt: row.createdAt.toISOString(),
      createdByName: ctx.principal.name,
    };
  });
}
