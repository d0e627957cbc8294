import { and, asc, count, desc, eq, lte, sql, type SQL } from 'drizzle-orm';
import { signalKindLabel, signalKinds, type SignalKind } from '@koers/domain';
import { cases, caseSignals, gemeenten, users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';

export const workqueueSorts = ['dueOn', 'kind', 'name'] as const;

export interface WorkqueueQuery {
  scope: 'own' | 'team';
  gemeenteId?: string;
  kind?: SignalKind;
  sort: (typeof workqueueSorts)[number];
  order: 'asc' | 'desc';
  /** Also items whose due date lies in the future (default: only what is due today or earlier). */
  includeUpcoming: boolean;
  limit: number;
  offset: number;
}

export interface WorkqueueItem {
  id: number;
  caseId: string;
  caseName: string;
  gemeenteId: string;
  gemeenteName: string;
  caseManagerName: string | null;
  kind: string;
  kindLabel: string;
  dueOn: string;
  deadline: string | null;
  overdue: boolean;
  reason: string;
  section: string;
  link: string;
}

const isKind = (k: string): k is SignalKind => (signalKinds as readonly string[]).includes(k);

/**
 * The werkvoorraad: every due (or, on request, upcoming) signal of one's own cases or the team's,
 * with why and where it is resolved. Overdue = past the signal's legal deadline, or, without one,
 * due before today (docs/adr/0040).
 */
export async function listWorkqueue(ctx: UseCaseContext, query: WorkqueueQuery): Promise<{ items: WorkqueueItem[]; total: number; overdue: number; today: string }> {
  const { principal } = ctx;
  if (query.scope === 'team' && !principal.permissions.includes('workqueue:team')) throw new AppError('FORBIDDEN');
  const today = todayIn(ctx.now);
  return inScope(ctx.db, scopeOf(principal), async (tx) => {
    const filters: SQL[] = [];
    if (query.scope === 'own') filters.push(eq(caseSignals.caseManagerId, principal.userId));
    if (query.gemeenteId) filters.push(eq(caseSignals.gemeenteId, query.gemeenteId));
    if (query.kind) filters.push(eq(caseSignals.kind, query.kind));
    if (!query.includeUpcoming) filters.push(lte(caseSignals.dueOn, today));
    const where = and(...filters);
    const overdueExpr = sql<boolean>`coalesce((${caseSignals.data}->>'deadline')::date, ${caseSignals.dueOn}) < ${today}::date`;
    const dir = query.order === 'desc' ? desc : asc;
    const order =
      query.sort === 'kind'
        ? [dir(caseSignals.kind), asc(caseSignals.dueOn)]
        : query.sort === 'name'
          ? [dir(cases.familyName), dir(cases.givenNames), asc(caseSignals.dueOn)]
          : [dir(caseSignals.dueOn), asc(caseSignals.kind)];
    const base = tx
      .select({
        id: caseSignals.id,
        caseId: caseSignals.caseId,
        givenNames: cases.givenNames,
        familyName: cases.familyName,
        gemeenteId: caseSignals.gemeenteId,
        gemeenteName: gemeenten.name,
        caseManagerName: users.name,
        kind: caseSignals.kind,
        dueOn: caseSignals.dueOn,
        data: caseSignals.data,
        reason: caseSignals.reason,
        section: caseSignals.section,
        overdue: overdueExpr,
      })
      .from(caseSignals)
      .innerJoin(cases, eq(cases.id, caseSignals.caseId))
      .innerJoin(gemeenten, eq(gemeenten.id, caseSignals.gemeenteId))
      .leftJoin(users, eq(users.id, caseSignals.caseManagerId))
      .where(where)
      .orderBy(...order, asc(caseSignals.id))
      .limit(query.limit)
      .offset(query.offset);
    const [rows, [totals]] = await Promise.all([
      base,
      tx
        .select({ n: count(), overdue: sql<number>`count(*) filter (where ${overdueExpr})::int` })
        .from(caseSignals)
        .where(where),
    ]);
    const caseIds = [...new Map(rows.map((r) => [r.caseId, r.gemeenteId])).entries()];
    await logProcessed(
      tx,
      ctx,
      'dossierInburgering',
      'read',
      'listWorkqueue',
      caseIds.map(([id, gemeenteId]) => ({ resourceType: 'case', resourceId: id, subject: { type: 'case', id }, gemeenteId })),
    );
    return {
      today,
      total: totals?.n ?? 0,
      overdue: totals?.overdue ?? 0,
      items: rows.map((r) => ({
        id: r.id,
        caseId: r.caseId,
        caseName: `${r.givenNames} ${r.familyName}`,
        gemeenteId: r.gemeenteId,
        gemeenteName: r.gemeenteName,
        caseManagerName: r.caseManagerName,
        kind: r.kind,
        kindLabel: isKind(r.kind) ? signalKindLabel(r.kind) : r.kind,
        dueOn: r.dueOn,
        deadline: (r.data as { deadline?: string | null }).deadline ?? null,
        overdue: r.overdue,
        reason: r.reason,
        section: r.section,
        link: `/dossiers/${r.caseId}#${r.section}`,
      })),
    };
  });
}
