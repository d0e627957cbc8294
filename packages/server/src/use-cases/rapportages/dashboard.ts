/**
 * The management dashboard (R26, ADR 0140–0141): per gemeente and for the organisation, over a
 * period, counts only. The case counts are one scan of case_sturing (kept up to date in the
 * transaction of every case change); handhaving, caseload and overdue work items each one grouped
 * query. Roles that read cases get the list behind each number; the others suppressed small counts.
 */
import { dashboardRoutes, handhavingStages, type CaseFigure, type ReportPeriod } from '@koers/domain';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import { caseFigureCounts, caseManagerNames, fineCounts, overdueCounts, planForWholeGemeenten, violationCounts } from '../../sturing/dashboard-queries.ts';
import type { UseCaseContext } from '../context.ts';
import { buildTable, caseListHref, logAggregate, mayLink, reportGemeenten, smallCountThreshold, type RowSpec } from './rapportage-scope.ts';
import type { Dashboard, ReportTable } from './rapportages.view.ts';

export interface DashboardQuery {
  from: string;
  to: string;
  gemeenteId?: string;
}

export async function dashboard(ctx: UseCaseContext, query: DashboardQuery): Promise<Dashboard> {
  if (query.to < query.from) throw new AppError('VALIDATION_FAILED', { field: 'tot', message: 'Tot en met: mag niet vóór de datum ‘van’ liggen.' });
  const period: ReportPeriod = { from: query.from, to: query.to };
  const gemeenten = reportGemeenten(ctx, query.gemeenteId);
  const ids = gemeenten.map((g) => g.id);
  const linkable = mayLink(ctx);
  const today = todayIn(ctx.now);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const threshold = await smallCountThreshold(tx, gemeenten);
    const byGemeente = <T extends { gemeenteId: string }>(rows: readonly T[], pick: (r: T) => number) => ids.map((id) => rows.filter((r) => r.gemeenteId === id).reduce((sum, r) => sum + pick(r), 0));
    if (ids.length === 0) return { period, gemeenten, linkable, threshold: linkable ? null : threshold, tables: [] };

    await planForWholeGemeenten(tx);
    const { figures: caseCounts, caseload } = await caseFigureCounts(tx, ids, period);
    const violations = await violationCounts(tx, ids, period);
    const fines = await fineCounts(tx, ids, period);
    const managers = await caseManagerNames(tx, caseload);
    const overdue = await overdueCounts(tx, ids, today);
    await logAggregate(tx, ctx, 'dashboard', gemeenten);

    const figure = (f: CaseFigure, key: string = f, extra: Record<string, string> = {}): RowSpec => ({
      key,
      counts: byGemeente(caseCounts, (r) => r.counts[key] ?? 0),
      href: (g) => caseListHref(f, period, g, extra),
    });
    const table = (id: string, specs: RowSpec[], totalRow = false) => buildTable(id, specs, totalRow, gemeenten, linkable, threshold);
    const managerName = new Map(managers.map((m) => [m.id, m.name]));
    const managerRows = [...new Set(caseload.map((c) => c.caseManagerId))]
      .sort((a, b) => (a === null ? 1 : b === null ? -1 : (managerName.get(a) ?? '').localeCompare(managerName.get(b) ?? '', 'nl')))
      .map(
        (m): RowSpec => ({
          key: m ?? 'geen',
          ...(m === null ? {} : { label: managerName.get(m) ?? '' }),
          counts: byGemeente(caseload.filter((c) => c.caseManagerId === m), (c) => c.n),
          href: (g) => caseListHref('open', period, g, { regisseur: m ?? 'geen' }),
        }),
      );
    const stagesSeen = handhavingStages.filter((s) => violations.some((v) => v.stage === s));
    const tables: ReportTable[] = [
      table('in-beeld', [figure('in-beeld'), figure('zonder-pip')]),
      table('pip-termijn', [figure('pip-binnen-termijn'), figure('pip-na-termijn')], true),
      table('routes', dashboardRoutes.map((r) => figure('route', `route:${r}`, { waarde: r })), true),
      table('wissels', [figure('routewissel'), figure('a2')]),
      table('pvt-map', [figure('pvt-gedaan'), figure('map-gedaan')]),
      table('ontzorgen', [figure('ontzorgen-actief')]),
      table(
        'handhaving',
        stagesSeen.map((s) => ({ key: s, counts: byGemeente(violations.filter((v) => v.stage === s), (v) => v.n), href: (g) => caseListHref('handhaving', period, g, { waarde: s }) })),
        true,
      ),
      table('boetes', [...new Set(fines.map((f) => f.status))].sort().map((s) => ({ key: s, counts: byGemeente(fines.filter((f) => f.status === s), (f) => f.n) })), true),
      table('caseload', managerRows, true),
      table('werkvoorraad', [
        {
          key: 'te-laat',
          counts: byGemeente(overdue, (o) => o.n),
          href: (g) => `/werkvoorraad?${new URLSearchParams({ scope: 'team', telaat: 'ja', ...(g === undefined ? {} : { gemeente: g }) }).toString()}`,
        },
      ]),
    ];
    return { period, gemeenten, linkable, threshold: linkable ? null : threshold, tables };
  });
}
