// Server memory (issue 18): the resident memory of Koers as `npm start` runs it — a separate process
// (the server bundle, built first, started with the node arguments of `npm start`) with the demo
// data — idle, and at its peak while a 10,000-row TVS file is imported over HTTP. PGlite keeps its
// data in a folder, as by default; PostgreSQL is a fresh database on the server of
// KOERS_BENCH_DATABASE_URL. RSS is read from /proc for the server process and its children, every 100 ms.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pgliteStartParams } from '../src/db/database.ts';
import { buildServerBundle, startCommand } from '../tools/bundle.ts';
import { tvsCsv } from './imports.ts';

export interface MemoryResult {
  target: string;
  rows: number;
  /** Median RSS over 5 s after the start (demo data loaded), MB. */
  idleMb: number;
  /** Highest RSS seen from the import's start to its end, MB. */
  peakMb: number;
  importSeconds: number;
  created: number;
  /** From spawning the process to "Koers draait op" (migrations and demo data included), s. */
  startSeconds: number;
}

/** How `npm start` runs the server (its environment and node's arguments). */
export type StartCommand = ReturnType<typeof startCommand>;

/** The server's start command as `npm start` runs it, after building the bundle it runs. */
export async function npmStartCommand(): Promise<StartCommand> {
  await buildServerBundle();
  return startCommand();
}
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const MB = 1024 * 1024;

/** RSS in bytes of a process and all its descendants (Linux /proc). */
function treeRss(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
      total += Number(kb ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function startServer(start: StartCommand, env: Record<string, string>): Promise<{ child: ChildProcess; port: number; startSeconds: number }> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const started = performance.now();
  const child = spawn(process.execPath, start.args, {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: String(port), KOERS_DEMO: 'true', KOERS_SECRET: randomBytes(24).toString('hex'), KOERS_DUO_SIMULATOR: 'embedded', ...start.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Koers draait op')) resolve({ child, port, startSeconds: (performance.now() - started) / 1000 });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`de server stopte (${code}): ${out.slice(-500)}`)));
  });
}

class HttpSession {
  private cookies = new Map<string, string>();
  private token = '';
  constructor(private readonly base: string) {}
  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  private keep(response: Response): void {
    for (const c of response.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
  }
  async request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { cookie: this.cookieHeader(), 'x-csrf-token': this.token, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    this.keep(response);
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  }
  async login(email: string, password: string): Promise<{ gemeenten: { id: string }[] }> {
    this.token = (await this.request<{ csrfToken: string }>('GET', '/api/auth/csrf')).csrfToken;
    const r = await this.request<{ csrfToken: string; user: { gemeenten: { id: string }[] } }>('POST', '/api/auth/login', { email, password });
    this.token = r.csrfToken;
    return r.user;
  }
}

export async function measureMemory(target: string, start: StartCommand, env: Record<string, string>, rows: number, log: (line: string) => void, seed = 5000 + rows): Promise<MemoryResult> {
  const { child, port, startSeconds } = await startServer(start, env);
  try {
    const pid = child.pid!;
    await sleep(3_000);
    const idle: number[] = [];
    for (let i = 0; i < 50; i++) {
      idle.push(treeRss(pid));
      await sleep(100);
    }
    const session = new HttpSession(`http://127.0.0.1:${port}`);
    const user = await session.login('regisseur@drechtsteden.demo', 'Welkom-bij-Koers-2026');
    const gemeenteId = user.gemeenten[0]!.id;
    let peak = treeRss(pid);
    const started = performance.now();
    const job = await session.request<{ id: string; status: string }>('POST', `/api/imports/tvs?gemeenteId=${gemeenteId}`, { csv: tvsCsv(rows, seed) });
    let status = job.status;
    let created = 0;
    let lastPoll = 0;
    while (status === 'bezig') {
      peak = Math.max(peak, treeRss(pid));
      await sleep(100);
      if (performance.now() - lastPoll > 500) {
        lastPoll = performance.now();
        const now = await session.request<{ status: string; created: number }>('GET', `/api/imports/${job.id}`);
        status = now.status;
        created = now.created;
      }
    }
    peak = Math.max(peak, treeRss(pid));
    const result = { target, rows, idleMb: median(idle) / MB, peakMb: peak / MB, importSeconds: (performance.now() - started) / 1000, created, startSeconds };
    log(`[${target}] geheugen: rust ${result.idleMb.toFixed(0)} MB, piek tijdens import van ${rows} regels ${result.peakMb.toFixed(0)} MB (${result.created} aangemaakt in ${result.importSeconds.toFixed(1)} s; gestart in ${startSeconds.toFixed(1)} s)`);
    return result;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/**
 * PGlite with its data in a folder, as `npm start` keeps it: the first start (the folder is created, so
 * PGlite runs initdb first), then a restart on the same folder (how an installation runs most of its
 * life) with a second import of other people; and the floor: PGlite alone, opened on that folder in a bare
 * Node process with Koers's settings, which Koers cannot go below.
 */
export async function measurePgliteMemory(start: StartCommand, rows: number, log: (line: string) => void): Promise<MemoryResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'koers-bench-memory-'));
  try {
    const first = await measureMemory('PGlite (data folder), first start', start, { KOERS_DATA_DIR: dir }, rows, log);
    const restart = await measureMemory('PGlite (data folder), restart', start, { KOERS_DATA_DIR: dir }, rows, log, 7000 + rows);
    const floor = await pgliteFloor(dir, start.env);
    log(`[PGlite alleen] geheugen: rust ${(floor / MB).toFixed(0)} MB`);
    return [first, restart, { target: 'PGlite alone on the same folder (bare Node, no Koers)', rows: 0, idleMb: floor / MB, peakMb: NaN, importSeconds: NaN, created: 0, startSeconds: NaN }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Median RSS of a bare Node process that opens PGlite on the folder, with the settings Koers gives it
 * (ADR 0110: PostgreSQL's settings, and the environment of the start command), and answers one query.
 */
async function pgliteFloor(dir: string, env: Record<string, string>): Promise<number> {
  const options = JSON.stringify({ startParams: pgliteStartParams });
  const script = `const { PGlite } = await import('@electric-sql/pglite'); const db = await PGlite.create(${JSON.stringify(dir)}, ${options}); await db.query('select count(*) from cases'); console.log('open'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: fileURLToPath(new URL('..', import.meta.url)), env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('open') && resolve());
      child.once('exit', (code) => reject(new Error(`PGlite alleen stopte (${code})`)));
    });
    await sleep(3_000);
    const readings: number[] = [];
    for (let i = 0; i < 20; i++) {
      readings.push(treeRss(child.pid!));
      await sleep(100);
    }
    return median(readings);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

export function memoryReport(results: readonly MemoryResult[]): string[] {
  const lines = [
    '## Server memory (issue 18)',
    '',
    'Generated by `npm run bench` (`packages/server/bench/memory.ts`, `KOERS_BENCH_PARTS=memory` runs only this part).',
    '',
    '- Koers started as `npm start` starts it (the server bundle `packages/server/dist/server.mjs`, built first, run with the',
    '  node arguments of the start script; demo data, the embedded DUO simulator) in its own process; RSS of that process and',
    '  its children, read from `/proc` every 100 ms. Start: from spawning the process to “Koers draait op” (migrations, demo data).',
    '- Idle: the median over 5 s, 3 s after the start. Peak: the highest reading while a TVS file is imported over HTTP',
    '  (`POST /api/imports/tvs`, progress polled every 0.5 s) into a demo gemeente.',
    '- PGlite is measured three ways: the first start (the data folder is new, so PGlite runs initdb), a restart on the same',
    '  folder with a second import of other people (how an installation runs most of its life), and PGlite alone opened on',
    '  that folder in a bare Node process with the PostgreSQL settings Koers gives it (ADR 0110) — the floor that Koers',
    '  cannot go below.',
    '- Target (issue 18): RSS ≤ 300 MB idle and ≤ 600 MB during a 10,000-row import on PGlite.',
    '',
    '| database | idle RSS (MB) | peak RSS during the import (MB) | rows | created | import (s) | start (s) |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  const or = (value: number, text: string) => (Number.isNaN(value) ? '—' : text);
  for (const r of results) {
    lines.push(`| ${r.target} | ${r.idleMb.toFixed(0)} | ${or(r.peakMb, r.peakMb.toFixed(0))} | ${or(r.importSeconds, r.rows.toLocaleString('en-US'))} | ${or(r.importSeconds, r.created.toLocaleString('en-US'))} | ${or(r.importSeconds, r.importSeconds.toFixed(1))} | ${or(r.startSeconds, r.startSeconds.toFixed(1))} |`);
  }
  lines.push('');
  return lines;
}
