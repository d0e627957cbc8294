// Case numbers given per import batch (ADR 0106 addendum of 2026-12-07): one counter upsert numbers
// a batch's new cases in file order, sharing the counters with the trigger that numbers every other
// insert; per gemeente and year of creation, behind the wall, given back when the batch rolls back.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem, inScope, systemScope } from '../../src/db/scope.ts';
import { caseNumberCounters, cases } from '../../src/db/schema.ts';
import { assignCaseNumbers, formatCaseNumber } from '../../src/case-file/case-numbers.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { createCaseVia, insertCase, validVNumber } from '../support/fixtures.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let other: GemeenteFixture;
let regisseur: Client;
const now = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  g = await createGemeente(koers.database, 'Reeks');
  other = await createGemeente(koers.database, 'Buur');
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
});
afterAll(() => koers.close());

const counterOf = async (gemeenteId: string, year: number) =>
  (await asSystem(koers.database.db, (tx) => tx.select().from(caseNumberCounters).where(and(eq(caseNumberCounters.gemeenteId, gemeenteId), eq(caseNumberCounters.year, year)))))[0]?.lastNumber;

const header = 'V-nummer;BSN;Achternaam;Voornamen;Geboortedatum;Nationaliteit;Verblijfsvergunning;Datum koppeling;COA-locatie;Gemeentecode;Nareiziger;Telefoon;Taal';
const line = (name: string) => [validVNumber(), '', name, 'Amina', '12-04-1990', 'SY', 'asiel', '01-11-2026', 'azc Budel', g.gemeenteCode, 'nee', '0612345678', 'Arabisch'].join(';');

describe('case numbers of an import batch', () => {
  it('follow the numbers already given, in the order of the file, and the next registration continues after them', async () => {
    const before = await createCaseVia(regisseur, g.gemeenteId);
    expect(before).toMatchObject({ caseNumber: 'INB-2026-000001' });
    const names = ['Reeks-een', 'Reeks-twee', 'Reeks-drie', 'Reeks-vier', 'Reeks-vijf'];
    const response = await regisseur.post('/api/imports/tvs?wacht=true', { csv: [header, ...names.map(line)].join('\n'), fileName: 'tvs.csv' });
    expect(response.json<{ status: string; created: number }>()).toMatchObject({ status: 'klaar', created: 5 });
    const rows = await asSystem(koers.database.db, (tx) => tx.select({ name: cases.familyName, n: cases.caseNumber }).from(cases).where(inArray(cases.familyName, names)));
    const byName = new Map(rows.map((r) => [r.name, r.n]));
    expect(names.map((n) => byName.get(n))).toEqual(['INB-2026-000002', 'INB-2026-000003', 'INB-2026-000004', 'INB-2026-000005', 'INB-2026-000006']);
    expect(await counterOf(g.gemeenteId, 2026)).toBe(6);
    expect(await createCaseVia(regisseur, g.gemeenteId)).toMatchObject({ caseNumber: 'INB-2026-000007' });
  });

  it('count per gemeente and year of creation in the Netherlands, keep a given number and leave a row without creation time to the trigger', async () => {
    const fresh = await createGemeente(koers.database, 'Jaarwissel');
    const rows = [
      { gemeenteId: fresh.gemeenteId, createdAt: new Date('2026-12-31T22:30:00Z') },
      { gemeenteId: fresh.gemeenteId, createdAt: new Date('2026-12-31T23:30:00Z') },
      { gemeenteId: fresh.gemeenteId, createdAt: new Date('2026-12-31T22:45:00Z') },
      { gemeenteId: fresh.gemeenteId, createdAt: new Date('2026-12-31T12:00:00Z'), caseNumber: 'INB-2019-000042' },
      { gemeenteId: fresh.gemeenteId },
    ];
    await asSystem(koers.database.db, (tx) => assignCaseNumbers(tx, rows));
    // 23:30 UTC on 31 December is already 1 January 2027 in the Netherlands.
    expect(rows.map((r) => ('caseNumber' in r ? r.caseNumber : undefined))).toEqual(['INB-2026-000001', 'INB-2027-000001', 'INB-2026-000002', 'INB-2019-000042', undefined]);
    expect([await counterOf(fresh.gemeenteId, 2026), await counterOf(fresh.gemeenteId, 2027), await counterOf(fresh.gemeenteId, 2019)]).toEqual([2, 1, undefined]);
    // The trigger continues the same counter.
    const id = await insertCase(koers.database, fresh.gemeenteId);
    const [row] = await asSystem(koers.database.db, (tx) => tx.select({ n: cases.caseNumber }).from(cases).where(eq(cases.id, id)));
    expect(row?.n).toBe(formatCaseNumber(2026, 3));
  });

  it('a batch that rolls back gives its range back', async () => {
    const fresh = await createGemeente(koers.database, 'Terugdraai');
    const rows = [{ gemeenteId: fresh.gemeenteId, createdAt: now }, { gemeenteId: fresh.gemeenteId, createdAt: now }];
    await expect(
      asSystem(koers.database.db, async (tx) => {
        await assignCaseNumbers(tx, rows);
        throw new Error('batch mislukt');
      }),
    ).rejects.toThrow('batch mislukt');
    expect(await counterOf(fresh.gemeenteId, 2026)).toBeUndefined();
    const again = [{ gemeenteId: fresh.gemeenteId, createdAt: now }];
    await asSystem(koers.database.db, (tx) => assignCaseNumbers(tx, again));
    expect(again[0]).toMatchObject({ caseNumber: 'INB-2026-000001' });
  });

  it("cannot advance another gemeente's counter: the batch fails and nothing changes", async () => {
    const start = await counterOf(other.gemeenteId, 2026);
    const scope = systemScope(g.organisationId, [g.gemeenteId]);
    await expect(inScope(koers.database.db, scope, (tx) => assignCaseNumbers(tx, [{ gemeenteId: other.gemeenteId, createdAt: now }]))).rejects.toThrow();
    expect(await counterOf(other.gemeenteId, 2026)).toBe(start);
  });

  it('concurrent batches and registrations in one gemeente never share a number', async () => {
    const fresh = await createGemeente(koers.database, 'Gelijktijdig');
    const scope = systemScope(fresh.organisationId, [fresh.gemeenteId]);
    const batches = Array.from({ length: 4 }, () => Array.from({ length: 25 }, () => ({ gemeenteId: fresh.gemeenteId, createdAt: now, caseNumber: null as string | null })));
    const inserted = await Promise.all([
      ...batches.map((rows) => inScope(koers.database.db, scope, (tx) => assignCaseNumbers(tx, rows)).then(() => [])),
      ...Array.from({ length: 5 }, () => insertCase(koers.database, fresh.gemeenteId).then((id) => [id])),
    ]);
    const ids = inserted.flat();
    const byTrigger = await asSystem(koers.database.db, (tx) => tx.select({ n: cases.caseNumber }).from(cases).where(inArray(cases.id, ids)));
    const numbers = [...batches.flat().map((r) => r.caseNumber), ...byTrigger.map((r) => r.n)];
    expect(numbers.every((n) => n !== null)).toBe(true);
    expect(new Set(numbers).size).toBe(105);
    expect(await counterOf(fresh.gemeenteId, 2026)).toBe(105);
  });
});
