// API calls of the brede intake section (schakel 3).
import { api } from './client.ts';
import type { CaseScenario, Meeting, Themes } from './voorbereiding.ts';

export interface ExplanationStep {
  text: string;
  articles: string[];
}
export interface Explanation {
  summary: string;
  steps: ExplanationStep[];
  articles: string[];
}

export const invitationOutcomes = ['appeared', 'no-show', 'insufficient-cooperation'] as const;
export type InvitationOutcome = (typeof invitationOutcomes)[number] | 'pending';
export type IntakeAction = 'invite' | 'await-response' | 'conduct-intake' | 'warn-and-reinvite' | 'complete-in-absence';
export type AllowedAction = IntakeAction | 'completed' | 'wait-for-housing';
export type IntakeStatus = 'open' | 'uitgenodigd' | 'in-gesprek' | 'afgerond' | 'afgerond-zonder-betrokkene';
export const routes = ['B1', 'Z', 'Onderwijs'] as const;
export type Route = (typeof routes)[number];
export type TestStatus = 'aangemeld' | 'gepland' | 'afgenomen' | 'niet-verschenen' | 'geannuleerd' | 'ontheffing';

export interface Invitation {
  id: string;
  sequence: number;
  sentOn: string;
  respondBy: string;
  appointmentAt: string | null;
  location: string | null;
  warningSentOn: string | null;
  outcome: InvitationOutcome;
  outcomeOn: string | null;
  documentId: string | null;
  warningDocumentId: string | null;
}

export interface LearnabilityTest {
  id: string;
  status: TestStatus;
  plannedAt: string | null;
  location: string | null;
  device: string | null;
  supervisor: string | null;
  exemption: string | null;
  exemptionExplanation: Explanation | null;
  resultOn: string | null;
  advisedRoute: Route | null;
  level: string | null;
  details: string | null;
  note: string | null;
  source: string;
  createdAt: string;
  /** A change names it (optimistic locking). */
  version: number;
}

export interface Evidence {
  id: string;
  kind: 'startklas-observatie' | 'assessment';
  instrument: string | null;
  observedOn: string;
  author: string;
  scores: Record<string, number>;
  advisedRoute: Route | null;
  summary: string | null;
  createdAt: string;
}

export interface Intake {
  caseId: string;
  record: {
    status: IntakeStatus;
    startedOn: string | null;
    completedOn: string | null;
    completedWithoutPerson: boolean;
    themes: Themes;
    sensitiveNotes: string | null;
    sensitiveHidden: boolean;
    summary: string | null;
    /** Hours of activities during the intake counted for the Z-route (art. 3.14 lid 6 Bi). */
    activityHours: number | null;
    version: number;
    missingThemes: { key: string; label: string }[];
  };
  invitations: Invitation[];
  nextStep: { action: IntakeAction; fineable: boolean; explanation: Explanation };
  allowedAction: AllowedAction;
  /** Completing with the person: allowed now, or why not (in the server's Dutch). */
  completionWithPerson: { allowed: boolean; reason: string | null };
  scenario: CaseScenario;
  conversations: Meeting[];
  learnabilityTests: LearnabilityTest[];
  evidence: Evidence[];
  aspects: { key: string; label: string }[];
  scoreLabels: Record<string, string>;
}

export interface SentInvitation {
  invitationId: string;
  documentId: string;
  warningDocumentId: string | null;
  intake: Intake;
}

const c = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export const getIntake = (caseId: string) => api.get<Intake>(`${c(caseId)}/intake`);
export const sendInvitation = (caseId: string, input: { respondBy: string; appointmentAt?: string; location?: string }) =>
  api.post<SentInvitation>(`${c(caseId)}/intake/invitations`, input);
export const registerOutcome = (caseId: string, invitationId: string, input: { outcome: (typeof invitationOutcomes)[number]; outcomeOn?: string }) =>
  api.post<Intake>(`${c(caseId)}/intake/invitations/${encodeURIComponent(invitationId)}/outcome`, input);
export const saveIntakeRecord = (caseId: string, input: { version: number; themes: Themes; sensitiveNotes?: string | null; summary?: string | null; activityHours?: number | null }) =>
  api.put<Intake>(`${c(caseId)}/intake/record`, input);
export const completeIntake = (caseId: string, input: { version: number; withoutPerson: boolean; summary?: string }) => api.post<Intake>(`${c(caseId)}/intake/complete`, input);

export type PlanTestInput =
  | { kind: 'afspraak'; plannedAt: string; location: string; device: string; supervisor: string }
  | { kind: 'ontheffing'; visualImpairment: boolean; auditoryImpairment: boolean; unableToTakeTest: boolean; note?: string };
/** Every change names the version it read (optimistic locking). */
export type UpdateTestInput = { version: number } & (
  | { action: 'resultaat'; resultOn: string; advisedRoute: Route; level?: string; details?: string }
  | { action: 'niet-verschenen'; note?: string }
  | { action: 'verplaatsen'; plannedAt: string; location: string; device: string; supervisor: string }
  | { action: 'annuleren'; note?: string }
);
export const planLearnabilityTest = (caseId: string, input: PlanTestInput) => api.post<LearnabilityTest>(`${c(caseId)}/learnability-tests`, input);
export const updateLearnabilityTest = (caseId: string, testId: string, input: UpdateTestInput) =>
  api.patch<LearnabilityTest>(`${c(caseId)}/learnability-tests/${encodeURIComponent(testId)}`, input);

export type EvidenceInput =
  | { kind: 'startklas-observatie'; observedOn: string; author: string; scores: Record<string, number>; advisedRoute: Route; summary?: string }
  | { kind: 'assessment'; instrument: string; observedOn: string; author: string; advisedRoute?: Route; summary: string };
export const addEvidence = (caseId: string, input: EvidenceInput) => api.post<Evidence>(`${c(caseId)}/learnability-evidence`, input);
