import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/db/database.ts';
import { inScope, systemScope, type DataScope } from '../src/db/scope.ts';
import { gemeenten, organisations } from '../src/db/schema.ts';
import { forgetLoadedGemeente, loadGemeente, yearSettingsOf } from '../src/gemeenten/settings.ts';
import { testDatabase } from './support/database.ts';

// Issue 10: a write reads its gemeente once per transaction, and never keeps it longer.
describe('loadGemeente: one read per transaction', () => {
  let d: Database;
  let drop: () => Promise<void>;
  let scope: DataScope;
  let gemeenteId: string;
  beforeAll(async () => {
    const target = await testDatabase();
    drop = target.drop;
    d = await openDatabase(target.config);
    await d.migrate();
    const [org] = await d.db.insert(organisations).values({ name: 'read-once-test' }).returning();
    const [g] = await d.db.insert(gemeenten).values({ code: `8${String(Date.now()).slice(-3)}`, name: 'Eerst', organisationId: org!.id }).returning();
    gemeenteId = g!.id;
    scope = systemScope(org!.id, [gemeenteId]);
  });
  afterAll(async () => {
    await d.close();
    await drop();
  });

  it('gives the same row to every reader of one transaction, the settings of the year included', async () => {
    await inScope(d.db, scope, async (tx) => {
      const first = await loadGemeente(tx, gemeenteId);
      const again = await loadGemeente(tx, gemeenteId);
      expect(first?.name).toBe('Eerst');
      expect(again).toBe(first);
      const year = await yearSettingsOf(tx, gemeenteId, '2027-03-01');
      expect(year.objectionPeriodWeeks).toBeGreaterThan(0);
      expect(await loadGemeente(tx, gemeenteId)).toBe(first);
    });
  });

  it('reads again after the writer forgets the row, and in the next transaction', async () => {
    const before = await inScope(d.db, scope, async (tx) => {
      const loaded = await loadGemeente(tx, gemeenteId);
      forgetLoadedGemeente(tx, gemeenteId);
      const reread = await loadGemeente(tx, gemeenteId);
      expect(reread).not.toBe(loaded);
      expect(reread).toEqual(loaded);
      return loaded;
    });
    await d.db.update(gemeenten).set({ name: 'Daarna' }).where(eq(gemeenten.id, gemeenteId));
    const after = await inScope(d.db, scope, (tx) => loadGemeente(tx, gemeenteId));
    expect(before?.name).toBe('Eerst');
    expect(after?.name).toBe('Daarna');
  });

  it('remembers a gemeente out of scope as absent only within its transaction', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const results = await inScope(d.db, scope, async (tx) => [await loadGemeente(tx, unknown), await loadGemeente(tx, unknown)]);
    expect(results).toEqual([undefined, undefined]);
  });
});
