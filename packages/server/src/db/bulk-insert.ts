// Many rows into one table in one statement, whatever their number: the rows travel as one JSON
// parameter and json_populate_recordset turns them into the table's row type (ADR 0075). Building a
// multi-row VALUES insert through the ORM costs a bind parameter per cell (tens of thousands for an
// import batch) and most of the batch's time; this costs one.
import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from './database.ts';
import { propertyOf } from '../util/guards.ts';

const jsonValue = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value === undefined ? null : value);

/**
 * Inserts `rows` (objects as for drizzle's `.values()`) into `table`. Columns no row gives keep their
 * database default (bigserial ids, `now()`); a column one row gives must be given by all (null is a value).
 */
export async function bulkInsert<T extends PgTable>(tx: Tx, table: T, rows: readonly T['$inferInsert'][]): Promise<void> {
  if (rows.length === 0) return;
  const columns: Record<string, { name: string }> = getTableColumns(table);
  const keys = new Set<string>();
  for (const row of rows) for (const [k, v] of Object.entries(row)) if (v !== undefined && k in columns) keys.add(k);
  const used = [...keys];
  const names = used.map((k) => columns[k]!.name);
  const json = rows.map((row) => Object.fromEntries(used.map((k, i): [string, unknown] => [names[i]!, jsonValue(propertyOf(row, k))])));
  const list = sql.join(names.map((n) => sql.identifier(n)), sql`, `);
  await tx.execute(sql`INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, ${JSON.stringify(json)}::json)`);
}
