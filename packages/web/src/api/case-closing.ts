// Closing and reopening a case, its household and its move (server: src/routes/case-closing.ts).
import { api } from './client.ts';
import type { ApiResponse } from './generated/index.ts';
import type { CaseDetail } from './cases.ts';

export const closeReasons = ['verhuisd', 'vertrokken-uit-nederland', 'ten-onrechte-geregistreerd', 'overleden', 'plicht-geeindigd', 'plicht-voldaan'] as const;
export type CloseReason = (typeof closeReasons)[number];
export const householdRelations = ['partner', 'gezinslid'] as const;
export type HouseholdRelation = (typeof householdRelations)[number];
export const closeFollowUps = ['withdraw-pip-verhuizing', 'handover-on-request', 'retention-deceased', 'check-duo-duty-ended'] as const;
export type CloseFollowUp = (typeof closeFollowUps)[number];

/** The case as GET /api/cases/:id gives it; it carries why it was closed. */
export type ClosableCase = CaseDetail;

export type CloseResult = ApiResponse<'/api/cases/{id}/close', 'post'>;
export type CaseLinks = ApiResponse<'/api/cases/{id}/links', 'get'>;
export type HouseholdMember = CaseLinks['household'][number];
export type Move = CaseLinks['moves'][number];

const base = (id: string) => `/api/cases/${encodeURIComponent(id)}`;

export const getClosableCase = (id: string) => api.get<ClosableCase>(base(id));
export const closeCase = (id: string, body: { reason: CloseReason; effectiveOn: string; note?: string | null; movedTo?: { code: string; name: string }; version: number }) =>
  api.post<CloseResult>(`${base(id)}/close`, body);
export const reopenCase = (id: string, body: { reason: string; version: number }) => api.post<ClosableCase>(`${base(id)}/reopen`, body);
export const getCaseLinks = (id: string) => api.get<CaseLinks>(`${base(id)}/links`);
export const linkHousehold = (id: string, body: { otherCaseId: string; relation: HouseholdRelation }) => api.post<CaseLinks>(`${base(id)}/household`, body);
export const unlinkHousehold = (id: string, otherCaseId: string) => api.delete<CaseLinks>(`${base(id)}/household/${encodeURIComponent(otherCaseId)}`);
export const requestHandover = (id: string) => api.post<{ received: number }>(`${base(id)}/overdracht/opvragen`);
export const handoverExportUrl = (id: string) => `${base(id)}/overdracht`;
