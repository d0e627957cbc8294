// Sturing reports (server: src/routes/rapportages.ts): formatie and prognosis figures, SPUK, cost lines.
// The shapes are the routes' own (generated, ADR 0165).
import { api } from './client.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';

export type FormatieReport = ApiResponse<'/api/rapportages/formatie', 'get'>;
export type FormatieFigures = FormatieReport['gemeenten'][number];
export type RealFormatie = FormatieFigures['real'];
export type FormatieResult = FormatieFigures['fromSettings'];
export type FigureSource = FormatieFigures['routeMix']['source'];

export type SpukReport = ApiResponse<'/api/rapportages/spuk', 'get'>;
export type SpukFigures = SpukReport['gemeenten'][number];
export type SpukYear = SpukFigures['years'][number];
export type Spending = SpukYear['spending'];

export type CostLine = ApiResponse<'/api/rapportages/kostenregels', 'get'>['costLines'][number];
export type CostLineInput = ApiBody<'/api/rapportages/kostenregels', 'post'>;

const query = (gemeenteId: string | undefined) => (gemeenteId ? `?gemeenteId=${encodeURIComponent(gemeenteId)}` : '');

export const getFormatie = (gemeenteId?: string) => api.get<FormatieReport>(`/api/rapportages/formatie${query(gemeenteId)}`);
export const getSpuk = (gemeenteId?: string) => api.get<SpukReport>(`/api/rapportages/spuk${query(gemeenteId)}`);
export const getCostLines = async (gemeenteId?: string) => (await api.get<{ costLines: CostLine[] }>(`/api/rapportages/kostenregels${query(gemeenteId)}`)).costLines;
export const addCostLine = (input: CostLineInput) => api.post<CostLine>('/api/rapportages/kostenregels', input);
export const deleteCostLine = (line: CostLine) => api.delete<null>(`/api/rapportages/kostenregels/${line.id}?version=${line.version}`);
