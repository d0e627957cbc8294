import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/db/database.ts';
import { inScope, systemScope, type DataScope } from '../src/db/scope.ts';
import { gemeenten, organisations } from '../src/db/schema.ts';
import { testDatabase } from './support/database.ts';

/** Rows of a db.execute result (node-postgres and PGlite both answer `{ rows }`). */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

const setting = async (d: Database, scope: DataScope, readOnly?: boolean) =>
  inScope(
    d.db,
    scope,
    async (tx) => {
      const [row] = rowsOf<{ sc: string; who: string }>(await tx.execute(sql`SELECT current_setting('synchronous_commit') AS sc, current_user AS who`));
      return row!;
    },
    readOnly === undefined ? {} : { readOnly },
  );

describe('inScope', () => {
  let d: Database;
  let drop: () => Promise<void>;
  let scope: DataScope;
  let worker: DataScope;
  beforeAll(async () => {
    const target = await testDatabase();
    drop = target.drop;
    d = await openDatabase(target.config);
    await d.migrate();
    const [org] = await d.db.insert(organisations).values({ name: 'scope-test' }).returning();
    const [g] = await d.db.insert(gemeenten).values({ code: `9${String(Date.now()).slice(-3)}`, name: 'S', organisationId: org!.id }).returning();
    // A request's scope: the token only (the database derives the rest; this one names no session).
    scope = { kind: 'session', sessionToken: 'geen-sessie', organisationId: org!.id, gemeenteIds: [g!.id] };
    worker = systemScope(org!.id, [g!.id]);
  });
  afterAll(async () => {
    await d.close();
    await drop();
  });

  it('runs as koers_app; a read-only use case commits without waiting for the WAL flush, only in its own transaction', async () => {
    const before = { rows: rowsOf<{ sc: string }>(await d.db.execute(sql`SELECT current_setting('synchronous_commit') AS sc`)) };
    const normal = await setting(d, scope);
    expect(normal).toEqual({ sc: before.rows[0]!.sc, who: 'koers_app' });
    expect(await setting(d, scope, true)).toEqual({ sc: 'off', who: 'koers_app' });
    // SET LOCAL: the next transaction on the (same, for PGlite) connection has the default again.
    expect(await setting(d, scope, false)).toEqual({ sc: before.rows[0]!.sc, who: 'koers_app' });
    expect(before.rows[0]!.sc).toBe('on');
  });

  it('runs system work (no session) as koers_worker, a request as koers_app', async () => {
    expect((await setting(d, worker)).who).toBe('koers_worker');
    expect((await setting(d, scope)).who).toBe('koers_app');
  });
});
