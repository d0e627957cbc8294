// Fewer round trips on PostgreSQL (src/db/combining-client.ts, ADR 0113 addendum): BEGIN travels with the
// scope statement, a read's processing-log insert with the next statement or the COMMIT. The guarantees
// are the same on both drivers: the scope applies to every statement, the log row is written before
// anything that follows it, and a read whose log row cannot be written fails and leaves nothing behind.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.ts';
import { inScope, systemScope, type DataScope } from '../src/db/scope.ts';
import { gemeenten, organisations, processingLog } from '../src/db/schema.ts';
import { logProcessing, type ProcessingEntry } from '../src/privacy/processing-log.ts';
import { atNextStatement } from '../src/db/combining-client.ts';
import pg from 'pg';
import { propertyOf } from '../src/util/guards.ts';
import { testDatabase, testDatabaseKind } from './support/database.ts';

/** Rows of a db.execute result (node-postgres and PGlite both answer `{ rows }`). */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

describe('transactions with statements held back for the next one', () => {
  let d: Database;
  let drop: () => Promise<void>;
  let worker: DataScope;
  let gemeenteId: string;
  let organisationId: string;
  const logger = { trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, pseudonymKey: 'combining-test' };
  const entry = (operationName: string, gemeente: string): ProcessingEntry => {
    const at = new Date();
    return { activity: 'dossierInburgering', action: 'read', operationName, resourceType: 'case', resourceId: null, subject: { type: 'case', id: operationName }, gemeenteId: gemeente, startTime: at, endTime: at };
  };
  const logged = async (operationName: string) => (await d.db.select({ id: processingLog.id }).from(processingLog).where(eq(processingLog.operationName, operationName))).length;

  beforeAll(async () => {
    const target = await testDatabase();
    drop = target.drop;
    d = await openDatabase(target.config);
    await d.migrate();
    const [org] = await d.db.insert(organisations).values({ name: 'combining-test' }).returning();
    const [g] = await d.db.insert(gemeenten).values({ code: `8${String(Date.now()).slice(-3)}`, name: 'C', organisationId: org!.id }).returning();
    organisationId = org!.id;
    gemeenteId = g!.id;
    worker = systemScope(organisationId, [gemeenteId]);
  });
  afterAll(async () => {
    await d.close();
    await drop();
  });

  it("a read's log row is written before the next statement, and commits with the transaction", async () => {
    const seen = await inScope(
      d.db,
      worker,
      async (tx) => {
        await logProcessing(tx, logger, null, organisationId, [entry('combiningVolgorde', gemeenteId)]);
        const [row] = rowsOf<{ n: number }>(await tx.execute(sql`SELECT count(*)::int AS n FROM processing_log WHERE operation_name = ${'combiningVolgorde'}`));
        await logProcessing(tx, logger, null, organisationId, [entry('combiningLaatste', gemeenteId)]);
        return row?.n;
      },
      { readOnly: true },
    );
    expect(seen).toBe(1);
    expect(await logged('combiningVolgorde')).toBe(1);
    // The last statement of the transaction: it travelled with the COMMIT on PostgreSQL.
    expect(await logged('combiningLaatste')).toBe(1);
  });

  it('a read whose log row cannot be written fails, and nothing of its transaction stays', async () => {
    const failing = inScope(
      d.db,
      worker,
      async (tx) => {
        await logProcessing(tx, logger, null, organisationId, [entry('combiningEerste', gemeenteId)]);
        await tx.execute(sql`SELECT 1`);
        // Not a uuid: the insert fails in the database (on PostgreSQL at the COMMIT it travels with).
        await logProcessing(tx, logger, null, organisationId, [entry('combiningFout', 'geen-uuid')]);
        return 'beantwoord';
      },
      { readOnly: true },
    );
    await expect(failing).rejects.toThrow();
    expect(await logged('combiningEerste')).toBe(0);
    expect(await logged('combiningFout')).toBe(0);
    // The connection is clean afterwards: the next transaction runs, with its own scope only.
    const who = await inScope(d.db, worker, async (tx) => rowsOf<{ who: string }>(await tx.execute(sql`SELECT current_user AS who`))[0]?.who, { readOnly: true });
    expect(who).toBe('koers_worker');
    expect(rowsOf<{ who: string }>(await d.db.execute(sql`SELECT current_user AS who`))[0]?.who).not.toBe('koers_worker');
  });

  it('a transaction that fails before its first statement is undone without a trace; the next one runs', async () => {
    await expect(d.db.transaction(() => Promise.reject(new Error('afgebroken')))).rejects.toThrow('afgebroken');
    const [row] = rowsOf<{ sc: string }>(await d.db.transaction((tx) => tx.execute(sql`SELECT current_setting('synchronous_commit') AS sc`)));
    expect(row?.sc).toBe('on');
  });

  it('a session token is a quoted literal in the scope statement: quotes and backslashes stay data', async () => {
    const token = `x', true), set_config('role', 'postgres', true) --\\'`;
    const scope: DataScope = { kind: 'session', sessionToken: token, organisationId, gemeenteIds: [gemeenteId] };
    const [row] = await inScope(d.db, scope, async (tx) => rowsOf<{ token: string; who: string }>(await tx.execute(sql`SELECT current_setting('koers.session') AS token, current_user AS who`)));
    expect(row).toEqual({ token, who: 'koers_app' });
  });

  it("a transaction's first statement, its parameters written in (PostgreSQL), answers as with bound parameters", async () => {
    const tricky = `x', true), set_config('role', 'postgres', true) --\\'`;
    const statements = [
      sql`SELECT ${"O'Brien"} AS a, ${'a\\b'} AS b, ${'ünï ✓ 𝄞'} AS c, ${tricky} AS d, ${'$1 -- /*'} AS e, current_user AS who`,
      sql`SELECT ${42}::int + 1 AS n, ${-1.5}::float8 AS f, ${true}::boolean AS t, ${null}::text AS z, ${'2026-11-23'}::date - 1 AS d`,
      sql`SELECT ${'{"a":"x\'y","b":[1,2]}'}::jsonb -> 'b' AS j, ${gemeenteId}::uuid = ${gemeenteId} AS same, '$1' AS literal`,
      sql`SELECT g AS n FROM generate_series(1, ${10}) AS g WHERE g > ${2} ORDER BY g LIMIT ${1} OFFSET ${2}`,
    ];
    for (const statement of statements) {
      const bound = await inScope(d.db, worker, async (tx) => {
        await tx.execute(sql`SELECT 1`);
        return rowsOf<Record<string, unknown>>(await tx.execute(statement));
      });
      const first = await inScope(d.db, worker, async (tx) => rowsOf<Record<string, unknown>>(await tx.execute(statement)));
      expect(first).toEqual(bound);
      expect(first).toHaveLength(1);
    }
    const [row] = await inScope(d.db, worker, async (tx) => rowsOf<Record<string, unknown>>(await tx.execute(statements[0]!)));
    expect(row).toEqual({ a: "O'Brien", b: 'a\\b', c: 'ünï ✓ 𝄞', d: tricky, e: '$1 -- /*', who: 'koers_worker' });
  });

  it("a transaction's first statement that fails undoes the transaction; the next one runs", async () => {
    await expect(inScope(d.db, worker, (tx) => tx.execute(sql`SELECT ${'geen-uuid'}::uuid`))).rejects.toThrow();
    const who = await inScope(d.db, worker, async (tx) => rowsOf<{ who: string }>(await tx.execute(sql`SELECT current_user AS who, ${1}::int AS one`))[0]?.who);
    expect(who).toBe('koers_worker');
  });

  it.skipIf(testDatabaseKind !== 'postgresql')('a query of another form (a callback) cannot overtake the held BEGIN and scope', async () => {
    const attempt = inScope(d.db, worker, (tx) => {
      const client: unknown = propertyOf(tx, 'session');
      const raw: unknown = propertyOf(client, 'client');
      if (!(raw instanceof pg.Client)) return Promise.reject(new Error('node-postgres client expected'));
      raw.query('SELECT 1', () => undefined);
      return Promise.resolve();
    });
    await expect(attempt).rejects.toThrow(/held back/);
    const who = await inScope(d.db, worker, async (tx) => rowsOf<{ who: string }>(await tx.execute(sql`SELECT current_user AS who`))[0]?.who);
    expect(who).toBe('koers_worker');
  });

  it('outside a transaction a marked statement is not held back', async () => {
    const result = await d.db.execute(sql.raw(`${atNextStatement} SELECT 1 AS one`));
    expect(rowsOf<{ one: number }>(result)).toEqual([{ one: 1 }]);
  });

  it('a write transaction logs with a bound parameter, as before, and commits its rows', async () => {
    await inScope(d.db, worker, (tx) => logProcessing(tx, logger, null, organisationId, [entry('combiningSchrijven', gemeenteId)]));
    expect(await logged('combiningSchrijven')).toBe(1);
  });
});
