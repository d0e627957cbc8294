// `npm run bench`: werkvoorraad and case-file API against the equivalent raw SQL, on PGlite and on
// PostgreSQL (KOERS_BENCH_DATABASE_URL). Size: KOERS_BENCH_CASES (default 100,000). Then the DUO
// koppeling under load (bench/duo.ts), then the imports (bench/imports.ts). KOERS_BENCH_PARTS (a
// comma list of requests, duo, imports, web, dashboard) runs some parts; the other parts of docs/benchmarks.md are
// kept as they were. Not part of `npm test`.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { createKoers } from '../src/start.ts';
import type { Database, DatabaseConfig, Queryable, Tx } from '../src/db/database.ts';
import { sessionCookieName } from '../src/auth/sessions.ts';
import { BENCH_PASSWORD, generate, prng, type BenchWorld } from './generate.ts';
import { importReport, measureImports, type ImportBenchResult } from './imports.ts';
import { keptPostgresTarget, postgresTarget, waitForQuiet, type KeptWorld } from './databases.ts';
import { duoReport, measureDuo, type DuoBenchOptions, type DuoTargetResult } from './duo.ts';
import { defaultWebDist, measureWeb, webReport } from './web.ts';
import { dashboardReport, measureDashboard, type DashboardTargetResult } from './dashboard.ts';
import { measureMemory, measurePgliteMemory, memoryReport, npmStartCommand, type MemoryResult } from './memory.ts';
import { requestsReport, type Row, type Stats, type TargetResult } from './requests-report.ts';

const TOTAL = Number(process.env.KOERS_BENCH_CASES ?? 100_000);
const ITERATIONS = Number(process.env.KOERS_BENCH_ITERATIONS ?? 200);
const WARMUP = 20;
const TODAY = '2026-11-23';
const NOW = new Date(`${TODAY}T09:00:00Z`);
const docsPath = new URL('../../../docs/benchmarks.md', import.meta.url);
// A part's marker written twice (by a hand splice) would make the rewrite at the end drop the text after the
// second one: refused before anything is measured.
{
  const markers: readonly string[] = existsSync(docsPath) ? (readFileSync(docsPath, 'utf8').match(/<!-- bench: [^>]+ -->/g) ?? []) : [];
  const twice = markers.find((marker, index) => markers.indexOf(marker) !== index);
  if (twice !== undefined) throw new Error(`${twice} staat meer dan eens in docs/benchmarks.md; laat er één staan.`);
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const stats = (xs: number[]): Stats => ({ p50: percentile(xs, 50), p95: percentile(xs, 95) });

/**
 * The three ways of doing one request, interleaved: each iteration runs all three on the same input,
 * in a rotating order, so a busy moment on the (shared) machine hits them alike.
 */
async function compare(n: number, input: () => string, ways: Record<'api' | 'raw' | 'full', (x: string) => Promise<unknown>>): Promise<Omit<Row, 'name'>> {
  const order = ['api', 'raw', 'full'] as const;
  for (let i = 0; i < WARMUP; i++) for (const w of order) await ways[w](input());
  const times: Record<(typeof order)[number], number[]> = { api: [], raw: [], full: [] };
  for (let i = 0; i < n; i++) {
    const x = input();
    for (let k = 0; k < order.length; k++) {
      const w = order[(i + k) % order.length]!;
      const t = performance.now();
      await ways[w](x);
      times[w].push(performance.now() - t);
    }
  }
  return { api: stats(times.api), raw: stats(times.raw), full: stats(times.full) };
}

class Session {
  private cookies: Record<string, string> = {};
  constructor(private readonly app: FastifyInstance) {}
  async login(email: string): Promise<void> {
    const remoteAddress = `10.9.${Math.floor(Math.random() * 250)}.1`;
    const csrf = await this.app.inject({ method: 'GET', url: '/api/auth/csrf', remoteAddress });
    for (const c of csrf.cookies) this.cookies[c.name] = c.value;
    const token = csrf.json<{ csrfToken: string }>().csrfToken;
    const r = await this.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: BENCH_PASSWORD }, remoteAddress, cookies: this.cookies, headers: { 'x-csrf-token': token } });
    if (r.statusCode !== 200) throw new Error(`login ${email}: ${r.statusCode} ${r.body}`);
    for (const c of r.cookies) this.cookies[c.name] = c.value;
  }
  /** The session token from the cookie. */
  sessionToken(): string {
    return this.cookies[sessionCookieName] ?? '';
  }
  /** The session id as stored (sha256 of the cookie token). */
  sessionHash(): string {
    return createHash('sha256').update(this.sessionToken()).digest('hex');
  }
  async get(url: string): Promise<void> {
    const r = await this.app.inject({ method: 'GET', url, cookies: this.cookies });
    if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 300)}`);
  }
}

// As the use case: the page's ids from the index, then those rows; the count from the index (overdue_on, ADR 0040).
const workqueueSql = (where: ReturnType<typeof sql>) => sql`
  SELECT s.id, s.case_id, s.gemeente_id, s.case_manager_id, s.kind, s.due_on, s.data, s.reason, s.section,
         s.overdue_on < ${TODAY}::date AS overdue
  FROM case_signals s
  WHERE s.id IN (SELECT s.id FROM case_signals s WHERE ${where} AND s.due_on <= ${TODAY}::date ORDER BY s.due_on, s.kind, s.id LIMIT 50)
  ORDER BY s.due_on, s.kind, s.id`;
const workqueueCountSql = (where: ReturnType<typeof sql>) => sql`
  SELECT count(*)::int AS n, count(*) FILTER (WHERE s.overdue_on < ${TODAY}::date)::int AS overdue
  FROM case_signals s WHERE ${where} AND s.due_on <= ${TODAY}::date`;

/** Rows of a db.execute result (node-postgres and PGlite both answer `{ rows }`). */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** Names of the page's case managers; the signed-in user's own name is known (as in the use case). */
async function managerNames(q: Queryable, page: { case_manager_id: string }[], me: string): Promise<void> {
  const ids = [...new Set(page.map((r) => r.case_manager_id).filter((id) => id !== me))];
  if (ids.length) await q.execute(sql`SELECT id, name FROM users WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
}

async function caseFileRaw(db: Queryable, caseId: string): Promise<string[]> {
  const [c] = rowsOf<{ gemeente_id: string; case_manager_id: string | null }>(await db.execute(sql`SELECT * FROM cases WHERE id = ${caseId}`));
  if (!c) throw new Error('case');
  // The gemeente's code and name come with the session (the user's gemeenten), as in the use case.
  if (c.case_manager_id) await db.execute(sql`SELECT id, name FROM users WHERE id = ${c.case_manager_id}`);
  await db.execute(sql`SELECT * FROM pips WHERE case_id = ${caseId} ORDER BY version`);
  await db.execute(sql`SELECT a.user_id, u.name, a.kind FROM case_assignments a JOIN users u ON u.id = a.user_id WHERE a.case_id = ${caseId} ORDER BY u.name`);
  await db.execute(sql`SELECT * FROM intake_invitations WHERE case_id = ${caseId} ORDER BY sequence`);
  await db.execute(sql`SELECT * FROM case_signals WHERE case_id = ${caseId} ORDER BY due_on`);
  await db.execute(sql`SELECT (SELECT count(*) FROM case_events WHERE case_id = ${caseId}), (SELECT count(*) FROM case_documents WHERE case_id = ${caseId}),
                              (SELECT count(*) FROM case_meetings WHERE case_id = ${caseId}), (SELECT count(*) FROM learnability_tests WHERE case_id = ${caseId})`);
  await db.execute(sql`SELECT count(*), count(*) FILTER (WHERE status <> 'open') FROM case_checklist_items WHERE case_id = ${caseId}`);
  return [caseId];
}

/** The werkvoorraad's queries: page, totals, other case managers' names; returns the cases shown. */
async function workqueueRaw(db: Queryable, where: ReturnType<typeof sql>, me: string): Promise<string[]> {
  const page = rowsOf<{ case_manager_id: string; case_id: string }>(await db.execute(workqueueSql(where)));
  await db.execute(workqueueCountSql(where));
  await managerNames(db, page, me);
  return [...new Set(page.map((r) => r.case_id))];
}

/**
 * "Raw SQL with the request's obligations": the statements the API sends besides the use case's
 * queries, written by hand: the session query, a transaction with role and scope, the use case's
 * queries, and the processing-log rows (one per case shown) — without HTTP, ORM or serialisation.
 */
async function withObligations(database: Database, session: Session, scope: { organisationId: string; gemeenteIds: string[] }, queries: (tx: Tx) => Promise<string[]>): Promise<void> {
  await database.db.execute(sql`
    SELECT s.user_id, u.name, u.role, o.id, (SELECT json_agg(json_build_object('id', g.id, 'code', g.code, 'name', g.name)) FROM user_gemeenten ug JOIN gemeenten g ON g.id = ug.gemeente_id WHERE ug.user_id = s.user_id)
      FROM sessions s JOIN users u ON u.id = s.user_id JOIN organisations o ON o.id = u.organisation_id WHERE s.id = ${session.sessionHash()}`);
  await database.db.transaction(async (tx) => {
    // As a request does since ADR 0095: the role and the session token; the database derives the scope from the session.
    await tx.execute(sql`SELECT set_config('role', 'koers_app', true), set_config('koers.session', ${session.sessionToken()}, true), set_config('synchronous_commit', 'off', true)`);
    const caseIds = await queries(tx);
    const now = new Date().toISOString();
    const rows = caseIds.map((id) => ({ span_id: randomBytes(8).toString('hex'), subject: createHmac('sha256', 'bench').update(`case:${id}`).digest('hex'), resource_id: id, gemeente_id: scope.gemeenteIds[0] }));
    await tx.execute(sql`
      INSERT INTO processing_log (trace_id, parent_span_id, organisation_id, span_id, operation_name, start_time, end_time, status_code, processing_activity_id, data_subject_id_type, data_subject_id, action, resource_type, resource_id, gemeente_id)
      SELECT 'bench', 'bench', ${scope.organisationId}::uuid, r.span_id, 'bench', ${now}::timestamptz, ${now}::timestamptz, 'OK', 'bench', 'case', r.subject, 'read', 'case', r.resource_id, r.gemeente_id
        FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(span_id text, subject text, resource_id text, gemeente_id uuid)`);
  });
}

async function measure(target: string, config: DatabaseConfig, kept?: KeptWorld): Promise<TargetResult> {
  const { app, database } = await createKoers({ logLevel: 'silent', demo: false, secret: 'bench-geheim-'.padEnd(40, 'x'), database: config, now: () => NOW });
  await app.ready();
  try {
    const started = performance.now();
    let generateSeconds: number | undefined;
    let world = kept?.load();
    if (world) {
      console.log(`[${target}] bewaarde database met ${TOTAL} dossiers (KOERS_BENCH_KEEP)`);
    } else {
      console.log(`[${target}] ${TOTAL} dossiers genereren…`);
      world = await generate(database.db, TOTAL, TODAY);
      await database.db.execute(sql`ANALYZE`);
      generateSeconds = (performance.now() - started) / 1000;
      console.log(`[${target}] gegenereerd in ${generateSeconds.toFixed(1)} s`, world.counts);
      kept?.save(world);
    }
    if (process.env.KOERS_BENCH_GENERATE_ONLY === '1') return { target, generateSeconds, counts: world.counts, rows: [] };
    return { target, generateSeconds, counts: world.counts, rows: await measureRequests(target, app, database, world) };
  } finally {
    await app.close();
  }
}

async function measureRequests(target: string, app: FastifyInstance, database: Database, world: BenchWorld): Promise<Row[]> {
  await waitForQuiet(target);
  const regisseur = new Session(app);
  await regisseur.login(world.regisseurEmail);
  const teamleider = new Session(app);
  await teamleider.login(world.teamleiderEmail);
  const [me] = rowsOf<{ id: string }>(await database.db.execute(sql`SELECT id FROM users WHERE email = ${world.regisseurEmail}`));
  const [lead] = rowsOf<{ id: string }>(await database.db.execute(sql`SELECT id FROM users WHERE email = ${world.teamleiderEmail}`));
  const random = prng(7);
  const someCase = () => world.caseIds[Math.floor(random() * world.caseIds.length)] ?? '';

  const rows: Row[] = [];
  const own = sql`s.case_manager_id = ${me!.id}`;
  const team = sql`s.gemeente_id = ${world.gemeenteId}`;
  const regisseurScope = { organisationId: world.organisationId, gemeenteIds: world.regisseurGemeenteIds };
  const leadScope = { organisationId: world.organisationId, gemeenteIds: world.teamleiderGemeenteIds };
  const same = () => '';
  rows.push({
    name: 'GET /api/workqueue (eigen: 50 items + totaal)',
    ...(await compare(ITERATIONS, same, {
      api: () => regisseur.get('/api/workqueue?limit=50'),
      raw: () => workqueueRaw(database.db, own, me!.id),
      full: () => withObligations(database, regisseur, regisseurScope, (tx) => workqueueRaw(tx, own, me!.id)),
    })),
  });
  rows.push({
    name: 'GET /api/workqueue?scope=team&gemeenteId=… (team, één gemeente: 50 items + totaal)',
    ...(await compare(ITERATIONS, same, {
      api: () => teamleider.get(`/api/workqueue?scope=team&gemeenteId=${world.gemeenteId}&limit=50`),
      raw: () => workqueueRaw(database.db, team, lead!.id),
      full: () => withObligations(database, teamleider, leadScope, (tx) => workqueueRaw(tx, team, lead!.id)),
    })),
  });
  rows.push({
    name: 'GET /api/cases/:id/file (dossiermap)',
    ...(await compare(ITERATIONS, someCase, {
      api: (id) => regisseur.get(`/api/cases/${id}/file`),
      raw: (id) => caseFileRaw(database.db, id),
      full: (id) => withObligations(database, regisseur, regisseurScope, (tx) => caseFileRaw(tx, id)),
    })),
  });
  for (const r of rows) console.log(`[${target}] ${r.name}: API p50 ${r.api.p50.toFixed(1)} ms, p95 ${r.api.p95.toFixed(1)} ms; SQL p50 ${r.raw.p50.toFixed(1)} ms, p95 ${r.raw.p95.toFixed(1)} ms; SQL + session/scope/log p50 ${r.full.p50.toFixed(1)} ms`);
  return rows;
}


const parts = new Set((process.env.KOERS_BENCH_PARTS ?? 'requests,duo,imports,web,dashboard,memory').split(',').map((p) => p.trim()));
const url = process.env.KOERS_BENCH_DATABASE_URL;
const skippedPostgres = 'Skipped: `KOERS_BENCH_DATABASE_URL` was not set (e.g. `postgres://user:pass@localhost:5432/postgres`; the bench creates and drops its own database).';

let requestsPart: string | undefined;
if (parts.has('requests')) {
  const results: TargetResult[] = [];
  // KOERS_BENCH_ONLY_POSTGRES=1 leaves PGlite out (for quick comparisons while changing the server).
  if (process.env.KOERS_BENCH_ONLY_POSTGRES !== '1') results.push(await measure('PGlite (in memory)', { kind: 'pglite' }));
  if (url) {
    // KOERS_BENCH_KEEP=1 (or =<label>): generate once into a kept database, measure on any later run (bench/databases.ts).
    const keep = process.env.KOERS_BENCH_KEEP;
    if (keep) {
      const kept = await keptPostgresTarget(url, TOTAL, keep === '1' ? '' : keep);
      results.push(await measure('PostgreSQL', kept.config, kept));
    } else {
      const pgTarget = await postgresTarget(url);
      try {
        results.push(await measure('PostgreSQL', pgTarget.config));
      } finally {
        await pgTarget.drop();
      }
    }
  } else {
    results.push({ target: 'PostgreSQL', note: skippedPostgres, rows: [] });
  }
  requestsPart = requestsReport(results, { total: TOTAL, iterations: ITERATIONS, warmup: WARMUP });
}

let duoPart: string | undefined;
if (parts.has('duo')) {
  const options: DuoBenchOptions = {
    notifications: Number(process.env.KOERS_BENCH_DUO_NOTIFICATIONS ?? 2_000),
    meldingen: Number(process.env.KOERS_BENCH_DUO_MELDINGEN ?? 10_000),
    runs: Number(process.env.KOERS_BENCH_DUO_RUNS ?? 3),
    concurrency: 32,
  };
  const results: DuoTargetResult[] = [];
  // KOERS_BENCH_DUO_PGLITE=0: PostgreSQL only (a check after a change that concerns PostgreSQL too).
  if (process.env.KOERS_BENCH_DUO_PGLITE !== '0') results.push(await measureDuo('PGlite (in memory)', { kind: 'pglite' }, options, console.log));
  if (url) {
    const pgTarget = await postgresTarget(url);
    try {
      results.push(await measureDuo('PostgreSQL', pgTarget.config, options, console.log));
    } finally {
      await pgTarget.drop();
    }
  } else {
    results.push({ target: 'PostgreSQL', note: skippedPostgres, intake: [], outbox: [] });
  }
  duoPart = duoReport(results, options);
}

let importsPart: string | undefined;
if (parts.has('imports')) {
  const results: ImportBenchResult[] = [];
  // PGlite in a data folder, as Koers runs it (config.ts): in memory, the file system of PGlite's WebAssembly grows a
  // file by copying it whole, and those copies (tens of MB once the tables are large) held batches of an import for
  // 150–290 ms that take ~60 ms in a data folder (ADR 0077 addendum, thirteenth session). KOERS_BENCH_IMPORT_PGLITE:
  // 0 = PostgreSQL only, memory = in memory instead, both = both.
  const pgliteImports = process.env.KOERS_BENCH_IMPORT_PGLITE ?? 'folder';
  if (pgliteImports === 'memory' || pgliteImports === 'both') results.push(await measureImports('PGlite (in memory)', { kind: 'pglite' }));
  if (pgliteImports !== '0' && pgliteImports !== 'memory') {
    const dataDir = mkdtempSync(join(tmpdir(), 'koers-bench-imports-'));
    try {
      results.push(await measureImports('PGlite (data folder)', { kind: 'pglite', dataDir }));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  if (url) {
    const pgTarget = await postgresTarget(url);
    try {
      results.push(await measureImports('PostgreSQL', pgTarget.config));
    } finally {
      await pgTarget.drop();
    }
  }
  importsPart = importReport(results).join('\n');
}

let webPart: string | undefined;
if (parts.has('web')) {
  // KOERS_BENCH_WEB_BEFORE: another build (e.g. of the commit before a change), measured interleaved with this one.
  const before = process.env.KOERS_BENCH_WEB_BEFORE;
  const targets = [...(before ? [{ label: 'Before (KOERS_BENCH_WEB_BEFORE)', distDir: before }] : []), { label: before ? 'After (this build)' : 'This build', distDir: process.env.KOERS_BENCH_WEB_DIST ?? defaultWebDist }];
  const options = { loads: Number(process.env.KOERS_BENCH_WEB_LOADS ?? 15) };
  webPart = webReport(await measureWeb(targets, options, console.log), options).join('\n');
}

let dashboardPart: string | undefined;
if (parts.has('dashboard')) {
  const options = { cases: Number(process.env.KOERS_BENCH_DASHBOARD_CASES ?? 100_000), iterations: Number(process.env.KOERS_BENCH_DASHBOARD_ITERATIONS ?? 100) };
  const results: DashboardTargetResult[] = [];
  results.push(await measureDashboard('PGlite (in memory)', { kind: 'pglite' }, options, console.log));
  if (url) {
    const pgTarget = await postgresTarget(url);
    try {
      results.push(await measureDashboard('PostgreSQL', pgTarget.config, options, console.log));
    } finally {
      await pgTarget.drop();
    }
  } else {
    results.push({ target: 'PostgreSQL', note: skippedPostgres, rows: [] });
  }
  dashboardPart = dashboardReport(results, options).join('\n');
}

let memoryPart: string | undefined;
if (parts.has('memory')) {
  const rows = Number(process.env.KOERS_BENCH_MEMORY_ROWS ?? 10_000);
  const start = await npmStartCommand();
  const results: MemoryResult[] = await measurePgliteMemory(start, rows, console.log);
  if (url) {
    const pgTarget = await postgresTarget(url);
    try {
      const config = pgTarget.config;
      if (config.kind !== 'postgresql') throw new Error('postgresTarget gaf geen PostgreSQL-configuratie');
      results.push(await measureMemory('PostgreSQL', start, { DATABASE_URL: config.url }, rows, console.log));
    } finally {
      await pgTarget.drop();
    }
  }
  memoryPart = memoryReport(results).join('\n');
}

// The parts of docs/benchmarks.md; a part that did not run keeps what was there.
const DASHBOARD_MARKER = '<!-- bench: dashboard -->';
const DUO_MARKER = '<!-- bench: DUO koppeling -->';
const IMPORTS_MARKER = '<!-- bench: imports -->';
const WEB_MARKER = '<!-- bench: web -->';
const MEMORY_MARKER = '<!-- bench: memory -->';
const previousFile = existsSync(docsPath) ? readFileSync(docsPath, 'utf8') : '';
const [previousUpToMemory = '', previousMemory = ''] = previousFile.includes(MEMORY_MARKER) ? previousFile.split(MEMORY_MARKER) : [previousFile, ''];
const memoryText = (memoryPart ?? previousMemory).trim();
const [previousAll = '', previousDashboard = ''] = previousUpToMemory.includes(DASHBOARD_MARKER) ? previousUpToMemory.split(DASHBOARD_MARKER) : [previousUpToMemory, ''];
const dashboardText = (dashboardPart ?? previousDashboard).trim();
const [previous = '', previousWeb = ''] = previousAll.includes(WEB_MARKER) ? previousAll.split(WEB_MARKER) : [previousAll, ''];
const webText = (webPart ?? previousWeb).trim();
const [beforeImports = '', previousImports = ''] = previous.includes(IMPORTS_MARKER) ? previous.split(IMPORTS_MARKER) : [previous, ''];
const [previousRequests = '', previousDuo = ''] = beforeImports.includes(DUO_MARKER) ? beforeImports.split(DUO_MARKER) : [beforeImports, ''];
const requestsText = (requestsPart ?? previousRequests).trimEnd();
const duoText = (duoPart ?? previousDuo).trim();
const importsText = (importsPart ?? previousImports).trim();
writeFileSync(
  docsPath,
  `${requestsText}\n${duoText ? `\n${DUO_MARKER}\n\n${duoText}\n` : ''}${importsText ? `\n${IMPORTS_MARKER}\n\n${importsText}\n` : ''}${webText ? `\n${WEB_MARKER}\n\n${webText}\n` : ''}${dashboardText ? `\n${DASHBOARD_MARKER}\n\n${dashboardText}\n` : ''}${memoryText ? `\n${MEMORY_MARKER}\n\n${memoryText}\n` : ''}`,
);
console.log(`Resultaten geschreven naar ${docsPath.pathname}`);
