// PVT groups of a gemeente and the PVT/MAP part of a case (server: src/routes/pvt-map.ts).
import { api } from './client.ts';
import type { Result } from './results.ts';

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

export interface ComponentStatus {
  complete: boolean;
  summary: string;
  missing: string[];
}

export interface PvtGroupSummary {
  id: string;
  name: string;
  providerName: string;
  interpreterLanguage: string | null;
  ceremonyOn: string | null;
  firstSessionOn: string | null;
  sessionCount: number;
  hoursPlanned: number;
  participantCount: number;
  signedCount: number;
}

export interface PvtSession {
  id: string;
  heldOn: string;
  startTime: string;
  hours: number;
  topic: PvtTopic;
  topicLabel: string;
  coreValue: boolean;
  version: number;
  attendance: Record<string, boolean>;
}

export interface PvtParticipant {
  id: string;
  caseId: string;
  name: string;
  caseNumber: string | null;
  signedOn: string | null;
  certificateDocumentId: string | null;
  version: number;
  hoursAttended: number;
  status: ComponentStatus;
}

export interface PvtGroup {
  id: string;
  gemeenteId: string;
  name: string;
  /** The PVT provider from the register; null for a group with only a typed name (ADR 0144). */
  providerId: string | null;
  providerName: string;
  interpreterLanguage: string | null;
  ceremonyOn: string | null;
  version: number;
  hoursPlanned: number;
  sessions: PvtSession[];
  participants: PvtParticipant[];
  planCheck: { summary: string; warnings: string[]; articles: string[] };
}

export interface PvtGroupInput {
  name: string;
  /** A PVT provider of the organisation; null: none chosen (the server names the field). */
  providerId?: string | null;
  /** Only to keep the typed name of a group made before the register. */
  providerName?: string;
  interpreterLanguage: string | null;
  ceremonyOn: string | null;
}

export interface CasePvtMap {
  caseId: string;
  pvt: {
    groups: {
      groupId: string;
      name: string;
      providerName: string;
      interpreterLanguage: string | null;
      ceremonyOn: string | null;
      signedOn: string | null;
      certificateDocumentId: string | null;
      sessions: { id: string; heldOn: string; startTime: string; hours: number; topicLabel: string; coreValue: boolean; present: boolean | null }[];
    }[];
    hoursAttended: number;
    signedOn: string | null;
    status: ComponentStatus & { articles: string[] };
    result: Result | null;
  };
  map: {
    required: boolean;
    requiredSummary: string;
    hourNorm: number;
    hoursDone: number;
    themes: { theme: MapTheme; label: string; omittedReason: string | null; hours: number }[];
    activities: { id: string; theme: MapTheme; themeLabel: string; heldOn: string; hours: number; description: string }[];
    finalInterviewOn: string | null;
    status: ComponentStatus & { articles: string[] };
    result: Result | null;
  };
}

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
export const listPvtProviders = () => api.get<{ id: string; name: string }[]>('/api/providers?soort=pvt-aanbieder');
