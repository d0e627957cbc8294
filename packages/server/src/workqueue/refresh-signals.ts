import { eq } from 'drizzle-orm';
import { computeDifferenceSignals, computeSignals, type Signal } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { caseSignals } from '../db/schema.ts';
import { insertTogether } from '../db/bulk-insert.ts';
import { loadSnapshot } from './snapshot.ts';
import { duoSignalsFor } from '../duo/signals.ts';
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
import { sturingUpsert } from '../sturing/sturing-upsert.ts';
import { portaalSignalsFor } from './portaal-signals.ts';
import { readSignalInputs } from './signal-inputs.ts';

/**
 * Recomputes the werkvoorraad signals of one case from its current state, in the caller's
 * transaction. Every use case that changes a case's state calls this before it commits.
 * The rules are pure (`computeSignals` in @koers/domain) and do not depend on today's date;
 * `today` only chooses the year of the gemeente's settings. See docs/adr/0040.
 * One statement reads the case with everything the rules read (signal-inputs.ts), one writes the
 * dashboard facts and the signals (ADR 0059 addendum of the tenth session); only a case with a running
 * termijn reads more (its PVT/MAP and Z-route figures, from the views that show them).
 */
export async function refreshSignals(tx: Tx, caseId: string, today: string): Promise<void> {
  const i = await readSignalInputs(tx, caseId);
  const remove = tx.delete(caseSignals).where(eq(caseSignals.caseId, caseId)).getSQL();
  const [row] = i.kase;
  if (!row) {
    await tx.execute(remove);
    return;
  }
  const closed = isClosedCase(row);
  // The case's own signals, plus what the DUO koppeling asks of the case manager (kept for closed cases too).
  const own = computeSignals(await loadSnapshot(tx, row, Number(today.slice(0, 4)), i));
  const extra = [
    ...duoSignalsFor(row, i),
    ...computeDifferenceSignals(i.differences),
    ...(await ontzorgenSignalsFor(tx, i, closed ? (row.closedOn ?? todayIn(row.updatedAt)) : null)),
    ...(await budgetbeheerSignalsFor(tx, i, closed)),
    ...termSignalsFor(row, i),
    ...(await handhavingSignalsFor(tx, row, i, today)),
    ...(await trajectSignalsFor(tx, row, i, today)),
    ...(await pvtMapSignalsFor(tx, row, i, today)),
    ...(closed ? [] : progressSignalsFor(row, i)),
    ...(await zRouteSignalsFor(tx, row, i, today)),
    ...begeleidingSignalsFor(row, i),
    ...duoFineSignalsFor(row, i),
    ...portaalSignalsFor(row, i),
  ];
  const rows = signalRows(row, own, extra);
  await insertTogether(tx, [sturingUpsert(tx, row, i), remove, rows.length > 0 ? tx.insert(caseSignals).values(rows).getSQL() : undefined]);
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
