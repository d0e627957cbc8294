// What the inburgeraar sent through the portal, as the trajectregisseur sees it in the case file
// (issue 17, ADR 0152). Shapes as in packages/server/src/routes/portaal.ts (GET /api/cases/:id/portaal).
import type { AppointmentKind, AppointmentResponse } from '@koers/domain';
import { api } from './client.ts';

export interface PortaalCaseMessage {
  id: string;
  text: string;
  sentAt: string;
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

export interface PortaalCase {
  messages: PortaalCaseMessage[];
  responses: PortaalCaseResponse[];
}

export const getCasePortaal = (caseId: string) => api.get<PortaalCase>(`/api/cases/${encodeURIComponent(caseId)}/portaal`);

export const handlePortaalItem = (caseId: string, kind: 'berichten' | 'reacties', itemId: string, version: number) =>
  api.patch<{ id: string; handledAt: string; version: number }>(`/api/cases/${encodeURIComponent(caseId)}/portaal/${kind}/${encodeURIComponent(itemId)}`, { version });
