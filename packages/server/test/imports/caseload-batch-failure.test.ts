// A caseload batch is one transaction: a person that fails in the database rolls the whole batch back,
// the batch is retried person by person, and every other person is written exactly once with their
// case number (from the batch's range, ADR 0106 addendum), PIP, history and timeline.
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseEvents, cases, pips, recordHistory } from '../../src/db/schema.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { validBsn } from '../support/fixtures.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let regisseur: Client;
const now = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  g = await createGemeente(koers.database, 'Delen');
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
});
afterAll(() => koers.close());

const personHeader = 'BSN;Achternaam;Voornamen;Geboortedatum;Nationaliteit;Verblijfsvergunning;Startdatum inburgeringsplicht;Datum kennisgeving DUO;Datum inschrijving;Regime;Doelgroep;Trajectregisseur;Einddatum termijn;Verlengingen termijn;Uren taalles en KNM;Peildatum uren;Datum ondertekening PVT';
const pipHeader = 'BSN;Dagtekening;Leerroute;Niveau;Intensiteit;Ondersteuning;Intensiteit PVT;Intensiteit MAP;Aantal voortgangsgesprekken;Reden wijziging';
const personLine = (bsn: string, name: string) => [bsn, name, 'Rania', '02-11-1988', 'SY', 'asiel', '01-03-2025', '05-03-2025', '10-03-2025', 'Wi2021', 'asiel', '', '', '', '', '', ''].join(';');
const pipLine = (bsn: string) => [bsn, '01-05-2025', 'B1', '', 'voltijd', 'Begeleiding door VluchtelingenWerk', '4 dagdelen', '40 uur', '3', ''].join(';');
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('a caseload batch that fails in the database', () => {
  it('rolls the whole batch back; the retry refuses only that person and writes every other one once', async () => {
    // A fault only the database sees, late in the first batch of 100 persons.
    await asSystem(koers.database.db, async (tx) => {
      await tx.execute(sql.raw(`CREATE FUNCTION koers_test_breekt() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.family_name = 'Breekt' THEN RAISE EXCEPTION 'test'; END IF; RETURN NEW; END $$`));
      await tx.execute(sql.raw('CREATE TRIGGER koers_test_breekt BEFORE INSERT ON cases FOR EACH ROW EXECUTE FUNCTION koers_test_breekt()'));
    });
    const people = Array.from({ length: 120 }, (_, i) => ({ bsn: validBsn(), name: i === 89 ? 'Breekt' : `Deel-${String(i).padStart(3, '0')}` }));
    const files = [
      { name: 'personen.csv', content: b64([personHeader, ...people.map((p) => personLine(p.bsn, p.name))].join('\n')) },
      { name: 'pip.csv', content: b64([pipHeader, ...people.map((p) => pipLine(p.bsn))].join('\n')) },
    ];
    const response = await regisseur.post('/api/imports/lopende-dossiers?wacht=true', { files, gemeenteId: g.gemeenteId });
    expect(response.statusCode, response.body).toBe(200);
    const job = response.json<{ rejected: { row: number; reason: string }[] }>();
    expect(job).toMatchObject({ status: 'klaar', total: 120, processed: 120, created: 119, rejectedCount: 1, rejected: [{ row: 91 }] });
    expect(job.rejected[0]?.reason).toContain('fout aan onze kant');
    await asSystem(koers.database.db, async (tx) => {
      await tx.execute(sql.raw('DROP TRIGGER koers_test_breekt ON cases'));
      await tx.execute(sql.raw('DROP FUNCTION koers_test_breekt()'));
    });

    const stored = await asSystem(koers.database.db, (tx) => tx.select({ id: cases.id, name: cases.familyName, n: cases.caseNumber }).from(cases).where(eq(cases.gemeenteId, g.gemeenteId)));
    const written = people.filter((p) => p.name !== 'Breekt');
    expect(stored.map((c) => c.name).sort()).toEqual(written.map((p) => p.name).sort());
    // Numbered in file order, without a number given twice; the rolled-back batch gave its range back.
    const byName = new Map(stored.map((c) => [c.name, c.n]));
    expect(written.map((p) => byName.get(p.name))).toEqual(written.map((_, i) => `INB-2026-${String(i + 1).padStart(6, '0')}`));
    const ids = stored.map((c) => c.id);
    const counts = await asSystem(koers.database.db, async (tx) => ({
      pips: await tx.select({ caseId: pips.caseId }).from(pips).where(inArray(pips.caseId, ids)),
      created: await tx.select({ id: recordHistory.entityId }).from(recordHistory).where(inArray(recordHistory.entityId, ids)),
      registered: await tx.select({ caseId: caseEvents.caseId }).from(caseEvents).where(inArray(caseEvents.caseId, ids)),
    }));
    const perCase = (list: string[]) => new Set(ids.map((id) => list.filter((x) => x === id).length));
    expect(perCase(counts.pips.map((p) => p.caseId))).toEqual(new Set([1]));
    // The same history and timeline for every person (a failed first attempt left nothing behind).
    for (const list of [counts.registered.map((e) => e.caseId), counts.created.map((h) => h.id)]) {
      const seen = perCase(list);
      expect(seen.size).toBe(1);
      expect(seen.has(0)).toBe(false);
    }
  });
});
