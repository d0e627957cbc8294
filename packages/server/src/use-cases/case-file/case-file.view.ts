import type { Explanation } from '@koers/domain';
import type { CaseView } from '../cases/case.view.ts';

export interface DeadlineView {
  kind: 'pip' | 'termijn' | 'oproep' | 'signaal';
  label: string;
  date: string;
  overdue: boolean;
  explanation: { summary: string; steps: { text: string; articles: string[] }[] };
  section: string;
}

export interface SignalView {
  kind: string;
  dueOn: string;
  deadline: string | null;
  due: boolean;
  overdue: boolean;
  reason: string;
  section: string;
}

export interface PartnerCaseView {
  id: string;
  gemeenteId: string;
  caseNumber: string;
  givenNames: string;
  familyName: string;
  status: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  preferredLanguage: string | null;
  interpreterNeeded: boolean;
}

export interface AgreementsView {
  pipVersion: number;
  issuedOn: string | null;
  route: string | null;
  level: string | null;
  intensity: string | null;
  hoursPerWeek: number | null;
  support: string | null;
  participation: string | null;
  pvtIntensity: string | null;
  mapIntensity: string | null;
  progressMeetings: number | null;
}

export interface CaseFileView {
  access: 'full' | 'assigned';
  case: CaseView | null;
  partnerCase: PartnerCaseView | null;
  gemeente: { id: string; code: string; name: string };
  caseManager: { id: string; name: string } | null;
  duty: {
    obliged: boolean | null;
    notObligedReason: string | null;
    targetGroup: string | null;
    regime: string | null;
    explanation: Explanation | null;
    aowExplanation: Explanation | null;
    assessedOn: string | null;
  } | null;
  deadlines: DeadlineView[];
  signals: SignalView[];
  agreements: AgreementsView | null;
  assignments: { userId: string; name: string; kind: string }[];
  counts: { timeline: number; documents: number; meetings: number; checklistDone: number; checklistTotal: number; invitations: number; toetsen: number; pipVersions: number };
}
