// Sturing and verantwoording: the dashboard and the huisvestingstaakstelling (ADR 0140–0141).
import { api } from './client.ts';

export type ReportCell = { kind: 'count'; value: number; href?: string } | { kind: 'suppressed'; below: number };

export interface ReportTable {
  id: string;
  totalRow: boolean;
  rows: { key: string; label?: string; cells: ReportCell[] }[];
}

export interface Dashboard {
  period: { from: string; to: string };
  gemeenten: { id: string; name: string }[];
  linkable: boolean;
  threshold: number | null;
  tables: ReportTable[];
}

export type Counted = 'linked' | 'housed' | 'housedPlichtig';

export interface TaakstellingHalf {
  gemeenteId: string;
  gemeenteName: string;
  year: number;
  half: 1 | 2;
  version: number;
  figures: { taakstelling: number | null; linked: number; housed: number; housedPlichtig: number; realisedPercent: number | null; plichtigPercent: number | null };
  suppressed: Counted[];
  links: Partial<Record<Counted, string>>;
}

export interface TaakstellingReport {
  years: number[];
  threshold: number | null;
  rows: TaakstellingHalf[];
}

const query = (values: Record<string, string | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) p.set(k, v);
  return p.toString();
};

export const getDashboard = (from: string, to: string, gemeenteId?: string) => api.get<Dashboard>(`/api/rapportages/dashboard?${query({ van: from, tot: to, gemeenteId })}`);

export const getTaakstelling = (fromYear: number, toYear: number, gemeenteId?: string) =>
  api.get<TaakstellingReport>(`/api/rapportages/taakstelling?${query({ vanJaar: String(fromYear), totJaar: String(toYear), gemeenteId })}`);

export const saveTaakstelling = (gemeenteId: string, year: number, half: 1 | 2, aantal: number, version: number) =>
  api.put<{ aantal: number; version: number }>(`/api/rapportages/taakstelling/${gemeenteId}/${year}/${half}`, { aantal, version });
