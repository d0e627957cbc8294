import { sql } from 'drizzle-orm';
import type { Db, Tx } from './database.ts';

/** What a request may see: enforced by row-level security on every table with personal data. */
export interface DataScope {
  organisationId: string;
  gemeenteIds: readonly string[];
}

export interface ScopeOptions {
  /**
   * The use case changes no data: its only writes are processing-log rows. Such a transaction
   * commits without waiting for the WAL flush (`synchronous_commit = off`, this transaction only):
   * a read's log row is still written atomically with nothing else, but a database crash may lose
   * the last fraction of a second of read-log rows. Data changes never use this. ADR 0061.
   */
  readOnly?: boolean;
}

/**
 * Runs `work` in one transaction as the non-owner role `koers_app`, with the scope set for the
 * row-level security policies. Everything a use case writes, plus its audit and processing-log
 * rows, commits or rolls back together.
 */
export async function inScope<T>(db: Db, scope: DataScope, work: (tx: Tx) => Promise<T>, options: ScopeOptions = {}): Promise<T> {
  return db.transaction(async (tx) => {
    // One round trip: set_config('role', …, true) is SET LOCAL ROLE (the role is a setting; checked
    // by test/isolation.test.ts on PGlite and PostgreSQL that row-level security applies).
    await tx.execute(
      sql`SELECT set_config('role', 'koers_app', true), set_config('koers.organisation_id', ${scope.organisationId}, true), set_config('koers.gemeente_ids', ${toPgArray(scope.gemeenteIds)}, true)${options.readOnly ? sql`, set_config('synchronous_commit', 'off', true)` : sql``}`,
    );
    return work(tx);
  });
}

/** System work (login, session lookup, migrations' seed) as the owner, outside any gemeente scope. */
export async function asSystem<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(work);
}

function toPgArray(ids: readonly string[]): string {
  for (const id of ids) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Error(`Ongeldige gemeente-id in scope: ${id}`);
  }
  return `{${ids.join(',')}}`;
}
