// Case numbers given out per batch (ADR 0106, addendum of 2026-12-07): one upsert of the counter
// rows of (gemeente, year) reserves a range for all new cases of an import batch, instead of the
// trigger `koers_assign_case_number` upserting the counter once per case. The trigger still numbers
// every case inserted without a number, so both paths share the counters and stay unique per gemeente.
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { caseNumberCounters } from '../db/schema.ts';
import { todayIn } from './today.ts';

/** A case row about to be inserted: numbered in place when it has a creation time and no number yet. */
interface NewCase {
  gemeenteId: string;
  caseNumber?: string | null;
  createdAt?: Date | null;
}

/** "INB-<year>-<six digits>", as the trigger writes it. */
export function formatCaseNumber(year: number, n: number): string {
  return `INB-${year}-${String(n).padStart(6, '0')}`;
}

/**
 * Gives every row without a number the next numbers of its gemeente and year of creation (the year in
 * Europe/Amsterdam, as the trigger counts), in the order of `rows`. One statement for the whole batch;
 * the counter rows stay locked until the transaction ends, as with the trigger, and a rollback
 * gives the range back. Rows without `createdAt` are left to the trigger (the database's now()).
 */
export async function assignCaseNumbers(tx: Tx, rows: readonly NewCase[]): Promise<void> {
  const groups = new Map<string, { gemeenteId: string; year: number; rows: NewCase[] }>();
  for (const row of rows) {
    if (row.caseNumber != null || !row.createdAt) continue;
    const year = Number(todayIn(row.createdAt).slice(0, 4));
    const key = `${row.gemeenteId}|${year}`;
    const group = groups.get(key) ?? { gemeenteId: row.gemeenteId, year, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  if (groups.size === 0) return;
  // Always in the same order, so two batches of several gemeenten cannot lock each other's counters crosswise.
  const ordered = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
  const counters = await tx
    .insert(caseNumberCounters)
    .values(ordered.map((g) => ({ gemeenteId: g.gemeenteId, year: g.year, lastNumber: g.rows.length })))
    .onConflictDoUpdate({ target: [caseNumberCounters.gemeenteId, caseNumberCounters.year], set: { lastNumber: sql`${caseNumberCounters.lastNumber} + excluded.last_number` } })
    .returning();
  for (const counter of counters) {
    const group = groups.get(`${counter.gemeenteId}|${counter.year}`);
    if (!group) continue;
    const first = counter.lastNumber - group.rows.length + 1;
    group.rows.forEach((row, i) => {
      row.caseNumber = formatCaseNumber(group.year, first + i);
    });
  }
}
