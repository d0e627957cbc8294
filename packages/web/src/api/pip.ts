// The PIP endpoints of a case (server: src/routes/pips.ts).
import { api } from './client.ts';

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

export interface Explanation {
  summary: string;
  steps: { text: string; articles: string[] }[];
  articles: string[];
}

export interface Period {
  start: string;
  endExclusive: string;
}

export interface PipProblem {
  field: string;
  code: string;
  message: string;
}

export interface PipValidation {
  accepted: boolean;
  issuedOn: string;
  duo: { accepted: boolean; errors: PipProblem[]; explanation: Explanation } | null;
  problems: PipProblem[];
  deviatesFromAdvice: boolean;
  summary: string;
}

export interface Relief {
  bijstandFrom: string | null;
  applies: boolean;
  from: string | null;
  toExclusive: string | null;
  localToExclusive: string | null;
  explanation: Explanation;
}

export interface Pip {
  id: string;
  caseId: string;
  version: number;
  /** 'concept' | 'vastgesteld' | 'gewijzigd' | 'ingetrokken'. */
  status: string;
  /** 'beschikking' | 'advies'. */
  kind: string;
  issuedOn: string | null;
  issuedBy: string | null;
  route: LearningRoute | null;
  level: 'A2' | 'B1' | null;
  a2Skills: string[];
  intensity: string | null;
  hoursPerWeek: number | null;
  estimatedB1Intensity: number | null;
  motivation: Partial<Record<LearningRoute, string>>;
  change: { reason: string; explanation?: Explanation } | null;
  deviatesFromAdvice: boolean;
  support: string | null;
  pvtIntensity: string | null;
  mapIntensity: string | null;
  mapThemesOmitted: { theme: MapTheme; reason: string }[];
  vve: string | null;
  participation: string | null;
  participatiewet: string | null;
  relief: Relief | null;
  progressMeetings: number | null;
  changeReason: string | null;
  changeNote: string | null;
  supersedesId: string | null;
  documentId: string | null;
  /** Set when this version was withdrawn (status 'ingetrokken'). */
  withdrawal: PipWithdrawal | null;
  createdAt: string;
  updatedAt: string;
}

export interface PipWithdrawal {
  id: string;
  withdrawnOn: string;
  reason: WithdrawalReason;
  reasonLabel: string;
  note: string | null;
  documentId: string | null;
}

export interface DraftPip extends Pip {
  validation: PipValidation;
}

export interface Objection {
  id: string;
  pipId: string;
  pipVersion: number | null;
  receivedOn: string;
  /** One of objectionStatuses. */
  status: string;
  decidedOn: string | null;
  note: string | null;
  onTime: { value: boolean; explanation: Explanation } | null;
  period: { value: Period; explanation: Explanation } | null;
  createdAt: string;
  updatedAt: string;
}

export interface Deadline {
  value: string | null;
  explanation: Explanation;
  metOn: string | null;
  overdue: boolean;
}

export interface ThirdPartyInfo {
  status: 'geen' | 'wachtend' | 'ontvangen';
  waitingSince: string | null;
  receivedOn: string | null;
  history: { on: string; status: string; note: string | null; actorName: string; at: string }[];
  /** The case's version; a change names it (optimistic locking). */
  version: number;
}

export interface PipOverview {
  caseId: string;
  targetGroup: string | null;
  kind: 'beschikking' | 'advies';
  advice: { route: LearningRoute; source: string; on: string | null } | null;
  deadline: Deadline;
  term: { value: Period | null; explanation: Explanation };
  current: Pip | null;
  versions: Pip[];
  draft: DraftPip | null;
  objections: Objection[];
  thirdPartyInfo: ThirdPartyInfo;
  defaults: { progressMeetings: number; objectionPeriodWeeks: number };
}

/** The editable fields of a concept PIP. */
export interface DraftFields {
  route?: LearningRoute | null;
  intensity?: string | null;
  hoursPerWeek?: number | null;
  level?: 'A2' | 'B1' | null;
  a2Skills?: LanguageSkill[];
  estimatedB1Intensity?: number | null;
  motivation?: Partial<Record<LearningRoute, string>>;
  support?: string | null;
  pvtIntensity?: string | null;
  mapIntensity?: string | null;
  mapThemesOmitted?: { theme: MapTheme; reason: string }[];
  vve?: string | null;
  participation?: string | null;
  participatiewet?: string | null;
  relief?: { bijstandFrom: string | null } | null;
  progressMeetings?: number | null;
}

export interface ChangeRequest {
  reason: ChangeReason;
  note?: string | null;
  route?: LearningRoute;
  exception?: 'non-exempting-course' | 'special-case' | null;
  dutchCourseHours?: number;
  sufficientEffort?: boolean;
  a2Skills?: LanguageSkill[];
}

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export const getPipOverview = (caseId: string) => api.get<PipOverview>(`${base(caseId)}/pip`);
export const createPipDraft = (caseId: string, fields: DraftFields = {}) => api.post<DraftPip>(`${base(caseId)}/pip/drafts`, fields);
export const updatePipDraft = (caseId: string, pipId: string, fields: DraftFields & { updatedAt: string }) =>
  api.patch<DraftPip>(`${base(caseId)}/pip/drafts/${encodeURIComponent(pipId)}`, fields);
export const deletePipDraft = (caseId: string, pipId: string) => api.delete<undefined>(`${base(caseId)}/pip/drafts/${encodeURIComponent(pipId)}`);
export const issuePip = (caseId: string, pipId: string, body: { updatedAt: string; issuedOn?: string }) =>
  api.post<Pip>(`${base(caseId)}/pip/drafts/${encodeURIComponent(pipId)}/vaststellen`, body);
export const changePip = (caseId: string, body: ChangeRequest) => api.post<DraftPip>(`${base(caseId)}/pip/changes`, body);
export const registerObjection = (caseId: string, pipId: string, body: { receivedOn: string; note?: string | null }) =>
  api.post<Objection>(`${base(caseId)}/pip/${encodeURIComponent(pipId)}/objections`, body);
export const updateObjection = (caseId: string, objectionId: string, body: { status: ObjectionStatus; decidedOn?: string | null; note?: string | null; updatedAt: string }) =>
  api.patch<Objection>(`${base(caseId)}/pip/objections/${encodeURIComponent(objectionId)}`, body);
export const recordThirdPartyInfo = (caseId: string, body: { version: number; status: 'wachtend' | 'ontvangen'; receivedOn?: string | null; note?: string | null }) =>
  api.put<{ thirdPartyInfo: ThirdPartyInfo; deadline: Deadline }>(`${base(caseId)}/third-party-info`, body);
export const withdrawPip = (caseId: string, pipId: string, body: { withdrawnOn: string; reason: WithdrawalReason; note?: string | null }) =>
  api.post<Pip>(`${base(caseId)}/pip/${encodeURIComponent(pipId)}/withdraw`, body);
export const documentUrl = (caseId: string, documentId: string) => `${base(caseId)}/documents/${encodeURIComponent(documentId)}`;
