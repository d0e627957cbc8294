// The privacy officer's tools: the processing log (Logboek Dataverwerkingen) searched by person or
// user, and the register of processing activities. Shapes generated from packages/server/src/routes/privacy.ts (ADR 0165).
import { api, postForFile } from './client.ts';
import type { ApiResponse } from './generated/index.ts';

export type LogSearchKind = 'bsn' | 'vNummer' | 'gebruiker';

export interface LogSearch {
  kind: LogSearchKind;
  value: string;
  van: string;
  tot: string;
}

export type LogSearchResult = ApiResponse<'/api/privacy/logboek/zoeken', 'post'>;
export type LogEntry = LogSearchResult['entries'][number];
export type ProcessingActivity = ApiResponse<'/api/privacy/processing-activities', 'get'>[number];

/** The search as the request body: POST, so that a BSN never stands in a URL (proxy logs, ADR 0098). */
function bodyOf(search: LogSearch): Record<string, string> {
  return { [search.kind]: search.value.trim(), ...(search.van ? { van: search.van } : {}), ...(search.tot ? { tot: search.tot } : {}) };
}

export const searchProcessingLog = (search: LogSearch, page: number) => api.post<LogSearchResult>('/api/privacy/logboek/zoeken', { ...bodyOf(search), pagina: page });

/**
 * The search result as a CSV file. Fetched (not a plain link) so that a refusal — a period with too
 * many rows — shows as a message on the page instead of a downloaded error.
 */
export async function exportProcessingLog(search: LogSearch): Promise<{ blob: Blob; fileName: string }> {
  const file = await postForFile('/api/privacy/logboek/export', bodyOf(search));
  return { blob: file.blob, fileName: file.fileName ?? 'logboek-dataverwerkingen.csv' };
}

export const listProcessingActivities = () => api.get<ProcessingActivity[]>('/api/privacy/processing-activities');
