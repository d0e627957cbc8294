// Provider reports (R13, ADRs 0117–0118): what the case file shows per placement, and the partner
// screen of a provider (its placements, a report, a CSV upload). Shapes as in
// packages/server/src/routes/providers.ts (OpenAPI schema "AanbiederRapportages").
import { api } from './client.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';

export const lessonCategories = ['nederlands', 'alfabetisering', 'knm'] as const;
export type LessonCategory = (typeof lessonCategories)[number];
export const absenceReasons = ['ziek', 'afspraak', 'werk', 'zorg-kind', 'onbekend', 'anders'] as const;
export type AbsenceReason = (typeof absenceReasons)[number];
export const skills = ['lezen', 'luisteren', 'schrijven', 'spreken', 'knm'] as const;
export type Skill = (typeof skills)[number];
export const cefrLevels = ['A0', 'A1', 'A2', 'B1', 'B2'] as const;
export type CefrLevel = (typeof cefrLevels)[number];
export const recommendations = ['doorgaan', 'extra-ondersteuning', 'route-heroverwegen', 'examen-aanmelden'] as const;
export type Recommendation = (typeof recommendations)[number];
export const trends = ['eerste', 'stijgend', 'gelijk', 'dalend'] as const;

export type CasePlacementReports = ApiResponse<'/api/cases/{id}/provider-reports', 'get'>[number];
export type PlacementReports = CasePlacementReports['reports'];
export type HoursLine = PlacementReports['hoursByCategory'][number];
export type ProviderPlacements = ApiResponse<'/api/aanbieder/placements', 'get'>;
export type ProviderPlacement = ProviderPlacements['placements'][number];
export type ReportInput = ApiBody<'/api/aanbieder/placements/{placementId}/reports', 'post'>;
export type CsvImportResult = ApiResponse<'/api/aanbieder/reports/csv', 'post'>;

export const getCaseProviderReports = (caseId: string) =>
  api.get<CasePlacementReports[]>(`/api/cases/${encodeURIComponent(caseId)}/provider-reports`);
export const getProviderPlacements = () => api.get<ProviderPlacements>('/api/aanbieder/placements');
export const reportOnPlacement = (placementId: string, input: ReportInput) =>
  api.post<ApiResponse<'/api/aanbieder/placements/{placementId}/reports', 'post'>>(
    `/api/aanbieder/placements/${encodeURIComponent(placementId)}/reports`,
    input,
  );
export const uploadReportsCsv = (csv: string) => api.post<CsvImportResult>('/api/aanbieder/reports/csv', { csv });
