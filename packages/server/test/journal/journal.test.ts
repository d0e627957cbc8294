// The contactjournaal (ADR 0100): who reads and writes, entries marked gevoelig hidden from roles
// without journal:sensitive (only their number), corrections by the author with version and
// history, the processing log, and another gemeente's case → 404 with nothing changed.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { processingLog, recordHistory } from '../../src/db/schema.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { caseInput, insertCase, snapshotOf } from '../support/fixtures.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let other: GemeenteFixture;
let regisseur: Client;
let teamleider: Client;
const now = new Date('2026-11-23T10:00:00Z');

interface Entry {
  id: string;
  contactOn: string;
  kind: string;
  withWhom: string | null;
  text: string;
  sensitive: boolean;
  version: number;
  createdByName: string | null;
  canCorrect: boolean;
}
interface Journal {
  entries: Entry[];
  hiddenSensitive: number;
}

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  g = await createGemeente(koers.database, 'Journaal');
  other = await createGemeente(koers.database, 'Ander');
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
  teamleider = await loginAs(koers.app, g.users.teamleider.email);
});
afterAll(() => koers.close());

async function newCase(): Promise<string> {
  const response = await regisseur.post('/api/cases', { ...caseInput(g.gemeenteId), duoNoticeOn: '2026-10-01', registeredOn: '2026-09-15' });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

const entry = (extra: Record<string, unknown> = {}) => ({
  contactOn: '2026-11-20',
  kind: 'telefoon',
  withWhom: 'inburgeraar en tolk',
  text: 'Afspraak voor de brede intake besproken.',
  ...extra,
});

describe('contactjournaal', () => {
  it('a trajectregisseur adds entries; the history and the processing log have them', async () => {
    const caseId = await newCase();
    const added = await regisseur.post(`/api/cases/${caseId}/journal`, entry());
    expect(added.statusCode, added.body).toBe(201);
    const body = added.json<Entry>();
    expect(body).toMatchObject({ contactOn: '2026-11-20', kind: 'telefoon', sensitive: false, version: 1, canCorrect: true });

    const list = await regisseur.get(`/api/cases/${caseId}/journal`);
    expect(list.statusCode).toBe(200);
    expect(list.json<Journal>().entries.map((e) => e.id)).toEqual([body.id]);

    const [history, logs] = await asSystem(koers.database.db, async (tx) => [
      await tx.select().from(recordHistory).where(eq(recordHistory.entityId, body.id)),
      await tx.select().from(processingLog).where(eq(processingLog.gemeenteId, g.gemeenteId)).orderBy(asc(processingLog.id)),
    ] as const);
    expect(history).toHaveLength(1);
    expect(history[0]?.entityType).toBe('journal-entry');
    expect(history[0]?.action).toBe('create');
    expect(logs.some((l) => l.operationName === 'addJournalEntry' && l.resourceId === body.id)).toBe(true);
    expect(logs.some((l) => l.operationName === 'listJournal' && l.resourceId === caseId && l.action === 'read')).toBe(true);
  });

  it('an entry marked gevoelig is read only with journal:sensitive; others see how many there are', async () => {
    const caseId = await newCase();
    await regisseur.post(`/api/cases/${caseId}/journal`, entry({ text: 'Gewone notitie.' }));
    const secret = await regisseur.post(`/api/cases/${caseId}/journal`, entry({ kind: 'gesprek-op-locatie', text: 'Gezondheid: zwaar traject bij de huisarts.', sensitive: true }));
    expect(secret.statusCode, secret.body).toBe(201);

    for (const client of [regisseur, teamleider]) {
      const full = (await client.get(`/api/cases/${caseId}/journal`)).json<Journal>();
      expect(full.entries).toHaveLength(2);
      expect(full.hiddenSensitive).toBe(0);
    }
    const finance = await loginAs(koers.app, g.users['financieel-medewerker'].email);
    const limited = await finance.get(`/api/cases/${caseId}/journal`);
    expect(limited.statusCode).toBe(200);
    const body = limited.json<Journal>();
    expect(body.entries.map((e) => e.text)).toEqual(['Gewone notitie.']);
    expect(body.hiddenSensitive).toBe(1);
    expect(limited.body).not.toContain('huisarts');
    expect(limited.body).not.toContain(secret.json<Entry>().id);
    // Nor can the entry be reached by its id.
    const put = await finance.request({ method: 'PUT', url: `/api/cases/${caseId}/journal/${secret.json<Entry>().id}`, payload: entry({ version: 1 }) });
    expect(put.statusCode).toBe(403);
  });

  it('partners, beheerder and beleidsadviseur see no journal; only case:write writes', async () => {
    const caseId = await newCase();
    for (const role of ['partner-begeleiding', 'partner-aanbieder', 'beheerder', 'beleidsadviseur', 'functionaris-gegevensbescherming'] as const) {
      const client = await loginAs(koers.app, g.users[role].email);
      expect((await client.get(`/api/cases/${caseId}/journal`)).statusCode, role).toBe(403);
    }
    const finance = await loginAs(koers.app, g.users['financieel-medewerker'].email);
    expect((await finance.post(`/api/cases/${caseId}/journal`, entry())).statusCode).toBe(403);
    expect((await regisseur.get(`/api/cases/${caseId}/journal`)).json<Journal>().entries).toHaveLength(0);
  });

  it('refuses bad input with the field named, and stores nothing', async () => {
    const caseId = await newCase();
    const cases: [Record<string, unknown>, string][] = [
      [entry({ contactOn: '2026-11-24' }), 'contactOn'],
      [entry({ contactOn: '2019-05-01' }), 'contactOn'],
      [entry({ kind: 'fax' }), 'kind'],
      [entry({ text: '   ' }), 'text'],
      [entry({ text: 'x'.repeat(10_001) }), 'text'],
      [entry({ text: 'nul\u0000teken' }), 'text'],
      [entry({ withWhom: 'y'.repeat(201) }), 'withWhom'],
    ];
    for (const [payload, field] of cases) {
      const response = await regisseur.post(`/api/cases/${caseId}/journal`, payload);
      expect(response.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(response.json<{ error: { field: string; message: string } }>().error.field).toBe(field);
    }
    expect((await regisseur.get(`/api/cases/${caseId}/journal`)).json<Journal>().entries).toHaveLength(0);
  });

  it('the author corrects an entry with its version; a stale version or another user is refused; history keeps the old text', async () => {
    const caseId = await newCase();
    const created = (await regisseur.post(`/api/cases/${caseId}/journal`, entry({ text: 'Eerste tekst.' }))).json<Entry>();
    const url = `/api/cases/${caseId}/journal/${created.id}`;

    const byOther = await teamleider.request({ method: 'PUT', url, payload: entry({ text: 'Van een ander.', version: 1 }) });
    expect(byOther.statusCode).toBe(403);
    expect((await teamleider.get(`/api/cases/${caseId}/journal`)).json<Journal>().entries[0]?.canCorrect).toBe(false);

    const corrected = await regisseur.request({ method: 'PUT', url, payload: entry({ text: 'Gecorrigeerde tekst.', sensitive: true, version: 1 }) });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json<Entry>()).toMatchObject({ text: 'Gecorrigeerde tekst.', sensitive: true, version: 2 });

    const stale = await regisseur.request({ method: 'PUT', url, payload: entry({ text: 'Te laat.', version: 1 }) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { code: string; field: string } }>().error).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version' });

    const history = await asSystem(koers.database.db, (tx) =>
      tx.select().from(recordHistory).where(and(eq(recordHistory.entityId, created.id), eq(recordHistory.action, 'update'))),
    );
    expect(history).toHaveLength(1);
    expect(history[0]?.changes).toMatchObject({ text: { from: 'Eerste tekst.', to: 'Gecorrigeerde tekst.' }, sensitive: { from: false, to: true } });
    const list = (await regisseur.get(`/api/cases/${caseId}/journal`)).json<Journal>();
    expect(list.entries.map((e) => e.text)).toEqual(['Gecorrigeerde tekst.']);
  });

  it("another gemeente's case → 404 and nothing changed", async () => {
    const foreign = await insertCase(koers.database, other.gemeenteId);
    const before = await snapshotOf(koers.database, { gemeenteIds: [other.gemeenteId] });
    expect((await regisseur.get(`/api/cases/${foreign}/journal`)).statusCode).toBe(404);
    expect((await regisseur.post(`/api/cases/${foreign}/journal`, entry())).statusCode).toBe(404);
    const own = await newCase();
    const mine = (await regisseur.post(`/api/cases/${own}/journal`, entry())).json<Entry>();
    // An entry of this gemeente addressed under another gemeente's case is not found either.
    expect((await regisseur.request({ method: 'PUT', url: `/api/cases/${foreign}/journal/${mine.id}`, payload: entry({ version: 1 }) })).statusCode).toBe(404);
    expect(await snapshotOf(koers.database, { gemeenteIds: [other.gemeenteId] })).toBe(before);
  });
});
