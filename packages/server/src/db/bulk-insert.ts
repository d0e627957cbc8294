// Many rows into one table in one statement, whatever their number: the rows travel as one JSON
// parameter and jsonb_to_recordset turns them into records (ADR 0075; jsonb since the twelfth session's
// ADR 0077 addendum: parsed once, nested values not parsed again). Building a
// multi-row VALUES insert through the ORM costs a bind parameter per cell (tens of thousands for an
// import batch) and most of the batch's time; this costs one. Several such inserts may travel as one
// statement (`insertTogether`, ADR 0077 addendum of 2026-12-07).
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from './database.ts';
import { propertyOf } from '../util/guards.ts';

/** A column's type in a record definition (a serial is its integer type once it exists). */
function typeOf(column: PgColumn): string {
  const type = column.getSQLType();
  return type === 'bigserial' ? 'bigint' : type === 'serial' ? 'integer' : type;
}

/**
 * The insert of `rows` (objects as for drizzle's `.values()`) into `table`, or undefined for no rows.
 * Columns no row gives keep their database default (bigserial ids, `now()`); a column one row gives
 * is null in the rows that leave it out.
 */
export function bulkInsertStatement<T extends PgTable>(table: T, rows: readonly T['$inferInsert'][]): SQL | undefined {
  if (rows.length === 0) return undefined;
  const columns: Record<string, PgColumn> = getTableColumns(table);
  const keys = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) if (propertyOf(row, k) !== undefined && k in columns) keys.add(k);
  const used = [...keys];
  // The rows as they are, by their property names (JSON writes a Date as its ISO text and leaves undefined
  // out): no copy per row under the columns' names. The record definition maps them to the columns.
  const json = JSON.stringify(rows);
  const target = sql.join(used.map((k) => sql.identifier(columns[k]!.name)), sql`, `);
  const source = sql.join(used.map((k) => sql`r.${sql.identifier(k)}`), sql`, `);
  const record = sql.join(used.map((k) => sql`${sql.identifier(k)} ${sql.raw(typeOf(columns[k]!))}`), sql`, `);
  return sql`INSERT INTO ${table} (${target}) SELECT ${source} FROM jsonb_to_recordset(${json}::jsonb) AS r(${record})`;
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
