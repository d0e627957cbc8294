// What the inburgeraar sent through the portal, as the regisseur sees it in the case (issue 17):
// the conversation (the person's messages and the regisseur's answers), the requests to move an
// appointment, and the documents asked for with the files sent for them (ADR 0163).
import { isSensitiveDocumentKind } from '@koers/domain';
import { and, asc, desc, eq } from 'drizzle-orm';
import { caseDocuments, portaalAppointmentResponses, portaalDocumentRequests, portaalMessages, users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import type { CasePortaalView } from './portaal-regie.view.ts';

export function getCasePortaal(ctx: UseCaseContext, caseId: string): Promise<CasePortaalView> {
  return inScope(
    ctx.db,
    scopeOf(ctx.principal),
    async (tx) => {
      const kase = await findCase(tx, caseId);
      const messages = await tx
        .select({ m: portaalMessages, senderName: users.name })
        .from(portaalMessages)
        .leftJoin(users, eq(users.id, portaalMessages.sentBy))
        .where(eq(portaalMessages.caseId, kase.id))
        .orderBy(desc(portaalMessages.sentAt));
      const responses = await tx
        .select()
        .from(portaalAppointmentResponses)
        .where(eq(portaalAppointmentResponses.caseId, kase.id))
        .orderBy(desc(portaalAppointmentResponses.createdAt));
      const sensitiveAllowed = ctx.principal.permissions.includes('case:read-sensitive');
      const requests = (
        await tx
          .select()
          .from(portaalDocumentRequests)
          .where(eq(portaalDocumentRequests.caseId, kase.id))
          .orderBy(desc(portaalDocumentRequests.createdAt))
      ).filter((r) => sensitiveAllowed || !(r.kind && isSensitiveDocumentKind(r.kind)));
      const files = await tx
        .select({
          id: caseDocuments.id,
          requestId: caseDocuments.portaalRequestId,
          mimeType: caseDocuments.mimeType,
          sizeBytes: caseDocuments.sizeBytes,
          createdAt: caseDocuments.createdAt,
          review: caseDocuments.portaalReview,
        })
        .from(caseDocuments)
        .where(and(eq(caseDocuments.caseId, kase.id), eq(caseDocuments.origin, 'portaal')))
        .orderBy(asc(caseDocuments.createdAt));
      await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getCasePortaal', [
        { resourceType: 'portaal', resourceId: kase.id, subject: { type: 'case', id: kase.id }, gemeenteId: kase.gemeenteId },
      ]);
      return {
        messages: messages.map(({ m, senderName }) => ({
          id: m.id,
          from: m.sender,
          text: m.text,
          sentAt: m.sentAt.toISOString(),
          answerTo: m.answerTo,
          senderName,
          handledAt: m.handledAt?.toISOString() ?? null,
          version: m.version,
        })),
        responses: responses.map((r) => ({
          id: r.id,
          appointmentKind: r.appointmentKind,
          appointmentId: r.appointmentId,
          response: r.response,
          reason: r.reason,
          at: r.createdAt.toISOString(),
          handledAt: r.handledAt?.toISOString() ?? null,
          version: r.version,
        })),
        documentRequests: requests.map((r) => ({
          id: r.id,
          description: r.description,
          kind: r.kind,
          dueOn: r.dueOn,
          status: r.status,
          againReason: r.againReason,
          askedAt: r.createdAt.toISOString(),
          version: r.version,
          files: files
            .filter((f) => f.requestId === r.id)
            .map((f) => ({
              documentId: f.id,
              mimeType: f.mimeType,
              sizeBytes: f.sizeBytes,
              sentAt: f.createdAt.toISOString(),
              review: f.review ?? 'wacht',
            })),
        })),
      };
    },
    { readOnly: true },
  );
}
