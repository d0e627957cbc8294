// New werkvoorraad rules reach cases nobody touches: once per rules version every case's stored
// signals are recomputed (in the background at start), and only once.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNAL_RULES_VERSION } from '@koers/domain';
import { asSystem } from '../../src/db/scope.ts';
import { appState, caseSignals } from '../../src/db/schema.ts';
import { recomputeSignalsIfRulesChanged, storedRulesVersion } from '../../src/workqueue/recompute-signals.ts';
import { createGemeente, createTestKoers, loginAs, type TestKoers } from '../support/koers.ts';
import { caseInput } from '../support/fixtures.ts';

let koers: TestKoers;
const now = () => new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
  koers = await createTestKoers({ now });
});
afterAll(() => koers.close());

const kinds = async (caseId: string) =>
  (await asSystem(koers.database.db, (tx) => tx.select({ kind: caseSignals.kind }).from(caseSignals).where(eq(caseSignals.caseId, caseId)))).map((s) => s.kind).sort();

describe('recomputing stored signals after a rules change', () => {
  it('recomputes every case once when the stored version differs, then nothing', async () => {
    const g = await createGemeente(koers.database, 'Herberekening');
    const teamleider = await loginAs(koers.app, g.users.teamleider.email);
    const created = await teamleider.post('/api/cases', { ...caseInput(g.gemeenteId), linkedOn: '2026-11-01', caseManagerId: null });
    expect(created.statusCode, created.body).toBe(201);
    const caseId = created.json<{ id: string }>().id;
    const current = await kinds(caseId);
    expect(current).toContain('no-case-manager');
    // As an older Koers left it: other signals, and an older rules version.
    await asSystem(koers.database.db, async (tx) => {
      await tx.delete(caseSignals).where(eq(caseSignals.caseId, caseId));
      await tx.insert(appState).values({ key: 'werkvoorraad-regels', value: String(SIGNAL_RULES_VERSION - 1) }).onConflictDoUpdate({ target: appState.key, set: { value: String(SIGNAL_RULES_VERSION - 1) } });
    });
    expect(await kinds(caseId)).toEqual([]);

    const recomputed = await recomputeSignalsIfRulesChanged(koers.database.db, { now });
    expect(recomputed).toBeGreaterThanOrEqual(1);
    expect(await kinds(caseId)).toEqual(current);
    expect(await storedRulesVersion(koers.database.db)).toBe(SIGNAL_RULES_VERSION);
    expect(await recomputeSignalsIfRulesChanged(koers.database.db, { now })).toBe(0);
  });

  it('stops between batches when the app closes, and leaves the version for the next start', async () => {
    await asSystem(koers.database.db, (tx) => tx.update(appState).set({ value: '0' }).where(eq(appState.key, 'werkvoorraad-regels')));
    expect(await recomputeSignalsIfRulesChanged(koers.database.db, { now, stopping: () => true })).toBeNull();
    expect(await storedRulesVersion(koers.database.db)).toBe(0);
  });
});
