// The rows of a raw SQL statement (tx.execute), typed by the statement's author.
import type { SQL } from 'drizzle-orm';
import type { Queryable } from './database.ts';
import { propertyOf } from '../util/guards.ts';

/** The rows of a raw statement run on `db` (PGlite and node-postgres both answer `{ rows }`). */
export async function rawRows<T>(db: Queryable, statement: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(statement));
}

/**
 * The rows of a raw statement's answer. drizzle's driver-neutral `PgDatabase<PgQueryResultHKT>` types
 * that answer as unknown and only the SQL knows its columns, so this is the one place that states a
 * raw row's type; every caller names it next to its statement.
 */
export function rowsOf<T>(result: unknown): T[] {
  const rows: unknown = propertyOf(result, 'rows');
  if (!Array.isArray(rows)) throw new Error('raw statement answered without rows');
  // Legitimate: the row type comes from the caller's SELECT/RETURNING list, which TypeScript cannot read.
  return rows as T[];
}
