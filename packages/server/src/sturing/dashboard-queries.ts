// The dashboard's aggregate queries (ADR 0140), one function each, so the use case and the
// benchmark (`npm run bench`, part `dashboard`) time exactly the same SQL.
import { and, count, eq, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { dashboardRoutes, type CaseFigure, type ReportPeriod } from '@koers/domain';
import { caseSignals, caseSturing, handhavingFines, handhavingViolations, users } from '../db/schema.ts';
import type { Queryable } from '../db/database.ts';
import { figureFilter } from './figure-filters.ts';
import { numberProperty } from '../util/guards.ts';

export const countedFigures = ['in-beeld', 'zonder-pip', 'pip-binnen-termijn', 'pip-na-termijn', 'routewissel', 'a2', 'pvt-gedaan', 'map-gedaan', 'ontzorgen-actief'] as const satisfies readonly CaseFigure[];

export interface CaseFigureCounts {
  gemeenteId: string;
  /** Per figure key (`in-beeld`, …, `route:B1`): the count. */
  counts: Record<string, number>;
}
export interface CaseloadCount {
  gemeenteId: string;
  caseManagerId: string | null;
  n: number;
}

/**
 * For a transaction that counts whole gemeenten. The restrictive walls of row-level security (partner
 * and portal, ADR 0159/0152) make the planner estimate one row for a scan of a case table, so it sorts
 * every row for a GROUP BY and spills the sort to disk: at 100,000 cases that was most of the
 * dashboard's time (ADR 0156). These aggregates read every row of the gemeenten asked for, so a hash
 * aggregate is always the right plan; this transaction alone plans without sorts where it can.
 */
export async function planForWholeGemeenten(q: Queryable): Promise<void> {
  await q.execute(sql`SELECT set_config('enable_sort', 'off', true)`);
}

/**
 * One scan of case_sturing, grouped per gemeente and case manager: every case figure (and the route
 * mix) as a filtered count, summed per gemeente here, and the open cases per case manager (the
 * caseload is now, not for the period).
 */
export async function caseFigureCounts(q: Queryable, ids: readonly string[], period: ReportPeriod): Promise<{ figures: CaseFigureCounts[]; caseload: CaseloadCount[] }> {
  const keys = [...countedFigures, ...dashboardRoutes.map((r) => `route:${r}`)];
  const figureColumns = Object.fromEntries([
    ...countedFigures.map((f): [string, SQL<number>] => [f, sql<number>`(count(*) filter (where ${figureFilter(f, period)}))::int`]),
    ...dashboardRoutes.map((r): [string, SQL<number>] => [`route:${r}`, sql<number>`(count(*) filter (where ${figureFilter('route', period, r)}))::int`]),
  ]);
  const rows = (await q
    .select({ gemeenteId: caseSturing.gemeenteId, caseManagerId: caseSturing.caseManagerId, open: sql<number>`(count(*) filter (where ${isNull(caseSturing.closedOn)}))::int`, ...figureColumns })
    .from(caseSturing)
    .where(inArray(caseSturing.gemeenteId, [...ids]))
    .groupBy(caseSturing.gemeenteId, caseSturing.caseManagerId));
  const figures = new Map<string, CaseFigureCounts>();
  for (const row of rows) {
    const sum = figures.get(row.gemeenteId) ?? { gemeenteId: row.gemeenteId, counts: {} };
    for (const key of keys) sum.counts[key] = (sum.counts[key] ?? 0) + (numberProperty(row, key) ?? 0);
    figures.set(row.gemeenteId, sum);
  }
  const caseload = rows.filter((r) => r.open > 0).map((r) => ({ gemeenteId: r.gemeenteId, caseManagerId: r.caseManagerId, n: r.open }));
  return { figures: [...figures.values()], caseload };
}

/** Violations established in the period, per gemeente and current stage. */
export function violationCounts(q: Queryable, ids: readonly string[], period: ReportPeriod) {
  return q
    .select({ gemeenteId: handhavingViolations.gemeenteId, stage: handhavingViolations.stage, n: count() })
    .from(handhavingViolations)
    .where(and(inArray(handhavingViolations.gemeenteId, [...ids]), sql`${handhavingViolations.establishedOn} between ${period.from} and ${period.to}`))
    .groupBy(handhavingViolations.gemeenteId, handhavingViolations.stage);
}

/** Fines of the violations established in the period, per gemeente and status. */
export function fineCounts(q: Queryable, ids: readonly string[], period: ReportPeriod) {
  return q
    .select({ gemeenteId: handhavingFines.gemeenteId, status: handhavingFines.status, n: count() })
    .from(handhavingFines)
    .innerJoin(handhavingViolations, eq(handhavingViolations.id, handhavingFines.violationId))
    .where(and(inArray(handhavingFines.gemeenteId, [...ids]), sql`${handhavingViolations.establishedOn} between ${period.from} and ${period.to}`))
    .groupBy(handhavingFines.gemeenteId, handhavingFines.status);
}

/** The names of the case managers of a caseload. */
export async function caseManagerNames(q: Queryable, caseload: readonly CaseloadCount[]): Promise<{ id: string; name: string }[]> {
  const managerIds = [...new Set(caseload.map((c) => c.caseManagerId).filter((id): id is string => id !== null))];
  return managerIds.length ? await q.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, managerIds)) : [];
}

/**
 * Overdue work items per gemeente: past the signal's deadline, or without one due before today (as the werkvoorraad says,
 * ADR 0040): `overdue_on`, set by the database, so the count reads the gemeente index only (migration 0067).
 */
export function overdueCounts(q: Queryable, ids: readonly string[], today: string) {
  return q
    .select({ gemeenteId: caseSignals.gemeenteId, n: sql<number>`(count(*) filter (where ${caseSignals.overdueOn} < ${today}::date))::int` })
    .from(caseSignals)
    .where(and(inArray(caseSignals.gemeenteId, [...ids]), lt(caseSignals.dueOn, today)))
    .groupBy(caseSignals.gemeenteId);
}
