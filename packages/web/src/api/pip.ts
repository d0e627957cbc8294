// The PIP endpoints of a case (server: src/routes/pips.ts).
import { api } from './client.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';
import type { components } from './generated/koers-api.ts';

export const learningRoutes = ['B1', 'Z', 'Onderwijs'] as const;
export type LearningRoute = (typeof learningRoutes)[number];
export const languageSkills = ['lezen', 'luisteren', 'schrijven', 'spreken'] as const;
export type LanguageSkill = (typeof languageSkills)[number];
/** The 8 MAP themes of art. 3.2 lid 1 Besluit inburgering 2021 (same keys as @koers/domain mapThemes). */
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
export const changeReasons = ['route-change', 'a2', 'move', 'intensity', 'other'] as const;
export type ChangeReason = (typeof changeReasons)[number];
export const withdrawalReasons = ['verhuizing', 'plicht-beeindigd', 'bezwaar-gegrond', 'onjuist-vastgesteld', 'anders'] as const;
export type WithdrawalReason = (typeof withdrawalReasons)[number];
export const objectionStatuses = ['ontvangen', 'gegrond', 'ongegrond', 'ingetrokken'] as const;
export type ObjectionStatus = (typeof objectionStatuses)[number];

export type PipOverview = components['schemas']['PipOverzicht'];
export type Pip = components['schemas']['PipVersie'];
export type DraftPip = components['schemas']['ConceptPip'];
export type PipValidation = components['schemas']['PipValidatie'];
export type PipProblem = PipValidation['problems'][number];
export type PipWithdrawal = NonNullable<components['schemas']['PipIntrekking']>;
export type Objection = components['schemas']['PipBezwaar'];
export type Explanation = components['schemas']['Uitleg'];
export type Period = NonNullable<PipOverview['term']['value']>;
export type Relief = NonNullable<Pip['relief']>;
export type Deadline = PipOverview['deadline'];
export type ThirdPartyInfo = PipOverview['thirdPartyInfo'];

/** The editable fields of a concept PIP. */
export type DraftFields = Omit<ApiBody<'/api/cases/{id}/pip/drafts/{pipId}', 'patch'>, 'updatedAt'>;
export type ChangeRequest = ApiBody<'/api/cases/{id}/pip/changes', 'post'>;

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export const getPipOverview = (caseId: string) => api.get<PipOverview>(`${base(caseId)}/pip`);
export const createPipDraft = (caseId: string, fields: ApiBody<'/api/cases/{id}/pip/drafts', 'post'> = {}) => api.post<DraftPip>(`${base(caseId)}/pip/drafts`, fields);
export const updatePipDraft = (caseId: string, pipId: string, fields: ApiBody<'/api/cases/{id}/pip/drafts/{pipId}', 'patch'>) =>
  api.patch<DraftPip>(`${base(caseId)}/pip/drafts/${encodeURIComponent(pipId)}`, fields);
export const deletePipDraft = (caseId: string, pipId: string) => api.delete<undefined>(`${base(caseId)}/pip/drafts/${encodeURIComponent(pipId)}`);
export const issuePip = (caseId: string, pipId: string, body: ApiBody<'/api/cases/{id}/pip/drafts/{pipId}/vaststellen', 'post'>) =>
  api.post<Pip>(`${base(caseId)}/pip/drafts/${encodeURIComponent(pipId)}/vaststellen`, body);
export const changePip = (caseId: string, body: ChangeRequest) => api.post<DraftPip>(`${base(caseId)}/pip/changes`, body);
export const registerObjection = (caseId: string, pipId: string, body: ApiBody<'/api/cases/{id}/pip/{pipId}/objections', 'post'>) =>
  api.post<Objection>(`${base(caseId)}/pip/${encodeURIComponent(pipId)}/objections`, body);
export const updateObjection = (caseId: string, objectionId: string, body: ApiBody<'/api/cases/{id}/pip/objections/{objectionId}', 'patch'>) =>
  api.patch<Objection>(`${base(caseId)}/pip/objections/${encodeURIComponent(objectionId)}`, body);
export const recordThirdPartyInfo = (caseId: string, body: ApiBody<'/api/cases/{id}/third-party-info', 'put'>) =>
  api.put<ApiResponse<'/api/cases/{id}/third-party-info', 'put'>>(`${base(caseId)}/third-party-info`, body);
export const withdrawPip = (caseId: string, pipId: string, body: ApiBody<'/api/cases/{id}/pip/{pipId}/withdraw', 'post'>) =>
  api.post<Pip>(`${base(caseId)}/pip/${encodeURIComponent(pipId)}/withdraw`, body);
export const documentUrl = (caseId: string, documentId: string) => `${base(caseId)}/documents/${encodeURIComponent(documentId)}`;
