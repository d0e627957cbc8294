// Backup and restore of an embedded (PGlite) installation: a backup of an installation with cases,
// restored into an empty folder, starts and shows the same cases. Refusals leave everything as it was.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupPglite, restorePglite } from '../../src/cli/backup.ts';
import { CliError } from '../../src/cli/cli-error.ts';
import { createKoers } from '../../src/start.ts';
import { demoPassword } from '../../src/demo/seed.ts';
import { loginAs } from '../support/koers.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'koers-backup-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const secret = 'backup-test-geheim'.padEnd(40, 'x');

/** The case list a demo trajectregisseur sees, on an installation in `dataDir`. */
async function casesSeenIn(dataDir: string, demo: boolean): Promise<string[]> {
  const { app } = await createKoers({ database: { kind: 'pglite', dataDir }, demo, secret, logLevel: 'silent', duo: undefined });
  try {
    await app.ready();
    const regisseur = await loginAs(app, 'regisseur@drechtsteden.demo', demoPassword);
    const list = (await regisseur.get('/api/cases?limit=200')).json<{ items: { id: string; familyName: string }[] }>();
    return list.items.map((c) => `${c.id} ${c.familyName}`).sort();
  } finally {
    await app.close();
  }
}

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as CliError).message;
  }
  throw new Error('expected a refusal');
}

// PGlite only by nature: the PostgreSQL round of the suite (KOERS_TEST_DATABASE_URL) skips it.
describe.skipIf(Boolean(process.env.KOERS_TEST_DATABASE_URL))('backup and restore (PGlite)', () => {
  it('a backup of an installation with cases, restored into an empty folder, starts with the same cases', async () => {
    const original = join(dir, 'origineel');
    const before = await casesSeenIn(original, true);
    expect(before.length).toBeGreaterThan(5);

    const file = join(dir, 'koers-backup.tar.gz');
    const made = await backupPglite(original, file);
    expect(made.cases).toBeGreaterThan(5);
    expect(made.organisations).toBe(3);
    expect(existsSync(`${file}.deel`)).toBe(false);

    const restored = join(dir, 'teruggezet');
    expect(await restorePglite(file, restored)).toEqual({ organisations: 3, cases: made.cases });
    expect(await casesSeenIn(restored, false)).toEqual(before);
  }, 180_000);

  it('refuses a non-empty folder, a file that is no backup, and overwriting a backup; nothing changes', async () => {
    const file = join(dir, 'koers-backup.tar.gz');
    const busy = join(dir, 'bezet');
    mkdirSync(busy);
    writeFileSync(join(busy, 'iets.txt'), 'al in gebruik');
    expect(await refusal(() => restorePglite(file, busy))).toMatch(/^KOERS_DATA_DIR: de map .* is niet leeg/);
    expect(readdirSync(busy)).toEqual(['iets.txt']);

    const notBackup = join(dir, 'geen-backup.tar.gz');
    writeFileSync(notBackup, 'dit is tekst');
    const target = join(dir, 'nieuw');
    expect(await refusal(() => restorePglite(notBackup, target))).toMatch(/^Bestand: .* is geen back-up van Koers/);
    expect(existsSync(target)).toBe(false);

    // A gzip file that is not a data folder: the half-restored folder is removed again.
    const broken = join(dir, 'kapot.tar.gz');
    writeFileSync(broken, Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4]));
    expect(await refusal(() => restorePglite(broken, target))).toMatch(/kon niet worden teruggezet/);
    expect(existsSync(target)).toBe(false);

    expect(await refusal(() => backupPglite(join(dir, 'origineel'), file))).toMatch(/bestaat al/);
    expect(await refusal(() => backupPglite(join(dir, 'bestaat-niet'), join(dir, 'x.tar.gz')))).toMatch(/^KOERS_DATA_DIR: in .* staat geen Koers-database/);
  }, 120_000);
});
