// The provider reports of a placement as the case file and the partner screen show them: labels for
// every code, the latest level per skill with its trend, the hours per lesson category.
import { z } from 'zod';
import {
  absenceReasonLabel,
  formatDutchDate,
  latestLevels,
  lessonCategories,
  lessonCategoryLabel,
  recommendationLabel,
  skillLabel,
  type LessonCategory,
} from '@koers/domain';
import type { placementReports } from '../../db/schema.ts';
import { payloadsOf, type StoredReport } from './report-payload.ts';
import { storeOutcomes } from './reports.types.ts';

type ReportRow = typeof placementReports.$inferSelect;


const sumHours = (h: Partial<Record<LessonCategory, number>>): number => lessonCategories.reduce((s, c) => s + (h[c] ?? 0), 0);

/** One Dutch line for the timeline. */
export function reportSummary(report: StoredReport): string {
  switch (report.kind) {
    case 'week': {
      const p = report.payload;
      return p.present ? `week van ${formatDutchDate(p.week)}: aanwezig, ${sumHours(p.hours)} uur` : `week van ${formatDutchDate(p.week)}: afwezig (${absenceReasonLabel(p.absenceReason ?? 'onbekend')})`;
    }
    case 'voortgang': {
      const p = report.payload;
      return `niveau ${skillLabel(p.skill).toLowerCase()} ${p.level} op ${formatDutchDate(p.assessedOn)}`;
    }
    case 'tussenrapportage': {
      const p = report.payload;
      return `tussenrapportage van ${formatDutchDate(p.reportedOn)}, advies: ${recommendationLabel(p.recommendation).toLowerCase()}`;
    }
    case 'examen': {
      const p = report.payload;
      return `aangemeld voor het examen ${skillLabel(p.onderdeel).toLowerCase()} op ${formatDutchDate(p.examOn)}`;
    }
    default:
      return report satisfies never;
  }
}

const hoursLine = z.object({ category: z.string(), label: z.string(), hours: z.number() });

export const placementReportsViewSchema = z
  .object({
    weeks: z.array(z.object({ week: z.string(), present: z.boolean(), absenceReason: z.string().nullable(), absenceReasonLabel: z.string().nullable(), hours: z.array(hoursLine), total: z.number() })),
    hoursByCategory: z.array(hoursLine),
    totalHours: z.number(),
    levels: z.array(z.object({ skill: z.string(), label: z.string(), level: z.string(), assessedOn: z.string(), trend: z.string() })),
    interimReports: z.array(z.object({ reportedOn: z.string(), text: z.string(), recommendation: z.string(), recommendationLabel: z.string() })),
    examRegistrations: z.array(z.object({ onderdeel: z.string(), label: z.string(), examOn: z.string() })),
    lastReportOn: z.string().nullable(),
  })
  .meta({ id: 'AanbiederRapportages' });
export type PlacementReportsView = z.output<typeof placementReportsViewSchema>;

/** A placement of a case with its contract and what the provider reported (the case file's view). */
export const casePlacementReportsSchema = z.object({
  placementId: z.string(),
  instellingNaam: z.string(),
  status: z.string(),
  contract: z.object({ id: z.string(), name: z.string(), providerName: z.string(), reportingEveryWeeks: z.number() }).nullable(),
  location: z.string().nullable(),
  startMoment: z.string().nullable(),
  reports: placementReportsViewSchema,
});
export type CasePlacementReports = z.output<typeof casePlacementReportsSchema>;

/** A placement as the partner-aanbieder sees it: only the name and case number of the person. */
export const providerPlacementViewSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  personName: z.string(),
  gemeente: z.object({ code: z.string(), name: z.string() }),
  contractName: z.string(),
  location: z.string().nullable(),
  startMoment: z.string().nullable(),
  offeredOn: z.string(),
  /** Set when the placement was withdrawn; the provider still sees it until visibleUntil (ADR 0150). */
  withdrawnOn: z.string().nullable(),
  visibleUntil: z.string().nullable(),
  reports: placementReportsViewSchema,
});
export type ProviderPlacementView = z.output<typeof providerPlacementViewSchema>;

/** The partner screen: the own provider (null with the reason when the account is not linked) and its placements. */
export const providerPlacementsSchema = z.object({ provider: z.object({ name: z.string() }).nullable(), notLinked: z.string().nullable(), placements: z.array(providerPlacementViewSchema) });
export type ProviderPlacements = z.output<typeof providerPlacementsSchema>;

export const reportOnPlacementResultSchema = z.object({ outcome: z.enum(storeOutcomes) });
export type ReportOnPlacementResult = z.output<typeof reportOnPlacementResultSchema>;

/** A CSV upload: the rows read, what storing did per row, and the rows rejected with line, column and reason. */
export const reportsImportResultSchema = z.object({
  rows: z.number(),
  nieuw: z.number(),
  gewijzigd: z.number(),
  ongewijzigd: z.number(),
  rejected: z.array(z.object({ line: z.number(), field: z.string(), message: z.string() })),
});
export type ReportsImportResult = z.output<typeof reportsImportResultSchema>;

export function placementReportsView(rows: readonly ReportRow[]): PlacementReportsView {
  const weeks = payloadsOf(rows, 'week').sort((a, b) => b.week.localeCompare(a.week));
  const progress = payloadsOf(rows, 'voortgang');
  const interim = payloadsOf(rows, 'tussenrapportage').sort((a, b) => b.reportedOn.localeCompare(a.reportedOn));
  const exams = payloadsOf(rows, 'examen').sort((a, b) => a.examOn.localeCompare(b.examOn));
  const hoursByCategory = lessonCategories.map((category) => ({ category, label: lessonCategoryLabel(category), hours: weeks.reduce((s, w) => s + (w.hours[category] ?? 0), 0) }));
  return {
    weeks: weeks.map((w) => ({
      week: w.week,
      present: w.present,
      absenceReason: w.absenceReason,
      absenceReasonLabel: w.absenceReason ? absenceReasonLabel(w.absenceReason) : null,
      hours: lessonCategories.filter((c) => (w.hours[c] ?? 0) > 0).map((c) => ({ category: c, label: lessonCategoryLabel(c), hours: w.hours[c] ?? 0 })),
      total: sumHours(w.hours),
    })),
    hoursByCategory,
    totalHours: hoursByCategory.reduce((s, c) => s + c.hours, 0),
    levels: latestLevels(progress).map((l) => ({ skill: l.skill, label: skillLabel(l.skill), level: l.level, assessedOn: l.assessedOn, trend: l.trend })),
    interimReports: interim.map((i) => ({ ...i, recommendationLabel: recommendationLabel(i.recommendation) })),
    examRegistrations: exams.map((e) => ({ onderdeel: e.onderdeel, label: skillLabel(e.onderdeel), examOn: e.examOn })),
    lastReportOn: rows.reduce<string | null>((max, r) => (r.kind !== 'examen' && (max === null || r.reportedOn > max) ? r.reportedOn : max), null),
  };
}
