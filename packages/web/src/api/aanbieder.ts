// Provider reports (R13, ADRs 0117–0118): what the case file shows per placement, and the partner
// screen of a provider (its placements, a report, a CSV upload). Shapes as in
// packages/server/src/routes/providers.ts (OpenAPI schema "AanbiederRapportages").
import { api } from './client.ts';

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

export interface HoursLine {
  category: string;
  label: string;
  hours: number;
}

export interface PlacementReports {
  weeks: {
    week: string;
    present: boolean;
    absenceReason: string | null;
    absenceReasonLabel: string | null;
    hours: HoursLine[];
    total: number;
  }[];
  hoursByCategory: HoursLine[];
  totalHours: number;
  levels: { skill: string; label: string; level: string; assessedOn: string; trend: string }[];
  interimReports: { reportedOn: string; text: string; recommendation: string; recommendationLabel: string }[];
  examRegistrations: { onderdeel: string; label: string; examOn: string }[];
  lastReportOn: string | null;
}

export interface CasePlacementReports {
  placementId: string;
  instellingNaam: string;
  status: string;
  contract: { id: string; name: string; providerName: string; reportingEveryWeeks: number } | null;
  location: string | null;
  startMoment: string | null;
  reports: PlacementReports;
}

export interface ProviderPlacement {
  id: string;
  caseNumber: string;
  personName: string;
  gemeente: { code: string; name: string };
  contractName: string;
  location: string | null;
  startMoment: string | null;
  offeredOn: string;
  reports: PlacementReports;
}

export interface ProviderPlacements {
  provider: { name: string } | null;
  notLinked: string | null;
  placements: ProviderPlacement[];
}

export type ReportInput =
  | { kind: 'week'; week: string; present: boolean; absenceReason?: AbsenceReason | null; hours: Partial<Record<LessonCategory, number>> }
  | { kind: 'voortgang'; skill: Skill; level: CefrLevel; assessedOn: string }
  | { kind: 'tussenrapportage'; reportedOn: string; text: string; recommendation: Recommendation }
  | { kind: 'examen'; onderdeel: Skill; examOn: string };

export interface CsvImportResult {
  rows: number;
  nieuw: number;
  gewijzigd: number;
  ongewijzigd: number;
  rejected: { line: number; field: string; message: string }[];
}

export const getCaseProviderReports = (caseId: string) =>
  api.get<CasePlacementReports[]>(`/api/cases/${encodeURIComponent(caseId)}/provider-reports`);
export const getProviderPlacements = () => api.get<ProviderPlacements>('/api/aanbieder/placements');
export const reportOnPlacement = (placementId: string, input: ReportInput) =>
  api.post<{ outcome: 'nieuw' | 'gewijzigd' | 'ongewijzigd' }>(
    `/api/aanbieder/placements/${encodeURIComponent(placementId)}/reports`,
    input,
  );
export const uploadReportsCsv = (csv: string) => api.post<CsvImportResult>('/api/aanbieder/reports/csv', { csv });
