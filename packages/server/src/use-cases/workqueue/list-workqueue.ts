import { and, asc, desc, eq, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { signalKindLabel, signalKinds, type SignalKind } from '@koers/domain';
import { cases, caseSignals, users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { fieldsOf, readTogether, totalsOf, type Read } from '../../db/read-together.ts';
import type { Tx } from '../../db/database.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import { isOneOf } from '../../util/guards.ts';

export const workqueueSorts = ['dueOn', 'kind', 'name'] as const;

export interface WorkqueueQuery {
  /** own: my cases; team: everyone's; unassigned: cases without a trajectregisseur (the team's queue). */
  scope: 'own' | 'team' | 'unassigned';
  gemeenteId?: string;
  kind?: SignalKind;
  sort: (typeof workqueueSorts)[number];
  order: 'asc' | 'desc';
  /** Also items whose due date lies in the future (default: only what is due today or earlier). */
  includeUpcoming: boolean;
  /** Only items past their deadline (the dashboard's overdue count). */
  onlyOverdue?: boolean;
  limit: number;
  offset: number;
  /** The processing-log operation: 'listWorkqueue' for the screen, 'exportWorkqueue' for a file. */
  operationName?: 'listWorkqueue' | 'exportWorkqueue';
  /** An export: refuse (before anything is logged) a list longer than this. */
  refuseAbove?: number;
}

export const workqueueItemSchema = z
  .object({
    id: z.number(),
    caseId: z.string(),
    caseName: z.string(),
    gemeenteId: z.string(),
    gemeenteName: z.string(),
    caseManagerName: z.string().nullable(),
    kind: z.string(),
    kindLabel: z.string(),
    dueOn: z.string(),
    deadline: z.string().nullable(),
    overdue: z.boolean(),
    reason: z.string(),
    section: z.string(),
    link: z.string(),
  })
  .meta({ id: 'WerkvoorraadItem' });
export type WorkqueueItem = z.output<typeof workqueueItemSchema>;

/** A page of the werkvoorraad with the total, the number overdue and the day it was computed for. */
export const workqueueListSchema = z.object({ items: z.array(workqueueItemSchema), total: z.number(), overdue: z.number(), today: z.string() });
export type WorkqueueList = z.output<typeof workqueueListSchema>;

/**
 * The page and its totals in one statement (ADR 0040 addendum of the eleventh session). An export (`refuseAbove`)
 * counts first: it refuses a list that is too long before reading (or logging) any of it.
 */
async function readPage<P, T extends { n: number }>(tx: Tx, page: Read<P>, totals: Read<T>, refuseAbove: number | undefined): Promise<{ page: P; totals: T }> {
  if (refuseAbove === undefined) return readTogether(tx, { page, totals });
  const counted = await readTogether(tx, { totals });
  if (counted.totals.n > refuseAbove) {
    throw new AppError('VALIDATION_FAILED', { field: 'kind', message: `De werkvoorraad heeft ${counted.totals.n} taken; een export bevat er hoogstens ${refuseAbove}. Kies een soort taak of een gemeente.` });
  }
  return { ...(await readTogether(tx, { page })), ...counted };
}

const isKind = (k: string): k is SignalKind => isOneOf(signalKinds, k);

/**
 * The werkvoorraad: every due (or, on request, upcoming) signal of one's own cases or the team's,
 * with why and where it is resolved. Overdue = past the signal's legal deadline, or, without one,
 * due before today (docs/adr/0040).
 */
export async function listWorkqueue(ctx: UseCaseContext, query: WorkqueueQuery): Promise<WorkqueueList> {
  const { principal } = ctx;
  if (query.scope !== 'own' && !principal.permissions.includes('workqueue:team')) throw new AppError('FORBIDDEN');
  const today = todayIn(ctx.now);
  return inScope(ctx.db, scopeOf(principal), async (tx) => {
    const filters: SQL[] = [];
    if (query.scope === 'own') filters.push(eq(caseSignals.caseManagerId, principal.userId));
    if (query.scope === 'unassigned') filters.push(isNull(caseSignals.caseManagerId));
    // The wall already limits the signals to the session's gemeenten, but the planner cannot see which (a
    // function's result): named here, it walks the gemeente's index (as the case list does, ADR 0095).
    if (query.gemeenteId) filters.push(eq(caseSignals.gemeenteId, query.gemeenteId));
    else filters.push(inArray(caseSignals.gemeenteId, principal.gemeenten.map((g) => g.id)));
    if (query.kind) filters.push(eq(caseSignals.kind, query.kind));
    if (!query.includeUpcoming) filters.push(lte(caseSignals.dueOn, today));
    // overdue_on (the deadline, or else due_on) is set by the database and held in both werkvoorraad indexes, so the
    // count reads no signal's row (migration 0067, ADR 0040 addendum).
    const overdueExpr = sql<boolean>`${caseSignals.overdueOn} < ${today}::date`;
    if (query.onlyOverdue) filters.push(overdueExpr);
    const where = and(...filters);
    const dir = query.order === 'desc' ? desc : asc;
    const sortName = sql`${caseSignals.data}->>'sortName'`;
    const order =
      query.sort === 'kind'
        ? [dir(caseSignals.kind), asc(caseSignals.dueOn)]
        : query.sort === 'name'
          ? [dir(sortName), asc(caseSignals.dueOn)]
          : [dir(caseSignals.dueOn), asc(caseSignals.kind)];
    // The page's ids first, from the index alone when the order is the index's (due date, then kind), and only
    // those rows read: a sort over all the rows would read every due signal's row, however few are shown.
    const pageIds = tx
      .select({ id: caseSignals.id })
      .from(caseSignals)
      .where(where)
      .orderBy(...order, asc(caseSignals.id))
      .limit(query.limit)
      .offset(query.offset);
    // One table: the page of signals (names are kept in the signal, see refreshSignals); another case manager's name,
    // and (rarely) the case's name when its signal carries none, by primary key for the page's rows alone. No join
    // with cases, so row-level security is checked once per index scan.
    const page = fieldsOf(
      caseSignals,
      {
        id: caseSignals.id,
        caseId: caseSignals.caseId,
        gemeenteId: caseSignals.gemeenteId,
        caseManagerId: caseSignals.caseManagerId,
        // The signed-in user's own name is known from the session; only other case managers are looked up.
        otherManagerName: sql<string | null>`CASE WHEN ${caseSignals.caseManagerId} <> ${principal.userId} THEN (SELECT ${users.name} FROM ${users} WHERE ${users.id} = ${caseSignals.caseManagerId}) END`,
        caseName: sql<string>`coalesce(${caseSignals.data}->>'name', (SELECT ${cases.givenNames} || ' ' || ${cases.familyName} FROM ${cases} WHERE ${cases.id} = ${caseSignals.caseId}), '')`,
        kind: caseSignals.kind,
        dueOn: caseSignals.dueOn,
        deadline: sql<string | null>`${caseSignals.data}->>'deadline'`,
        reason: caseSignals.reason,
        section: caseSignals.section,
        overdue: overdueExpr,
      },
      inArray(caseSignals.id, pageIds),
      [...order, asc(caseSignals.id)],
    );
    const totals = totalsOf(caseSignals, { n: sql<number>`count(*)::int`, overdue: sql<number>`count(*) filter (where ${overdueExpr})::int` }, where);
    const read = await readPage(tx, page, totals, query.refuseAbove);
    const rows = read.page;
    const gemeenteNames = new Map(principal.gemeenten.map((g) => [g.id, g.name]));
    const caseIds = [...new Map(rows.map((r) => [r.caseId, r.gemeenteId])).entries()];
    await logProcessed(
      tx,
      ctx,
      'dossierInburgering',
      'read',
      query.operationName ?? 'listWorkqueue',
      caseIds.map(([id, gemeenteId]) => ({ resourceType: 'case', resourceId: id, subject: { type: 'case', id }, gemeenteId })),
    );
    return {
      today,
      total: read.totals.n,
      overdue: read.totals.overdue,
      items: rows.map((r) => ({
        id: r.id,
        caseId: r.caseId,
        caseName: r.caseName,
        gemeenteId: r.gemeenteId,
        gemeenteName: gemeenteNames.get(r.gemeenteId) ?? '',
        caseManagerName: r.caseManagerId === null ? null : r.caseManagerId === principal.userId ? principal.name : r.otherManagerName,
        kind: r.kind,
        kindLabel: isKind(r.kind) ? signalKindLabel(r.kind) : r.kind,
        dueOn: r.dueOn,
        deadline: r.deadline,
        overdue: r.overdue,
        reason: r.reason,
        section: r.section,
        // The part of the case file where the task is done (/dossiers/:id/<part>; the overview is the case file itself).
        link: r.section === 'overzicht' ? `/dossiers/${r.caseId}` : `/dossiers/${r.caseId}/${r.section}`,
      })),
    };
  }, { readOnly: true });
}
