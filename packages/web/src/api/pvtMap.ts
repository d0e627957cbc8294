// PVT groups of a gemeente and the PVT/MAP part of a case (server: src/routes/pvt-map.ts).
import { api } from './client.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';

export const pvtTopics = ['kernwaarden', 'gezondheid', 'wonen', 'werk', 'excursie', 'overig'] as const;
export type PvtTopic = (typeof pvtTopics)[number];
export const mapThemes = [
  'beroepenorientatie',
  'werknemerscompetenties',
  'realistisch-beroepsbeeld',
  'beroepskansen',
  'beroepscompetenties-verwerven',
  'netwerk-opbouwen',
  'werk-vinden',
  'werkcultuur',
] as const;
export type MapTheme = (typeof mapThemes)[number];

export type PvtGroupSummary = ApiResponse<'/api/pvt-groups', 'get'>[number];
export type PvtGroup = ApiResponse<'/api/pvt-groups/{groupId}', 'get'>;
export type PvtSession = PvtGroup['sessions'][number];
export type PvtParticipant = PvtGroup['participants'][number];
export type ComponentStatus = PvtParticipant['status'];
export type PvtGroupInput = Omit<ApiBody<'/api/pvt-groups', 'post'>, 'gemeenteId'>;
export type CasePvtMap = ApiResponse<'/api/cases/{id}/pvt-map', 'get'>;

const enc = encodeURIComponent;

export const listPvtGroups = (gemeenteId: string) => api.get<PvtGroupSummary[]>(`/api/pvt-groups?gemeenteId=${enc(gemeenteId)}`);
export const getPvtGroup = (groupId: string) => api.get<PvtGroup>(`/api/pvt-groups/${enc(groupId)}`);
export const createPvtGroup = (gemeenteId: string, input: PvtGroupInput) => api.post<PvtGroup>('/api/pvt-groups', { gemeenteId, ...input });
export const updatePvtGroup = (groupId: string, version: number, input: PvtGroupInput) => api.put<PvtGroup>(`/api/pvt-groups/${enc(groupId)}`, { version, ...input });
export const addPvtSession = (groupId: string, input: { heldOn: string; startTime: string; hours: number; topic: PvtTopic }) =>
  api.post<PvtGroup>(`/api/pvt-groups/${enc(groupId)}/sessions`, input);
export const recordAttendance = (groupId: string, session: PvtSession, attendance: { caseId: string; present: boolean }[]) =>
  api.put<PvtGroup>(`/api/pvt-groups/${enc(groupId)}/sessions/${enc(session.id)}/attendance`, { version: session.version, attendance });
export const addPvtParticipant = (groupId: string, caseId: string) => api.post<PvtGroup>(`/api/pvt-groups/${enc(groupId)}/participants`, { caseId });
export const recordSigning = (groupId: string, participant: PvtParticipant, signedOn: string | null) =>
  api.put<PvtGroup>(`/api/pvt-groups/${enc(groupId)}/participants/${enc(participant.caseId)}/signing`, { version: participant.version, signedOn });

export const getCasePvtMap = (caseId: string) => api.get<CasePvtMap>(`/api/cases/${enc(caseId)}/pvt-map`);
export const addMapActivity = (caseId: string, input: { theme: MapTheme; heldOn: string; hours: number; description: string }) => api.post<CasePvtMap>(`/api/cases/${enc(caseId)}/map-activities`, input);
export const deleteMapActivity = (caseId: string, activityId: string) => api.delete<CasePvtMap>(`/api/cases/${enc(caseId)}/map-activities/${enc(activityId)}`);
export const recordFinalInterview = (caseId: string, version: number, heldOn: string | null, culpable: boolean | null) =>
  api.put<CasePvtMap>(`/api/cases/${enc(caseId)}/map-final-interview`, { version, heldOn, culpable });

/** The organisation's PVT providers, to pick a group's provider from (GET /api/providers?soort=pvt-aanbieder). */
export const listPvtProviders = () => api.get<ApiResponse<'/api/providers', 'get'>>('/api/providers?soort=pvt-aanbieder');
