// Case numbers (ADR 0106): "INB-<year>-<six digits>" per gemeente and year of creation, given by the
// database on every insert, searchable in the case list, backfilled for cases that existed before.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { migrationsFolder } from '../../src/db/database.ts';
import { caseNumberCounters, cases } from '../../src/db/schema.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { caseInput, createCaseVia, insertCase, snapshotOf } from '../support/fixtures.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let other: GemeenteFixture;
let regisseur: Client;
const now = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  g = await createGemeente(koers.database, 'Zaaknummer');
  other = await createGemeente(koers.database, 'Ander');
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
});
afterAll(() => koers.close());

const numberOf = async (id: string) => (await asSystem(koers.database.db, (tx) => tx.select({ n: cases.caseNumber }).from(cases).where(eq(cases.id, id))))[0]?.n;

describe('case numbers', () => {
  it('are given on creation, per gemeente and year, counting up from 1 without reusing', async () => {
    const first = await createCaseVia(regisseur, g.gemeenteId);
    const second = await createCaseVia(regisseur, g.gemeenteId);
    expect(first).toMatchObject({ caseNumber: 'INB-2026-000001' });
    expect(second).toMatchObject({ caseNumber: 'INB-2026-000002' });
    // Another gemeente has its own counter; a case created in another year starts that year at 1.
    expect(await numberOf(await insertCase(koers.database, other.gemeenteId))).toBe('INB-2026-000001');
    expect(await numberOf(await insertCase(koers.database, g.gemeenteId))).toBe('INB-2026-000003');
    const [y2027] = await asSystem(koers.database.db, (tx) =>
      tx.insert(cases).values({ gemeenteId: g.gemeenteId, givenNames: 'Nieuw', familyName: 'Jaar', birthDate: '1990-01-01', nationality: 'SY', permit: 'asiel', status: 'aangemeld', createdAt: new Date('2027-01-01T00:30:00+01:00') }).returning({ n: cases.caseNumber }),
    );
    expect(y2027?.n).toBe('INB-2027-000001');
  });

  it('are in the case file and the case list, and the list finds a case by (part of) its number', async () => {
    const c = await createCaseVia(regisseur, g.gemeenteId, { familyName: 'Zoekbaar' });
    const number = (c as unknown as { caseNumber: string }).caseNumber;
    const file = await regisseur.get(`/api/cases/${c.id}/file`);
    expect(file.json<{ case: { caseNumber: string } }>().case.caseNumber).toBe(number);
    for (const term of [number, number.slice(-6), number.toLowerCase()]) {
      const list = await regisseur.get(`/api/cases?zoek=${encodeURIComponent(term)}&gemeenteId=${g.gemeenteId}`);
      expect(list.json<{ items: { id: string; caseNumber: string }[] }>().items.map((i) => i.id), term).toEqual([c.id]);
    }
  });

  it("a request cannot advance another gemeente's counter, and inserting there changes nothing", async () => {
    const before = await snapshotOf(koers.database, { organisationId: other.organisationId, gemeenteIds: [other.gemeenteId] });
    const response = await regisseur.post('/api/cases', caseInput(other.gemeenteId));
    expect([400, 403, 404]).toContain(response.statusCode);
    expect(await snapshotOf(koers.database, { organisationId: other.organisationId, gemeenteIds: [other.gemeenteId] })).toBe(before);
  });

  it('the migration numbers existing cases in order of creation and continues the counters after them', async () => {
    const fresh = await createGemeente(koers.database, 'Backfill');
    const ids: string[] = [];
    for (const at of ['2025-03-01T10:00:00Z', '2025-12-31T23:30:00Z', '2025-06-01T10:00:00Z']) {
      const [row] = await asSystem(koers.database.db, (tx) =>
        tx.insert(cases).values({ gemeenteId: fresh.gemeenteId, givenNames: 'Oud', familyName: 'Dossier', birthDate: '1990-01-01', nationality: 'SY', permit: 'asiel', status: 'aangemeld', createdAt: new Date(at) }).returning({ id: cases.id }),
      );
      ids.push(row!.id);
    }
    // As before the migration: no numbers, no counters.
    await asSystem(koers.database.db, async (tx) => {
      await tx.update(cases).set({ caseNumber: null }).where(eq(cases.gemeenteId, fresh.gemeenteId));
      await tx.delete(caseNumberCounters).where(eq(caseNumberCounters.gemeenteId, fresh.gemeenteId));
    });
    const migration = readdirMigration('case-number-trigger-and-backfill');
    const backfill = migration.split('--> statement-breakpoint').filter((s) => /^\s*(--.*\n)*\s*(WITH numbered|INSERT INTO case_number_counters)/.test(s));
    expect(backfill).toHaveLength(2);
    await asSystem(koers.database.db, async (tx) => {
      for (const statement of backfill) await tx.execute(sql.raw(statement));
    });
    // 2025-12-31 23:30 UTC is 1 January 2026 in the Netherlands.
    expect(await Promise.all(ids.map(numberOf))).toEqual(['INB-2025-000001', 'INB-2026-000001', 'INB-2025-000002']);
    expect(await numberOf(await insertCase(koers.database, fresh.gemeenteId))).toBe('INB-2026-000002');
  });
});

function readdirMigration(name: string): string {
  const file = readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8');
  const entry = (JSON.parse(file) as { entries: { tag: string }[] }).entries.find((e) => e.tag.endsWith(name));
  if (!entry) throw new Error(`migration ${name} not found`);
  return readFileSync(join(migrationsFolder, `${entry.tag}.sql`), 'utf8');
}
