import { and, desc, eq, inArray, not } from 'drizzle-orm';
import { isSensitiveDocumentKind, uploadedDocumentKinds } from '@koers/domain';
import { caseDocuments, users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf, type Principal } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { findCase } from '../../case-file/find-case.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import type { DocumentView } from './case-file.view.ts';

const sensitiveKinds = uploadedDocumentKinds.filter(isSensitiveDocumentKind);

/** A medische verklaring (health, art. 9 AVG) is read only with case:read-sensitive; for others it does not exist. */
export function mayReadDocument(principal: Principal, kind: string): boolean {
  return !isSensitiveDocumentKind(kind) || principal.permissions.includes('case:read-sensitive');
}

export async function listCaseDocuments(ctx: UseCaseContext, caseId: string): Promise<DocumentView[]> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const row = await findCase(tx, caseId);
    const rows = await tx
      .select({
        id: caseDocuments.id,
        kind: caseDocuments.kind,
        title: caseDocuments.title,
        description: caseDocuments.description,
        mimeType: caseDocuments.mimeType,
        sizeBytes: caseDocuments.sizeBytes,
        origin: caseDocuments.origin,
        pipId: caseDocuments.pipId,
        objectionId: caseDocuments.objectionId,
        createdAt: caseDocuments.createdAt,
        createdByName: users.name,
      })
      .from(caseDocuments)
      .leftJoin(users, eq(users.id, caseDocuments.createdBy))
      .where(
        and(
          eq(caseDocuments.caseId, caseId),
          ctx.principal.permissions.includes('case:read-sensitive') ? undefined : not(inArray(caseDocuments.kind, sensitiveKinds)),
        ),
      )
      .orderBy(desc(caseDocuments.createdAt));
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'listCaseDocuments', [
      { resourceType: 'case', resourceId: row.id, subject: { type: 'case', id: row.id }, gemeenteId: row.gemeenteId },
    ]);
    return rows.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() }));
  });
}

const extensions: Record<string, string> = { 'application/pdf': 'pdf', 'application/json': 'json', 'image/jpeg': 'jpg', 'image/png': 'png', 'text/plain': 'txt', 'text/csv': 'csv' };

/** A Dutch, filesystem-safe file name: "Beschikking PIP versie 1 - Haddad.pdf". */
export function fileName(title: string, familyName: string, mimeType: string): string {
  const base = `${title} - ${familyName}`.replace(/[\\/:*?"<>|\r\n]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 150);
  return `${base}.${extensions[mimeType] ?? 'bin'}`;
}

export async function downloadCaseDocument(
  ctx: UseCaseContext,
  caseId: string,
  documentId: string,
): Promise<{ content: Buffer; mimeType: string; fileName: string }> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const row = await findCase(tx, caseId);
    const [doc] = await tx.select().from(caseDocuments).where(and(eq(caseDocuments.id, documentId), eq(caseDocuments.caseId, caseId)));
    if (!doc || !mayReadDocument(ctx.principal, doc.kind)) throw new AppError('NOT_FOUND', { message: 'Dit document bestaat niet of u heeft er geen toegang toe.' });
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'downloadCaseDocument', [
      { resourceType: 'case_document', resourceId: doc.id, subject: { type: 'case', id: row.id }, gemeenteId: row.gemeenteId },
    ]);
    return { content: doc.content, mimeType: doc.mimeType, fileName: fileName(doc.title, row.familyName, doc.mimeType) };
  });
}
