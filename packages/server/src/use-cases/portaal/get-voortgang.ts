// GET /api/portaal/voortgang: the hours and progress the provider(s) reported, without the
// providers' own notes (an interim report's text stays in the case file).
import { and, eq, inArray } from 'drizzle-orm';
import { latestLevels, lessonCategories, type ProgressReport } from '@koers/domain';
import { casePlacements, placementReports } from '../../db/schema.ts';
import { inPortaal, logPortaal, type PortaalContext } from './portaal-context.ts';
import { storedReport } from '../provider-reports/report-payload.ts';
import type { PortaalVoortgang } from './portaal.view.ts';

export function getVoortgang(ctx: PortaalContext): Promise<PortaalVoortgang> {
  return inPortaal(
    ctx,
    async (tx) => {
      const rows = await tx
        .select({ kind: placementReports.kind, reportedOn: placementReports.reportedOn, payload: placementReports.payload, providerName: casePlacements.instellingNaam })
        .from(placementReports)
        .innerJoin(casePlacements, eq(casePlacements.id, placementReports.placementId))
        .where(and(eq(placementReports.caseId, ctx.principal.caseId), inArray(placementReports.kind, ['week', 'voortgang', 'tussenrapportage'])));
      await logPortaal(tx, ctx, 'portaal.getVoortgang', 'read', 'placement-report');
      const perMonth = new Map<string, number>();
      let totalHours = 0;
      const progress: ProgressReport[] = [];
      const reports: PortaalVoortgang['reports'] = [];
      for (const r of rows) {
        const report = storedReport(r);
        if (report.kind === 'week') {
          const week = report.payload;
          for (const category of lessonCategories) {
            const hours = week.hours[category] ?? 0;
            if (hours === 0) continue;
            const key = `${week.week.slice(0, 7)}|${category}`;
            perMonth.set(key, (perMonth.get(key) ?? 0) + hours);
            totalHours += hours;
          }
        } else if (report.kind === 'voortgang') {
          progress.push(report.payload);
        } else if (report.kind === 'tussenrapportage') {
          reports.push({ reportedOn: r.reportedOn, providerName: r.providerName, recommendation: report.payload.recommendation });
        }
      }
      const hoursPerMonth = [...perMonth.entries()]
        .map(([key, hours]) => {
          const [month = '', category = 'nederlands'] = key.split('|');
          return { month, category: lessonCategories.find((c) => c === category) ?? 'nederlands', hours };
        })
        .sort((a, b) => a.month.localeCompare(b.month) || a.category.localeCompare(b.category));
      return {
        hoursPerMonth,
        levels: latestLevels(progress).map((l) => ({ skill: l.skill, level: l.level, assessedOn: l.assessedOn, trend: l.trend })),
        reports: reports.sort((a, b) => b.reportedOn.localeCompare(a.reportedOn)),
        totalHours,
      };
    },
    { readOnly: true },
  );
}
