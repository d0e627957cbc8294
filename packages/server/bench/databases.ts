// The databases a benchmark runs on: in-memory PGlite, or a fresh database on the PostgreSQL server
// of KOERS_BENCH_DATABASE_URL (created and dropped by the bench).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '../src/db/database.ts';

export async function postgresTarget(url: string): Promise<{ config: DatabaseConfig; drop: () => Promise<void> }> {
  const name = `koers_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    config: { kind: 'postgresql', url: target.href, poolSize: 10 },
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
