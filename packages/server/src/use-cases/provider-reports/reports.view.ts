// The provider reports of a placement as the case file and the partner screen show them: labels for
// every code, the latest level per skill with its trend, the hours per lesson category.
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

export interface PlacementReportsView {
  weeks: { week: string; present: boolean; absenceReason: string | null; absenceReasonLabel: string | null; hours: { category: string; label: string; hours: number }[]; total: number }[];
  hoursByCategory: { category: string; label: string; hours: number }[];
  totalHours: number;
  levels: { skill: string; label: string; level: string; assessedOn: string; trend: string }[];
  interimReports: { reportedOn: string; text: string; recommendation: string; recommendationLabel: string }[];
  examRegistrations: { onderdeel: string; label: string; examOn: string }[];
  lastReportOn: string | null;
}

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
