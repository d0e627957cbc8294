// Handhaving's work around the steps (issue 14): each step's term produces its werkvoorraad item and
// the next step ends it; the teamleider sees all open handhaving of the team (not another gemeente's,
// not the trajectregisseur); evidence comes from the case's own documents; every collection status
// gives the right outstanding amount; the gemeente's own policy paragraph replaces the default in the letters;
// a DUO fine recorded late, dated before the gemeente's fines, shows by how much they now exceed the lower cap.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { cases, caseSignals, gemeenten, handhavingSteps } from '../../src/db/schema.ts';
import { DEFAULT_HANDHAVING_POLICY } from '../../src/documents/handhaving-letters.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { snapshotOf } from '../support/fixtures.ts';
import { letterText, newHandhavingCase } from './support.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let other: GemeenteFixture;
let regisseur: Client;
let teamleider: Client;
let financieel: Client;
const now = new Date('2027-09-01T10:00:00Z');
const source = { kind: 'brede-intake', description: 'Herhaalde uitnodiging' };

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  g = await createGemeente(koers.database, 'HandhavingWerk');
  other = await createGemeente(koers.database, 'AnderWerk');
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
  teamleider = await loginAs(koers.app, g.users.teamleider.email);
  financieel = await loginAs(koers.app, g.users['financieel-medewerker'].email);
});
afterAll(() => koers.close());

const newCase = (client = regisseur, gemeenteId = g.gemeenteId) => newHandhavingCase(client, gemeenteId);
async function violation(caseId: string, body: Record<string, unknown> = {}, client = regisseur) {
  return client.post(`/api/cases/${caseId}/handhaving`, {
    ground: 'intake-niet-verschenen',
    establishedOn: '2027-01-09',
    source,
    facts: 'Niet verschenen.',
    ...body,
  });
}
type Written = { id: string; version: number; documentId?: string | null };
async function step(caseId: string, v: Written, body: Record<string, unknown>, client = regisseur): Promise<Written> {
  const r = await client.post(`/api/cases/${caseId}/handhaving/${v.id}/stappen`, { version: v.version, ...body });
  expect(r.statusCode, r.body).toBe(200);
  return r.json<Written>();
}
async function decide(caseId: string, v: Written, on: string): Promise<Written> {
  const r = await teamleider.post(`/api/cases/${caseId}/handhaving/${v.id}/besluit`, { version: v.version, on, fine: true });
  expect(r.statusCode, r.body).toBe(200);
  return r.json<Written>();
}
const handhavingSignals = async (caseId: string, violationId: string) =>
  (await asSystem(koers.database.db, (tx) => tx.select().from(caseSignals).where(and(eq(caseSignals.caseId, caseId), eq(caseSignals.section, 'handhaving')))))
    .filter((s) => JSON.stringify(s.data).includes(violationId))
    .map((s) => ({ kind: s.kind, dueOn: s.dueOn }));
const pdfText = (caseId: string, documentId: string | null | undefined) => letterText(regisseur, caseId, documentId);
async function upload(caseId: string, gemeenteId: string): Promise<string> {
  const { storeDocument } = await import('../../src/documents/store-document.ts');
  return asSystem(koers.database.db, (tx) =>
    storeDocument(
      tx,
      null,
      { caseId, gemeenteId, kind: 'upload', title: 'Presentielijst', mimeType: 'application/pdf', content: Buffer.from('%PDF-1.4 lijst') },
      now,
    ),
  );
}

describe('werkvoorraad items for each step’s term', () => {
  it('warning without response → zienswijze term ended → decision due → bezwaar to handle → fine final, each ended by the next step', async () => {
    const caseId = await newCase();
    const created = await violation(caseId);
    expect(created.statusCode, created.body).toBe(201);
    let v = created.json<Written>();
    expect(await handhavingSignals(caseId, v.id)).toEqual([]);

    v = await step(caseId, v, { kind: 'waarschuwing', on: '2027-01-10', responseDays: 14 });
    expect(await handhavingSignals(caseId, v.id)).toEqual([{ kind: 'handhaving-warning-no-response', dueOn: '2027-01-25' }]);

    v = await step(caseId, v, { kind: 'voornemen', on: '2027-02-01', motivation: 'Geen reactie.', zienswijzeDays: 14 });
    expect(await handhavingSignals(caseId, v.id)).toEqual([{ kind: 'handhaving-zienswijze-ended', dueOn: '2027-02-16' }]);

    v = await step(caseId, v, { kind: 'zienswijze', on: '2027-02-10', form: 'schriftelijk', summary: 'Ik was ziek.' });
    expect(await handhavingSignals(caseId, v.id)).toEqual([{ kind: 'handhaving-decision-due', dueOn: '2027-02-10' }]);

    v = await decide(caseId, v, '2027-02-12');
    expect(await handhavingSignals(caseId, v.id)).toEqual([{ kind: 'handhaving-fine-final', dueOn: '2027-03-27' }]);

    v = await step(caseId, v, { kind: 'bezwaar', on: '2027-03-01' });
    expect(await handhavingSignals(caseId, v.id)).toEqual([{ kind: 'handhaving-bezwaar', dueOn: '2027-03-01' }]);

    v = await step(caseId, v, { kind: 'bezwaar-beslist', on: '2027-04-01', outcome: 'ongegrond', motivation: 'Geen nieuwe feiten.' }, teamleider);
    // After the beslissing op bezwaar the beroep term (six weeks) runs before the fine is final.
    expect(await handhavingSignals(caseId, v.id)).toEqual([{ kind: 'handhaving-fine-final', dueOn: '2027-05-14' }]);

    await step(caseId, v, { kind: 'onherroepelijk', on: '2027-05-14' });
    expect(await handhavingSignals(caseId, v.id)).toEqual([]);
  });
});

describe('the teamleider’s overview of open handhaving', () => {
  it('lists every open violation of the team with its stage; not the closed ones, not another gemeente’s; only with workqueue:team', async () => {
    const caseId = await newCase();
    const open = (await violation(caseId)).json<Written>();
    const art23 = (
      await violation(caseId, { ground: 'intensiteit-map', source: { kind: 'aanbiedersrapportage', description: 'Rapportage MAP' } })
    ).json<Written>();
    const voornemen = await step(caseId, art23, { kind: 'voornemen', on: '2027-02-01', culpability: 'normaal', motivation: 'Te vaak afwezig.' });
    const closed = (await violation(caseId)).json<Written>();
    const warned = await step(caseId, closed, { kind: 'waarschuwing', on: '2027-01-10' });
    const planned = await step(caseId, warned, { kind: 'voornemen', on: '2027-02-01', motivation: 'm' });
    const heard = await step(caseId, planned, { kind: 'zienswijze', on: '2027-02-02', form: 'mondeling', summary: 'Verhuisd.' });
    const noFine = await teamleider.post(`/api/cases/${caseId}/handhaving/${closed.id}/besluit`, {
      version: heard.version,
      on: '2027-02-03',
      fine: false,
      reason: 'De uitnodiging is naar het oude adres gestuurd.',
    });
    expect(noFine.statusCode, noFine.body).toBe(200);

    const otherRegisseur = await loginAs(koers.app, other.users.trajectregisseur.email);
    const otherCase = await newCase(otherRegisseur, other.gemeenteId);
    const theirs = (await violation(otherCase, {}, otherRegisseur)).json<Written>();

    const list = await teamleider.get('/api/handhaving');
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json<{ items: { violationId: string; caseId: string; stage: string; stageLabel: string; article: number; groundLabel: string }[] }>().items;
    const ids = items.map((i) => i.violationId);
    expect(ids).toEqual(expect.arrayContaining([open.id, voornemen.id]));
    expect(ids).not.toContain(closed.id);
    expect(ids).not.toContain(theirs.id);
    const item = items.find((i) => i.violationId === voornemen.id);
    expect(item).toMatchObject({ caseId, stage: 'voornemen', article: 23 });
    expect(item?.stageLabel).not.toMatch(/^[a-z-]+$/);
    expect(item?.groundLabel).toContain('module arbeidsmarkt en participatie');

    const otherTeamleider = await loginAs(koers.app, other.users.teamleider.email);
    const theirList = (await otherTeamleider.get('/api/handhaving')).json<{ items: { violationId: string }[] }>().items.map((i) => i.violationId);
    expect(theirList).toContain(theirs.id);
    expect(theirList).not.toContain(open.id);
    expect((await regisseur.get('/api/handhaving')).statusCode).toBe(403);
  });
});

describe('evidence from the file', () => {
  it('documents of this case are the evidence; a document of another case → 400 and nothing stored', async () => {
    const caseId = await newCase();
    const own = await upload(caseId, g.gemeenteId);
    const otherCase = await newCase();
    const foreign = await upload(otherCase, g.gemeenteId);
    const before = await snapshotOf(koers.database, { gemeenteIds: [g.gemeenteId] });
    const refused = await violation(caseId, { evidenceDocumentIds: [foreign] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { message: string; field?: string } }>().error.message).toContain('Document');
    expect(await snapshotOf(koers.database, { gemeenteIds: [g.gemeenteId] })).toBe(before);

    const created = await violation(caseId, { evidenceDocumentIds: [own] });
    expect(created.statusCode, created.body).toBe(201);
    const steps = await asSystem(koers.database.db, (tx) =>
      tx.select().from(handhavingSteps).where(eq(handhavingSteps.violationId, created.json<Written>().id)),
    );
    expect(steps[0]).toMatchObject({ documentId: own, data: { evidenceDocumentIds: [own] } });
  });
});

describe('collection and the letters’ policy paragraph', () => {
  it('every collection status gives the outstanding amount; the gemeente’s own policy replaces the default', async () => {
    const policy = 'Wij leggen pas een boete op nadat uw klantmanager met u heeft gesproken. Dit staat in onze Beleidsregels handhaving inburgering.';
    await asSystem(koers.database.db, (tx) =>
      tx.update(gemeenten).set({ settings: { letter: { handhavingPolicy: policy } } }).where(eq(gemeenten.id, g.gemeenteId)),
    );
    try {
      const caseId = await newCase();
      let v = (await violation(caseId)).json<Written>();
      v = await step(caseId, v, { kind: 'waarschuwing', on: '2027-01-10' });
      const warning = await pdfText(caseId, v.documentId);
      expect(warning).toContain('Wij leggen pas een boete op nadat uw klantmanager met u heeft gesproken.');
      expect(warning).not.toContain(DEFAULT_HANDHAVING_POLICY.slice(0, 40));
      v = await step(caseId, v, { kind: 'voornemen', on: '2027-02-01', motivation: 'Geen reactie.' });
      expect(await pdfText(caseId, v.documentId)).toContain('Beleidsregels handhaving inburgering');
      v = await step(caseId, v, { kind: 'zienswijze', on: '2027-02-02', form: 'niet-gegeven', summary: '' });
      v = await decide(caseId, v, '2027-02-20');
      expect(await pdfText(caseId, v.documentId)).toContain('Beleidsregels handhaving inburgering');

      const fineOf = async () => {
        const r = await regisseur.get(`/api/cases/${caseId}/handhaving`);
        const body = r.json<{ violations: { fine: { id: string; version: number; outstandingCents: number; collectionStatusLabel: string } | null }[]; outstandingCents: number }>();
        return { fine: body.violations[0]!.fine!, total: body.outstandingCents };
      };
      const cases = [
        { collectionStatus: 'open', paidCents: 0, outstanding: 25_000, label: 'open' },
        { collectionStatus: 'in-termijnen', paidCents: 10_000, outstanding: 15_000, label: 'in termijnen' },
        { collectionStatus: 'uit-handen-gegeven', paidCents: 10_000, outstanding: 15_000, label: 'uit handen gegeven' },
        { collectionStatus: 'kwijtgescholden', paidCents: 10_000, outstanding: 0, label: 'kwijtgescholden' },
        { collectionStatus: 'betaald', paidCents: 25_000, outstanding: 0, label: 'betaald' },
      ];
      for (const c of cases) {
        const { fine } = await fineOf();
        const r = await financieel.request({
          method: 'PUT',
          url: `/api/cases/${caseId}/handhaving/boetes/${fine.id}/inning`,
          payload: { version: fine.version, collectionStatus: c.collectionStatus, paidCents: c.paidCents, note: 'Volgens de debiteurenadministratie.' },
        });
        expect(r.statusCode, r.body).toBe(200);
        const after = await fineOf();
        expect(after.fine).toMatchObject({ outstandingCents: c.outstanding, collectionStatusLabel: c.label });
        expect(after.total).toBe(c.outstanding);
      }
    } finally {
      await asSystem(koers.database.db, (tx) => tx.update(gemeenten).set({ settings: {} }).where(eq(gemeenten.id, g.gemeenteId)));
    }
  });
});

describe('a DUO fine recorded late', () => {
  it('dated before fines the gemeente already imposed: the overview says by how much the new termijn’s lower cap is exceeded', async () => {
    const caseId = await newCase();
    await asSystem(koers.database.db, (tx) =>
      tx.update(cases).set({ obliged: true, termStart: '2024-04-02', termEndExclusive: '2027-04-02', status: 'traject' }).where(eq(cases.id, caseId)),
    );
    for (const on of ['2027-05-01', '2027-06-01']) {
      let v = (await violation(caseId, { establishedOn: on })).json<Written>();
      v = await step(caseId, v, { kind: 'waarschuwing', on });
      v = await step(caseId, v, { kind: 'voornemen', on, motivation: 'Geen reactie.' });
      v = await step(caseId, v, { kind: 'zienswijze', on, form: 'niet-gegeven', summary: '' });
      await decide(caseId, v, on);
    }
    const term = async () => (await regisseur.get(`/api/cases/${caseId}/handhaving`)).json<{ term: { capCents: number; imposedCents: number; roomCents: number; overCapCents: number } }>().term;
    expect(await term()).toMatchObject({ capCents: 240_000, imposedCents: 50_000, overCapCents: 0 });
    // DUO's beschikking of 2 April 2027 (six months' new termijn, cap € 400) is only recorded now.
    const duo = await regisseur.post(`/api/cases/${caseId}/handhaving/duo-boetes`, { kind: 'pvt-map', decisionOn: '2027-04-02', amountCents: 34_000, newTermMonths: 6 });
    expect(duo.statusCode, duo.body).toBe(201);
    expect(await term()).toEqual(expect.objectContaining({ capCents: 40_000, imposedCents: 50_000, roomCents: 0, overCapCents: 10_000 }));
  });
});
