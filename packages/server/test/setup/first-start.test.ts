// The first start on a new PGlite data folder (ADR 0110, twelfth session): initdb, the migrations and
// the demo data run in a separate process that exits; the server then opens the folder as on a restart.
// The folder ends with the same data as a start that does it all in its own process, a restart prepares
// nothing and seeds nothing twice, and a preparation that fails stops the start with its reason.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKoers, type StartOptions } from '../../src/start.ts';
import type { Db } from '../../src/db/database.ts';
import { rawRows } from '../../src/db/raw-rows.ts';
import { isNewDataFolder, thisProgram } from '../../src/db/prepare-apart.ts';
import { isPreparingProcess } from '../../src/db/preparing-process.ts';
import { storedRulesVersion } from '../../src/workqueue/recompute-signals.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'koers-first-start-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const options = {
  logLevel: 'info',
  demo: true,
  secret: 'eerste-start-geheim-'.padEnd(40, 'x'),
  now: () => new Date('2026-06-01T10:00:00Z'),
  duo: undefined,
  brp: undefined,
  digid: undefined,
  reconciliationWorker: false,
  retentionJob: false,
} satisfies StartOptions;

function logCapture(): { lines: () => { msg?: string; preparedBy?: number; demoData?: boolean }[]; destination: Writable } {
  const text: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { lines: () => text.map((line) => JSON.parse(line) as { msg?: string; preparedBy?: number; demoData?: boolean }), destination };
}

const preparedLine = 'Nieuwe gegevensmap voorbereid in een apart proces';

/**
 * Every table's row count, the applied migrations and the organisations: what a start leaves in the
 * database, once the werkvoorraad's background recompute after a first start (app_state) is done.
 */
async function contents(db: Db): Promise<Record<string, number | string[]>> {
  for (let waited = 0; (await storedRulesVersion(db)) === null; waited += 100) {
    if (waited > 60_000) throw new Error('the werkvoorraad was not recomputed after the start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const tables = await rawRows<{ name: string }>(
    db,
    sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const counts: Record<string, number | string[]> = {};
  for (const { name } of tables) {
    const [row] = await rawRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(name)}`);
    counts[name] = row?.n ?? -1;
  }
  counts['(migrations)'] = (await rawRows<{ hash: string }>(db, sql`SELECT hash FROM drizzle.__drizzle_migrations ORDER BY id`)).map(
    (r) => r.hash,
  );
  counts['(organisations)'] = (await rawRows<{ name: string }>(db, sql`SELECT name FROM organisations ORDER BY name`)).map((r) => r.name);
  return counts;
}

describe('the first start on a new data folder', () => {
  const dataDir = path.join(folder, 'data');
  let prepared: Record<string, number | string[]>;
  let firstLog: ReturnType<typeof logCapture>;

  beforeAll(async () => {
    expect(isNewDataFolder(dataDir)).toBe(true);
    firstLog = logCapture();
    const { app, database } = await createKoers({
      ...options,
      logDestination: firstLog.destination,
      database: { kind: 'pglite', dataDir },
    });
    try {
      prepared = await contents(database.db);
    } finally {
      await app.close();
    }
  }, 240_000);

  it('is prepared by another process, which has exited', () => {
    const line = firstLog.lines().find((l) => l.msg === preparedLine);
    expect(line?.demoData).toBe(true);
    expect(line?.preparedBy).toEqual(expect.any(Number));
    expect(line?.preparedBy).not.toBe(process.pid);
    expect(() => process.kill(line?.preparedBy ?? 0, 0)).toThrow();
    expect(isNewDataFolder(dataDir)).toBe(false);
  });

  it('ends with the same data as a start that prepares the database in its own process', async () => {
    // In memory, PGlite is prepared in this process as before: the same migrations, seed, clock and secret.
    const { app, database } = await createKoers({ ...options, logLevel: 'silent', database: { kind: 'pglite' } });
    try {
      const inProcess = await contents(database.db);
      expect((inProcess['cases'] as number) > 0).toBe(true);
      expect(prepared).toEqual(inProcess);
    } finally {
      await app.close();
    }
  }, 120_000);

  it('a restart prepares nothing and seeds nothing twice', async () => {
    const log = logCapture();
    const { app, database } = await createKoers({ ...options, logDestination: log.destination, database: { kind: 'pglite', dataDir } });
    try {
      expect(await contents(database.db)).toEqual(prepared);
      expect(log.lines().filter((l) => l.msg === preparedLine)).toEqual([]);
    } finally {
      await app.close();
    }
  }, 120_000);
});

describe('a preparation that fails', () => {
  it('stops the start with the reason, in Dutch', async () => {
    const file = path.join(folder, 'een-bestand');
    writeFileSync(file, '');
    await expect(
      createKoers({ ...options, logLevel: 'silent', database: { kind: 'pglite', dataDir: path.join(file, 'data') } }),
    ).rejects.toThrow(`${path.join(file, 'data')} ligt in een bestand, niet in een map. Controleer KOERS_DATA_DIR.`);
  }, 120_000);

  it('stops the start when the preparing process ends without an answer', async () => {
    const program = path.join(folder, 'stopt.mjs');
    writeFileSync(program, 'process.exit(3);\n');
    const dataDir = path.join(folder, 'nooit');
    await expect(
      createKoers({
        ...options,
        logLevel: 'silent',
        database: { kind: 'pglite', dataDir },
        preparingProgram: { modulePath: program, execArgv: [] },
      }),
    ).rejects.toThrow(
      /^De nieuwe gegevensmap kon niet worden voorbereid: het proces dat de database aanmaakt stopte onverwacht \(code 3\)/,
    );
    expect(isNewDataFolder(dataDir)).toBe(true);
  });

  it('passes on the reason the preparing process gives', async () => {
    const program = path.join(folder, 'weigert.mjs');
    writeFileSync(
      program,
      "process.once('message', () => process.send({ ok: false, explanation: 'De schijf is vol: Koers kan zijn gegevens niet schrijven.' }, () => process.exit(1)));\nprocess.send({ ready: true });\n",
    );
    await expect(
      createKoers({
        ...options,
        logLevel: 'silent',
        database: { kind: 'pglite', dataDir: path.join(folder, 'vol') },
        preparingProgram: { modulePath: program, execArgv: [] },
      }),
    ).rejects.toThrow('De schijf is vol: Koers kan zijn gegevens niet schrijven.');
  });
});

describe('the preparing program', () => {
  it('is the program the server was started with, without watching, a debugger or --no-liftoff', () => {
    const program = thisProgram(
      ['/usr/bin/node', '/srv/koers/packages/server/dist/server.mjs'],
      ['--no-liftoff', '--watch', '--watch-path=src', '--inspect=9229', '--import', 'tsx', '--max-old-space-size=512'],
    );
    expect(program).toEqual({
      modulePath: '/srv/koers/packages/server/dist/server.mjs',
      execArgv: ['--import', 'tsx', '--max-old-space-size=512'],
    });
  });

  it('knows its role from its own argument only', () => {
    expect(isPreparingProcess(['node', 'server.mjs', '--prepare-data-folder'])).toBe(true);
    expect(isPreparingProcess(['node', 'server.mjs'])).toBe(false);
    expect(isPreparingProcess(['--prepare-data-folder', 'server.mjs'])).toBe(false);
  });
});
