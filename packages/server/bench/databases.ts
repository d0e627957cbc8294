// The databases a benchmark runs on: in-memory PGlite, or a fresh database on the PostgreSQL server
// of KOERS_BENCH_DATABASE_URL (created and dropped by the bench).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../src/db/database.ts';
import type { BenchWorld } from './generate.ts';

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

/** A generated world kept between runs (KOERS_BENCH_KEEP=1). */
export interface KeptWorld {
  load(): BenchWorld | undefined;
  save(world: BenchWorld): void;
}

/**
 * KOERS_BENCH_KEEP=1: the database `koers_bench_keep_<cases>` on the server of KOERS_BENCH_DATABASE_URL is generated
 * once and kept; the next run of the same size measures it again (new migrations are applied at start). Its world
 * (users, gemeenten, cases to open) is kept in a file beside it. So a 1,000,000-case database can be generated while
 * the machine is busy and measured later when it is quiet. KOERS_BENCH_KEEP=<label> (lower-case letters and digits)
 * keeps `koers_bench_keep_<label>_<cases>` instead, for a second copy on another branch's schema. Drop it by hand (`DROP DATABASE koers_bench_keep_…`).
 */
export async function keptPostgresTarget(url: string, cases: number, label: string): Promise<{ config: DatabaseConfig } & KeptWorld> {
  const name = `koers_bench_keep_${/^[a-z0-9]+$/.test(label) ? `${label}_` : ''}${cases}`;
  const file = path.join(os.tmpdir(), 'koers-bench-keep', `${name}.json`);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
    // A database without its world (an interrupted generation) is made again.
    if (exists && !existsSync(file)) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    if (!exists || !existsSync(file)) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    config: { kind: 'postgresql', url: target.href, poolSize: 10 },
    load: () => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchWorld) : undefined),
    save: (world) => {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(world));
    },
  };
}

/**
 * KOERS_BENCH_WAIT_QUIET=<load>: before measuring, wait (at most 30 minutes) until the one-minute load average is
 * below that number, so a measurement after a long generation does not share the machine with other work.
 */
export async function waitForQuiet(target: string): Promise<void> {
  const limit = Number(process.env.KOERS_BENCH_WAIT_QUIET ?? NaN);
  if (!Number.isFinite(limit)) return;
  const until = Date.now() + 30 * 60_000;
  while (os.loadavg()[0]! >= limit && Date.now() < until) {
    console.log(`[${target}] wachten op een rustige machine (load ${os.loadavg()[0]!.toFixed(2)} ≥ ${limit})…`);
    await new Promise((resolve) => setTimeout(resolve, 30_000));
  }
}
