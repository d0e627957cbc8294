// The regisseur asks the inburgeraar for a document through the portal, and judges what came in
// (issue 17, ADR 0163): accept it (the request is done) or ask again with a reason the portal shows.
// Either ends the werkvoorraad item 'portaal-document' of the files it judges.
import { and, eq, isNull } from 'drizzle-orm';
import { isSensitiveDocumentKind } from '@koers/domain';
import { caseDocuments, portaalDocumentRequests } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findCase, findOpenCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import type { RequestDocumentInput, ReviewDocumentInput } from './portaal-regie.types.ts';
import type { DocumentRequestWritten } from './portaal-regie.view.ts';

export function requestPortaalDocument(ctx: UseCaseContext, caseId: string, input: RequestDocumentInput): Promise<DocumentRequestWritten> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    if (input.kind && isSensitiveDocumentKind(input.kind) && !ctx.principal.permissions.includes('case:read-sensitive')) {
      throw new AppError('FORBIDDEN', { field: 'kind', message: 'Soort document: u mag niet om een medische verklaring vragen.' });
    }
    const [row] = await tx
      .insert(portaalDocumentRequests)
      .values({
        gemeenteId: kase.gemeenteId,
        caseId: kase.id,
        description: input.description,
        kind: input.kind ?? null,
        dueOn: input.dueOn ?? null,
        createdBy: ctx.principal.userId,
        createdAt: ctx.now,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'portaal-document-request',
      entityId: row.id,
      action: 'create',
      changes: diff(null, { description: row.description, kind: row.kind, dueOn: row.dueOn }),
      operationName: 'requestPortaalDocument',
      event: {
        kind: 'portaal.document-gevraagd',
        summary:
          row.kind && isSensitiveDocumentKind(row.kind)
            ? 'Via het portaal een vertrouwelijk document gevraagd.'
            : `Via het portaal gevraagd: ${row.description}.`,
        section: 'portaal',
        data: { requestId: row.id },
      },
    });
    return { id: row.id, status: row.status, version: row.version };
  });
}

export function reviewPortaalDocument(
  ctx: UseCaseContext,
  caseId: string,
  requestId: string,
  input: ReviewDocumentInput,
): Promise<DocumentRequestWritten> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId);
    const [before] = await tx
      .select()
      .from(portaalDocumentRequests)
      .where(and(eq(portaalDocumentRequests.id, requestId), eq(portaalDocumentRequests.caseId, kase.id)))
      .for('update');
    if (!before) throw new AppError('NOT_FOUND');
    if (before.version !== input.version)
      throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'Dit verzoek is intussen gewijzigd. Laad de pagina opnieuw.' });
    if (before.status !== 'ontvangen') {
      throw new AppError('STEP_NOT_ALLOWED', { field: 'decision', message: 'Beoordeling: er is geen nieuw document om te beoordelen.' });
    }
    const reason = input.decision === 'opnieuw-gevraagd' ? (input.reason ?? null) : null;
    const [after] = await tx
      .update(portaalDocumentRequests)
      .set({
        status: input.decision,
        againReason: reason,
        handledAt: ctx.now,
        handledBy: ctx.principal.userId,
        version: before.version + 1,
      })
      .where(and(eq(portaalDocumentRequests.id, before.id), eq(portaalDocumentRequests.version, input.version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    await tx
      .update(caseDocuments)
      .set({ portaalReview: input.decision })
      .where(and(eq(caseDocuments.portaalRequestId, before.id), eq(caseDocuments.caseId, kase.id), isNull(caseDocuments.portaalReview)));
    const accepted = input.decision === 'geaccepteerd';
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'portaal-document-request',
      entityId: before.id,
      action: 'update',
      changes: diff({ status: before.status, againReason: before.againReason }, { status: after.status, againReason: after.againReason }),
      reason: accepted ? 'Document uit het portaal goedgekeurd' : 'Document uit het portaal opnieuw gevraagd',
      operationName: 'reviewPortaalDocument',
      event: {
        kind: 'portaal.document-beoordeeld',
        summary: accepted ? 'Document uit het portaal goedgekeurd.' : 'Document uit het portaal opnieuw gevraagd bij de inburgeraar.',
        section: 'portaal',
        data: { requestId: before.id },
      },
    });
    return { id: after.id, status: after.status, version: after.version };
  });
}
