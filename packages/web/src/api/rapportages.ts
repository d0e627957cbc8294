// Sturing reports (server: src/routes/rapportages.ts): formatie and prognosis figures, SPUK, cost lines.
import type { CountFigure, FormatieAssumptions, PerVoorziening, Voorziening } from '@koers/domain';
import { api } from './client.ts';

export interface FormatieResult {
  hoursPerYear: number;
  fte: number;
  cost: number;
  caseload: number | null;
}

export type FigureSource = 'gegevens' | 'instelling';
type PerRoute<T> = { B1: T; Z: T; Onderwijs: T };

export interface RealFormatie {
  inflow: CountFigure;
  inflowByGroup: { statushouders: CountFigure; gezinsmigranten: CountFigure; overig: CountFigure };
  openCases: CountFigure;
  unassigned: CountFigure;
  regisseurs: number;
  caseloads: CountFigure[];
  averageCaseload: number | null;
  formatie: FormatieResult | null;
}

export interface FormatieFigures {
  gemeente: { id: string; name: string } | null;
  year: number;
  assumptions: FormatieAssumptions;
  kleineAantallenDrempel: number;
  fromSettings: FormatieResult;
  real: RealFormatie;
  routeMix: { mix: PerRoute<number>; source: FigureSource; pips: CountFigure };
  leerroutePrijzen: { prices: PerRoute<number>; sources: PerRoute<FigureSource> };
}

export interface FormatieReport {
  gemeenten: FormatieFigures[];
  organisation: { gemeenten: number; fromSettings: FormatieResult; real: RealFormatie } | null;
}

export interface Spending {
  perVoorziening: PerVoorziening;
  total: number;
}

export interface SpukYear {
  year: number;
  entitlement: { persons: CountFigure; perVoorziening: PerVoorziening; total: number };
  spending: Spending;
  balance: number;
  ondertussengroep: { persons: CountFigure; spending: Spending };
}

export interface SpukFigures {
  gemeente: { id: string; name: string } | null;
  years: SpukYear[];
  trancheVerdeling: number[];
  kleineAantallenDrempel: number;
  placementsWithoutPrice: CountFigure;
}

export interface SpukReport {
  gemeenten: SpukFigures[];
  organisation: SpukFigures | null;
}

export interface CostLine {
  id: string;
  gemeenteId: string;
  year: number;
  voorziening: Voorziening;
  voorzieningLabel: string;
  description: string;
  amountCents: number;
  ondertussengroep: boolean;
  version: number;
}

export interface CostLineInput {
  gemeenteId: string;
  year: number;
  voorziening: Voorziening;
  description: string;
  amountCents: number;
  ondertussengroep: boolean;
}

const query = (gemeenteId: string | undefined) => (gemeenteId ? `?gemeenteId=${encodeURIComponent(gemeenteId)}` : '');

export const getFormatie = (gemeenteId?: string) => api.get<FormatieReport>(`/api/rapportages/formatie${query(gemeenteId)}`);
export const getSpuk = (gemeenteId?: string) => api.get<SpukReport>(`/api/rapportages/spuk${query(gemeenteId)}`);
export const getCostLines = async (gemeenteId?: string) => (await api.get<{ costLines: CostLine[] }>(`/api/rapportages/kostenregels${query(gemeenteId)}`)).costLines;
export const addCostLine = (input: CostLineInput) => api.post<CostLine>('/api/rapportages/kostenregels', input);
export const deleteCostLine = (line: CostLine) => api.delete<null>(`/api/rapportages/kostenregels/${line.id}?version=${line.version}`);
