// Signals are stored per case and recomputed when the case changes (ADR 0040). When a new version of
// Koers changes the rules (`SIGNAL_RULES_VERSION`), the stored signals of cases nobody touches would
// stay as the old rules made them: once per rules version, every case is recomputed in the
// background, in short transactions, each case locked while its signals are rewritten (so several
// processes doing it at once write each case's signals once).
import { asc, eq, gt, sql } from 'drizzle-orm';
import { SIGNAL_RULES_VERSION } from '@koers/domain';
import type { Db } from '../db/database.ts';
import { asSystem } from '../db/scope.ts';
import { appState, cases } from '../db/schema.ts';
import { todayIn } from '../case-file/today.ts';
import { refreshSignals } from './refresh-signals.ts';

const STATE_KEY = 'werkvoorraad-regels';
const BATCH = 200;

export interface RecomputeOptions {
  now: () => Date;
  /** Asked between batches: stop (the app is closing); the next start goes on. */
  stopping?: () => boolean;
}

/** The rules version the stored signals were computed with (null: never recorded). */
export async function storedRulesVersion(db: Db): Promise<number | null> {
  const [row] = await asSystem(db, (tx) => tx.select({ value: appState.value }).from(appState).where(eq(appState.key, STATE_KEY)));
  return row ? Number(row.value) : null;
}

/**
 * Recomputes every case's signals when they were computed with other rules; returns the number of
 * cases recomputed (0 when nothing was to do, or null when stopped before the end).
 */
export async function recomputeSignalsIfRulesChanged(db: Db, options: RecomputeOptions): Promise<number | null> {
  if ((await storedRulesVersion(db)) === SIGNAL_RULES_VERSION) return 0;
  let after = '00000000-0000-0000-0000-000000000000';
  let done = 0;
  for (;;) {
    if (options.stopping?.()) return null;
    const today = todayIn(options.now());
    const ids = await asSystem(db, async (tx) => {
      const batch = await tx.select({ id: cases.id }).from(cases).where(gt(cases.id, after)).orderBy(asc(cases.id)).limit(BATCH).for('update');
      for (const { id } of batch) await refreshSignals(tx, id, today);
      return batch.map((b) => b.id);
    });
    done += ids.length;
    if (ids.length < BATCH) break;
    after = ids[ids.length - 1]!;
    // Other work (requests, on PGlite's single connection) gets a turn between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await asSystem(db, (tx) =>
    tx
      .insert(appState)
      .values({ key: STATE_KEY, value: String(SIGNAL_RULES_VERSION), updatedAt: options.now() })
      .onConflictDoUpdate({ target: appState.key, set: { value: String(SIGNAL_RULES_VERSION), updatedAt: sql`excluded.updated_at` } }),
  );
  return done;
}
