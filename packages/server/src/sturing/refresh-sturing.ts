import { eq } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { caseResults, caseSturing, pips, reliefAgreements } from '../db/schema.ts';
import type { CaseRow } from '../case-file/find-case.ts';
import { sturingRow } from './facts-row.ts';

/**
 * Rewrites a case's dashboard facts in the caller's transaction. Called by refreshSignals, which
 * every use case that changes a case calls before it commits: the dashboard is never stale (ADR 0140).
 */
export async function refreshSturing(tx: Tx, c: CaseRow): Promise<void> {
  const versions = await tx
    .select({ version: pips.version, status: pips.status, issuedOn: pips.issuedOn, route: pips.route, level: pips.level, a2Skills: pips.a2Skills })
    .from(pips)
    .where(eq(pips.caseId, c.id));
  const results = await tx.select({ kind: caseResults.kind, completedOn: caseResults.completedOn }).from(caseResults).where(eq(caseResults.caseId, c.id));
  const [relief] = await tx
    .select({ status: reliefAgreements.status, startMonth: reliefAgreements.startMonth, endMonthExclusive: reliefAgreements.endMonthExclusive })
    .from(reliefAgreements)
    .where(eq(reliefAgreements.caseId, c.id));
  const row = sturingRow(c, {
    pips: versions,
    pvtDoneOn: results.find((r) => r.kind === 'pvt')?.completedOn ?? null,
    mapDoneOn: results.find((r) => r.kind === 'map')?.completedOn ?? null,
    relief: relief ?? null,
  });
  const { caseId: _caseId, ...set } = row;
  await tx.insert(caseSturing).values(row).onConflictDoUpdate({ target: caseSturing.caseId, set });
}
