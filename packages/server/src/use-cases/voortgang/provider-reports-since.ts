import { and, asc, eq, gt, lte } from 'drizzle-orm';
import { formatDutchDate, type WeekReport } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { casePlacements, placementReports } from '../../db/schema.ts';
import { reportSummary } from '../provider-reports/reports.view.ts';
import { storedReport } from '../provider-reports/report-payload.ts';

/** One provider report (voortgangsrapportage of a taal-, MAP- or PVT-aanbieder) as the gesprek's report shows it. */
export interface ProviderReportSummary {
  reportedOn: string;
  providerName: string;
  text: string;
}

interface WeekTotals {
  weeks: number;
  absent: number;
  hours: number;
  first: string;
  last: string;
}

const hoursOf = (week: WeekReport): number => Object.values(week.hours).reduce<number>((s, h) => s + (h ?? 0), 0);

/**
 * The provider reports of a case since the previous voortgangsgesprek (R13, R19): each progress
 * level, interim report and exam registration as the provider gave it, and the weekly attendance
 * summed per placement (weeks, hours, absences), so the verslag stays one page.
 */
export async function providerReportsSince(tx: Tx, caseId: string, since: string | null, until: string): Promise<ProviderReportSummary[]> {
  const rows = await tx
    .select({ kind: placementReports.kind, reportedOn: placementReports.reportedOn, payload: placementReports.payload, placementId: placementReports.placementId, providerName: casePlacements.instellingNaam })
    .from(placementReports)
    .innerJoin(casePlacements, eq(casePlacements.id, placementReports.placementId))
    .where(and(eq(placementReports.caseId, caseId), lte(placementReports.reportedOn, until), ...(since === null ? [] : [gt(placementReports.reportedOn, since)])))
    .orderBy(asc(placementReports.reportedOn));
  const out: ProviderReportSummary[] = [];
  const weeks = new Map<string, WeekTotals & { providerName: string }>();
  for (const r of rows) {
    const report = storedReport(r);
    if (report.kind === 'week') {
      const present = report.payload.present;
      const w = weeks.get(r.placementId) ?? { weeks: 0, absent: 0, hours: 0, first: r.reportedOn, last: r.reportedOn, providerName: r.providerName };
      weeks.set(r.placementId, { ...w, weeks: w.weeks + 1, absent: w.absent + (present ? 0 : 1), hours: w.hours + (present ? hoursOf(report.payload) : 0), last: r.reportedOn });
      continue;
    }
    const summary = reportSummary(report);
    // The interim report's own words belong in the verslag, not only its advice.
    const words = report.kind === 'tussenrapportage' ? report.payload.text : undefined;
    const text = `${summary.charAt(0).toUpperCase()}${summary.slice(1)}${typeof words === 'string' && words ? `. ${words}` : ''}`;
    out.push({ reportedOn: r.reportedOn, providerName: r.providerName, text });
  }
  for (const w of weeks.values()) {
    const absent = w.absent === 0 ? 'steeds aanwezig' : `${w.absent} ${w.absent === 1 ? 'week' : 'weken'} afwezig`;
    out.push({
      reportedOn: w.last,
      providerName: w.providerName,
      text: `Aanwezigheid: ${w.weeks} ${w.weeks === 1 ? 'week' : 'weken'} gerapporteerd (${formatDutchDate(w.first)} tot en met de week van ${formatDutchDate(w.last)}), ${w.hours} uur les, ${absent}.`,
    });
  }
  return out.sort((a, b) => a.reportedOn.localeCompare(b.reportedOn));
}
