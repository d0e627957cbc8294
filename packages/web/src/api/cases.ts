// Case registration, list, case file, timeline, documents and imports.
import type { CaseStatus } from '@koers/domain';
import { api, ApiError, isApiError } from './client.ts';

export interface Explanation {
  summary: string;
  steps: { text: string; articles: string[] }[];
  articles?: string[];
}

export interface CaseDetail {
  id: string;
  gemeenteId: string;
  /** Zaaknummer, e.g. INB-2026-000123 (the kenmerk of letters). */
  caseNumber: string;
  bsn: string | null;
  vNumber: string | null;
  givenNames: string;
  familyName: string;
  birthDate: string;
  nationality: string;
  permit: string;
  permitPurpose: string | null;
  joinsProtectedHolder: boolean;
  euFamilyMember: boolean;
  status: CaseStatus;
  source: string;
  caseManagerId: string | null;
  obliged: boolean | null;
  notObligedReason: string | null;
  targetGroup: string | null;
  regime: string | null;
  linkedOn: string | null;
  dutyStartOn: string | null;
  duoNoticeOn: string | null;
  registeredOn: string | null;
  movedInOn: string | null;
  housedOn: string | null;
  thirdPartyInfoReceivedOn: string | null;
  termStart: string | null;
  termEndExclusive: string | null;
  coaReference: string | null;
  coaLocation: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  preferredLanguage: string | null;
  interpreterNeeded: boolean;
  closedOn: string | null;
  /** Why the case was closed (Dutch), by hand or by DUO. */
  closedReason?: string | null;
  /** Closed by hand: the reason code (see api/case-closing.ts). */
  closedReasonCode?: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CaseListItem extends CaseDetail {
  gemeenteName: string;
  caseManagerName: string | null;
  openSignals: number;
  overdueSignals: number;
}

export type CaseSort = 'name' | 'birthDate' | 'status' | 'createdAt' | 'updatedAt' | 'gemeente';

export interface CaseListQuery {
  zoek?: string;
  gemeenteId?: string;
  status?: string;
  trajectregisseur?: string;
  sorteer?: CaseSort;
  volgorde?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
  /** The list behind a dashboard figure (ADR 0140). */
  kengetal?: string;
  waarde?: string;
  van?: string;
  tot?: string;
}

const qs = (query: object): string => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '' && v !== null) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
};

export const listCases = (query: CaseListQuery) => api.get<{ items: CaseListItem[]; total: number }>(`/api/cases${qs(query)}`);

export interface NewCaseInput {
  gemeenteId: string;
  bsn?: string;
  vNumber?: string;
  givenNames: string;
  familyName: string;
  birthDate: string;
  nationality: string;
  permit: 'asiel' | 'regulier';
  permitPurpose?: string | null;
  joinsProtectedHolder?: boolean;
  euFamilyMember?: boolean;
  linkedOn?: string | null;
  dutyStartOn?: string | null;
  duoNoticeOn?: string | null;
  registeredOn?: string | null;
  movedInOn?: string | null;
  housedOn?: string | null;
  coaReference?: string | null;
  coaLocation?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  preferredLanguage?: string | null;
  interpreterNeeded?: boolean;
}

/** A correction of a case's data: only the fields that change (null clears an optional one). */
export type CasePatch = Partial<
  Pick<
    CaseDetail,
    | 'bsn'
    | 'vNumber'
    | 'permitPurpose'
    | 'linkedOn'
    | 'dutyStartOn'
    | 'duoNoticeOn'
    | 'registeredOn'
    | 'movedInOn'
    | 'housedOn'
    | 'coaLocation'
    | 'phone'
    | 'email'
    | 'address'
    | 'preferredLanguage'
  >
> & {
  givenNames?: string;
  familyName?: string;
  birthDate?: string;
  nationality?: string;
  permit?: 'asiel' | 'regulier';
  interpreterNeeded?: boolean;
};

export const updateCase = (id: string, patch: CasePatch & { version: number; reason?: string }) =>
  api.patch<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`, patch);

/** A duplicate registration, with the case that already exists (found by the same identifier). */
export class DuplicateCaseError extends ApiError {
  constructor(
    error: ApiError,
    readonly existingCaseId: string | null,
  ) {
    super(error.status, error.code, error.message, error.field, error.fields);
  }
}

export async function createCase(input: NewCaseInput): Promise<CaseDetail> {
  try {
    return await api.post<CaseDetail>('/api/cases', input);
  } catch (error) {
    if (isApiError(error) && error.code === 'DUPLICATE_CASE') {
      const identifier = input.bsn ?? input.vNumber;
      let existing: string | null = null;
      if (identifier) {
        const found = await listCases({ zoek: identifier, gemeenteId: input.gemeenteId, limit: 1 }).catch(() => null);
        existing = found?.items[0]?.id ?? null;
      }
      throw new DuplicateCaseError(error, existing);
    }
    throw error;
  }
}

export interface DeadlineView {
  kind: string;
  label: string;
  date: string;
  overdue: boolean;
  explanation: Explanation;
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

export interface CaseFile {
  access: 'full' | 'assigned';
  case: CaseDetail | null;
  partnerCase: {
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
  } | null;
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
  agreements: {
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
  } | null;
  assignments: { userId: string; name: string; kind: string }[];
  counts: { timeline: number; documents: number; meetings: number; checklistDone: number; checklistTotal: number; invitations: number; toetsen: number; pipVersions: number };
}

export const getCaseFile = (id: string, assigned = false) =>
  api.get<CaseFile>(`/api/cases/${encodeURIComponent(id)}/${assigned ? 'assigned-file' : 'file'}`);

export interface TimelineEntry {
  id: number;
  at: string;
  occurredOn: string;
  kind: string;
  summary: string;
  source: string;
  actorName: string;
  section: string | null;
}

export const getTimeline = (id: string, limit: number, offset: number) =>
  api.get<{ items: TimelineEntry[]; total: number }>(`/api/cases/${encodeURIComponent(id)}/timeline${qs({ limit, offset })}`);

// Documents: api/documents.ts.

export interface HistoryEntry {
  id: number;
  action: string;
  at: string;
  actorName: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  reason: string | null;
}

export const getHistory = (id: string) => api.get<HistoryEntry[]>(`/api/cases/${encodeURIComponent(id)}/history`);

export interface ImportRejection {
  sheet?: string | null;
  row: number;
  field: string;
  reason: string;
}

export interface ImportJob {
  id: string;
  status: 'bezig' | 'klaar' | 'mislukt';
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: ImportRejection[];
  error: string | null;
  kind: 'tvs' | 'caseload';
  dryRun: boolean;
  rejectedCount: number;
  canExecute: boolean;
  reconciliation: { status: 'n.v.t.' | 'wachtend' | 'bezig' | 'uitgesteld' | 'klaar' | 'mislukt'; total: number; done: number; differences: number; nextAttemptAt: string | null; error: string | null };
}

export const startImport = (csv: string, fileName: string, dryRun = false) => api.post<ImportJob>(`/api/imports/tvs?proef=${String(dryRun)}`, { csv, fileName });
export const startCaseloadImport = (files: { name: string; content: string }[], dryRun: boolean, gemeenteId?: string) =>
  api.post<ImportJob>(`/api/imports/lopende-dossiers?proef=${String(dryRun)}`, { files, ...(gemeenteId ? { gemeenteId } : {}) });
export const executeImport = (dryRunId: string) => api.post<ImportJob>(`/api/imports/${encodeURIComponent(dryRunId)}/uitvoeren`);
export const retryReconciliation = (jobId: string) => api.post<ImportJob>(`/api/imports/${encodeURIComponent(jobId)}/afstemming`);
export const caseloadTemplateUrl = (format: 'csv' | 'xlsx', sheet = 'personen') => `/api/imports/sjablonen/lopende-dossiers?formaat=${format}&blad=${sheet}`;
export const getImport = (jobId: string) => api.get<ImportJob>(`/api/imports/${encodeURIComponent(jobId)}`);

export interface AssignableUsers {
  caseManagers: { id: string; name: string; role: string }[];
  partners: { id: string; name: string; kind: 'begeleiding' | 'taalaanbieder' | 'budgetbeheer' }[];
}

export const getAssignableUsers = (caseId: string) => api.get<AssignableUsers>(`/api/cases/${encodeURIComponent(caseId)}/assignable-users`);
/** `version`: the case's version as read (optimistic locking). */
export const setCaseManager = (caseId: string, caseManagerId: string | null, version: number) =>
  api.put<CaseDetail>(`/api/cases/${encodeURIComponent(caseId)}/case-manager`, { version, caseManagerId });
export const addAssignment = (caseId: string, userId: string, kind: 'begeleiding' | 'taalaanbieder' | 'budgetbeheer') =>
  api.post<{ userId: string; name: string; kind: string }[]>(`/api/cases/${encodeURIComponent(caseId)}/assignments`, { userId, kind });
export const removeAssignment = (caseId: string, userId: string) =>
  api.delete<{ userId: string; name: string; kind: string }[]>(`/api/cases/${encodeURIComponent(caseId)}/assignments/${encodeURIComponent(userId)}`);

/** The case list with the same search and filters as a file (ADR 0142). */
export const exportCasesUrl = (query: Omit<CaseListQuery, 'limit' | 'offset'>, format: 'csv' | 'xlsx') => `/api/cases/export${qs({ ...query, format })}`;
