import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/db/database.ts';

/**
 * The database a test runs against: in-memory PGlite by default, or a fresh database on the
 * PostgreSQL server named by KOERS_TEST_DATABASE_URL (CI runs the suite both ways).
 */
export async function testDatabase(): Promise<{ config: DatabaseConfig; drop: () => Promise<void> }> {
  const serverUrl = process.env.KOERS_TEST_DATABASE_URL;
  if (!serverUrl) return { config: { kind: 'pglite' }, drop: async () => {} };
  const name = `koers_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgresql', url: url.href, poolSize: 4 },
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export const testDatabaseKind: DatabaseConfig['kind'] = process.env.KOERS_TEST_DATABASE_URL ? 'postgresql' : 'pglite';
