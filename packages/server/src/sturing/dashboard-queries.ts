// The dashboard's aggregate queries (ADR 0140), one function each, so the use case and the
// benchmark (`npm run bench`, part `dashboard`) time exactly the same SQL.
import { and, count, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { dashboardRoutes, type CaseFigure, type ReportPeriod } from '@koers/domain';
import { caseSignals, caseSturing, handhavingFines, handhavingViolations, users } from '../db/schema.ts';
import type { Queryable } from '../db/database.ts';
import { figureFilter } from './figure-filters.ts';

export const countedFigures = ['in-beeld', 'zonder-pip', 'pip-binnen-termijn', 'pip-na-termijn', 'routewissel', 'a2', 'pvt-gedaan', 'map-gedaan', 'ontzorgen-actief'] as const satisfies readonly CaseFigure[];

export type CaseFigureCounts = { gemeenteId: string } & Record<string, number>;

/** One scan of case_sturing: every case figure (and the route mix) as a filtered count per gemeente. */
export async function caseFigureCounts(q: Queryable, ids: readonly string[], period: ReportPeriod): Promise<CaseFigureCounts[]> {
  const figureColumns = Object.fromEntries([
    ...countedFigures.map((f) => [f, sql<number>`(count(*) filter (where ${figureFilter(f, period)}))::int`]),
    ...dashboardRoutes.map((r) => [`route:${r}`, sql<number>`(count(*) filter (where ${figureFilter('route', period, r)}))::int`]),
  ]) as Record<string, ReturnType<typeof sql<number>>>;
  return (await q
    .select({ gemeenteId: caseSturing.gemeenteId, ...figureColumns })
    .from(caseSturing)
    .where(inArray(caseSturing.gemeenteId, [...ids]))
    .groupBy(caseSturing.gemeenteId)) as CaseFigureCounts[];
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

/** Open cases per gemeente and case manager (now, not for the period), with the managers' names. */
export async function caseloadCounts(q: Queryable, ids: readonly string[]) {
  const caseload = await q
    .select({ gemeenteId: caseSturing.gemeenteId, caseManagerId: caseSturing.caseManagerId, n: count() })
    .from(caseSturing)
    .where(and(inArray(caseSturing.gemeenteId, [...ids]), isNull(caseSturing.closedOn)))
    .groupBy(caseSturing.gemeenteId, caseSturing.caseManagerId);
  const managerIds = [...new Set(caseload.map((c) => c.caseManagerId).filter((id): id is string => id !== null))];
  const managers = managerIds.length ? await q.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, managerIds)) : [];
  return { caseload, managers };
}

/** Overdue work items per gemeente: past the signal's deadline, or without one due before today (as the werkvoorraad says, ADR 0040). */
export function overdueCounts(q: Queryable, ids: readonly string[], today: string) {
  return q
    .select({ gemeenteId: caseSignals.gemeenteId, n: sql<number>`(count(*) filter (where coalesce((${caseSignals.data}->>'deadline')::date, ${caseSignals.dueOn}) < ${today}::date))::int` })
    .from(caseSignals)
    .where(and(inArray(caseSignals.gemeenteId, [...ids]), lt(caseSignals.dueOn, today)))
    .groupBy(caseSignals.gemeenteId);
}
