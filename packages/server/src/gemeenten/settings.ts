// The one way the server reads a gemeente's settings: the stored document (gemeenten.settings)
// parsed by the domain's gemeente settings schema, laid over the national settings of the year.
// docs/adr/0071-gemeente-settings-one-schema.md.
import { eq, inArray } from 'drizzle-orm';
import { defaultSettings, readGemeenteSettings, settingsForGemeente, type GemeenteSettings, type IsoDate, type YearSettings } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { gemeentenInScope } from '../db/schema.ts';

export interface LoadedGemeente {
  id: string;
  code: string;
  name: string;
  organisationId: string;
  oin: string | null;
  version: number;
  settings: GemeenteSettings;
}

// A write reads its gemeente once (issue 10): the letter, the settings of the year and the werkvoorraad
// signals of one transaction share the row read first. The memo lives as long as the transaction object;
// the one writer of gemeenten (store.ts) forgets the row it changes.
const loadedInTransaction = new WeakMap<Tx, Map<string, Promise<LoadedGemeente | undefined>>>();

function loadedIn(tx: Tx): Map<string, Promise<LoadedGemeente | undefined>> {
  let loaded = loadedInTransaction.get(tx);
  if (!loaded) {
    loaded = new Map();
    loadedInTransaction.set(tx, loaded);
  }
  return loaded;
}

/** The gemeente with its parsed settings, or undefined when it does not exist (or is out of scope); read once per transaction. */
export async function loadGemeente(tx: Tx, gemeenteId: string): Promise<LoadedGemeente | undefined> {
  const loaded = loadedIn(tx);
  const known = loaded.get(gemeenteId);
  if (known) return known;
  const reading = readGemeente(tx, gemeenteId);
  loaded.set(gemeenteId, reading);
  return reading;
}

/** A gemeente row read together with other rows (the werkvoorraad's one read, ADR 0059 addendum): kept unless one is kept already. */
export function rememberLoadedGemeente(tx: Tx, row: Omit<LoadedGemeente, 'settings'> & { settings: unknown }): void {
  const loaded = loadedIn(tx);
  if (!loaded.has(row.id)) loaded.set(row.id, Promise.resolve({ ...row, settings: readGemeenteSettings(row.settings) }));
}

/** After a write to the gemeente row: the next read in this transaction goes to the database again. */
export function forgetLoadedGemeente(tx: Tx, gemeenteId: string): void {
  loadedInTransaction.get(tx)?.delete(gemeenteId);
}

async function readGemeente(tx: Tx, gemeenteId: string): Promise<LoadedGemeente | undefined> {
  const [row] = await tx
    .select({ id: gemeentenInScope.id, code: gemeentenInScope.code, name: gemeentenInScope.name, organisationId: gemeentenInScope.organisationId, oin: gemeentenInScope.oin, version: gemeentenInScope.version, settings: gemeentenInScope.settings })
    .from(gemeentenInScope)
    .where(eq(gemeentenInScope.id, gemeenteId));
  return row ? { ...row, settings: readGemeenteSettings(row.settings) } : undefined;
}

/** The gemeente's own settings (defaults when it has none). */
export async function gemeenteSettingsOf(tx: Tx, gemeenteId: string): Promise<GemeenteSettings> {
  return (await loadGemeente(tx, gemeenteId))?.settings ?? readGemeenteSettings(undefined);
}

/** The own settings of several gemeenten in one query (a report over the whole organisation). */
export async function gemeenteSettingsOfMany(tx: Tx, gemeenteIds: readonly string[]): Promise<Map<string, GemeenteSettings>> {
  if (gemeenteIds.length === 0) return new Map();
  const rows = await tx.select({ id: gemeentenInScope.id, settings: gemeentenInScope.settings }).from(gemeentenInScope).where(inArray(gemeentenInScope.id, [...gemeenteIds]));
  return new Map(rows.map((r) => [r.id, readGemeenteSettings(r.settings)]));
}

/** National settings of the year of `on`, with the gemeente's own settings laid over them. */
export async function yearSettingsOf(tx: Tx, gemeenteId: string, on: IsoDate): Promise<YearSettings> {
  const gemeente = await loadGemeente(tx, gemeenteId);
  return settingsForGemeente(defaultSettings, Number(on.slice(0, 4)), gemeente?.code ?? '', gemeente?.settings ?? readGemeenteSettings(undefined));
}
