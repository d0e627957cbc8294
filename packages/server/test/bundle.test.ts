// The server as `npm start` runs it (ADR 0110 addendum): the bundle built by tools/bundle.ts, started
// with the node arguments of the start script, answers /api/health, serves the API documentation
// (files read from node_modules) and the web app when it is built; every file the bundled sources find
// next to themselves (migrations, DUO and BRP specifications, the SEPA schema, fonts, package.json)
// resolves from the bundle; a new data folder is prepared by the bundle in a process of its own; a failed
// start still explains itself in Dutch; the Dockerfile runs what `npm start` runs.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePath, buildServerBundle, serverRoot, startCommand } from '../tools/bundle.ts';
import { freePort } from './support/free-port.ts';

const repoRoot = path.resolve(serverRoot, '..', '..');
const webDist = path.join(repoRoot, 'packages', 'web', 'dist');
const baseEnv = () => ({ PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent' });

beforeAll(async () => {
  await buildServerBundle();
});

describe('the start command', () => {
  it('runs the bundle with plain node, the same in the Dockerfile', () => {
    const { env, args } = startCommand();
    expect(args.at(-1)).toBe(bundlePath);
    expect(args).not.toContain('tsx');
    const dockerfile = readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8');
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(JSON.parse(cmd ?? '[]')).toEqual(['node', ...args.slice(0, -1), path.relative(repoRoot, bundlePath)]);
    // The environment of the start command (glibc's allocator, ADR 0110) is the image's too.
    expect(env).toEqual({ GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=131072' });
    for (const [name, value] of Object.entries(env)) expect(dockerfile).toMatch(new RegExp(`^ENV ${name}=${value.replaceAll('.', '\\.')}$`, 'm'));
  });
});

describe('files found from the bundle', () => {
  it('every path a bundled source makes from its own location exists', () => {
    const bundle = readFileSync(bundlePath, 'utf8');
    const bundleUrl = pathToFileURL(bundlePath);
    const found = [...bundle.matchAll(/new URL\("([^"]+)", new URL\("([^"]+)", import\.meta\.url\)\.href\)/g)].map(([, target = '', source = '']) => new URL(target, new URL(source, bundleUrl)));
    const sourceFiles = [...bundle.matchAll(/new URL\("([^"]+)", import\.meta\.url\)\.href/g)].map(([, source = '']) => new URL(source, bundleUrl));
    const names = found.map((u) => path.relative(repoRoot, fileURLToPath(u)));
    expect(names).toEqual(expect.arrayContaining(['packages/server/drizzle', 'packages/server/package.json', 'packages/server/assets/fonts', 'packages/server/src/ontzorgen/pain.001.001.09.xsd', 'packages/web/dist']));
    expect(sourceFiles.map((u) => path.relative(repoRoot, fileURLToPath(u)))).toEqual(expect.arrayContaining(['packages/duo/src/spec.ts', 'packages/brp/src/spec.ts']));
    for (const url of [...found, ...sourceFiles]) {
      const file = fileURLToPath(url);
      if (file === webDist) continue; // built by `npm start` before the server, checked below
      expect(existsSync(file), file).toBe(true);
    }
  });

  it('imports a workspace’s own version of a package by its file', () => {
    const bundle = readFileSync(bundlePath, 'utf8');
    const relativeImports = [...bundle.matchAll(/^import .* from "(\.[^"]+)";$/gm)].map(([, p = '']) => p);
    expect(relativeImports.length).toBeGreaterThan(0);
    for (const p of relativeImports) expect(existsSync(path.resolve(path.dirname(bundlePath), p)), p).toBe(true);
    expect(bundle).not.toMatch(/from "@koers\//);
  });
});

describe('what the bundle loads at the start', () => {
  // ADR 0110 (eleventh session): an idle server does not load these; they are imported on first use.
  it('imports the PDF, Word, Excel, upload-sniffing and password-dictionary libraries only on first use', () => {
    const bundle = readFileSync(bundlePath, 'utf8');
    const staticImports = [...bundle.matchAll(/^import .* from "([^"]+)";$/gm)].map(([, p = '']) => p);
    expect(staticImports).toEqual(expect.arrayContaining([expect.stringContaining('@electric-sql/pglite')]));
    for (const library of ['pdfkit', 'docx', 'exceljs', 'file-type', '@zxcvbn-ts']) {
      expect(staticImports.filter((p) => p.includes(library)), library).toEqual([]);
    }
    for (const library of ['pdfkit', 'docx', 'exceljs', 'file-type']) expect(bundle).toContain(`import("${library}")`);
    expect(bundle).toMatch(/require\d*\("@zxcvbn-ts\/core"\)/);
  });
});

describe('a failed start from the bundle', () => {
  it('still gives the Dutch reason and exit code 1', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'koers-bundle-'));
    try {
      const { env, args } = startCommand();
      const result = spawnSync(process.execPath, args, { env: { ...baseEnv(), ...env, KOERS_DATA_DIR: dataDir, KOERS_DUO_SPEC_DIR: '/bestaat/niet' }, encoding: 'utf8', timeout: 90_000 });
      expect(result.signal).toBeNull();
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('De specificaties van DUO konden niet worden gelezen');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the bundle running', () => {
  let child: ChildProcess | undefined;
  let base = '';
  let startOutput = '';
  const dataDir = mkdtempSync(path.join(tmpdir(), 'koers-bundle-'));

  // A first start (initdb, migrations, demo data) on a loaded 2-core machine took 85 s.
  beforeAll(async () => {
    const port = await freePort();
    const { env, args } = startCommand();
    const started = spawn(process.execPath, args, {
      env: { ...baseEnv(), ...env, LOG_LEVEL: 'info', PORT: String(port), KOERS_DATA_DIR: dataDir, KOERS_DEMO: 'true', KOERS_DUO_SIMULATOR: 'embedded', KOERS_SECRET: 'bundel-test-geheim-'.padEnd(40, 'x') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    base = await new Promise<string>((resolve, reject) => {
      let out = '';
      started.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        startOutput = out;
        if (out.includes('Koers draait op')) resolve(`http://127.0.0.1:${port}`);
      });
      started.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
      started.once('exit', (code) => reject(new Error(`de bundel stopte (${code}): ${out.slice(-800)}`)));
    });
  }, 300_000);

  afterAll(async () => {
    if (child !== undefined && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prepared the new data folder in a process of its own, the bundle started again (ADR 0110)', () => {
    const line = startOutput
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { msg?: string; pid?: number; preparedBy?: number; demoData?: boolean })
      .find((l) => l.msg === 'Nieuwe gegevensmap voorbereid in een apart proces');
    expect(line?.pid).toBe(child?.pid);
    expect(line?.preparedBy).toEqual(expect.any(Number));
    expect(line?.preparedBy).not.toBe(child?.pid);
    expect(line?.demoData).toBe(true);
  });

  it('answers /api/health with the database and the version', async () => {
    const response = await fetch(`${base}/api/health`);
    expect(response.status).toBe(200);
    const { version } = JSON.parse(readFileSync(path.join(serverRoot, 'package.json'), 'utf8')) as { version: string };
    expect(await response.json()).toEqual({ status: 'ok', database: 'pglite', version });
  });

  it('logs in a demo user (migrations and demo data ran)', async () => {
    const csrf = await fetch(`${base}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie },
      body: JSON.stringify({ email: 'regisseur@drechtsteden.demo', password: 'Welkom-bij-Koers-2026' }),
    });
    expect(login.status).toBe(200);
  });

  it('serves the API documentation page and its files from node_modules', async () => {
    const page = await fetch(`${base}/api/docs/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('swagger-ui');
    const script = await fetch(`${base}/api/docs/static/swagger-ui-bundle.js`);
    expect(script.status).toBe(200);
  });

  it.skipIf(!existsSync(path.join(webDist, 'index.html')))('serves the web app', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });
});
