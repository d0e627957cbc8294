// API calls of the brede intake section (schakel 3).
import { api } from './client.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';

export const invitationOutcomes = ['appeared', 'no-show', 'insufficient-cooperation'] as const;
export const routes = ['B1', 'Z', 'Onderwijs'] as const;
export type Route = (typeof routes)[number];

export type Intake = ApiResponse<'/api/cases/{id}/intake', 'get'>;
export type Invitation = Intake['invitations'][number];
export type LearnabilityTest = Intake['learnabilityTests'][number];
export type Evidence = Intake['evidence'][number];
export type Explanation = Intake['nextStep']['explanation'];
export type ExplanationStep = Explanation['steps'][number];
export type SentInvitation = ApiResponse<'/api/cases/{id}/intake/invitations', 'post', 201>;
export type InvitationOutcome = Invitation['outcome'];
export type IntakeAction = Intake['nextStep']['action'];
export type AllowedAction = Intake['allowedAction'];
export type IntakeStatus = Intake['record']['status'];
export type TestStatus = LearnabilityTest['status'];

const c = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export const getIntake = (caseId: string) => api.get<Intake>(`${c(caseId)}/intake`);
export const sendInvitation = (caseId: string, input: ApiBody<'/api/cases/{id}/intake/invitations', 'post'>) =>
  api.post<SentInvitation>(`${c(caseId)}/intake/invitations`, input);
export const registerOutcome = (caseId: string, invitationId: string, input: ApiBody<'/api/cases/{id}/intake/invitations/{invitationId}/outcome', 'post'>) =>
  api.post<Intake>(`${c(caseId)}/intake/invitations/${encodeURIComponent(invitationId)}/outcome`, input);
export const saveIntakeRecord = (caseId: string, input: ApiBody<'/api/cases/{id}/intake/record', 'put'>) =>
  api.put<Intake>(`${c(caseId)}/intake/record`, input);
export const completeIntake = (caseId: string, input: ApiBody<'/api/cases/{id}/intake/complete', 'post'>) => api.post<Intake>(`${c(caseId)}/intake/complete`, input);

export type PlanTestInput = ApiBody<'/api/cases/{id}/learnability-tests', 'post'>;
/** Every change names the version it read (optimistic locking). */
export type UpdateTestInput = ApiBody<'/api/cases/{id}/learnability-tests/{testId}', 'patch'>;
export const planLearnabilityTest = (caseId: string, input: PlanTestInput) => api.post<LearnabilityTest>(`${c(caseId)}/learnability-tests`, input);
export const updateLearnabilityTest = (caseId: string, testId: string, input: UpdateTestInput) =>
  api.patch<LearnabilityTest>(`${c(caseId)}/learnability-tests/${encodeURIComponent(testId)}`, input);

// Hand-written: the route's body names each startklas aspect, but the page builds the scores from the
// aspects the intake answers (keys as string); typing that needs the aspect keys in the response schema.
export type EvidenceInput =
  | { kind: 'startklas-observatie'; observedOn: string; author: string; scores: Record<string, number>; advisedRoute: Route; summary?: string }
  | { kind: 'assessment'; instrument: string; observedOn: string; author: string; advisedRoute?: Route; summary: string };
export const addEvidence = (caseId: string, input: EvidenceInput) => api.post<Evidence>(`${c(caseId)}/learnability-evidence`, input);
