// `KOERS_BENCH_PARTS=web npm run bench`: what the browser downloads and how soon the werkvoorraad
// and a case file show (issue 18, ADR 0151). Sizes come from the build (packages/web/dist, its
// manifest and the .gz/.br files the build writes); LCP from headless Chromium (playwright-core,
// /usr/bin/chromium) with 4× CPU throttling (CDP Emulation.setCPUThrottlingRate), each load in a
// fresh browser context (cold cache), against Koers with its demo data on PGlite.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { startKoers } from '../src/start.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DEMO_PASSWORD = 'Welkom-bij-Koers-2026';
const CPU_THROTTLING = 4;

export interface WebBenchOptions {
  /** Page loads per page and build (medians and p95). */
  loads: number;
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}
export interface SizeRow {
  what: string;
  files: number;
  js: Size;
  css: Size;
}
export interface LcpRow {
  page: string;
  p50: number;
  p95: number;
  loads: number;
}
export interface WebBenchResult {
  distDir: string;
  sizes: SizeRow[];
  lcp: LcpRow[];
  note?: string;
}

export const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

function sizeOf(distDir: string, file: string): Size {
  const path = join(distDir, file);
  const body = readFileSync(path);
  // What the server sends: the build's own variant when it wrote one, the plain file otherwise.
  const variant = (ext: string, make: () => Buffer) => (existsSync(`${path}${ext}`) ? readFileSync(`${path}${ext}`).length : Math.min(body.length, make().length));
  return {
    raw: body.length,
    gzip: variant('.gz', () => gzipSync(body, { level: 9 })),
    brotli: variant('.br', () => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
  };
}

const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const zero: Size = { raw: 0, gzip: 0, brotli: 0 };

/** A chunk and every chunk it imports statically (what loads before it runs). */
function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key)) return into;
  into.add(key);
  for (const k of manifest[key]?.imports ?? []) staticClosure(manifest, k, into);
  return into;
}

function sizeRow(distDir: string, manifest: Manifest, what: string, keys: Set<string>): SizeRow {
  let js = zero;
  let css = zero;
  const cssFiles = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    js = add(js, sizeOf(distDir, chunk.file));
    for (const c of chunk.css ?? []) cssFiles.add(c);
  }
  for (const c of cssFiles) css = add(css, sizeOf(distDir, c));
  return { what, files: keys.size + cssFiles.size, js, css };
}

/** The entry (what index.html loads) and, per page, the entry plus the page's chunks and what the app requests at start. */
export function webSizes(distDir: string): SizeRow[] {
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`bench: ${manifestPath} ontbreekt; bouw de webapp (npm run build -w @koers/web) met build.manifest`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  // Two entries since the inburgeraar portal (ADR 0154): the employees' app is index.html.
  const entryKey = manifest['index.html']?.isEntry ? 'index.html' : Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entryKey) throw new Error('bench: geen entry in het manifest');
  const entry = staticClosure(manifest, entryKey);
  // Requested by the entry at start, whatever the page (the areas' Dutch catalogs, ADR 0151).
  const atStart = [...entry].flatMap((k) => (manifest[k]?.dynamicImports ?? []).filter((d) => /i18n\/dutch-areas/.test(d)));
  const page = (src: string): Set<string> => {
    const keys = new Set(entry);
    for (const k of atStart) staticClosure(manifest, k, keys);
    const pageKey = Object.keys(manifest).find((k) => k.endsWith(src));
    if (pageKey) staticClosure(manifest, pageKey, keys);
    return keys;
  };
  return [
    sizeRow(distDir, manifest, 'entry (index.html: script and modulepreloads)', entry),
    sizeRow(distDir, manifest, 'werkvoorraad (entry + page + catalogs)', page('src/pages/workqueue/WorkqueuePage.tsx')),
    sizeRow(distDir, manifest, 'dossier, overzicht (entry + page + part + catalogs)', (() => {
      const keys = page('src/pages/case/CaseFilePage.tsx');
      const part = Object.keys(manifest).find((k) => k.endsWith('src/pages/case/sections/OverviewSection.tsx'));
      if (part) staticClosure(manifest, part, keys);
      return keys;
    })()),
    ...(manifest['portaal.html'] ? [sizeRow(distDir, manifest, 'inburgeraar portal (portaal.html: script and modulepreloads)', staticClosure(manifest, 'portaal.html'))] : []),
  ];
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/** Loads `path` in a fresh context with the session's cookies, throttled, and returns the LCP (ms) once `ready` shows. */
async function lcpOnce(browser: Browser, baseURL: string, cookies: Awaited<ReturnType<BrowserContext['cookies']>>, path: string, ready: string): Promise<number> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  try {
    await context.addCookies(cookies);
    // In the page (a string: this package is type-checked without the DOM).
    await context.addInitScript({
      content:
        "window.koersLcp = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.koersLcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });",
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    await page.goto(path);
    await page.locator(ready).first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    // The candidate of the last render is reported after its paint: let two frames pass first.
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))))');
    // LCP is final at the first input; the last candidate so far is what the user saw.
    return Number(await page.evaluate('window.koersLcp'));
  } finally {
    await context.close();
  }
}

interface Target {
  label: string;
  distDir: string;
}

interface Opened {
  target: Target;
  koers: Awaited<ReturnType<typeof startKoers>>;
  cookies: Awaited<ReturnType<BrowserContext['cookies']>>;
  pages: { page: string; path: string; ready: string }[];
}

async function open(browser: Browser, target: Target): Promise<Opened> {
  const koers = await startKoers({ port: 0, host: '127.0.0.1', database: { kind: 'pglite' }, demo: true, webDistDir: target.distDir, logLevel: 'silent', reconciliationWorker: false, retentionJob: false });
  const context = await browser.newContext({ baseURL: koers.url });
  try {
    const page = await context.newPage();
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill('regisseur@drechtsteden.demo');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    const list = (await (await page.request.get('/api/cases?limit=20')).json()) as { items: { id: string; status: string }[] };
    const kase = list.items.find((c) => c.status === 'traject') ?? list.items[0];
    if (!kase) throw new Error('bench: de demo geeft de regisseur geen dossiers');
    const pages = [
      // The table, not the heading: the heading may show (with "Laden…") before the rows, and the LCP is a row's cell.
      { page: 'werkvoorraad', path: '/werkvoorraad', ready: '[data-testid="workqueue-table"] tbody tr' },
      { page: 'dossier, overzicht', path: `/dossiers/${kase.id}`, ready: '[data-testid="case-part"] h2' },
    ];
    return { target, koers, cookies: await context.cookies(), pages };
  } finally {
    await context.close();
  }
}

/**
 * Sizes of each build, then LCP of each page, the builds interleaved (load i of every build and
 * page before load i + 1), each build served by its own Koers (demo data on PGlite).
 */
export async function measureWeb(targets: Target[], options: Pick<WebBenchOptions, 'loads'>, log: (line: string) => void): Promise<{ label: string; result: WebBenchResult }[]> {
  const results = targets.map((t): { label: string; result: WebBenchResult } => ({ label: t.label, result: { distDir: t.distDir, sizes: webSizes(t.distDir), lcp: [] } }));
  if (!existsSync(CHROMIUM)) {
    for (const r of results) r.result.note = `LCP skipped: no Chromium at ${CHROMIUM}.`;
    return results;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const opened: Opened[] = [];
  try {
    for (const t of targets) opened.push(await open(browser, t));
    const times = new Map<string, number[]>();
    const key = (label: string, page: string) => `${label}\u0000${page}`;
    // Warm-up (server caches, Chromium's own start), then everything interleaved.
    for (const o of opened) for (const p of o.pages) await lcpOnce(browser, o.koers.url, o.cookies, p.path, p.ready);
    for (let i = 0; i < options.loads; i++) {
      for (const o of opened) {
        for (const p of o.pages) {
          const k = key(o.target.label, p.page);
          times.set(k, [...(times.get(k) ?? []), await lcpOnce(browser, o.koers.url, o.cookies, p.path, p.ready)]);
        }
      }
    }
    for (const [index, o] of opened.entries()) {
      const result = results[index]?.result;
      if (!result) continue;
      result.lcp = o.pages.map((p) => {
        const xs = times.get(key(o.target.label, p.page)) ?? [];
        return { page: p.page, p50: percentile(xs, 50), p95: percentile(xs, 95), loads: xs.length };
      });
      for (const r of result.lcp) log(`[web] ${o.target.label}: LCP ${r.page} p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms (${r.loads}×)`);
    }
    return results;
  } finally {
    await browser.close();
    for (const o of opened) await o.koers.close();
  }
}

const kB = (n: number) => (n / 1000).toFixed(1);

export function webReport(results: { label: string; result: WebBenchResult }[], options: WebBenchOptions): string[] {
  const lines = [
    '## Web (issue 18)',
    '',
    'Generated by `npm run bench` (`packages/server/bench/web.ts`, `KOERS_BENCH_PARTS=web` runs only this part; build the web app first).',
    '',
    '- Sizes in kB (1,000 bytes) from the build: the files each page needs before it can show, as sent: gzip and brotli',
    '  are the files the build writes next to each asset (ADR 0151). "Entry" is what index.html loads (its script and',
    '  modulepreloads); a page adds its own chunks and the areas\' Dutch catalogs the app requests at start.',
    `- LCP (largest contentful paint) in headless Chromium, CPU throttled ${CPU_THROTTLING}× (CDP \`Emulation.setCPUThrottlingRate\`), no network`,
    `  throttling (same machine), each load in a fresh browser context (cold cache) with a signed-in trajectregisseur, Koers on`,
    `  PGlite with the demo data; ${options.loads} loads per page after one warm-up, pages interleaved; median and p95.`,
    '- Targets (issue 18): entry JS ≤ 150 kB gzip for the work pages; werkvoorraad LCP ≤ 1.5 s with 4× CPU throttling.',
    '',
  ];
  for (const { label, result } of results) {
    lines.push(`### ${label}`, '');
    lines.push('| what | files | JS raw | JS gzip | JS brotli | CSS raw | CSS gzip | CSS brotli |', '|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const s of result.sizes) lines.push(`| ${s.what} | ${s.files} | ${kB(s.js.raw)} | ${kB(s.js.gzip)} | ${kB(s.js.brotli)} | ${kB(s.css.raw)} | ${kB(s.css.gzip)} | ${kB(s.css.brotli)} |`);
    lines.push('');
    if (result.note) lines.push(result.note, '');
    if (result.lcp.length > 0) {
      lines.push('| page | LCP p50 (ms) | LCP p95 (ms) | loads |', '|---|---:|---:|---:|');
      for (const r of result.lcp) lines.push(`| ${r.page} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.loads} |`);
      lines.push('');
    }
  }
  return lines;
}
