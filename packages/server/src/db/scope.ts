import { sql } from 'drizzle-orm';
import type { Db, Tx } from './database.ts';

/** What a request may see: enforced by row-level security on every table with personal data. */
export interface DataScope {
  organisationId: string;
  gemeenteIds: readonly string[];
}

/**
 * Runs `work` in one transaction as the non-owner role `koers_app`, with the scope set for the
 * row-level security policies. Everything a use case writes, plus its audit and processing-log
 * rows, commits or rolls back together.
 */
export async function inScope<T>(db: Db, scope: DataScope, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    // One round trip: set_config('role', …, true) is SET LOCAL ROLE (the role is a setting; checked
    // by test/isolation.test.ts on PGlite and PostgreSQL that row-level security applies).
    await tx.execute(
      sql`SELECT set_config('role', 'koers_app', true), set_config('koers.organisation_id', ${scope.organisationId}, true), set_config('koers.gemeente_ids', ${toPgArray(scope.gemeenteIds)}, true)`,
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
