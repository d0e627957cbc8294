// API calls of the voorbereiding section (schakel 2): meetings, regeldag checklist, intake scenario.
import { api } from './client.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';

export const meetingKinds = ['warme-overdracht', 'kennismaking', 'intakegesprek'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const meetingModes = ['fysiek', 'telefonisch', 'video', 'schriftelijk'] as const;
export type MeetingMode = (typeof meetingModes)[number];
export const meetingStatuses = ['gepland', 'gehouden', 'niet-verschenen', 'geannuleerd'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const participantRoles = ['coa', 'maatschappelijk-begeleider', 'tolk', 'inburgeraar', 'partner', 'gemeente', 'anders'] as const;
export type ParticipantRole = (typeof participantRoles)[number];

export const themeFields = {
  opleidingWerkervaring: ['opleiding', 'diplomas', 'werkervaring'],
  persoonlijkeOmstandigheden: ['fysiekeGezondheid', 'mentaleGezondheid', 'overig'],
  gezinSociaalNetwerk: ['gezinssituatie', 'sociaalNetwerk'],
  vve: ['kinderen', 'mogelijkheden'],
  taalniveau: ['nederlands', 'andereTalen', 'alfabetisering'],
  perspectiefWerk: ['werknemersvaardigheden', 'ervaring', 'praktischeCompetenties'],
  zelfredzaamheid: ['digitaal', 'financieel', 'vervoer'],
} as const;
export type ThemeKey = keyof typeof themeFields;
export const themeKeys = Object.keys(themeFields).filter((key): key is ThemeKey => Object.hasOwn(themeFields, key));
export type ThemeFieldKey = (typeof themeFields)[ThemeKey][number];

export type Voorbereiding = ApiResponse<'/api/cases/{id}/voorbereiding', 'get'>;
export type Meeting = Voorbereiding['meetings'][number];
export type Participant = Meeting['participants'][number];
/** Themes as the server stores them: per theme a few optional text fields, plus free notes. */
export type Themes = Meeting['themes'];
export type MeetingInput = Omit<ApiBody<'/api/cases/{id}/meetings', 'post'>, 'kind'>;

export const checklistItems = ['bsn', 'bankrekening', 'brp', 'bijstand', 'zorgverzekering', 'huisarts', 'school', 'huurcontract'] as const;
export type ChecklistItemKey = (typeof checklistItems)[number];
export const checklistStatuses = ['open', 'geregeld', 'nvt'] as const;
export type ChecklistStatus = (typeof checklistStatuses)[number];

export type ChecklistItem = Voorbereiding['checklist'][number];
export type ChecklistInput = ApiBody<'/api/cases/{id}/checklist/{item}', 'put'>;
export type CaseScenario = Voorbereiding['scenario'];

const c = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export const getVoorbereiding = (caseId: string) => api.get<Voorbereiding>(`${c(caseId)}/voorbereiding`);
export const createMeeting = (caseId: string, input: ApiBody<'/api/cases/{id}/meetings', 'post'>) => api.post<Meeting>(`${c(caseId)}/meetings`, input);
export const updateMeeting = (caseId: string, meetingId: string, input: ApiBody<'/api/cases/{id}/meetings/{meetingId}', 'patch'>) =>
  api.patch<Meeting>(`${c(caseId)}/meetings/${encodeURIComponent(meetingId)}`, input);
export const updateChecklistItem = (caseId: string, item: ChecklistItemKey, input: ChecklistInput) => api.put<ChecklistItem>(`${c(caseId)}/checklist/${item}`, input);

export type GemeenteScenario = ApiResponse<'/api/gemeenten/{id}/settings/intake-scenario', 'get'>;
export const getIntakeScenario = (gemeenteId: string) => api.get<GemeenteScenario>(`/api/gemeenten/${encodeURIComponent(gemeenteId)}/settings/intake-scenario`);
export const setIntakeScenario = (gemeenteId: string, scenario: 1 | 2 | 3) =>
  api.put<GemeenteScenario>(`/api/gemeenten/${encodeURIComponent(gemeenteId)}/settings/intake-scenario`, { scenario });

/** Download address of a generated letter (served by the case-file documents endpoint). */
export const documentUrl = (caseId: string, documentId: string) => `${c(caseId)}/documents/${encodeURIComponent(documentId)}`;
