// Writing a gemeente's settings: the document replaces the stored one (validated by the domain's
// schema), the version goes up, and every changed setting is one history entry ("settings.…").
import type { GemeenteSettings } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import type { Principal } from '../../auth/principal.ts';
import { recordChange, type FieldChanges } from '../../audit/history.ts';
import { updateGemeenteRow } from '../../gemeenten/store.ts';
import { AppError } from '../../errors.ts';
import type { LoadedGemeente } from '../../gemeenten/settings.ts';

type Flat = Record<string, unknown>;

function flatten(value: unknown, prefix: string, out: Flat): Flat {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else if (value !== undefined) {
    out[prefix] = value;
  }
  return out;
}

/** Changed settings as history changes: "settings.letter.phone": { from, to }. */
export function settingsChanges(before: GemeenteSettings, after: GemeenteSettings): FieldChanges {
  const a = flatten(before, '', {});
  const b = flatten(after, '', {});
  const changes: FieldChanges = {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (JSON.stringify(a[key] ?? null) !== JSON.stringify(b[key] ?? null)) changes[`settings.${key}`] = { from: a[key] ?? null, to: b[key] ?? null };
  }
  return changes;
}

/** The stored document: without the letter fields or retention periods while none is set. */
function storedForm(settings: GemeenteSettings): Record<string, unknown> {
  const { letter, retention, ...policy } = settings;
  return { ...policy, ...(Object.keys(letter).length === 0 ? {} : { letter }), ...(Object.keys(retention).length === 0 ? {} : { retention }) };
}

/** Stores `next` when the gemeente is still at `expectedVersion`; returns the changes (empty: nothing written). */
export async function writeGemeenteSettings(
  tx: Tx,
  actor: Principal,
  gemeente: LoadedGemeente,
  next: GemeenteSettings,
  expectedVersion: number,
  at: Date,
  extraChanges: FieldChanges = {},
): Promise<FieldChanges> {
  const changes = { ...settingsChanges(gemeente.settings, next), ...extraChanges };
  if (Object.keys(changes).length === 0) {
    if (gemeente.version !== expectedVersion) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De gemeente is intussen door iemand anders gewijzigd. Laad de gegevens opnieuw.' });
    return changes;
  }
  await updateGemeenteRow(tx, { id: gemeente.id, organisationId: gemeente.organisationId, expectedVersion }, { settings: storedForm(next) }, at);
  await recordChange(tx, actor, { organisationId: gemeente.organisationId, gemeenteId: null, entityType: 'gemeente', entityId: gemeente.id, action: 'update', changes }, at);
  return changes;
}
