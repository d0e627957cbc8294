// COA/TVS import: progress, rejected rows with reasons, idempotent re-import, other gemeenten's
// rows refused, one transaction per row (nothing half-written), and per-role access.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseEvents, cases, recordHistory } from '../../src/db/schema.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { snapshotOf, validBsn, validVNumber } from '../support/fixtures.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let other: GemeenteFixture;
let regisseur: Client;
const now = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  g = await createGemeente(koers.database, 'Import');
  other = await createGemeente(koers.database, 'Ander');
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
});
afterAll(() => koers.close());

interface Job {
  id: string;
  status: string;
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: { row: number; field: string; reason: string }[];
}

const header = 'V-nummer;BSN;Achternaam;Voornamen;Geboortedatum;Nationaliteit;Verblijfsvergunning;Datum koppeling;COA-locatie;Gemeentecode;Nareiziger;Telefoon;Taal';
const line = (p: { v?: string; bsn?: string; name: string; birth?: string; nat?: string; permit?: string; code?: string; nareiziger?: string }) =>
  [p.v ?? validVNumber(), p.bsn ?? '', p.name, 'Amina', p.birth ?? '12-04-1990', p.nat ?? 'SY', p.permit ?? 'asiel', '01-11-2026', 'azc Budel', p.code ?? g.gemeenteCode, p.nareiziger ?? 'nee', '0612345678', 'Arabisch'].join(';');

async function importCsv(client: Client, csv: string, wait = true): Promise<Job> {
  const response = await client.post(`/api/imports/tvs?wacht=${String(wait)}`, { csv, fileName: 'tvs.csv' });
  expect([200, 202], response.body).toContain(response.statusCode);
  return response.json<Job>();
}

describe('POST /api/imports/tvs', () => {
  it('creates cases through registration (duty, source coa) and reports rejected rows with line, column and Dutch reason', async () => {
    const good = validVNumber();
    const csv = [
      header,
      line({ v: good, name: 'Goed-import' }),
      line({ name: 'Zonder-geboortedatum', birth: '31-02-1990' }),
      line({ name: 'Fout-bsn', bsn: '123456789' }),
      line({ name: 'Andere-gemeente', code: other.gemeenteCode }),
      line({ name: 'Rare-vergunning', permit: 'toerist' }),
      line({ name: 'Nareiziger-fout', nareiziger: 'misschien' }),
    ].join('\n');
    const job = await importCsv(regisseur, csv);
    expect(job).toMatchObject({ status: 'klaar', total: 6, processed: 6, created: 1, updated: 0, unchanged: 0 });
    const byRow = new Map(job.rejected.map((r) => [r.row, r]));
    expect(byRow.get(3)).toMatchObject({ field: 'Geboortedatum' });
    expect(byRow.get(4)?.field).toBe('BSN');
    expect(byRow.get(4)?.reason).toContain('elfproef');
    expect(byRow.get(5)?.field).toBe('Gemeentecode');
    expect(byRow.get(5)?.reason).toContain('U werkt niet voor gemeente');
    expect(byRow.get(6)).toMatchObject({ field: 'Verblijfsvergunning' });
    expect(byRow.get(7)?.field).toBe('Nareiziger');
    expect(byRow.get(7)?.reason).toContain('ja of nee');
    const [row] = await asSystem(koers.database.db, (tx) => tx.select().from(cases).where(eq(cases.vNumber, good)));
    expect(row).toMatchObject({ source: 'coa', obliged: true, targetGroup: 'asiel', birthDate: '1990-04-12', linkedOn: '2026-11-01', coaLocation: 'azc Budel', caseManagerId: g.users.trajectregisseur.id });
    const names = await asSystem(koers.database.db, (tx) => tx.select({ n: cases.familyName }).from(cases).where(inArray(cases.familyName, ['Zonder-geboortedatum', 'Fout-bsn', 'Andere-gemeente', 'Rare-vergunning', 'Nareiziger-fout'])));
    expect(names).toEqual([]);
  });

  it('is idempotent: a re-import leaves cases unchanged, a corrected row updates, never a duplicate', async () => {
    const v1 = validVNumber();
    const v2 = validVNumber();
    const csv = [header, line({ v: v1, name: 'Eerste' }), line({ v: v2, name: 'Tweede' })].join('\n');
    expect(await importCsv(regisseur, csv)).toMatchObject({ created: 2 });
    expect(await importCsv(regisseur, csv)).toMatchObject({ created: 0, unchanged: 2, updated: 0, rejected: [] });
    // The same file with comma separators, a BSN added and a corrected nationality.
    const bsn = validBsn();
    const comma = [header.replaceAll(';', ','), line({ v: v1, bsn, name: 'Eerste', nat: 'ER' }).replaceAll(';', ',')].join('\r\n');
    expect(await importCsv(regisseur, comma)).toMatchObject({ created: 0, updated: 1 });
    const rows = await asSystem(koers.database.db, (tx) => tx.select().from(cases).where(eq(cases.vNumber, v1)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ bsn, nationality: 'ER' });
    const history = await asSystem(koers.database.db, (tx) => tx.select().from(recordHistory).where(eq(recordHistory.entityId, rows[0]!.id)));
    expect(history.map((h) => h.action)).toEqual(['create', 'update']);
  });

  it('runs in the background with progress for GET /api/imports/:jobId, only for who started it', async () => {
    const csv = [header, ...Array.from({ length: 8 }, (_, i) => line({ name: `Achtergrond-${i}` }))].join('\n');
    const started = await importCsv(regisseur, csv, false);
    expect(started.total).toBe(8);
    let job = started;
    for (let i = 0; i < 100 && job.status === 'bezig'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const polled = await regisseur.get(`/api/imports/${started.id}`);
      expect(polled.statusCode).toBe(200);
      job = polled.json<Job>();
      expect(job.processed).toBeLessThanOrEqual(8);
    }
    expect(job).toMatchObject({ status: 'klaar', processed: 8, created: 8 });
    const teamleider = await loginAs(koers.app, g.users.teamleider.email);
    expect((await teamleider.get(`/api/imports/${started.id}`)).statusCode).toBe(404);
  });

  it('accepts a raw text/csv body; an unreadable file → 400 on the csv field', async () => {
    const response = await regisseur.request({ method: 'POST', url: '/api/imports/tvs?wacht=true', payload: [header, line({ name: 'Ruw' })].join('\n'), headers: { 'content-type': 'text/csv' } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Job>().created).toBe(1);
    const bad = await regisseur.post('/api/imports/tvs?wacht=true', { csv: 'foo;bar\n1;2' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { field: 'csv' } });
  });

  it('per role: only case:write; rows for another gemeente never touch it', async () => {
    for (const role of ['financieel-medewerker', 'partner-begeleiding', 'beheerder'] as const) {
      const client = await loginAs(koers.app, g.users[role].email);
      expect((await client.post('/api/imports/tvs?wacht=true', { csv: [header, line({ name: 'X' })].join('\n') })).statusCode, role).toBe(403);
    }
    const before = await snapshotOf(koers.database, { gemeenteIds: [other.gemeenteId] });
    const job = await importCsv(regisseur, [header, line({ name: 'Indringer', code: other.gemeenteCode })].join('\n'));
    expect(job.rejected).toHaveLength(1);
    expect(await snapshotOf(koers.database, { gemeenteIds: [other.gemeenteId] })).toBe(before);
    const events = await asSystem(koers.database.db, (tx) => tx.select().from(caseEvents).where(eq(caseEvents.gemeenteId, other.gemeenteId)));
    expect(events).toEqual([]);
  });
});
