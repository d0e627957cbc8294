// DUO's own fines (C6, ADR 0145) and the outcome of bezwaar and beroep (ADR 0146) over HTTP: the DUO fine
// moves the termijn and lowers the cap, its werkvoorraad item, corrections with version, withdrawal; the
// beslissing-op-bezwaar letter (text tests), deels gegrond lowering the fine through the rules core, the
// court's uitspraak; who decided in the history; closed cases; another gemeente → 404 and nothing changed.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { cases, caseSignals, handhavingFines, recordHistory } from '../../src/db/schema.ts';
import { effectiveEndFor } from '../../src/use-cases/einde/einde-support.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { caseInput, snapshotOf } from '../support/fixtures.ts';
import { pdfPages } from '../support/pdf-text.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let other: GemeenteFixture;
let regisseur: Client;
let teamleider: Client;
const now = new Date('2027-09-01T10:00:00Z');
const TERM_END = '2027-04-02';

interface DuoFine {
  id: string;
  version: number;
  newTermEnd: string | null;
  capCents: number | null;
  kindLabel: string;
  effect: { summary: string; articles: string[] };
  withdrawnOn: string | null;
  reviewedOn: string | null;
}
interface Overview {
  violations: {
    id: string;
    stage: string;
    version: number;
    fine: { amountCents: number; status: string; outstandingCents: number; computation: { steps: { text: string }[] } } | null;
    state: { bezwaar: { outcome: string | null; loweredFromCents?: number | null } | null };
    steps: { kind: string; summary: string; documentId: string | null }[];
    nextSteps: { kind: string }[];
  }[];
  term: { capCents: number; imposedCents: number; explanation: { summary: string } };
  duoFines: { items: DuoFine[]; note: string; termEndExclusive: string | null };
}

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  g = await createGemeente(koers.database, 'DuoBoete');
  other = await createGemeente(koers.database, 'AnderDuo');
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
  teamleider = await loginAs(koers.app, g.users.teamleider.email);
});
afterAll(() => koers.close());

async function newCase(): Promise<string> {
  const response = await regisseur.post('/api/cases', { ...caseInput(g.gemeenteId), duoNoticeOn: '2023-10-01', registeredOn: '2023-09-15' });
  expect(response.statusCode, response.body).toBe(201);
  const id = response.json<{ id: string }>().id;
  await asSystem(koers.database.db, (tx) =>
    tx.update(cases).set({ obliged: true, termStart: '2024-04-02', termEndExclusive: TERM_END, status: 'traject' }).where(eq(cases.id, id)),
  );
  return id;
}
async function overview(caseId: string): Promise<Overview> {
  const r = await regisseur.get(`/api/cases/${caseId}/handhaving`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json<Overview>();
}
const caseRow = async (caseId: string) => (await asSystem(koers.database.db, (tx) => tx.select().from(cases).where(eq(cases.id, caseId))))[0]!;
const signalKinds = async (caseId: string) =>
  (await asSystem(koers.database.db, (tx) => tx.select().from(caseSignals).where(eq(caseSignals.caseId, caseId)))).map((s) => s.kind);
async function pdfText(caseId: string, documentId: string | null): Promise<string> {
  expect(documentId).not.toBeNull();
  const r = await regisseur.get(`/api/cases/${caseId}/documents/${documentId}`);
  expect(r.statusCode).toBe(200);
  return (await pdfPages(r.rawPayload)).join('\n').replace(/\s+/g, ' ');
}
const pvtMapFine = { kind: 'pvt-map', decisionOn: '2027-05-10', amountCents: 34_000, newTermMonths: 12 };
const put = (client: Client, caseId: string, id: string, payload: Record<string, unknown>) =>
  client.request({ method: 'PUT', url: `/api/cases/${caseId}/handhaving/duo-boetes/${id}`, payload });

/** An art. 23 fine of € 50 (opzet) imposed on 2027-06-01, with a bezwaar received on 2027-06-10. */
async function fineWithBezwaar(caseId: string): Promise<{ id: string; version: number }> {
  const created = await regisseur.post(`/api/cases/${caseId}/handhaving`, {
    ground: 'intensiteit-pvt',
    establishedOn: '2027-05-20',
    source: { kind: 'voortgangsgesprek', description: 'Voortgangsgesprek van 20 mei 2027' },
    facts: 'Drie bijeenkomsten van het PVT niet bijgewoond.',
  });
  expect(created.statusCode, created.body).toBe(201);
  let v = created.json<{ id: string; version: number }>();
  const go = async (client: Client, path: string, body: Record<string, unknown>) => {
    const r = await client.post(`/api/cases/${caseId}/handhaving/${v.id}/${path}`, { version: v.version, ...body });
    expect(r.statusCode, r.body).toBe(200);
    v = { id: v.id, version: r.json<{ version: number }>().version };
  };
  await go(regisseur, 'stappen', { kind: 'voornemen', on: '2027-05-21', culpability: 'opzet', motivation: 'Bewust niet gekomen.' });
  await go(regisseur, 'stappen', { kind: 'zienswijze', on: '2027-05-25', form: 'schriftelijk', summary: 'Moest werken.' });
  await go(teamleider, 'besluit', { on: '2027-06-01', fine: true, reason: 'Werk was vooraf bekend.' });
  await go(regisseur, 'stappen', { kind: 'bezwaar', on: '2027-06-10' });
  return v;
}

describe('DUO fines (C6)', () => {
  it('recorded from DUO’s beschikking: the new termijn becomes the case’s termijn, the cap drops, a werkvoorraad item asks to review the traject', async () => {
    const caseId = await newCase();
    const document = await asSystem(koers.database.db, async (tx) => {
      const { caseDocuments } = await import('../../src/db/schema.ts');
      const [d] = await tx
        .insert(caseDocuments)
        .values({ gemeenteId: g.gemeenteId, caseId, kind: 'upload', title: 'Beschikking DUO', mimeType: 'application/pdf', content: Buffer.from('%PDF'), sizeBytes: 4, origin: 'geupload' })
        .returning();
      return d!.id;
    });

    // Above the legal maximum of art. 26 → 400 naming the field; nothing written.
    const tooHigh = await regisseur.post(`/api/cases/${caseId}/handhaving/duo-boetes`, { ...pvtMapFine, amountCents: 50_000 });
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json<{ error: { field: string; message: string } }>().error).toMatchObject({ field: 'amountCents' });
    expect(tooHigh.json<{ error: { message: string } }>().error.message).toContain('art. 26 lid 1');
    const missingTerm = await regisseur.post(`/api/cases/${caseId}/handhaving/duo-boetes`, { ...pvtMapFine, newTermMonths: null });
    expect(missingTerm.json<{ error: { field: string } }>().error.field).toBe('newTermMonths');
    expect((await overview(caseId)).duoFines.items).toEqual([]);

    const created = await regisseur.post(`/api/cases/${caseId}/handhaving/duo-boetes`, { ...pvtMapFine, documentId: document });
    expect(created.statusCode, created.body).toBe(201);
    const fine = created.json<DuoFine>();
    expect(fine).toMatchObject({ newTermEnd: '2028-05-10', capCents: 80_000 });
    expect(fine.effect.articles).toContain('art. 24 lid 1 Wet inburgering 2021');

    // The termijn everyone reads moved; DUO later reporting the old end does not undo it (effectiveTermEnd).
    expect((await caseRow(caseId)).termEndExclusive).toBe('2028-05-10');
    expect(await asSystem(koers.database.db, (tx) => effectiveEndFor(tx, caseId, TERM_END))).toBe('2028-05-10');
    const o = await overview(caseId);
    expect(o.term.capCents).toBe(80_000);
    expect(o.term.explanation.summary).toContain('€ 800');
    expect(o.duoFines.termEndExclusive).toBe('2028-05-10');
    expect(await signalKinds(caseId)).toContain('duo-fine-review');

    // Reviewed with a stale version → 409 and nothing changed; with the right one the item goes.
    const review = { ...pvtMapFine, documentId: document, reviewedOn: '2027-05-20' };
    const unchanged = await snapshotOf(koers.database, { gemeenteIds: [g.gemeenteId] });
    const stale = await put(regisseur, caseId, fine.id, { ...review, version: 99 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { code: string; field: string } }>().error).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version' });
    expect(await snapshotOf(koers.database, { gemeenteIds: [g.gemeenteId] })).toBe(unchanged);
    expect((await overview(caseId)).duoFines.items[0]?.reviewedOn).toBeNull();
    const reviewed = await put(regisseur, caseId, fine.id, { ...review, version: fine.version });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(await signalKinds(caseId)).not.toContain('duo-fine-review');

    // Withdrawn by DUO: the termijn returns to what it was and the cap to € 2.400; the history keeps it all.
    const withdrawn = await put(regisseur, caseId, fine.id, { ...review, withdrawnOn: '2027-08-01', version: reviewed.json<DuoFine>().version });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await caseRow(caseId)).termEndExclusive).toBe(TERM_END);
    expect((await overview(caseId)).term.capCents).toBe(240_000);
    const history = await asSystem(koers.database.db, (tx) => tx.select().from(recordHistory).where(eq(recordHistory.entityId, fine.id)));
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['create', 'update']));
    expect(JSON.stringify(history.map((h) => h.changes))).toContain('withdrawnOn');
  });

  it('the gemeente’s fines before DUO’s new termijn do not count towards its lower cap', async () => {
    const caseId = await newCase();
    await fineWithBezwaar(caseId); // € 50 imposed on 2027-06-01
    expect((await overview(caseId)).term.imposedCents).toBe(5_000);
    const created = await regisseur.post(`/api/cases/${caseId}/handhaving/duo-boetes`, { ...pvtMapFine, decisionOn: '2027-07-01', newTermMonths: 6 });
    expect(created.statusCode, created.body).toBe(201);
    const o = await overview(caseId);
    expect(o.term).toMatchObject({ capCents: 40_000, imposedCents: 0 });
  });

  it('a case without a termijn refuses a DUO fine: DUO fines follow the end of the termijn', async () => {
    const caseId = await newCase();
    await asSystem(koers.database.db, (tx) => tx.update(cases).set({ termStart: null, termEndExclusive: null }).where(eq(cases.id, caseId)));
    const r = await regisseur.post(`/api/cases/${caseId}/handhaving/duo-boetes`, pvtMapFine);
    expect(r.statusCode).toBe(409);
    expect(r.json<{ error: { field: string; message: string } }>().error).toMatchObject({ field: 'kind' });
    expect((await overview(caseId)).duoFines.items).toEqual([]);
  });

  it('a closed case refuses a DUO fine (CASE_CLOSED) and changes nothing', async () => {
    const caseId = await newCase();
    await asSystem(koers.database.db, (tx) => tx.update(cases).set({ status: 'gesloten', closedOn: '2027-08-01' }).where(eq(cases.id, caseId)));
    const r = await regisseur.post(`/api/cases/${caseId}/handhaving/duo-boetes`, pvtMapFine);
    expect(r.statusCode).toBe(409);
    expect(r.json<{ error: { code: string } }>().error.code).toBe('CASE_CLOSED');
    expect((await overview(caseId)).duoFines.items).toEqual([]);
  });
});

describe('the outcome of bezwaar and beroep', () => {
  it('deels gegrond: only the teamleider decides; the rules core lowers the fine; the letter says so; both names in history', async () => {
    const caseId = await newCase();
    let v = await fineWithBezwaar(caseId);
    const body = {
      kind: 'bezwaar-beslist',
      on: '2027-07-15',
      outcome: 'deels-gegrond',
      revision: { culpability: 'normaal' },
      motivation: 'Van opzet is niet gebleken: betrokkene had een nieuwe baan en meldde dat te laat.',
    };
    expect((await regisseur.post(`/api/cases/${caseId}/handhaving/${v.id}/stappen`, { version: v.version, ...body })).statusCode).toBe(403);
    const missing = await teamleider.post(`/api/cases/${caseId}/handhaving/${v.id}/stappen`, { ...body, revision: null, version: v.version });
    expect(missing.statusCode).toBe(409);
    expect(missing.json<{ error: { field: string } }>().error.field).toBe('revision');
    const decided = await teamleider.post(`/api/cases/${caseId}/handhaving/${v.id}/stappen`, { version: v.version, ...body });
    expect(decided.statusCode, decided.body).toBe(200);
    v = { id: v.id, version: decided.json<{ version: number }>().version };

    const o = await overview(caseId);
    const violation = o.violations[0]!;
    expect(violation.stage).toBe('beschikking');
    expect(violation.fine).toMatchObject({ amountCents: 2_500, status: 'opgelegd', outstandingCents: 2_500 });
    expect(violation.fine?.computation.steps.map((s) => s.text).join(' ')).toContain('verlaagd van € 50 naar € 25');
    expect(violation.state.bezwaar).toMatchObject({ outcome: 'deels-gegrond', loweredFromCents: 5_000 });
    expect(violation.nextSteps.map((s) => s.kind)).toEqual(['beroep', 'onherroepelijk']);

    const letter = await pdfText(caseId, decided.json<{ documentId: string }>().documentId);
    expect(letter).toContain('Beslissing op uw bezwaar tegen de boete Wet inburgering 2021');
    expect(letter).toContain('Uw bezwaar is gedeeltelijk gegrond');
    expect(letter).toContain('van € 50 naar € 25');
    expect(letter).toContain('Op 10 juni 2027 hebben wij uw bezwaarschrift ontvangen');
    expect(letter).toContain('artikel 7:11 Algemene wet bestuursrecht');
    expect(letter).toContain('Van opzet is niet gebleken');
    expect(letter).toContain('Hoe wij de boete nu berekenen');
    expect(letter).toContain('Beroep instellen');
    expect(letter).toContain('rechtbank in het arrondissement waar u woont');

    const history = await asSystem(koers.database.db, (tx) => tx.select().from(recordHistory).where(eq(recordHistory.entityId, v.id)));
    const outcome = history.find((h) => JSON.stringify(h.changes).includes('deels-gegrond'));
    expect(JSON.stringify(outcome?.changes)).toContain('teamleider');

    // Beroep: the court lowers it further (a reduction), then the fine can become final.
    const beroep = await regisseur.post(`/api/cases/${caseId}/handhaving/${v.id}/stappen`, { version: v.version, kind: 'beroep', on: '2027-07-20' });
    expect(beroep.statusCode, beroep.body).toBe(200);
    const uitspraak = await regisseur.post(`/api/cases/${caseId}/handhaving/${v.id}/stappen`, {
      version: beroep.json<{ version: number }>().version,
      kind: 'beroep-beslist',
      on: '2027-08-20',
      outcome: 'verlaagd',
      revision: { reduction: { cents: 1_000, reason: 'De rechtbank matigde wegens de financiële situatie.' } },
    });
    expect(uitspraak.statusCode, uitspraak.body).toBe(200);
    const fine = (await asSystem(koers.database.db, (tx) => tx.select().from(handhavingFines).where(eq(handhavingFines.violationId, v.id))))[0];
    expect(fine?.amountCents).toBe(1_500);
  });

  it('gegrond: the fine falls away and nothing is outstanding; ongegrond keeps it; beroep vernietigd ends it', async () => {
    const caseId = await newCase();
    const v = await fineWithBezwaar(caseId);
    const r = await teamleider.post(`/api/cases/${caseId}/handhaving/${v.id}/stappen`, {
      version: v.version,
      kind: 'bezwaar-beslist',
      on: '2027-07-15',
      outcome: 'gegrond',
      motivation: 'Betrokkene was aantoonbaar ziek.',
    });
    expect(r.statusCode, r.body).toBe(200);
    const o = await overview(caseId);
    expect(o.violations[0]).toMatchObject({ stage: 'vervallen', fine: { status: 'vervallen', outstandingCents: 0 } });
    expect(o.term.imposedCents).toBe(0);
    const letter = await pdfText(caseId, r.json<{ documentId: string }>().documentId);
    expect(letter).toContain('Uw bezwaar is gegrond');
    expect(letter).toContain('de boete van € 50 vervalt');

    const second = await newCase();
    let w = await fineWithBezwaar(second);
    const kept = await teamleider.post(`/api/cases/${second}/handhaving/${w.id}/stappen`, { version: w.version, kind: 'bezwaar-beslist', on: '2027-07-15', outcome: 'ongegrond' });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(await pdfText(second, kept.json<{ documentId: string }>().documentId)).toContain('Uw bezwaar is ongegrond');
    w = { id: w.id, version: kept.json<{ version: number }>().version };
    const beroep = await regisseur.post(`/api/cases/${second}/handhaving/${w.id}/stappen`, { version: w.version, kind: 'beroep', on: '2027-07-20' });
    const annulled = await regisseur.post(`/api/cases/${second}/handhaving/${w.id}/stappen`, {
      version: beroep.json<{ version: number }>().version,
      kind: 'beroep-beslist',
      on: '2027-08-20',
      outcome: 'vernietigd',
    });
    expect(annulled.statusCode, annulled.body).toBe(200);
    expect((await overview(second)).violations[0]).toMatchObject({ stage: 'vervallen', fine: { status: 'vervallen' } });
  });
});

describe('across gemeenten', () => {
  it("another gemeente's DUO fine or bezwaar → 404 and nothing changed", async () => {
    const otherRegisseur = await loginAs(koers.app, other.users.trajectregisseur.email);
    const otherTeamleider = await loginAs(koers.app, other.users.teamleider.email);
    const caseId = await newCase();
    const v = await fineWithBezwaar(caseId);
    const fine = (await regisseur.post(`/api/cases/${caseId}/handhaving/duo-boetes`, pvtMapFine)).json<DuoFine>();
    const before = await snapshotOf(koers.database, { gemeenteIds: [g.gemeenteId] });
    expect((await otherRegisseur.post(`/api/cases/${caseId}/handhaving/duo-boetes`, pvtMapFine)).statusCode).toBe(404);
    expect((await put(otherRegisseur, caseId, fine.id, { ...pvtMapFine, version: fine.version, withdrawnOn: '2027-08-01' })).statusCode).toBe(404);
    expect(
      (
        await otherTeamleider.post(`/api/cases/${caseId}/handhaving/${v.id}/stappen`, {
          version: v.version,
          kind: 'bezwaar-beslist',
          on: '2027-07-15',
          outcome: 'gegrond',
        })
      ).statusCode,
    ).toBe(404);
    expect(await snapshotOf(koers.database, { gemeenteIds: [g.gemeenteId] })).toBe(before);
  });
});
