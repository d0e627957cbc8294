// The responses of the case side of the portal: what the inburgeraar sent (messages, requests to move
// an appointment, documents asked for) as the trajectregisseur sees and handles it. Each type is
// inferred from its schema, which the routes send (ADR 0105).
import { z } from 'zod';
import { appointmentKinds, appointmentResponses, portaalDocumentRequestStates, portaalDocumentReviews } from '@koers/domain';

export const casePortaalViewSchema = z.object({
  messages: z.array(
    z.object({
      id: z.string(),
      from: z.enum(['inburgeraar', 'gemeente']),
      text: z.string(),
      sentAt: z.string(),
      answerTo: z.string().nullable(),
      senderName: z.string().nullable(),
      handledAt: z.string().nullable(),
      version: z.number(),
    }),
  ),
  responses: z.array(
    z.object({
      id: z.string(),
      appointmentKind: z.enum(appointmentKinds),
      appointmentId: z.string(),
      response: z.enum(appointmentResponses),
      reason: z.string().nullable(),
      at: z.string(),
      handledAt: z.string().nullable(),
      version: z.number(),
    }),
  ),
  documentRequests: z.array(
    z.object({
      id: z.string(),
      description: z.string(),
      kind: z.string().nullable(),
      dueOn: z.string().nullable(),
      status: z.enum(portaalDocumentRequestStates),
      againReason: z.string().nullable(),
      askedAt: z.string(),
      version: z.number(),
      files: z.array(
        z.object({
          documentId: z.string(),
          mimeType: z.string(),
          sizeBytes: z.number(),
          sentAt: z.string(),
          review: z.enum(portaalDocumentReviews),
        }),
      ),
    }),
  ),
});
export type CasePortaalView = z.output<typeof casePortaalViewSchema>;

/** A message or a request to move an appointment, handled. */
export const portaalItemHandledSchema = z.object({ id: z.string(), handledAt: z.string(), version: z.number() });
export type PortaalItemHandled = z.output<typeof portaalItemHandledSchema>;

/** The regisseur's answer to a message from the portal. */
export const portaalAnswerSentSchema = z.object({ id: z.string(), sentAt: z.string(), version: z.number() });
export type PortaalAnswerSent = z.output<typeof portaalAnswerSentSchema>;

export const documentRequestWrittenSchema = z.object({ id: z.string(), status: z.enum(portaalDocumentRequestStates), version: z.number() });
export type DocumentRequestWritten = z.output<typeof documentRequestWrittenSchema>;
