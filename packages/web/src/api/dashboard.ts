// Sturing and verantwoording: the dashboard and the huisvestingstaakstelling (ADR 0140–0141).
import { api } from './client.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';

/** The dashboard: per gemeente and for the organisation, counts only (suppressed for roles that read no cases). */
export type Dashboard = ApiResponse<'/api/rapportages/dashboard', 'get'>;
export type ReportTable = Dashboard['tables'][number];
export type ReportCell = ReportTable['rows'][number]['cells'][number];

export type TaakstellingReport = ApiResponse<'/api/rapportages/taakstelling', 'get'>;
export type TaakstellingHalf = TaakstellingReport['rows'][number];
export type Counted = TaakstellingHalf['suppressed'][number];

const query = (values: Record<string, string | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) p.set(k, v);
  return p.toString();
};

export const getDashboard = (from: string, to: string, gemeenteId?: string) => api.get<Dashboard>(`/api/rapportages/dashboard?${query({ van: from, tot: to, gemeenteId })}`);

export const getTaakstelling = (fromYear: number, toYear: number, gemeenteId?: string) =>
  api.get<TaakstellingReport>(`/api/rapportages/taakstelling?${query({ vanJaar: String(fromYear), totJaar: String(toYear), gemeenteId })}`);

type SaveTaakstelling = '/api/rapportages/taakstelling/{gemeenteId}/{jaar}/{halfjaar}';
export const saveTaakstelling = (gemeenteId: string, year: number, half: 1 | 2, aantal: number, version: number) =>
  api.put<ApiResponse<SaveTaakstelling, 'put'>>(`/api/rapportages/taakstelling/${gemeenteId}/${year}/${half}`, { aantal, version } satisfies ApiBody<SaveTaakstelling, 'put'>);
