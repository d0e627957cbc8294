// GET /api/portaal/documenten and POST /api/portaal/documenten (issue 17, ADR 0163): the documents
// the trajectregisseur asked for, what the person sent for each and what became of it; and sending a
// file for a request. The file is checked exactly like an employee's upload (sniffUpload; the size
// limit is the shared multipart reader's) and stored as a case document with origin 'portaal'.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { acceptsPortaalUpload, isSensitiveDocumentKind } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { caseDocuments, caseEvents, cases, portaalDocumentRequests } from '../../db/schema.ts';
import { isClosedCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { sniffMessages, sniffUpload } from '../../documents/sniff-upload.ts';
import { storeDocument } from '../../documents/store-document.ts';
import { AppError } from '../../errors.ts';
import { refreshPortaalSignals } from '../../workqueue/portaal-signals.ts';
import type { UploadedFile } from '../case-file/upload-document.ts';
import { inPortaal, logPortaal, type PortaalContext } from './portaal-context.ts';
import type { PortaalDocumentRequest, PortaalDocumenten } from './portaal.view.ts';

type RequestRow = typeof portaalDocumentRequests.$inferSelect;
type FileRow = Pick<
  typeof caseDocuments.$inferSelect,
  'id' | 'mimeType' | 'sizeBytes' | 'createdAt' | 'portaalReview' | 'portaalRequestId'
>;

function requestView(r: RequestRow, files: FileRow[], closed: boolean): PortaalDocumentRequest {
  return {
    id: r.id,
    description: r.description,
    dueOn: r.dueOn,
    askedOn: todayIn(r.createdAt),
    state: r.status,
    againReason: r.status === 'opnieuw-gevraagd' ? r.againReason : null,
    canUpload: !closed && acceptsPortaalUpload(r.status),
    files: files
      .filter((f) => f.portaalRequestId === r.id)
      .map((f) => ({
        id: f.id,
        mimeType: f.mimeType,
        sizeBytes: f.sizeBytes,
        sentAt: f.createdAt.toISOString(),
        review: f.portaalReview ?? 'wacht',
      })),
  };
}

export function listPortaalDocuments(ctx: PortaalContext): Promise<PortaalDocumenten> {
  return inPortaal(
    ctx,
    async (tx) => {
      const caseId = ctx.principal.caseId;
      const [kase] = await tx.select({ status: cases.status, closedOn: cases.closedOn }).from(cases).where(eq(cases.id, caseId));
      if (!kase) throw new AppError('NOT_FOUND');
      const requests = await tx
        .select()
        .from(portaalDocumentRequests)
        .where(eq(portaalDocumentRequests.caseId, caseId))
        .orderBy(desc(portaalDocumentRequests.createdAt));
      const files =
        requests.length === 0
          ? []
          : await filesOf(
              tx,
              requests.map((r) => r.id),
            );
      await logPortaal(tx, ctx, 'portaal.listDocuments', 'read', 'portaal-document-request');
      return { requests: requests.map((r) => requestView(r, files, isClosedCase(kase))) };
    },
    { readOnly: true },
  );
}

function filesOf(tx: Tx, requestIds: string[]): Promise<FileRow[]> {
  return tx
    .select({
      id: caseDocuments.id,
      mimeType: caseDocuments.mimeType,
      sizeBytes: caseDocuments.sizeBytes,
      createdAt: caseDocuments.createdAt,
      portaalReview: caseDocuments.portaalReview,
      portaalRequestId: caseDocuments.portaalRequestId,
    })
    .from(caseDocuments)
    .where(and(eq(caseDocuments.origin, 'portaal'), inArray(caseDocuments.portaalRequestId, requestIds)))
    .orderBy(asc(caseDocuments.createdAt));
}

/** Sends one file for a request of the person's own case; the request waits for the regisseur again. */
export function uploadPortaalDocument(ctx: PortaalContext, requestId: string, file: UploadedFile): Promise<PortaalDocumentRequest> {
  return inPortaal(ctx, async (tx) => {
    const caseId = ctx.principal.caseId;
    const [kase] = await tx
      .select({ status: cases.status, closedOn: cases.closedOn })
      .from(cases)
      .where(eq(cases.id, caseId))
      .for('update');
    // Behind the portal wall another case's request does not exist: 404, like an unknown id.
    const [request] = await tx
      .select()
      .from(portaalDocumentRequests)
      .where(and(eq(portaalDocumentRequests.id, requestId), eq(portaalDocumentRequests.caseId, caseId)))
      .for('update');
    if (!kase || !request) throw new AppError('NOT_FOUND');
    if (isClosedCase(kase)) throw new AppError('CASE_CLOSED', { message: 'Uw dossier is gesloten. U kunt geen documenten meer sturen.' });
    if (!acceptsPortaalUpload(request.status)) {
      throw new AppError('VERZOEK_AFGEROND', { field: 'requestId' });
    }
    const sniffed = await sniffUpload(file.content, file.fileName, file.declaredType);
    if (!sniffed.ok) throw new AppError('VALIDATION_FAILED', { field: 'file', message: sniffMessages[sniffed.reason] });
    const kind = request.kind ?? 'overig';
    const documentId = await storeDocument(
      tx,
      null,
      {
        caseId,
        gemeenteId: ctx.principal.gemeente.id,
        kind,
        title: request.description,
        mimeType: sniffed.mimeType,
        content: file.content,
        origin: 'portaal',
        portaalRequestId: request.id,
      },
      ctx.now,
    );
    const [after] = await tx
      .update(portaalDocumentRequests)
      .set({ status: 'ontvangen', version: request.version + 1 })
      .where(eq(portaalDocumentRequests.id, request.id))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    await tx.insert(caseEvents).values({
      gemeenteId: ctx.principal.gemeente.id,
      caseId,
      at: ctx.now,
      occurredOn: todayIn(ctx.now),
      kind: 'portaal.document',
      // A medische verklaring's description may say more than the timeline's readers may know.
      summary: isSensitiveDocumentKind(kind)
        ? 'De inburgeraar stuurde een vertrouwelijk document via het portaal.'
        : `De inburgeraar stuurde via het portaal: ${request.description}.`,
      data: { documentId, requestId: request.id },
      source: 'portaal',
      actorName: 'Inburgeraar (portaal)',
      section: 'portaal',
    });
    await refreshPortaalSignals(tx, caseId);
    await logPortaal(tx, ctx, 'portaal.uploadDocument', 'create', 'case-document', documentId);
    return requestView(after, await filesOf(tx, [after.id]), false);
  });
}
