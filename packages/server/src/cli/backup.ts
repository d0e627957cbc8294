// Backup and restore of an embedded (PGlite) installation: the whole data folder as one file
// (PGlite's dumpDataDir, a gzipped tar). A PostgreSQL server is backed up with pg_dump (README).
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { CliError } from './cli-error.ts';

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  if (!existsSync(dir)) return true;
  if (!(await stat(dir)).isDirectory()) return false;
  return (await readdir(dir)).length === 0;
}

/** Writes a backup of the PGlite data folder to `file`. Koers must not be running on the folder. */
export async function backupPglite(dataDir: string, file: string): Promise<{ bytes: number; organisations: number; cases: number }> {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new CliError(`KOERS_DATA_DIR: in ${dataDir} staat geen Koers-database (PGlite). Controleer de map.`);
  }
  if (existsSync(file)) throw new CliError(`Bestand: ${file} bestaat al. Kies een nieuwe bestandsnaam; een bestaande back-up wordt niet overschreven.`);
  if (!existsSync(dirname(file))) throw new CliError(`Bestand: de map ${dirname(file)} bestaat niet.`);
  const db = new PGlite(dataDir);
  try {
    await db.waitReady;
    const counts = await db.query<{ organisations: number; cases: number }>(
      `SELECT (SELECT count(*)::int FROM organisations) AS organisations, (SELECT count(*)::int FROM cases) AS cases`,
    );
    const dump = await db.dumpDataDir('gzip');
    const bytes = Buffer.from(await dump.arrayBuffer());
    // Written next to the target and renamed: a broken write never leaves a file that looks like a backup.
    const partial = `${file}.deel`;
    const handle = await open(partial, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, file);
    const row = counts.rows[0];
    return { bytes: bytes.length, organisations: row?.organisations ?? 0, cases: row?.cases ?? 0 };
  } finally {
    await db.close();
  }
}

/** Restores a backup into an empty (or not yet existing) data folder; refuses a folder with files. */
export async function restorePglite(file: string, dataDir: string): Promise<{ organisations: number; cases: number }> {
  if (!(await isEmptyOrMissing(dataDir))) {
    throw new CliError(`KOERS_DATA_DIR: de map ${dataDir} is niet leeg. Zet een back-up alleen terug in een lege of nieuwe map; er is niets gewijzigd.`);
  }
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    throw new CliError(`Bestand: ${file} kan niet worden gelezen.`);
  }
  if (content.length < 2 || !content.subarray(0, 2).equals(GZIP_MAGIC)) {
    throw new CliError(`Bestand: ${file} is geen back-up van Koers (verwacht een bestand van "npm run koers -- backup").`);
  }
  const created = !existsSync(dataDir);
  await mkdir(dataDir, { recursive: true });
  let db: PGlite | undefined;
  try {
    db = new PGlite(dataDir, { loadDataDir: new Blob([content]) });
    await db.waitReady;
    const counts = await db.query<{ organisations: number; cases: number }>(
      `SELECT (SELECT count(*)::int FROM organisations) AS organisations, (SELECT count(*)::int FROM cases) AS cases`,
    );
    const row = counts.rows[0];
    return { organisations: row?.organisations ?? 0, cases: row?.cases ?? 0 };
  } catch (error) {
    await db?.close().catch(() => undefined);
    db = undefined;
    // Nothing half-restored stays behind.
    if (created) await rm(dataDir, { recursive: true, force: true });
    else for (const entry of await readdir(dataDir)) await rm(join(dataDir, entry), { recursive: true, force: true });
    if (error instanceof CliError) throw error;
    throw new CliError(`Bestand: ${file} kon niet worden teruggezet (${error instanceof Error ? error.message : String(error)}). De map ${dataDir} is weer leeg.`);
  } finally {
    await db?.close();
  }
}
