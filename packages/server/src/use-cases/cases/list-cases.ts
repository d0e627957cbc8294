import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { caseAssignments, cases, caseSignals, gemeentenInScope, users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf, type Principal } from '../../auth/principal.ts';
import type { Tx } from '../../db/database.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { todayIn } from '../../case-file/today.ts';
import { notRemovedByRetention } from '../../case-file/find-case.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import type { CaseFigure, ReportPeriod } from '@koers/domain';
import { caseSturing } from '../../db/schema.ts';
import { figureFilter } from '../../sturing/figure-filters.ts';
import { caseView, type CaseList, type CaseListItem } from './case.view.ts';

export type { CaseList, CaseListItem } from './case.view.ts';

export const caseSorts = ['name', 'birthDate', 'status', 'createdAt', 'updatedAt', 'gemeente'] as const;
export type CaseSort = (typeof caseSorts)[number];

export interface ListCasesQuery {
  gemeenteId?: string;
  search?: string;
  status?: string;
  /** A user id, or 'geen' for cases without a case manager. */
  caseManagerId?: string;
  sort?: CaseSort;
  order?: 'asc' | 'desc';
  limit: number;
  offset: number;
  /** The processing-log operation: 'listCases' for the screen, 'exportCases' for a file. */
  operationName?: 'listCases' | 'exportCases';
  /** An export: refuse (before anything is logged) a list longer than this. */
  refuseAbove?: number;
  /** Only the cases a dashboard figure counted (ADR 0140). */
  figure?: { figure: CaseFigure; period: ReportPeriod; value?: string };
}

/**
 * Cases of the user's gemeenten, searched, filtered, sorted and paged, with the total count.
 * Partners (`case:read-assigned`) get only the cases assigned to them; other roles none.
 */
export async function listCases(ctx: UseCaseContext, query: ListCasesQuery): Promise<CaseList> {
  const { principal } = ctx;
  const full = principal.permissions.includes('case:read');
  const assigned = !full && principal.permissions.includes('case:read-assigned');
  if (!full && !assigned) return { items: [], total: 0 };
  const today = todayIn(ctx.now);
  return inScope(ctx.db, scopeOf(principal), async (tx) => {
    const where = and(...caseFilters(tx, ctx.principal, query, assigned));
    const order = orderOf(query.sort ?? 'name', query.order === 'desc' ? desc : asc);
    // One after the other: a connection runs one query at a time (node-postgres 9 refuses a second).
    const rows = await tx
      .select({ c: cases, gemeenteName: gemeentenInScope.name, caseManagerName: users.name })
      .from(cases)
      .innerJoin(gemeentenInScope, eq(gemeentenInScope.id, cases.gemeenteId))
      .leftJoin(users, eq(users.id, cases.caseManagerId))
      .where(where)
      .orderBy(...order, asc(cases.id))
      .limit(query.limit)
      .offset(query.offset);
    const [total] = await tx.select({ n: count() }).from(cases).innerJoin(gemeentenInScope, eq(gemeentenInScope.id, cases.gemeenteId)).where(where);
    const matching = total?.n ?? 0;
    if (query.refuseAbove !== undefined && matching > query.refuseAbove) {
      throw new AppError('VALIDATION_FAILED', { field: 'zoek', message: `De lijst heeft ${matching} dossiers; een export bevat er hoogstens ${query.refuseAbove}. Verfijn de zoekopdracht of het filter.` });
    }
    const ids = rows.map((r) => r.c.id);
    const signalCounts = full && ids.length
      ? await tx
          .select({
            caseId: caseSignals.caseId,
            open: sql<number>`count(*) filter (where ${caseSignals.dueOn} <= ${today})::int`,
            overdue: sql<number>`count(*) filter (where ${caseSignals.overdueOn} < ${today}::date)::int`,
          })
          .from(caseSignals)
          .where(inArray(caseSignals.caseId, ids))
          .groupBy(caseSignals.caseId)
      : [];
    const byCase = new Map(signalCounts.map((s) => [s.caseId, s]));
    await logProcessed(
      tx,
      ctx,
      'dossierInburgering',
      'read',
      query.operationName ?? 'listCases',
      rows.map((r) => ({ resourceType: 'case', resourceId: r.c.id, subject: { type: 'case', id: r.c.id }, gemeenteId: r.c.gemeenteId })),
    );
    return {
      total: total?.n ?? 0,
      items: rows.map((r) => {
        const view = caseView(r.c, principal);
        const counts = byCase.get(r.c.id);
        const item: CaseListItem = {
          ...view,
          gemeenteName: r.gemeenteName,
          caseManagerName: r.caseManagerName,
          openSignals: counts?.open ?? 0,
          overdueSignals: counts?.overdue ?? 0,
        };
        if (assigned) {
          // Partners: name and contact only.
          return { ...item, bsn: null, vNumber: null, birthDate: '', nationality: '', permit: '', obliged: null, notObligedReason: null, targetGroup: null, regime: null, coaReference: null };
        }
        return item;
      }),
    };
  }, { readOnly: true });
}

/** The filters of the list: the partner's own cases, gemeente, status, case manager, a dashboard figure, the search. */
function caseFilters(tx: Tx, principal: Principal, query: ListCasesQuery, assigned: boolean): SQL[] {
  const filters: SQL[] = [notRemovedByRetention];
  if (assigned) {
    filters.push(inArray(cases.id, tx.select({ id: caseAssignments.caseId }).from(caseAssignments).where(eq(caseAssignments.userId, principal.userId))));
  }
  // The wall already limits the rows to the session's gemeenten, but the planner cannot see which they
  // are (a function's result): named here, it walks the gemeente's index instead of every case.
  if (query.gemeenteId) filters.push(eq(cases.gemeenteId, query.gemeenteId));
  else filters.push(inArray(cases.gemeenteId, principal.gemeenten.map((g) => g.id)));
  if (query.status) filters.push(eq(cases.status, query.status));
  if (query.caseManagerId === 'geen') filters.push(isNull(cases.caseManagerId));
  else if (query.caseManagerId) filters.push(eq(cases.caseManagerId, query.caseManagerId));
  if (query.figure) {
    const f = query.figure;
    filters.push(inArray(cases.id, tx.select({ id: caseSturing.caseId }).from(caseSturing).where(figureFilter(f.figure, f.period, f.value))));
  }
  if (query.search) {
    const term = `%${query.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const match = or(
      ilike(cases.familyName, term),
      ilike(cases.givenNames, term),
      ilike(sql`${cases.givenNames} || ' ' || ${cases.familyName}`, term),
      // Searching by BSN only for those who may see it.
      ...(principal.permissions.includes('case:read-sensitive') ? [eq(cases.bsn, query.search)] : []),
      eq(cases.vNumber, query.search),
      // The case number, whole or in part ("000123", "2026-000123"), case-insensitive.
      ilike(cases.caseNumber, term),
    );
    if (match) filters.push(match);
  }
  return filters;
}

function orderOf(sort: CaseSort, dir: typeof asc): SQL[] {
  switch (sort) {
    case 'name':
      return [dir(cases.familyName), dir(cases.givenNames)];
    case 'birthDate':
      return [dir(cases.birthDate)];
    case 'status':
      return [dir(cases.status), asc(cases.familyName)];
    case 'createdAt':
      return [dir(cases.createdAt)];
    case 'updatedAt':
      return [dir(cases.updatedAt)];
    case 'gemeente':
      return [dir(gemeentenInScope.name), asc(cases.familyName)];
    default:
      return sort satisfies never;
  }
}
