import { eq } from 'drizzle-orm';
import { computeSignals, type Signal } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { cases, caseSignals } from '../db/schema.ts';
import { loadSnapshot } from './snapshot.ts';
import { duoSignalsFor } from '../duo/signals.ts';
import { differenceSignalsFor } from '../imports/reconciliation/difference-signals.ts';
import { ontzorgenSignalsFor } from '../ontzorgen/signals.ts';
import { budgetbeheerSignalsFor } from '../ontzorgen/budgetbeheer-signals.ts';
import { isClosedCase, type CaseRow } from '../case-file/find-case.ts';
import { todayIn } from '../case-file/today.ts';
import { termSignalsFor } from './term-signals.ts';
import { handhavingSignalsFor } from './handhaving-signals.ts';
import { trajectSignalsFor } from './traject-signals.ts';
import { pvtMapSignalsFor } from './pvt-map-signals.ts';
import { progressSignalsFor } from './progress-signals.ts';
import { zRouteSignalsFor } from './z-route-signals.ts';
import { begeleidingSignalsFor } from './begeleiding-signals.ts';
import { duoFineSignalsFor } from './duo-fine-signals.ts';
import { refreshSturing } from '../sturing/refresh-sturing.ts';
import { portaalSignalsFor } from './portaal-signals.ts';

/**
 * Recomputes the werkvoorraad signals of one case from its current state, in the caller's
 * transaction. Every use case that changes a case's state calls this before it commits.
 * The rules are pure (`computeSignals` in @koers/domain) and do not depend on today's date;
 * `today` only chooses the year of the gemeente's settings. See docs/adr/0040.
 */
export async function refreshSignals(tx: Tx, caseId: string, today: string): Promise<void> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, caseId));
  await tx.delete(caseSignals).where(eq(caseSignals.caseId, caseId));
  if (!row) return;
  await refreshSturing(tx, row);
  // The case's own signals, plus what the DUO koppeling asks of the case manager (kept for closed cases too).
  const own = computeSignals(await loadSnapshot(tx, row, Number(today.slice(0, 4))));
  const duo = await duoSignalsFor(tx, caseId);
  const differences = await differenceSignalsFor(tx, caseId);
  const ontzorgen = await ontzorgenSignalsFor(tx, caseId, isClosedCase(row) ? (row.closedOn ?? todayIn(row.updatedAt)) : null);
  const budgetbeheer = await budgetbeheerSignalsFor(tx, caseId, isClosedCase(row));
  const term = await termSignalsFor(tx, row);
  const handhaving = await handhavingSignalsFor(tx, row, today);
  const traject = await trajectSignalsFor(tx, row, today);
  const pvtMap = await pvtMapSignalsFor(tx, row, today);
  const progress = isClosedCase(row) ? [] : await progressSignalsFor(tx, caseId);
  const zRoute = await zRouteSignalsFor(tx, row, today);
  const begeleiding = await begeleidingSignalsFor(tx, row);
  const duoFine = await duoFineSignalsFor(tx, row);
  const portaal = await portaalSignalsFor(tx, row);
  const rows = signalRows(row, own, [...duo, ...differences, ...ontzorgen, ...budgetbeheer, ...term, ...handhaving, ...traject, ...pvtMap, ...progress, ...zRoute, ...begeleiding, ...duoFine, ...portaal]);
  if (rows.length === 0) return;
  await tx.insert(caseSignals).values(rows);
}

/**
 * What a stored signal keeps besides its columns: the legal deadline, the person's name (rows written
 * before names were kept lack it) and the `ref` of the record the signal is about.
 */
export type SignalData = { deadline?: string | null; name?: string; sortName?: string; [ref: string]: unknown };

/** The stored rows of a case's signals (also written in bulk by the imports, ADR 0076). */
export function signalRows(row: Pick<CaseRow, 'id' | 'gemeenteId' | 'caseManagerId' | 'givenNames' | 'familyName'>, own: readonly Signal[], extra: readonly (Signal & { ref?: object })[]): (typeof caseSignals.$inferInsert)[] {
  return [
    ...own.map((s) => ({ signal: s, data: { deadline: s.deadline, ...signalNames(row) } })),
    ...extra.map((s) => ({ signal: s, data: { deadline: s.deadline, ...signalNames(row), ...(s.ref ?? {}) } })),
  ].map(({ signal: s, data }) => ({
    caseId: row.id,
    gemeenteId: row.gemeenteId,
    caseManagerId: row.caseManagerId,
    kind: s.kind,
    dueOn: s.dueOn,
    reason: s.reason,
    section: s.section,
    data,
  }));
}

/**
 * The person's name, kept with each signal so the werkvoorraad reads one table (no join with
 * cases under row-level security) and can sort by name; refreshed with every change of the case.
 */
export function signalNames(c: { givenNames: string; familyName: string }): { name: string; sortName: string } {
  return { name: `${c.givenNames} ${c.familyName}`, sortName: `${c.familyName} ${c.givenNames}`.toLocaleLowerCase('nl') };
}
