// Many rows into one table in one statement, whatever their number: the rows travel as one JSON
// parameter and json_populate_recordset turns them into the table's row type (ADR 0075). Building a
// multi-row VALUES insert through the ORM costs a bind parameter per cell (tens of thousands for an
// import batch) and most of the batch's time; this costs one. Several such inserts may travel as one
// statement (`insertTogether`, ADR 0077 addendum of 2026-12-07).
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from './database.ts';
import { propertyOf } from '../util/guards.ts';

const jsonValue = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value === undefined ? null : value);

/**
 * The insert of `rows` (objects as for drizzle's `.values()`) into `table`, or undefined for no rows.
 * Columns no row gives keep their database default (bigserial ids, `now()`); a column one row gives
 * must be given by all (null is a value).
 */
export function bulkInsertStatement<T extends PgTable>(table: T, rows: readonly T['$inferInsert'][]): SQL | undefined {
  if (rows.length === 0) return undefined;
  const columns: Record<string, { name: string }> = getTableColumns(table);
  const keys = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) if (propertyOf(row, k) !== undefined && k in columns) keys.add(k);
  const used = [...keys];
  const names = used.map((k) => columns[k]!.name);
  // One plain object per row, filled in a loop: no [key, value] pair per cell (an import batch has tens of thousands).
  const json = rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < used.length; i++) out[names[i]!] = jsonValue(propertyOf(row, used[i]!));
    return out;
  });
  const list = sql.join(names.map((n) => sql.identifier(n)), sql`, `);
  return sql`INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, ${JSON.stringify(json)}::json)`;
}

/**
 * Runs several inserts (and at most one final statement of another kind) as one statement: every one
 * but the last becomes a data-modifying WITH query. PostgreSQL runs them all; foreign keys are checked
 * at the end of the statement (after-row triggers), so a child may reference a parent inserted in a
 * sibling. One round trip instead of one per table: on PGlite each statement costs about a millisecond
 * of protocol work in JavaScript whatever its size. The parts must not read each other's rows.
 */
export async function insertTogether(tx: Tx, parts: readonly (SQL | undefined)[]): Promise<void> {
  const statements = parts.filter((p): p is SQL => p !== undefined);
  const last = statements.at(-1);
  if (!last) return;
  const withs = statements.slice(0, -1).map((s, i) => sql`${sql.raw(`w${i}`)} AS (${s})`);
  await tx.execute(withs.length === 0 ? last : sql`WITH ${sql.join(withs, sql`, `)} ${last}`);
}
