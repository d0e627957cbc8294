// Planning ahead (PostgreSQL, ADR 0077 addendum of the twelfth session): while a batch's insert runs
// in the database, Node plans the next units. The outcome must be the one of planning every batch in
// its own turn: the same report, the same cases with the same numbers, the same history, timeline and
// processing log — with a person twice in the file across batch borders, a person Koers has, a batch
// that fails in the database in the middle, and an import stopped while the next batch was planned.
// On PGlite the import does not plan ahead (one thread); there this checks the sequential path.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { KnownIdentities } from '../../src/imports/known-identities.ts';
import { stopImports } from '../../src/imports/run-import.ts';
import { createGemeente, createTestKoers, loginAs, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { validBsn } from '../support/fixtures.ts';
import { failCaseInsertsNamed, reportOf, storedOf, type JobView } from '../support/import-outcome.ts';

let koers: TestKoers;
const now = new Date('2026-11-23T10:00:00Z');
const onPostgres = Boolean(process.env.KOERS_TEST_DATABASE_URL);

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  await failCaseInsertsNamed(koers, 'Breekt');
});
afterAll(() => koers.close());

const personHeader = 'BSN;Achternaam;Voornamen;Geboortedatum;Nationaliteit;Verblijfsvergunning;Startdatum inburgeringsplicht;Datum kennisgeving DUO;Datum inschrijving;Regime;Doelgroep;Trajectregisseur;Einddatum termijn;Verlengingen termijn;Uren taalles en KNM;Peildatum uren;Datum ondertekening PVT';
const pipHeader = 'BSN;Dagtekening;Leerroute;Niveau;Intensiteit;Ondersteuning;Intensiteit PVT;Intensiteit MAP;Aantal voortgangsgesprekken;Reden wijziging';
const personLine = (p: Person) => [p.bsn, p.name, 'Rania', p.born ?? '02-11-1988', 'SY', 'asiel', '01-03-2025', '05-03-2025', '10-03-2025', 'Wi2021', 'asiel', '', '', '', '120', '01-11-2026', ''].join(';');
const pipLine = (bsn: string) => [bsn, '01-05-2025', 'B1', '', 'voltijd', 'Begeleiding door VluchtelingenWerk', '4 dagdelen', '40 uur', '3', ''].join(';');
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

interface Person {
  bsn: string;
  name: string;
  born?: string;
}

const files = (people: readonly Person[], orphanPip?: string) => [
  { name: 'personen.csv', content: b64([personHeader, ...people.map(personLine)].join('\n')) },
  { name: 'pip.csv', content: b64([pipHeader, ...people.filter((p, i) => people.findIndex((q) => q.bsn === p.bsn) === i).map((p) => pipLine(p.bsn)), ...(orphanPip ? [pipLine(orphanPip)] : [])].join('\n')) },
];

// 500 people: on PostgreSQL batches of 100, 200 and 200. A person twice across batch borders (rows
// 8, 131 and 461), a person Koers has (151), a date that does not exist (201), a fault in the
// database in the third batch (451) and a PIP row of nobody.
const people: Person[] = Array.from({ length: 500 }, (_, i) => ({ bsn: validBsn(), name: `Vooruit-${String(i).padStart(3, '0')}` }));
people[130] = { bsn: people[7]!.bsn, name: 'Dubbel-een' };
people[460] = { bsn: people[7]!.bsn, name: 'Dubbel-twee' };
people[200] = { ...people[200]!, born: '31-02-1988' };
people[450] = { ...people[450]!, name: 'Breekt' };
const known = people[150]!;
const nobody = validBsn();

/** A gemeente that already has `known`, then the whole file imported — planning ahead or not. */
async function importAll(label: string, planAhead: boolean) {
  const g: GemeenteFixture = await createGemeente(koers.database, label);
  const client = await loginAs(koers.app, g.users.trajectregisseur.email);
  const first = await client.post('/api/imports/lopende-dossiers?wacht=true', { files: files([known]), gemeenteId: g.gemeenteId });
  expect(first.json()).toMatchObject({ status: 'klaar', created: 1 });
  const looked = vi.spyOn(KnownIdentities.prototype, 'knownNew');
  // Without planning ahead: no unit is ever "known to be new", so every batch plans its own.
  if (!planAhead) looked.mockReturnValue(false);
  try {
    const response = await client.post('/api/imports/lopende-dossiers?wacht=true', { files: files(people, nobody), gemeenteId: g.gemeenteId });
    expect(response.statusCode, response.body).toBe(200);
    const { id, startedAt: _s, finishedAt: _f, ...job } = response.json<JobView & { startedAt: string; finishedAt: string }>();
    return { job, report: await reportOf(koers, client, id, g.gemeenteId), stored: await storedOf(koers, g.gemeenteId), plannedAhead: looked.mock.calls.length };
  } finally {
    looked.mockRestore();
  }
}

describe('planning the next batch while the database writes this one', () => {
  it('gives the same report, cases, numbers, history, timeline and processing log as planning each batch in turn', async () => {
    const inTurn = await importAll('Na elkaar', false);
    const ahead = await importAll('Vooruit', true);
    // On PostgreSQL the next units were planned while a batch was written (on PGlite never).
    if (onPostgres) expect(ahead.plannedAhead).toBeGreaterThan(0);
    else expect(ahead.plannedAhead).toBe(0);

    expect(ahead.job).toEqual(inTurn.job);
    expect(ahead.job).toMatchObject({ status: 'klaar', total: 501, processed: 501, created: 495, rejectedCount: 5 });
    expect(ahead.job.updated + ahead.job.unchanged).toBe(1);
    expect(ahead.job.rejected.map((r) => `${r.sheet}:${r.row}`).sort()).toEqual(['personen.csv:132', 'personen.csv:202', 'personen.csv:452', 'personen.csv:462', 'pip.csv:500']);
    const reasons = new Map(ahead.job.rejected.map((r) => [`${r.sheet}:${r.row}`, r.reason]));
    expect(reasons.get('personen.csv:132')).toContain('staat ook in regel 9');
    expect(reasons.get('personen.csv:462')).toContain('staat ook in regel 9');
    expect(reasons.get('personen.csv:452')).toContain('fout aan onze kant');
    expect(reasons.get('pip.csv:500')).toContain('niemand met dit BSN');

    expect(ahead.report).toEqual(inTurn.report);
    expect(ahead.stored).toEqual(inTurn.stored);
    // Numbered in file order, each number once: the known person has 1, the failed batch gave its range back.
    const numbers = ahead.stored.cases.map((c) => c.key.split(' ')[0]);
    expect(new Set(numbers).size).toBe(496);
    expect(ahead.report.find((r) => r.row === 3)?.case).toBe('INB-2026-000003 Vooruit-001');
    expect(ahead.report.find((r) => r.row === 501)?.case).toBe('INB-2026-000496 Vooruit-499');
    // Every new person has their PIP, registration, PIP and hours in the timeline, and their history.
    const fresh = ahead.stored.cases.filter((c) => c.key.includes('Vooruit-') && !c.key.includes(known.name));
    expect(fresh).toHaveLength(495);
    for (const c of fresh) {
      expect(c.pips).toEqual(['1 vastgesteld']);
      expect(c.events.filter((e) => e.startsWith('case.registered') || e.startsWith('pip.overgenomen') || e.startsWith('traject.uren'))).toHaveLength(3);
      expect(c.history).toContain('case create');
    }
  });

  it('an import stopped while the next batch was planned ends after its batch; nothing planned ahead is written', async () => {
    const g = await createGemeente(koers.database, 'Gestopt');
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const many: Person[] = Array.from({ length: 600 }, (_, i) => ({ bsn: validBsn(), name: `Stop-${String(i).padStart(3, '0')}` }));
    const response = await client.post('/api/imports/lopende-dossiers', { files: files(many), gemeenteId: g.gemeenteId });
    expect(response.statusCode, response.body).toBe(202);
    const { id } = response.json<{ id: string }>();
    // As the app does when it closes (the last test of this file: the app's imports stay stopped).
    await stopImports(koers.database.db);
    const job = (await client.get(`/api/imports/${id}`)).json<JobView>();
    expect(job.status).toBe('mislukt');
    expect(job.processed).toBeLessThan(600);
    expect(job.created).toBe(job.processed);
    const report = await reportOf(koers, client, id, g.gemeenteId);
    expect(report).toHaveLength(job.processed);
    const stored = await storedOf(koers, g.gemeenteId);
    // Exactly the people of the batches that ran, the first ones of the file, each with their rows.
    expect(stored.cases.map((c) => c.key.split(' ')[1]).sort()).toEqual(many.slice(0, job.processed).map((p) => p.name));
    for (const c of stored.cases) expect(c.pips).toEqual(['1 vastgesteld']);
    expect(stored.history).toBe(3 * job.processed);
  });
});
