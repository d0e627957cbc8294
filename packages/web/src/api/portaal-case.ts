// What the inburgeraar sent through the portal, as the trajectregisseur sees it in the case file
// (issue 17, ADR 0152, 0163). Shapes generated from packages/server/src/routes/portaal-regie.ts (ADR 0165).
import { api } from './client.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';

export type PortaalCase = ApiResponse<'/api/cases/{id}/portaal', 'get'>;
export type PortaalCaseMessage = PortaalCase['messages'][number];
export type PortaalCaseResponse = PortaalCase['responses'][number];
export type PortaalCaseDocumentRequest = PortaalCase['documentRequests'][number];

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/portaal`;

export const getCasePortaal = (caseId: string) => api.get<PortaalCase>(base(caseId));

export const handlePortaalItem = (caseId: string, kind: 'berichten' | 'reacties', itemId: string, version: number) =>
  api.patch<{ id: string; handledAt: string; version: number }>(`${base(caseId)}/${kind}/${encodeURIComponent(itemId)}`, { version });

export const answerPortaalMessage = (caseId: string, messageId: string, version: number, text: string) =>
  api.post<{ id: string }>(`${base(caseId)}/berichten/${encodeURIComponent(messageId)}/antwoord`, { version, text });

export type DocumentRequestInput = ApiBody<'/api/cases/{id}/portaal/documentverzoeken', 'post'>;

export const requestPortaalDocument = (caseId: string, input: DocumentRequestInput) => api.post<{ id: string }>(`${base(caseId)}/documentverzoeken`, input);

export const reviewPortaalDocument = (caseId: string, requestId: string, input: { version: number; decision: 'geaccepteerd' | 'opnieuw-gevraagd'; reason?: string }) =>
  api.patch<{ id: string }>(`${base(caseId)}/documentverzoeken/${encodeURIComponent(requestId)}`, input);
