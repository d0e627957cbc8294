// Case registration, list, case file, timeline, documents and imports.
import { api, ApiError, isApiError } from './client.ts';
import type { ApiBody, ApiQuery, ApiResponse } from './generated/index.ts';
import type { components } from './generated/koers-api.ts';

export type CaseDetail = components['schemas']['DossierDetails'];
export type CaseListItem = components['schemas']['DossierInLijst'];
export type CaseListQuery = ApiQuery<'/api/cases', 'get'>;
export type CaseSort = NonNullable<CaseListQuery['sorteer']>;

const qs = (query: object): string => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '' && v !== null) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
};

export const listCases = (query: CaseListQuery) => api.get<ApiResponse<'/api/cases', 'get'>>(`/api/cases${qs(query)}`);

export type NewCaseInput = ApiBody<'/api/cases', 'post'>;

/** A correction of a case's data: only the fields that change (null clears an optional one). */
export type CasePatch = Omit<ApiBody<'/api/cases/{id}', 'patch'>, 'version' | 'reason'>;

export const updateCase = (id: string, patch: ApiBody<'/api/cases/{id}', 'patch'>) =>
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

export type CaseFile = ApiResponse<'/api/cases/{id}/file', 'get'>;
export type DeadlineView = CaseFile['deadlines'][number];
export type SignalView = CaseFile['signals'][number];
/** A deadline's explanation (its steps name the articles) or the duty's (with the list of articles). */
export type Explanation = DeadlineView['explanation'] | components['schemas']['Uitleg'];

export const getCaseFile = (id: string, assigned = false) =>
  api.get<CaseFile>(`/api/cases/${encodeURIComponent(id)}/${assigned ? 'assigned-file' : 'file'}`);

export type TimelineEntry = ApiResponse<'/api/cases/{id}/timeline', 'get'>['items'][number];

export const getTimeline = (id: string, limit: number, offset: number) =>
  api.get<ApiResponse<'/api/cases/{id}/timeline', 'get'>>(`/api/cases/${encodeURIComponent(id)}/timeline${qs({ limit, offset })}`);

// Documents: api/documents.ts.

export type HistoryEntry = components['schemas']['Wijziging'];

export const getHistory = (id: string) => api.get<HistoryEntry[]>(`/api/cases/${encodeURIComponent(id)}/history`);

export type ImportJob = components['schemas']['ImportTaak'];
export type ImportRejection = ImportJob['rejected'][number];

export const startImport = (csv: string, fileName: string, dryRun = false) => api.post<ImportJob>(`/api/imports/tvs?proef=${String(dryRun)}`, { csv, fileName });
export const startCaseloadImport = (files: { name: string; content: string }[], dryRun: boolean, gemeenteId?: string) =>
  api.post<ImportJob>(`/api/imports/lopende-dossiers?proef=${String(dryRun)}`, { files, ...(gemeenteId ? { gemeenteId } : {}) });
export const executeImport = (dryRunId: string) => api.post<ImportJob>(`/api/imports/${encodeURIComponent(dryRunId)}/uitvoeren`);
export const retryReconciliation = (jobId: string) => api.post<ImportJob>(`/api/imports/${encodeURIComponent(jobId)}/afstemming`);
export const caseloadTemplateUrl = (format: 'csv' | 'xlsx', sheet = 'personen') => `/api/imports/sjablonen/lopende-dossiers?formaat=${format}&blad=${sheet}`;
export const getImport = (jobId: string) => api.get<ImportJob>(`/api/imports/${encodeURIComponent(jobId)}`);

export type AssignableUsers = ApiResponse<'/api/cases/{id}/assignable-users', 'get'>;
export type Assignment = ApiResponse<'/api/cases/{id}/assignments', 'post'>[number];

export const getAssignableUsers = (caseId: string) => api.get<AssignableUsers>(`/api/cases/${encodeURIComponent(caseId)}/assignable-users`);
/** `version`: the case's version as read (optimistic locking). */
export const setCaseManager = (caseId: string, caseManagerId: string | null, version: number) =>
  api.put<CaseDetail>(`/api/cases/${encodeURIComponent(caseId)}/case-manager`, { version, caseManagerId });
export const addAssignment = (caseId: string, userId: string, kind: ApiBody<'/api/cases/{id}/assignments', 'post'>['kind']) =>
  api.post<Assignment[]>(`/api/cases/${encodeURIComponent(caseId)}/assignments`, { userId, kind });
export const removeAssignment = (caseId: string, userId: string) =>
  api.delete<Assignment[]>(`/api/cases/${encodeURIComponent(caseId)}/assignments/${encodeURIComponent(userId)}`);

/** The case list with the same search and filters as a file (ADR 0142). */
export const exportCasesUrl = (query: Omit<CaseListQuery, 'limit' | 'offset'>, format: 'csv' | 'xlsx') => `/api/cases/export${qs({ ...query, format })}`;
