// `node --import tsx packages/server/bench/import-profile.ts [pglite|postgresql] [tvs|caseload]`: one import
// (KOERS_BENCH_IMPORT_ROWS, default 10,000) with every statement counted and timed at the driver (ADR 0077
// addendum of 2026-12-07). Prints statements per batch (a batch is one BEGIN … COMMIT of the import's
// role), the time inside the driver and the rest (Node: Koers, drizzle, the protocol layer's callers).
// Add `node --cpu-prof` for a CPU profile. PostgreSQL: KOERS_BENCH_DATABASE_URL. PGlite runs in a fresh data folder.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createKoers } from '../src/start.ts';
import type { DatabaseConfig } from '../src/db/database.ts';
import { postgresTarget } from './databases.ts';
import { caseloadFiles, Session, tvsCsv, world } from './imports.ts';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROWS = Number(process.env.KOERS_BENCH_IMPORT_ROWS ?? 10_000);
const kind = process.argv[2] === 'postgresql' ? 'postgresql' : 'pglite';
const what = process.argv[3] === 'caseload' ? 'caseload' : 'tvs';

interface Counter {
  statements: number;
  ms: number;
  byKind: Map<string, { n: number; ms: number }>;
}
const counter: Counter = { statements: 0, ms: 0, byKind: new Map() };
let on = false;

function count(text: string, ms: number): void {
  if (!on) return;
  counter.statements++;
  counter.ms += ms;
  const key = text.replace(/\s+/g, ' ').slice(0, 70);
  const entry = counter.byKind.get(key) ?? { n: 0, ms: 0 };
  entry.n++;
  entry.ms += ms;
  counter.byKind.set(key, entry);
}

// PGlite: every statement (query or exec, in a transaction or not) runs through _runExclusiveQuery.
type Exclusive = (fn: () => Promise<unknown>) => Promise<unknown>;
const proto = PGlite.prototype as unknown as { _runExclusiveQuery: Exclusive };
const original = proto._runExclusiveQuery;
let lastText = '';
proto._runExclusiveQuery = async function (this: PGlite, fn: () => Promise<unknown>) {
  const text = lastText;
  const t = performance.now();
  try {
    return await original.call(this, fn);
  } finally {
    count(text, performance.now() - t);
  }
};
const pgliteProto = PGlite.prototype as unknown as { query: (q: string, ...rest: unknown[]) => Promise<unknown>; exec: (q: string, ...rest: unknown[]) => Promise<unknown>; transaction: (fn: (tx: { query: (q: string, ...rest: unknown[]) => Promise<unknown>; exec: (q: string, ...rest: unknown[]) => Promise<unknown> }) => Promise<unknown>) => Promise<unknown> };
const originalTransaction = pgliteProto.transaction;
pgliteProto.transaction = function (this: PGlite, fn) {
  return originalTransaction.call(this, (tx) => {
    const query = tx.query.bind(tx);
    const exec = tx.exec.bind(tx);
    tx.query = (q, ...rest) => ((lastText = q), query(q, ...rest));
    tx.exec = (q, ...rest) => ((lastText = q), exec(q, ...rest));
    return fn(tx);
  });
};
for (const m of ['query', 'exec'] as const) {
  const f = pgliteProto[m];
  pgliteProto[m] = function (this: PGlite, q: string, ...rest: unknown[]) {
    lastText = q;
    return f.call(this, q, ...rest);
  };
}

// node-postgres: every statement goes through Client.query (a promise when no callback is given).
const clientProto = pg.Client.prototype as unknown as { query: (config: unknown, ...rest: unknown[]) => unknown };
const pgQuery = clientProto.query;
// KOERS_PROFILE_EXPLAIN=1 (PostgreSQL): the tenth batch's one insert also runs once under EXPLAIN ANALYZE in a
// savepoint that is rolled back, which splits its time per table, index and trigger.
let inserts = 0;
clientProto.query = function (this: pg.Client, config: unknown, ...rest: unknown[]) {
  const text = typeof config === 'string' ? config : ((config as { text?: string }).text ?? '');
  if (on && process.env.KOERS_PROFILE_EXPLAIN === '1' && text.startsWith('WITH w0 AS (INSERT INTO "cases"') && ++inserts === 10) {
    const values = (config as { values?: unknown[] }).values ?? rest[0];
    void pgQuery.call(this, 'SAVEPOINT koers_explain');
    const explained = pgQuery.call(this, { text: `EXPLAIN (ANALYZE, TIMING) ${text}`, values }) as Promise<{ rows: { 'QUERY PLAN': string }[] }>;
    void explained.then((r) => console.log(r.rows.map((row) => row['QUERY PLAN']).join('\n')));
    void pgQuery.call(this, 'ROLLBACK TO SAVEPOINT koers_explain');
  }
  const t = performance.now();
  const result = pgQuery.call(this, config, ...rest);
  if (result instanceof Promise) void result.then(() => count(text, performance.now() - t), () => count(text, performance.now() - t));
  return result;
};

/**
 * CPU seconds (user + system) of this host's PostgreSQL backends connected to `database` (the bench's own
 * database, so not another engineer's), or undefined when there are none to read (another host, no
 * /proc): PostgreSQL's share of an import. The pool keeps its connections during the import.
 */
function postgresCpuSeconds(database: string): number | undefined {
  let ticks = 0;
  let found = false;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (/\((.*)\)/.exec(stat)?.[1] !== 'postgres' || !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${database} `)) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
      found = true;
    } catch {
      // The process ended meanwhile.
    }
  }
  return found ? ticks / 100 : undefined;
}

async function main(): Promise<void> {
  const url = process.env.KOERS_BENCH_DATABASE_URL;
  const target = kind === 'postgresql' ? (url ? await postgresTarget(url) : undefined) : undefined;
  if (kind === 'postgresql' && !target) throw new Error('KOERS_BENCH_DATABASE_URL ontbreekt');
  // KOERS_PROFILE_PGLITE_MEMORY=1: PGlite in memory instead of a fresh data folder (how Koers runs it; in memory the
  // file system's copies add stalls of their own, ADR 0077 addendum of the thirteenth session).
  const dataDir = target || process.env.KOERS_PROFILE_PGLITE_MEMORY === '1' ? undefined : mkdtempSync(join(tmpdir(), 'koers-import-profile-'));
  const config: DatabaseConfig = target ? target.config : dataDir ? { kind: 'pglite', dataDir } : { kind: 'pglite' };
  const benchDatabase = config.kind === 'postgresql' ? new URL(config.url).pathname.slice(1) : '';
  const { app, database } = await createKoers({ logLevel: 'silent', demo: false, secret: 'bench-geheim-'.padEnd(40, 'x'), database: config, now: () => new Date('2026-11-23T09:00:00Z'), reconciliationWorker: false });
  await app.ready();
  try {
    // A warm-up import of 500 rows, so the profile is not of cold code paths.
    for (const rows of [500, ROWS]) {
      const w = await world(database);
      const s = new Session(app);
      await s.login(w.regisseur);
      const body = what === 'tvs' ? { csv: tvsCsv(rows, 1000) } : { files: caseloadFiles(rows, 2000, w.regisseur), gemeenteId: w.gemeenteId };
      const url = what === 'tvs' ? `/api/imports/tvs?wacht=true&gemeenteId=${w.gemeenteId}` : '/api/imports/lopende-dossiers?wacht=true';
      counter.statements = 0;
      counter.ms = 0;
      counter.byKind.clear();
      on = rows === ROWS;
      const started = performance.now();
      const cpu = process.cpuUsage();
      const pgCpu = kind === 'postgresql' ? postgresCpuSeconds(benchDatabase) : undefined;
      const job = await s.request('POST', url, body);
      const seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      const pgCpuAfter = kind === 'postgresql' ? postgresCpuSeconds(benchDatabase) : undefined;
      on = false;
      if (rows !== ROWS) continue;
      const batches = [...counter.byKind].filter(([k]) => k.startsWith('SELECT set_config(\'role\', \'koers_worker\'')).reduce((n, [, v]) => n + v.n, 0);
      console.log(`${kind} ${what} ${rows} rows: ${(rows / seconds).toFixed(0)} rows/s, ${seconds.toFixed(1)} s, created ${job.created}`);
      // CPU time of this process (on PGlite the database too): less dependent on a shared machine's load than the wall clock.
      console.log(`CPU ${((used.user + used.system) / 1e6).toFixed(1)} s: ${(rows / ((used.user + used.system) / 1e6)).toFixed(0)} rows per CPU second`);
      if (pgCpu !== undefined && pgCpuAfter !== undefined) console.log(`PostgreSQL CPU ${(pgCpuAfter - pgCpu).toFixed(1)} s (this host's backends of the bench database): ${((1000 * (pgCpuAfter - pgCpu)) / rows).toFixed(2)} ms per row`);
      console.log(`statements ${counter.statements}, batches (worker transactions) ${batches}, per batch ${(counter.statements / Math.max(1, batches)).toFixed(1)}, rows per batch ${(rows / Math.max(1, batches)).toFixed(0)}`);
      console.log(`time in the driver ${(counter.ms / 1000).toFixed(1)} s (${((100 * counter.ms) / 1000 / seconds).toFixed(0)} %), the rest ${(seconds - counter.ms / 1000).toFixed(1)} s`);
      for (const [k, v] of [...counter.byKind].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) console.log(`${String(v.n).padStart(7)} ${v.ms.toFixed(0).padStart(7)} ms  ${k}`);
    }
  } finally {
    await app.close();
    await target?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
