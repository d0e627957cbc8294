// Several reads in one statement (ADR 0059 addendum of the tenth session): each read becomes a
// sub-select that returns its rows as one JSON array, and each array is turned back into the rows
// drizzle would have returned, column by column (`mapFromDriverValue`, as drizzle does for its own
// results). On PGlite every statement costs about the same protocol work in JavaScript whatever it
// reads, so twenty small reads of one case cost twenty times one; together they cost one.
import { getTableColumns, is, sql, Table, type Column, type GetColumnData, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgView } from 'drizzle-orm/pg-core';
import type { Queryable } from './database.ts';
import { rowsOf as rawRows } from './raw-rows.ts';
import { isRecord, isUnknownArray } from '../util/guards.ts';

/** One read: its sub-select (one JSON value) and how to turn that value into rows. */
export interface Read<T> {
  readonly query: SQL;
  decode(value: unknown): T;
}

/** What a field of a selection reads: a column, a whole row of a table, or a scalar sub-select whose JSON value is the value. */
type Field = PgColumn | PgTable | SQL<unknown>;
type FieldValue<F> = F extends PgColumn ? GetColumnData<F> : F extends PgTable ? F['$inferSelect'] : F extends SQL<infer T> ? T : never;
export type Selected<S extends Record<string, Field>> = { [K in keyof S]: FieldValue<S[K]> };

// JSON carries these exactly as the driver's text does once drizzle maps them: uuid, text, integers,
// booleans, dates as strings, timestamps with a zone (an ISO text; the same instant), jsonb. A numeric
// would lose its trailing zeros and a bytea its bytes: refused.
const jsonExact = new Set(['PgUUID', 'PgText', 'PgVarchar', 'PgInteger', 'PgSmallInt', 'PgBigSerial53', 'PgSerial', 'PgBoolean', 'PgDateString', 'PgTimestamp', 'PgJsonb', 'PgEnumColumn']);

function checkColumn(column: Column): void {
  if (!jsonExact.has(column.columnType)) throw new Error(`read-together: column ${column.name} (${column.columnType}) does not travel exactly as JSON`);
}

const decodeColumn = (column: Column, value: unknown): unknown => (value === null || value === undefined ? null : column.mapFromDriverValue(value));

function arrayOf(value: unknown): readonly unknown[] {
  if (!isUnknownArray(value)) throw new Error('read-together: a read answered without rows');
  return value;
}

function recordOf(value: unknown): Record<string, unknown> {
  if (!isRecord(value)) throw new Error('read-together: a row is not an object');
  return value;
}

const filtered = (where: SQL | undefined): SQL => (where ? sql` WHERE ${where}` : sql``);
const ordered = (orderBy: readonly SQL[]): SQL => (orderBy.length === 0 ? sql`` : sql` ORDER BY ${sql.join([...orderBy], sql`, `)}`);

/** The rows of `table` that match `where`, whole, in the order of `orderBy` (as `tx.select().from(table)`). */
export function rowsOf<T extends PgTable>(table: T, where: SQL | undefined, orderBy: readonly SQL[] = []): Read<T['$inferSelect'][]> {
  const decodeRow = wholeRow(table);
  return {
    query: sql`(SELECT coalesce(json_agg(row_to_json(${table})${ordered(orderBy)}), '[]'::json) FROM ${table}${filtered(where)})`,
    decode: (value) => arrayOf(value).map(decodeRow),
  };
}

/** Decodes `row_to_json(table)`: column by column from the table's own columns, as drizzle builds its rows. */
function wholeRow<T extends PgTable>(table: T): (json: unknown) => T['$inferSelect'] {
  const columns = Object.entries(getTableColumns(table));
  for (const [, column] of columns) checkColumn(column);
  return (json) => {
    const row = recordOf(json);
    // Every column of the table, decoded by that column: the row drizzle would have built.
    return Object.fromEntries(columns.map(([key, column]) => [key, decodeColumn(column, row[column.name])]));
  };
}

/**
 * The fields of `selection` for the rows of `table` that match `where` (as `tx.select(selection).from(table)`).
 * A field may be a column of `table`, or a scalar sub-select typed with `sql<T>` whose JSON value is a T
 * (text, integers, booleans: what a left join would have added).
 */
export function fieldsOf<S extends Record<string, Field>>(from: PgTable | PgView, selection: S, where: SQL | undefined, orderBy: readonly SQL[] = []): Read<Selected<S>[]> {
  const { object, decode } = jsonObject(selection);
  return {
    query: sql`(SELECT coalesce(json_agg(${object}${ordered(orderBy)}), '[]'::json) FROM ${from}${filtered(where)})`,
    decode: (value) => arrayOf(value).map(decode),
  };
}

/**
 * Aggregates over the rows of `from` that match `where`, as one row (as `tx.select({ n: count() }).from(from)`):
 * each field an aggregate typed with `sql<T>` whose JSON value is a T (e.g. `sql<number>\`count(*)::int\``).
 */
export function totalsOf<S extends Record<string, SQL<unknown>>>(from: PgTable | PgView, selection: S, where: SQL | undefined): Read<Selected<S>> {
  const { object, decode } = jsonObject(selection);
  return {
    query: sql`(SELECT ${object} FROM ${from}${filtered(where)})`,
    decode,
  };
}

/** `json_build_object` of a selection, and how to turn one such object back into the selection's row. */
function jsonObject<S extends Record<string, Field>>(selection: S): { object: SQL; decode: (json: unknown) => Selected<S> } {
  const entries = Object.entries(selection);
  if (entries.length > 50) throw new Error('read-together: at most 50 fields (json_build_object)');
  const decoders = new Map<string, (json: unknown) => unknown>();
  for (const [key, field] of entries) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key)) throw new Error(`read-together: field name ${key}`);
    if (isTable(field)) decoders.set(key, wholeRow(field));
    else if (isColumn(field)) {
      checkColumn(field);
      decoders.set(key, (json) => decodeColumn(field, json));
    } else decoders.set(key, (json) => json ?? null);
  }
  const fields = sql.join(
    entries.map(([key, field]) => sql`${sql.raw(`'${key}'`)}, ${isTable(field) ? sql`row_to_json(${field})` : field}`),
    sql`, `,
  );
  return {
    object: sql`json_build_object(${fields})`,
    decode: (element) => {
      const json = recordOf(element);
      // Legitimate: each field decoded by its own column or table (or taken as the JSON value its sql<T> declares).
      return Object.fromEntries(entries.map(([key]) => [key, decoders.get(key)?.(json[key])])) as Selected<S>;
    },
  };
}

const isTable = (field: Field): field is PgTable => is(field, Table);
const isColumn = (field: Field): field is PgColumn => 'columnType' in field;

/** Reads in one statement; each key gets its read's rows. */
export async function readTogether<R extends Record<string, Read<unknown>>>(tx: Queryable, reads: R): Promise<{ [K in keyof R]: R[K] extends Read<infer T> ? T : never }> {
  const entries = Object.entries(reads);
  const columns = entries.map(([, read], i) => sql`${read.query} AS ${sql.identifier(`r${i}`)}`);
  const [row] = rawRows<Record<string, unknown>>(await tx.execute(sql`SELECT ${sql.join(columns, sql`, `)}`));
  if (!row) throw new Error('read-together: no answer');
  // Legitimate: every key of `reads` decoded by its own read.
  return Object.fromEntries(entries.map(([key, read], i) => [key, read.decode(row[`r${i}`])])) as { [K in keyof R]: R[K] extends Read<infer T> ? T : never };
}
