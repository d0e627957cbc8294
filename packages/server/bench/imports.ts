// Import benchmarks (issue 18, ADR 0077): 10,000-row TVS and caseload imports in rows per second, and
// another gemeente's GET /api/cases?limit=5 while a 1,000- and a 10,000-row import runs. Fixed seeds;
// every run imports into a fresh gemeente (so every row is new); medians over the runs.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createKoers } from '../src/start.ts';
import type { DatabaseConfig, Database } from '../src/db/database.ts';
import { asSystem } from '../src/db/scope.ts';
import { gemeenten, organisations, userGemeenten, users } from '../src/db/schema.ts';
import { hashPassword } from '../src/auth/passwords.ts';
import { BENCH_PASSWORD, prng } from './generate.ts';

const ROWS = Number(process.env.KOERS_BENCH_IMPORT_ROWS ?? 10_000);
const RUNS = Number(process.env.KOERS_BENCH_IMPORT_RUNS ?? 3);
const NOW = new Date('2026-11-23T09:00:00Z');
const IDLE_REQUESTS = 100;
const LATENCY_RUNS = Number(process.env.KOERS_BENCH_LATENCY_RUNS ?? 5);
/** A colleague clicking: a read every 250–750 ms (uniform), not one after the other. */
const CLICK_PAUSE_MS = 500;
/** KOERS_BENCH_IMPORT_LATENCY=0: the throughput only (no reads during imports), for quick comparisons. */
const LATENCY = process.env.KOERS_BENCH_IMPORT_LATENCY !== '0';

export interface ImportBenchResult {
  target: string;
  tvsRowsPerSecond: number[];
  caseloadRowsPerSecond: number[];
  latency: { rows: number; kind: string; pauseMs: number; runs: number; p50: number; p95: number; n: number }[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
export { median };

export class Session {
  private cookies: Record<string, string> = {};
  private token = '';
  constructor(private readonly app: FastifyInstance) {}
  async login(email: string): Promise<void> {
    const remoteAddress = `10.8.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const csrf = await this.app.inject({ method: 'GET', url: '/api/auth/csrf', remoteAddress });
    for (const c of csrf.cookies) this.cookies[c.name] = c.value;
    this.token = csrf.json<{ csrfToken: string }>().csrfToken;
    const r = await this.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: BENCH_PASSWORD }, remoteAddress, cookies: this.cookies, headers: { 'x-csrf-token': this.token } });
    if (r.statusCode !== 200) throw new Error(`login ${email}: ${r.statusCode}`);
    for (const c of r.cookies) this.cookies[c.name] = c.value;
    // The token is bound to the session and renewed at login (ADR 0092).
    this.token = r.json<{ csrfToken: string }>().csrfToken;
  }
  async request(method: 'GET' | 'POST', url: string, payload?: unknown) {
    const r = await this.app.inject({ method, url, cookies: this.cookies, headers: { 'x-csrf-token': this.token }, ...(payload === undefined ? {} : { payload: payload as string }) });
    if (r.statusCode >= 300) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 300)}`);
    return r.json<{ id: string; status: string; processed: number; created: number; rejectedCount: number }>();
  }
}

let counter = 0;
export async function world(database: Database): Promise<{ gemeenteId: string; code: string; regisseur: string }> {
  const hash = await hashPassword(BENCH_PASSWORD);
  const suffix = `${++counter}${randomBytes(3).toString('hex')}`;
  return asSystem(database.db, async (tx) => {
    const [org] = await tx.insert(organisations).values({ name: `Importbench ${suffix}` }).returning();
    const [g] = await tx.insert(gemeenten).values({ code: `9${String(counter).padStart(3, '0')}-${suffix}`, name: `Importgemeente ${suffix}`, organisationId: org!.id }).returning();
    const email = `regisseur.${suffix}@import.bench`;
    const [u] = await tx.insert(users).values({ organisationId: org!.id, email, name: `Regisseur ${suffix}`, role: 'trajectregisseur', passwordHash: hash, phone: '0612345678' }).returning();
    await tx.insert(userGemeenten).values({ userId: u!.id, gemeenteId: g!.id, organisationId: org!.id });
    return { gemeenteId: g!.id, code: g!.code, regisseur: email };
  });
}

function bsnFrom(random: () => number): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) => (i === 0 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10)));
    const check = digits.reduce((sum, d, i) => sum + d * (9 - i), 0) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}

export function tvsCsv(rows: number, seed: number): string {
  const random = prng(seed);
  const lines = ['V-nummer;BSN;Achternaam;Voornamen;Geboortedatum;Nationaliteit;Verblijfsvergunning;Datum koppeling;COA-locatie;Taal'];
  const seen = new Set<string>();
  for (let i = 0; i < rows; i++) {
    let v: string;
    do v = String(1_000_000_000 + Math.floor(random() * 8_999_999_999));
    while (seen.has(v));
    seen.add(v);
    const year = 1960 + Math.floor(random() * 45);
    lines.push([v, '', `Achternaam${i}`, 'Voornaam', `${1 + Math.floor(random() * 28)}-${1 + Math.floor(random() * 12)}-${year}`, ['SY', 'ER', 'AF', 'TR', 'YE'][Math.floor(random() * 5)], random() < 0.8 ? 'asiel' : 'regulier', '01-11-2026', 'azc Budel', 'Arabisch'].join(';'));
  }
  return lines.join('\n');
}

export function caseloadFiles(rows: number, seed: number, manager: string): { name: string; content: string }[] {
  const random = prng(seed);
  const persons = ['BSN;Achternaam;Voornamen;Geboortedatum;Nationaliteit;Verblijfsvergunning;Startdatum inburgeringsplicht;Datum inschrijving;Trajectregisseur;Uren taalles en KNM;Peildatum uren'];
  const pipRows = ['BSN;Dagtekening;Leerroute;Intensiteit;Ondersteuning;Intensiteit PVT;Intensiteit MAP;Aantal voortgangsgesprekken'];
  const seen = new Set<string>();
  for (let i = 0; i < rows; i++) {
    let bsn: string;
    do bsn = bsnFrom(random);
    while (seen.has(bsn));
    seen.add(bsn);
    const month = 1 + Math.floor(random() * 9);
    persons.push([bsn, `Dossier${i}`, 'Voornaam', `12-04-${1965 + Math.floor(random() * 40)}`, 'SY', 'asiel', `01-0${month}-2024`, `10-0${month}-2024`, manager, String(Math.floor(random() * 200)), '01-10-2026'].join(';'));
    pipRows.push([bsn, `01-${String(month + 2).padStart(2, '0')}-2024`, ['B1', 'Z', 'Onderwijs'][Math.floor(random() * 3)] ?? 'B1', 'voltijd', 'Begeleiding', '4 dagdelen', '', '3'].join(';'));
  }
  // Onderwijsroute has no MAP; B1 and Z need one: fill it where the route needs it.
  const fixed = pipRows.map((l, i) => (i === 0 ? l : l.replace(/;(B1|Z);(.*);;3$/, (_m, r: string, rest: string) => `;${r};${rest};40 uur;3`)));
  return [
    { name: 'personen.csv', content: Buffer.from(persons.join('\n')).toString('base64') },
    { name: 'pip.csv', content: Buffer.from(fixed.join('\n')).toString('base64') },
  ];
}

async function waitFor(session: Session, id: string): Promise<void> {
  for (;;) {
    const job = await session.request('GET', `/api/imports/${id}`);
    if (job.status !== 'bezig') return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function measureImports(target: string, config: DatabaseConfig): Promise<ImportBenchResult> {
  const { app, database } = await createKoers({ logLevel: 'silent', demo: false, secret: 'bench-geheim-'.padEnd(40, 'x'), database: config, now: () => NOW, reconciliationWorker: false });
  await app.ready();
  const result: ImportBenchResult = { target, tvsRowsPerSecond: [], caseloadRowsPerSecond: [], latency: [] };
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const kind of run % 2 === 0 ? (['tvs', 'caseload'] as const) : (['caseload', 'tvs'] as const)) {
        const w = await world(database);
        const s = new Session(app);
        await s.login(w.regisseur);
        const started = performance.now();
        const job =
          kind === 'tvs'
            ? await s.request('POST', `/api/imports/tvs?wacht=true&gemeenteId=${w.gemeenteId}`, { csv: tvsCsv(ROWS, 1000 + run) })
            : await s.request('POST', '/api/imports/lopende-dossiers?wacht=true', { files: caseloadFiles(ROWS, 2000 + run, w.regisseur), gemeenteId: w.gemeenteId });
        const seconds = (performance.now() - started) / 1000;
        if (job.created !== ROWS) throw new Error(`${kind}: ${job.created} van ${ROWS} aangemaakt, ${job.rejectedCount} afgewezen`);
        (kind === 'tvs' ? result.tvsRowsPerSecond : result.caseloadRowsPerSecond).push(ROWS / seconds);
        console.log(`[${target}] ${kind} ${ROWS} regels: ${(ROWS / seconds).toFixed(0)} regels/s`);
      }
    }
    if (!LATENCY) return result;
    // Another gemeente's case list while an import runs (one request at a time, as a user clicks).
    const neighbour = await world(database);
    const other = new Session(app);
    await other.login(neighbour.regisseur);
    // What the same request takes with no import running: the floor the latencies below are compared with.
    const idle: number[] = [];
    for (let i = 0; i < 20 + IDLE_REQUESTS; i++) {
      const t = performance.now();
      await new Promise((resolve) => setImmediate(resolve));
      await other.request('GET', '/api/cases?limit=5');
      if (i >= 20) idle.push(performance.now() - t);
    }
    result.latency.push({ rows: 0, kind: 'none', pauseMs: 0, runs: 1, p50: pct(idle, 50), p95: pct(idle, 95), n: idle.length });
    console.log(`[${target}] GET /api/cases?limit=5 zonder import: p50 ${pct(idle, 50).toFixed(1)} ms, p95 ${pct(idle, 95).toFixed(1)} ms (${idle.length}×)`);
    // Reads during an import, two ways: one after the other (a busy colleague), and one every
    // CLICK_PAUSE_MS (a colleague clicking: each read arrives at a random point of a batch). The
    // 1,000-row imports are repeated LATENCY_RUNS times and their reads pooled, so p95 rests on enough reads.
    const readsDuring = async (kind: 'tvs' | 'caseload', rows: number, seed: number, pauseMs: number): Promise<number[]> => {
      const w = await world(database);
      const s = new Session(app);
      await s.login(w.regisseur);
      const job =
        kind === 'tvs'
          ? await s.request('POST', `/api/imports/tvs?gemeenteId=${w.gemeenteId}`, { csv: tvsCsv(rows, seed) })
          : await s.request('POST', '/api/imports/lopende-dossiers', { files: caseloadFiles(rows, seed, w.regisseur), gemeenteId: w.gemeenteId });
      const times: number[] = [];
      let done = false;
      // A failing status request ends the reads too (and the bench), instead of leaving them running forever.
      const finished = waitFor(s, job.id).finally(() => {
        done = true;
      });
      while (!done) {
        let t = performance.now();
        if (pauseMs > 0) {
          // A click is timed from when it is due, not from when the timer's callback runs: on PGlite a
          // batch holds the event loop, so the callback runs only after the batch, and timing from there
          // left out the wait for the batch in progress (what a real client, whose clock is its own, sees).
          const pause = pauseMs * (0.5 + random());
          t += pause;
          await new Promise((resolve) => setTimeout(resolve, pause));
        }
        if (done) break;
        // In-process requests on PGlite resolve in microtasks only: without a turn of the event loop
        // (a real client's network round trip) timers and the import's batches would never run. The
        // request is timed from before that turn, so waiting behind an import batch counts.
        await new Promise((resolve) => setImmediate(resolve));
        await other.request('GET', '/api/cases?limit=5');
        times.push(performance.now() - t);
      }
      await finished;
      return times;
    };
    const random = prng(20261206);
    for (const rows of [1_000, ROWS]) {
      for (const kind of ['tvs', 'caseload'] as const) {
        for (const pauseMs of [0, CLICK_PAUSE_MS]) {
          const times: number[] = [];
          const runs = rows === ROWS ? 1 : LATENCY_RUNS;
          for (let run = 0; run < runs; run++) times.push(...(await readsDuring(kind, rows, (kind === 'tvs' ? 3000 : 4000) + rows + run, pauseMs)));
          result.latency.push({ rows, kind, pauseMs, runs, p50: pct(times, 50), p95: pct(times, 95), n: times.length });
          console.log(`[${target}] GET /api/cases?limit=5 tijdens ${kind} ${rows} (${pauseMs === 0 ? 'achter elkaar' : `elke ~${pauseMs} ms`}, ${runs}×): p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms (${times.length}×)`);
        }
      }
    }
  } finally {
    await app.close();
  }
  return result;
}

export function importReport(results: ImportBenchResult[]): string[] {
  const lines = [
    '## Imports (issue 18)',
    '',
    `- ${ROWS.toLocaleString('en-US')}-row TVS file (V-nummer, name, birth date, nationality, permit, linkage date; fixed seeds) and`,
    `  ${ROWS.toLocaleString('en-US')}-person caseload import (Personen + PIP sheet as CSV: person, duty dates, case manager, hours; one`,
    '  vastgesteld PIP each with termijn), each into a fresh gemeente so every row is new, through `POST …?wacht=true`',
    '  (parsing, checks, batches with history, timeline, processing log, signals, DUO contactpersoon, job report).',
    `  ${RUNS} runs each, TVS and caseload interleaved; median rows per second (all runs in brackets).`,
    "- Latency: another gemeente's trajectregisseur sends `GET /api/cases?limit=5` for as long as a 1,000- or 10,000-row",
    '  import runs in the background, one after the other (a busy colleague) and one every 250–750 ms (a colleague',
    `  clicking; each read lands at a random point of a batch); the 1,000-row imports ${LATENCY_RUNS}× with the reads pooled;`,
    '  p50/p95 of those requests, and the same request with no import running (the floor). Target (issues 11 and 18): p95 ≤ 200 ms.',
    '- Target (issue 18): ≥ 2,000 rows/s for 10,000 rows.',
    '',
    '| database | TVS rows/s (median) | caseload rows/s (median) |',
    '|---|---:|---:|',
  ];
  for (const r of results) {
    lines.push(`| ${r.target} | ${median(r.tvsRowsPerSecond).toFixed(0)} (${r.tvsRowsPerSecond.map((x) => x.toFixed(0)).join(', ')}) | ${median(r.caseloadRowsPerSecond).toFixed(0)} (${r.caseloadRowsPerSecond.map((x) => x.toFixed(0)).join(', ')}) |`);
  }
  lines.push('', '| database | during | reads | GET /api/cases?limit=5 p50 (ms) | p95 (ms) | requests |', '|---|---|---|---:|---:|---:|');
  for (const r of results) for (const l of r.latency) lines.push(`| ${r.target} | ${l.rows === 0 ? 'no import (the floor)' : `${l.kind} import, ${l.rows.toLocaleString('en-US')} rows${l.runs > 1 ? ` (${l.runs} imports)` : ''}`} | ${l.pauseMs === 0 ? 'one after the other' : `one every ${l.pauseMs / 2}–${(l.pauseMs * 3) / 2} ms`} | ${l.p50.toFixed(1)} | ${l.p95.toFixed(1)} | ${l.n} |`);
  lines.push('');
  return lines;
}
