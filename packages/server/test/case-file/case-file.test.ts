// The case file API: role-dependent personal data, partners only via assignments, open deadlines
// with explanation, timeline, documents (download with processing log), case manager and partners.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseDocuments, cases, processingLog } from '../../src/db/schema.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { caseInput, insertCase, snapshotOf } from '../support/fixtures.ts';
import { caseVersion } from '../support/versions.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let other: GemeenteFixture;
let regisseur: Client;
const now = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  g = await createGemeente(koers.database, 'Dossiermap');
  other = await createGemeente(koers.database, 'Ander');
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
});
afterAll(() => koers.close());

async function newCase(extra: Record<string, unknown> = {}) {
  const response = await regisseur.post('/api/cases', { ...caseInput(g.gemeenteId), duoNoticeOn: '2026-10-01', registeredOn: '2026-09-15', ...extra });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; bsn: string; familyName: string; version: number }>();
}

describe('GET /api/cases/:id/file', () => {
  it('shows duty with explanation and the PIP deadline with its explanation', async () => {
    const c = await newCase();
    const file = await regisseur.get(`/api/cases/${c.id}/file`);
    expect(file.statusCode, file.body).toBe(200);
    const body = file.json<{ case: { bsn: string }; duty: { explanation: { summary: string } }; deadlines: { kind: string; date: string; explanation: { summary: string; steps: { articles: string[] }[] } }[]; signals: { kind: string }[]; caseManager: { id: string } }>();
    expect(body.case.bsn).toBe(c.bsn);
    expect(body.duty.explanation.summary).toContain('Inburgeringsplichtig');
    const pip = body.deadlines.find((d) => d.kind === 'pip')!;
    expect(pip.date).toBe('2026-12-10');
    expect(pip.explanation.summary).toContain('10 weken na de kennisgeving van DUO');
    expect(pip.explanation.steps[0]?.articles.join()).toContain('art. 5.3 lid 1 Besluit inburgering 2021');
    expect(body.signals.map((s) => s.kind)).toContain('pip-due');
    expect(body.caseManager.id).toBe(g.users.trajectregisseur.id);
  });

  it('the termijn deadline is the last day that counts (inclusive), said once as "tot en met"', async () => {
    const c = await newCase();
    // As DUO registers it: from 2026-12-06, the end stored exclusive (2029-12-06 is the first day after).
    await asSystem(koers.database.db, (tx) => tx.update(cases).set({ termStart: '2026-12-06', termEndExclusive: '2029-12-06' }).where(eq(cases.id, c.id)));
    const file = await regisseur.get(`/api/cases/${c.id}/file`);
    expect(file.statusCode, file.body).toBe(200);
    const termijn = file.json<{ deadlines: { kind: string; label: string; date: string; overdue: boolean; explanation: { summary: string } }[] }>().deadlines.find((d) => d.kind === 'termijn');
    expect(termijn).toMatchObject({ label: 'Inburgeringstermijn', date: '2029-12-05', overdue: false });
    expect(termijn?.explanation.summary).toBe('Inburgeringstermijn van 6 december 2026 tot en met 5 december 2029, zoals DUO die registreert.');
    expect(termijn?.explanation.summary).not.toContain('6 december 2029');
  });

  it('without case:read-sensitive no BSN; roles without case:read get 403', async () => {
    const c = await newCase();
    const finance = await loginAs(koers.app, g.users['financieel-medewerker'].email);
    const file = await finance.get(`/api/cases/${c.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.json<{ case: { bsn: string | null } }>().case.bsn).toBeNull();
    expect(file.body).not.toContain(c.bsn);
    for (const role of ['partner-begeleiding', 'partner-aanbieder', 'beheerder', 'beleidsadviseur'] as const) {
      const client = await loginAs(koers.app, g.users[role].email);
      expect((await client.get(`/api/cases/${c.id}/file`)).statusCode, role).toBe(403);
    }
  });

  it("someone else's case → 404", async () => {
    const foreign = await insertCase(koers.database, other.gemeenteId);
    expect((await regisseur.get(`/api/cases/${foreign}/file`)).statusCode).toBe(404);
    expect((await regisseur.get(`/api/cases/${foreign}/timeline`)).statusCode).toBe(404);
    expect((await regisseur.get(`/api/cases/${foreign}/documents`)).statusCode).toBe(404);
  });
});

describe('partners', () => {
  it('see only assigned cases, only name, contact and agreements — never BSN or duty', async () => {
    const assigned = await newCase({ phone: '0612345678', preferredLanguage: 'Tigrinya' });
    const notAssigned = await newCase();
    const partner = await loginAs(koers.app, g.users['partner-begeleiding'].email);
    expect((await partner.get(`/api/cases/${assigned.id}/assigned-file`)).statusCode).toBe(404);
    expect((await partner.get('/api/cases')).json<{ total: number }>().total).toBe(0);

    const add = await regisseur.post(`/api/cases/${assigned.id}/assignments`, { userId: g.users['partner-begeleiding'].id, kind: 'begeleiding' });
    expect(add.statusCode, add.body).toBe(200);
    // a partner of the wrong kind is refused
    const wrongKind = await regisseur.post(`/api/cases/${assigned.id}/assignments`, { userId: g.users['partner-begeleiding'].id, kind: 'taalaanbieder' });
    expect(wrongKind.statusCode).toBe(400);

    const file = await partner.get(`/api/cases/${assigned.id}/assigned-file`);
    expect(file.statusCode, file.body).toBe(200);
    const body = file.json<{ access: string; case: unknown; duty: unknown; partnerCase: { phone: string; preferredLanguage: string } }>();
    expect(body).toMatchObject({ access: 'assigned', case: null, duty: null, partnerCase: { phone: '0612345678', preferredLanguage: 'Tigrinya' } });
    expect(file.body).not.toContain(assigned.bsn);
    expect((await partner.get(`/api/cases/${notAssigned.id}/assigned-file`)).statusCode).toBe(404);
    const list = (await partner.get('/api/cases')).json<{ items: { id: string; bsn: null; birthDate: string }[]; total: number }>();
    expect(list.items.map((i) => i.id)).toEqual([assigned.id]);
    expect(list.items[0]).toMatchObject({ bsn: null, birthDate: '' });
    // the other partner role was not assigned
    const aanbieder = await loginAs(koers.app, g.users['partner-aanbieder'].email);
    expect((await aanbieder.get(`/api/cases/${assigned.id}/assigned-file`)).statusCode).toBe(404);

    const removed = await regisseur.request({ method: 'DELETE', url: `/api/cases/${assigned.id}/assignments/${g.users['partner-begeleiding'].id}` });
    expect(removed.statusCode).toBe(200);
    expect((await partner.get(`/api/cases/${assigned.id}/assigned-file`)).statusCode).toBe(404);
  });
});

describe('case list', () => {
  it('searches, filters, sorts and pages with a total', async () => {
    const a = await newCase({ familyName: 'Zwaan-lijst', givenNames: 'Anna' });
    const b = await newCase({ familyName: 'Aap-lijst', givenNames: 'Bert' });
    const list = (await regisseur.get('/api/cases?zoek=lijst&sorteer=name&volgorde=asc')).json<{ items: { id: string; gemeenteName: string; caseManagerName: string }[]; total: number }>();
    expect(list.total).toBe(2);
    expect(list.items.map((i) => i.id)).toEqual([b.id, a.id]);
    expect(list.items[0]?.caseManagerName).toContain('trajectregisseur');
    const desc = (await regisseur.get('/api/cases?zoek=lijst&sorteer=name&volgorde=desc&limit=1')).json<{ items: { id: string }[]; total: number }>();
    expect(desc).toMatchObject({ total: 2, items: [{ id: a.id }] });
    const none = (await regisseur.get('/api/cases?zoek=lijst&trajectregisseur=geen')).json<{ total: number }>();
    expect(none.total).toBe(0);
    const byStatus = (await regisseur.get('/api/cases?zoek=lijst&status=gesloten')).json<{ total: number }>();
    expect(byStatus.total).toBe(0);
    const beheerder = await loginAs(koers.app, g.users.beheerder.email);
    expect((await beheerder.get('/api/cases')).json()).toEqual({ items: [], total: 0 });
  });
});

describe('timeline, documents, case manager', () => {
  it('timeline newest first and paged; document download with a Dutch file name and a processing-log entry', async () => {
    const c = await newCase();
    expect((await regisseur.request({ method: 'PUT', url: `/api/cases/${c.id}/case-manager`, payload: { version: await caseVersion(koers.database, c.id), caseManagerId: g.users.teamleider.id } })).statusCode).toBe(200);
    const timeline = (await regisseur.get(`/api/cases/${c.id}/timeline?limit=1`)).json<{ items: { kind: string }[]; total: number }>();
    // Registered, case manager, and twice "DUO-contactpersoon kan niet worden gemeld" (no phone in this test gemeente).
    expect(timeline.total).toBe(4);
    expect(timeline.items.map((i) => i.kind)).toEqual(['case.case-manager']);

    const [doc] = await asSystem(koers.database.db, (tx) =>
      tx
        .insert(caseDocuments)
        .values({ caseId: c.id, gemeenteId: g.gemeenteId, kind: 'pip', title: 'Beschikking PIP versie 1', mimeType: 'application/pdf', content: Buffer.from('%PDF-1.4 test'), sizeBytes: 13 })
        .returning(),
    );
    const docs = (await regisseur.get(`/api/cases/${c.id}/documents`)).json<{ id: string; title: string }[]>();
    expect(docs.map((d) => d.title)).toEqual(['Beschikking PIP versie 1']);
    const download = await regisseur.get(`/api/cases/${c.id}/documents/${doc!.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(`Beschikking PIP versie 1 - ${c.familyName}.pdf`);
    expect(download.rawPayload.toString()).toBe('%PDF-1.4 test');
    const logged = await asSystem(koers.database.db, (tx) =>
      tx.select().from(processingLog).where(and(eq(processingLog.resourceType, 'case_document'), eq(processingLog.resourceId, doc!.id))),
    );
    expect(logged).toHaveLength(1);
    // another case's id with this document → 404
    const c2 = await newCase();
    expect((await regisseur.get(`/api/cases/${c2.id}/documents/${doc!.id}`)).statusCode).toBe(404);
  });

  it('lists who can be case manager or partner; assigning a case manager from another gemeente is refused; a foreign case → 404 and nothing changed', async () => {
    const c = await newCase();
    const assignable = (await regisseur.get(`/api/cases/${c.id}/assignable-users`)).json<{ caseManagers: { id: string }[]; partners: { id: string; kind: string }[] }>();
    expect(assignable.caseManagers.map((u) => u.id).sort()).toEqual([g.users.teamleider.id, g.users.trajectregisseur.id].sort());
    expect(assignable.partners).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: g.users['partner-begeleiding'].id, kind: 'begeleiding' }),
        expect.objectContaining({ id: g.users['partner-aanbieder'].id, kind: 'taalaanbieder' }),
      ]),
    );
    const refused = await regisseur.request({ method: 'PUT', url: `/api/cases/${c.id}/case-manager`, payload: { version: await caseVersion(koers.database, c.id), caseManagerId: other.users.trajectregisseur.id } });
    expect(refused.statusCode).toBe(400);
    const foreign = await insertCase(koers.database, other.gemeenteId);
    const before = await snapshotOf(koers.database, { gemeenteIds: [other.gemeenteId] });
    expect((await regisseur.request({ method: 'PUT', url: `/api/cases/${foreign}/case-manager`, payload: { version: await caseVersion(koers.database, foreign), caseManagerId: null } })).statusCode).toBe(404);
    expect((await regisseur.get(`/api/cases/${foreign}/assignable-users`)).statusCode).toBe(404);
    expect((await regisseur.post(`/api/cases/${foreign}/assignments`, { userId: other.users['partner-begeleiding'].id, kind: 'begeleiding' })).statusCode).toBe(404);
    expect(await snapshotOf(koers.database, { gemeenteIds: [other.gemeenteId] })).toBe(before);
  });
});
