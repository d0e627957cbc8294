// The privacy officer's tools: the processing log (Logboek Dataverwerkingen) searched by person or
// user, and the register of processing activities. Shapes as in packages/server/src/routes/privacy.ts.
import { api, ApiError } from './client.ts';

export type LogSearchKind = 'bsn' | 'vNummer' | 'gebruiker';

export interface LogSearch {
  kind: LogSearchKind;
  value: string;
  van: string;
  tot: string;
}

export interface LogEntry {
  at: string;
  actorName: string;
  actorRoleLabel: string;
  action: 'read' | 'create' | 'update' | 'delete';
  actionLabel: string;
  activityName: string;
  purpose: string;
  resourceType: string;
  resourceLabel: string;
  subjectLabel: string;
  gemeente: string | null;
  status: string;
  statusLabel: string;
}

export interface LogSearchResult {
  van: string;
  tot: string;
  cases: { gemeente: string; openedOn: string; closedOn: string | null }[];
  users: { name: string; email: string; roleLabel: string; active: boolean }[];
  entries: LogEntry[];
  page: number;
  pageSize: number;
  hasMore: boolean;
}

export interface ProcessingActivity {
  id: string;
  name: string;
  purpose: string;
  legalBasis: string;
}

function query(search: LogSearch): URLSearchParams {
  const params = new URLSearchParams({ [search.kind]: search.value.trim() });
  if (search.van) params.set('van', search.van);
  if (search.tot) params.set('tot', search.tot);
  return params;
}

export function searchProcessingLog(search: LogSearch, page: number): Promise<LogSearchResult> {
  const params = query(search);
  params.set('pagina', String(page));
  return api.get<LogSearchResult>(`/api/privacy/logboek?${params.toString()}`);
}

/**
 * The search result as a CSV file. Fetched (not a plain link) so that a refusal — a period with too
 * many rows — shows as a message on the page instead of a downloaded error.
 */
export async function exportProcessingLog(search: LogSearch): Promise<{ blob: Blob; fileName: string }> {
  let response: Response;
  try {
    response = await fetch(`/api/privacy/logboek/export?${query(search).toString()}`, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'De server is niet bereikbaar.');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string; field?: string } };
    throw new ApiError(response.status, body.error?.code ?? `HTTP_${response.status}`, body.error?.message ?? `HTTP ${response.status}`, body.error?.field);
  }
  const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'logboek-dataverwerkingen.csv';
  return { blob: await response.blob(), fileName };
}

export const listProcessingActivities = () => api.get<ProcessingActivity[]>('/api/privacy/processing-activities');
