// The half-year report and the monitoring exports (R25, ADR 0142). Shapes as in
// packages/server/src/routes/rapportage-verslagen.ts.
import { api, getFile } from './client.ts';

export type HalfYear = `${number}-H${1 | 2}`;

export interface HalfjaarRow {
  code: string;
  label: string;
  /** null: a small count, suppressed. */
  value: number | null;
}

export interface HalfjaarSection {
  key: string;
  title: string;
  text: string;
  rows: HalfjaarRow[];
}

export interface HalfjaarReport {
  gemeente: { id: string; name: string };
  halfYear: HalfYear;
  label: string;
  period: { from: string; to: string };
  threshold: number;
  sections: HalfjaarSection[];
  version: number;
}

const q = (gemeenteId: string, halfYear: HalfYear) => `gemeenteId=${encodeURIComponent(gemeenteId)}&halfYear=${halfYear}`;

export const getHalfjaar = (gemeenteId: string, halfYear: HalfYear) => api.get<HalfjaarReport>(`/api/rapportage/halfjaar?${q(gemeenteId, halfYear)}`);

export const saveHalfjaarTexts = (input: { gemeenteId: string; halfYear: HalfYear; version: number; texts: Record<string, string> }) =>
  api.put<HalfjaarReport>('/api/rapportage/halfjaar/teksten', input);

export const halfjaarDocument = (gemeenteId: string, halfYear: HalfYear, format: 'pdf' | 'docx') => getFile(`/api/rapportage/halfjaar/document?${q(gemeenteId, halfYear)}&format=${format}`);

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
