// A pooled connection broken while idle (a server restart, a failover, pg_terminate_backend) must
// not end the process: the pool drops it, Koers logs its SQLSTATE, and the next query gets a new one.
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/database.ts';
import { testDatabase, testDatabaseKind } from './support/database.ts';

const pidOf = async (db: Awaited<ReturnType<typeof openDatabase>>['db']): Promise<number | undefined> => {
  const result: unknown = await db.execute(sql`select pg_backend_pid() as pid`);
  const rows: unknown[] = typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows) ? result.rows : [];
  const first = rows[0];
  const pid: unknown = typeof first === 'object' && first !== null && 'pid' in first ? first.pid : undefined;
  return typeof pid === 'number' ? pid : undefined;
};

describe.skipIf(testDatabaseKind !== 'postgresql')('a broken idle connection (PostgreSQL)', () => {
  it('is reported by its SQLSTATE only; the next query works on a new connection', async () => {
    const target = await testDatabase();
    if (target.config.kind !== 'postgresql') throw new Error('PostgreSQL expected');
    const seen: (string | undefined)[] = [];
    const database = await openDatabase(target.config, { onIdleConnectionError: (sqlState) => seen.push(sqlState) });
    const admin = new pg.Client({ connectionString: target.config.url });
    try {
      const pid = await pidOf(database.db);
      expect(pid).toBeTypeOf('number');
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await expect.poll(() => seen, { timeout: 5_000 }).toEqual(['57P01']);
      const next = await pidOf(database.db);
      expect(next).toBeTypeOf('number');
      expect(next).not.toBe(pid);
    } finally {
      await admin.end();
      await database.close();
      await target.drop();
    }
  });
});
