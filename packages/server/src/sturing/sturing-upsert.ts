import type { SQL } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { caseSturing } from '../db/schema.ts';
import type { CaseRow } from '../case-file/find-case.ts';
import type { SignalInputs } from '../workqueue/signal-inputs.ts';
import { sturingRow } from './facts-row.ts';

/**
 * The upsert of a case's dashboard facts, from the rows refreshSignals read (signal-inputs.ts); it runs
 * in the same statement as the signals' rewrite. refreshSignals is called by every use case that
 * changes a case, before it commits: the dashboard is never stale (ADR 0140).
 */
export function sturingUpsert(tx: Tx, c: CaseRow, i: Pick<SignalInputs, 'pips' | 'results' | 'relief'>): SQL {
  const [relief] = i.relief;
  const row = sturingRow(c, {
    pips: i.pips.map((p) => ({ version: p.version, status: p.status, issuedOn: p.issuedOn, route: p.route, level: p.level, a2Skills: p.a2Skills })),
    pvtDoneOn: i.results.find((r) => r.kind === 'pvt')?.completedOn ?? null,
    mapDoneOn: i.results.find((r) => r.kind === 'map')?.completedOn ?? null,
    relief: relief ? { status: relief.status, startMonth: relief.startMonth, endMonthExclusive: relief.endMonthExclusive } : null,
  });
  const { caseId: _caseId, ...set } = row;
  return tx.insert(caseSturing).values(row).onConflictDoUpdate({ target: caseSturing.caseId, set }).getSQL();
}
