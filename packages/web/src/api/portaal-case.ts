// What the inburgeraar sent through the portal, as the trajectregisseur sees it in the case file
// (issue 17, ADR 0152, 0163). Shapes as in packages/server/src/routes/portaal-regie.ts.
import type { AppointmentKind, AppointmentResponse, PortaalDocumentRequestState, PortaalDocumentReview } from '@koers/domain';
import { api } from './client.ts';

export interface PortaalCaseMessage {
  id: string;
  /** 'inburgeraar': the person's message; 'gemeente': an answer written in Koers. */
  from: 'inburgeraar' | 'gemeente';
  text: string;
  sentAt: string;
  answerTo: string | null;
  senderName: string | null;
  handledAt: string | null;
  version: number;
}

export interface PortaalCaseResponse {
  id: string;
  appointmentKind: AppointmentKind;
  appointmentId: string;
  response: AppointmentResponse;
  reason: string | null;
  at: string;
  handledAt: string | null;
  version: number;
}

export interface PortaalCaseDocumentRequest {
  id: string;
  description: string;
  kind: string | null;
  dueOn: string | null;
  status: PortaalDocumentRequestState;
  againReason: string | null;
  askedAt: string;
  version: number;
  files: { documentId: string; mimeType: string; sizeBytes: number; sentAt: string; review: PortaalDocumentReview }[];
}

export interface PortaalCase {
  messages: PortaalCaseMessage[];
  responses: PortaalCaseResponse[];
  documentRequests: PortaalCaseDocumentRequest[];
}

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/portaal`;

export const getCasePortaal = (caseId: string) => api.get<PortaalCase>(base(caseId));

export const handlePortaalItem = (caseId: string, kind: 'berichten' | 'reacties', itemId: string, version: number) =>
  api.patch<{ id: string; handledAt: string; version: number }>(`${base(caseId)}/${kind}/${encodeURIComponent(itemId)}`, { version });

export const answerPortaalMessage = (caseId: string, messageId: string, version: number, text: string) =>
  api.post<{ id: string }>(`${base(caseId)}/berichten/${encodeURIComponent(messageId)}/antwoord`, { version, text });

export interface DocumentRequestInput {
  description: string;
  kind?: string;
  dueOn?: string;
}

export const requestPortaalDocument = (caseId: string, input: DocumentRequestInput) => api.post<{ id: string }>(`${base(caseId)}/documentverzoeken`, input);

export const reviewPortaalDocument = (caseId: string, requestId: string, input: { version: number; decision: 'geaccepteerd' | 'opnieuw-gevraagd'; reason?: string }) =>
  api.patch<{ id: string }>(`${base(caseId)}/documentverzoeken/${encodeURIComponent(requestId)}`, input);
