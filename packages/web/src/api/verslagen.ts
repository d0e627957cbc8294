// The half-year report and the monitoring exports (R25, ADR 0142). Shapes generated from
// packages/server/src/routes/rapportage-verslagen.ts (ADR 0165).
import { api, getFile } from './client.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';

export type HalfYear = `${number}-H${1 | 2}`;

export type HalfjaarReport = ApiResponse<'/api/rapportage/halfjaar', 'get'>;
export type HalfjaarSection = HalfjaarReport['sections'][number];
export type HalfjaarRow = HalfjaarSection['rows'][number];

const q = (gemeenteId: string, halfYear: string) => `gemeenteId=${encodeURIComponent(gemeenteId)}&halfYear=${halfYear}`;

export const getHalfjaar = (gemeenteId: string, halfYear: HalfYear) => api.get<HalfjaarReport>(`/api/rapportage/halfjaar?${q(gemeenteId, halfYear)}`);

export const saveHalfjaarTexts = (input: ApiBody<'/api/rapportage/halfjaar/teksten', 'put'>) =>
  api.put<HalfjaarReport>('/api/rapportage/halfjaar/teksten', input);

export const halfjaarDocument = (gemeenteId: string, halfYear: string, format: 'pdf' | 'docx') => getFile(`/api/rapportage/halfjaar/document?${q(gemeenteId, halfYear)}&format=${format}`);

export const aggregateExportUrl = (set: 'monitoring' | 'benchmark-statushouders', gemeenteId: string, from: string, to: string, format: 'csv' | 'xlsx') =>
  `/api/rapportage/${set}?gemeenteId=${encodeURIComponent(gemeenteId)}&from=${from}&to=${to}&format=${format}`;

/** The current half year and the five before it, newest first. */
export function recentHalfYears(today: Date, count = 6): HalfYear[] {
  let year = today.getFullYear();
  let half: 1 | 2 = today.getMonth() < 6 ? 1 : 2;
  const out: HalfYear[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${year}-H${half}`);
    if (half === 2) half = 1;
    else {
      half = 2;
      year--;
    }
  }
  return out;
}
