// Handhaving over HTTP (issue 14): art. 22 from the violation to a final boetebeschikking with a
// zienswijze on the way, four eyes, letters in the case's documents (text tests), an art. 23 case
// doubled after an earlier final fine, C4 refused, collection, versions, signals, and another
// gemeente's case → 404 with nothing changed.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseSignals, recordHistory } from '../../src/db/schema.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { snapshotOf } from '../support/fixtures.ts';
import { letterText, newHandhavingCase } from './support.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let other: GemeenteFixture;
let regisseur: Client;
let teamleider: Client;
let financieel: Client;
const now = new Date('2027-06-01T10:00:00Z');

interface Violation {
  id: string;
  stage: string;
  version: number;
  steps: { kind: string; label: string; documentId: string | null; authorName: string | null }[];
  nextSteps: { kind: string }[];
  proposal: { amountCents: number; explanation: { steps: { text: string }[] } } | null;
  decision: { preparedByName: string | null; decidedByName: string | null } | null;
  fine: { id: string; amountCents: number; status: string; outstandingCents: number; version: number } | null;
  state: { beschikking: { newDeadline: string | null } | null };
}
interface Overview {
  violations: Violation[];
  term: { capCents: number; imposedCents: number };
  outstandingCents: number;
}

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  g = await createGemeente(koers.database, 'Handhaving');
  other = await createGemeente(koers.database, 'Ander');
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
  teamleider = await loginAs(koers.app, g.users.teamleider.email);
  financieel = await loginAs(koers.app, g.users['financieel-medewerker'].email);
});
afterAll(() => koers.close());

const newCase = (client = regisseur, gemeenteId = g.gemeenteId) => newHandhavingCase(client, gemeenteId);
const source = { kind: 'brede-intake', description: 'Herhaalde uitnodiging van 2 januari 2027' };
async function overview(caseId: string): Promise<Overview> {
  const r = await regisseur.get(`/api/cases/${caseId}/handhaving`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json<Overview>();
}
async function step(caseId: string, v: { id: string; version: number }, body: Record<string, unknown>, client = regisseur) {
  return client.post(`/api/cases/${caseId}/handhaving/${v.id}/stappen`, { version: v.version, ...body });
}
const pdfText = (caseId: string, documentId: string | null) => letterText(regisseur, caseId, documentId);

describe('handhaving art. 22', () => {
  it('from the missed repeat invitation to a final boetebeschikking, with a zienswijze, four eyes and letters', async () => {
    const caseId = await newCase();
    const created = await regisseur.post(`/api/cases/${caseId}/handhaving`, {
      ground: 'intake-niet-verschenen',
      establishedOn: '2027-01-09',
      source,
      facts: 'Niet verschenen op 9 januari 2027, ook niet afgemeld.',
    });
    expect(created.statusCode, created.body).toBe(201);
    let v = created.json<{ id: string; version: number }>();

    // Art. 22: no voornemen before the written warning.
    const early = await step(caseId, v, { kind: 'voornemen', on: '2027-01-10', motivation: 'Niet verschenen.' });
    expect(early.statusCode).toBe(409);
    expect(early.json<{ error: { message: string } }>().error.message).toContain('schriftelijke waarschuwing');

    const warned = await step(caseId, v, { kind: 'waarschuwing', on: '2027-01-10', responseDays: 14 });
    expect(warned.statusCode, warned.body).toBe(200);
    const warningText = await pdfText(caseId, warned.json<{ documentId: string }>().documentId);
    expect(warningText).toContain('Schriftelijke waarschuwing');
    expect(warningText).toContain('artikel 22 van de Wet inburgering 2021');
    expect(warningText).toContain('Handhaving is voor ons het laatste middel');
    v = { id: v.id, version: warned.json<{ version: number }>().version };

    // A stale version changes nothing.
    expect((await step(caseId, { id: v.id, version: 1 }, { kind: 'voornemen', on: '2027-01-10', motivation: 'm' })).statusCode).toBe(409);

    const voornemen = await step(caseId, v, {
      kind: 'voornemen',
      on: '2027-02-01',
      motivation: 'Geen reactie op de waarschuwing.',
      zienswijzeDays: 14,
    });
    expect(voornemen.statusCode, voornemen.body).toBe(200);
    const voornemenText = await pdfText(caseId, voornemen.json<{ documentId: string }>().documentId);
    expect(voornemenText).toContain('Voornemen tot het opleggen van een boete');
    expect(voornemenText).toContain('€ 250');
    expect(voornemenText).toContain('art. 7.1 lid 1 Besluit inburgering 2021');
    expect(voornemenText).toContain('15 februari 2027');
    v = { id: v.id, version: voornemen.json<{ version: number }>().version };

    const zienswijze = await step(caseId, v, {
      kind: 'zienswijze',
      on: '2027-02-05',
      form: 'mondeling',
      summary: 'Betrokkene zegt de brief niet te hebben begrepen.',
    });
    expect(zienswijze.statusCode, zienswijze.body).toBe(200);
    v = { id: v.id, version: zienswijze.json<{ version: number }>().version };

    // Four eyes: the trajectregisseur has no handhaving:decide; a teamleider who prepared it may not decide either.
    expect(
      (await regisseur.post(`/api/cases/${caseId}/handhaving/${v.id}/besluit`, { version: v.version, on: '2027-02-06', fine: true }))
        .statusCode,
    ).toBe(403);
    const decided = await teamleider.post(`/api/cases/${caseId}/handhaving/${v.id}/besluit`, {
      version: v.version,
      on: '2027-02-06',
      fine: true,
      reason: 'Het niet begrijpen van de brief is geen reden: de waarschuwing was ook mondeling toegelicht.',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const beschikking = await pdfText(caseId, decided.json<{ documentId: string }>().documentId);
    expect(beschikking).toContain('Besluit: boete Wet inburgering 2021');
    expect(beschikking).toContain('Wij leggen u een boete op van € 250');
    expect(beschikking).toContain('U heeft mondeling gereageerd op 5 februari 2027');
    expect(beschikking).toContain('tot en met 6 april 2027');
    expect(beschikking).toContain('Bezwaar maken');
    expect(beschikking).toContain('vastgesteld dat u niet bent verschenen op de brede intake');
    expect(beschikking).toContain('binnen 6 weken');

    let o = await overview(caseId);
    const after = o.violations[0]!;
    expect(after.stage).toBe('beschikking');
    expect(after.decision?.preparedByName).toContain('trajectregisseur');
    expect(after.decision?.decidedByName).toContain('teamleider');
    expect(after.fine).toMatchObject({ amountCents: 25_000, status: 'opgelegd', outstandingCents: 25_000 });
    expect(after.state.beschikking?.newDeadline).toBe('2027-04-06');
    expect(o.term.imposedCents).toBe(25_000);

    // Both names in the history.
    const history = await asSystem(koers.database.db, (tx) => tx.select().from(recordHistory).where(eq(recordHistory.entityId, v.id)));
    const decisionHistory = history.find((h) => JSON.stringify(h.changes).includes('besloten'));
    expect(JSON.stringify(decisionHistory?.changes)).toContain('trajectregisseur');
    expect(JSON.stringify(decisionHistory?.changes)).toContain('teamleider');

    // The fine is final after the bezwaar term; the signal asks for it first.
    const signals = await asSystem(koers.database.db, (tx) => tx.select().from(caseSignals).where(eq(caseSignals.caseId, caseId)));
    expect(signals.map((s) => s.kind)).toContain('handhaving-fine-final');
    v = { id: v.id, version: decided.json<{ version: number }>().version };
    const final = await step(caseId, v, { kind: 'onherroepelijk', on: '2027-03-25' });
    expect(final.statusCode, final.body).toBe(200);
    o = await overview(caseId);
    expect(o.violations[0]).toMatchObject({ stage: 'onherroepelijk', fine: { status: 'onherroepelijk' } });

    // Collection by the financieel medewerker only.
    const fine = o.violations[0]!.fine!;
    expect(
      (
        await regisseur.request({
          method: 'PUT',
          url: `/api/cases/${caseId}/handhaving/boetes/${fine.id}/inning`,
          payload: { version: fine.version, collectionStatus: 'betaald', paidCents: 25_000 },
        })
      ).statusCode,
    ).toBe(403);
    const paid = await financieel.request({
      method: 'PUT',
      url: `/api/cases/${caseId}/handhaving/boetes/${fine.id}/inning`,
      payload: { version: fine.version, collectionStatus: 'in-termijnen', paidCents: 5_000 },
    });
    expect(paid.statusCode, paid.body).toBe(200);
    expect(
      (
        await financieel.request({
          method: 'PUT',
          url: `/api/cases/${caseId}/handhaving/boetes/${fine.id}/inning`,
          payload: { version: fine.version, collectionStatus: 'betaald', paidCents: 25_000 },
        })
      ).statusCode,
    ).toBe(409);
    expect((await overview(caseId)).outstandingCents).toBe(20_000);

    // The teamleider sees open handhaving of the team (this one is final, so not open).
    const list = await teamleider.get('/api/handhaving');
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: { violationId: string }[] }>().items.map((i) => i.violationId)).not.toContain(v.id);
  });
});

describe('handhaving art. 23', () => {
  it('doubles after an earlier final fine; C4 refuses a voornemen when bijstand was lowered', async () => {
    const caseId = await newCase();
    const run = async (establishedOn: string, culpability: string) => {
      const c = await regisseur.post(`/api/cases/${caseId}/handhaving`, {
        ground: 'intensiteit-pvt',
        establishedOn,
        source: { kind: 'voortgangsgesprek', description: 'Voortgangsgesprek' },
        facts: 'Onvoldoende aanwezig bij het PVT.',
      });
      expect(c.statusCode, c.body).toBe(201);
      let v = c.json<{ id: string; version: number }>();
      const p = await step(caseId, v, { kind: 'voornemen', on: establishedOn, culpability, motivation: 'Geen geldige reden.' });
      expect(p.statusCode, p.body).toBe(200);
      v = { id: v.id, version: p.json<{ version: number }>().version };
      const z = await step(caseId, v, { kind: 'zienswijze', on: establishedOn, form: 'niet-gegeven', summary: '' });
      v = { id: v.id, version: z.json<{ version: number }>().version };
      const d = await teamleider.post(`/api/cases/${caseId}/handhaving/${v.id}/besluit`, {
        version: v.version,
        on: establishedOn,
        fine: true,
      });
      expect(d.statusCode, d.body).toBe(200);
      return { id: v.id, version: d.json<{ version: number }>().version };
    };
    const first = await run('2027-01-10', 'opzet');
    expect((await step(caseId, first, { kind: 'onherroepelijk', on: '2027-03-01' })).statusCode).toBe(200);
    const second = await run('2027-03-01', 'opzet');
    const o = await overview(caseId);
    const amounts = o.violations.map((x) => x.fine?.amountCents);
    expect(amounts).toEqual([5_000, 10_000]);
    expect(
      o.violations
        .find((x) => x.id === second.id)
        ?.proposal?.explanation.steps.map((s) => s.text)
        .join(' '),
    ).toContain('1 onherroepelijk beboete eerdere overtreding');

    // C4: bijstand lowered for the same behaviour → no voornemen.
    const doc = await asSystem(koers.database.db, async (tx) => {
      const { storeDocument } = await import('../../src/documents/store-document.ts');
      return storeDocument(
        tx,
        null,
        {
          caseId,
          gemeenteId: g.gemeenteId,
          kind: 'upload',
          title: 'Besluit verlaging bijstand',
          mimeType: 'application/pdf',
          content: Buffer.from('%PDF-1.4 pw'),
        },
        now,
      );
    });
    const c = await regisseur.post(`/api/cases/${caseId}/handhaving`, {
      ground: 'begeleiding-niet-meegewerkt',
      establishedOn: '2027-03-01',
      source: { kind: 'voortgangsgesprek', description: 'Voortgangsgesprek' },
      facts: 'Niet meegewerkt.',
    });
    let v = c.json<{ id: string; version: number }>();
    const lowered = await step(caseId, v, { kind: 'bijstand-verlaagd', decisionOn: '2027-02-20', documentId: doc });
    expect(lowered.statusCode, lowered.body).toBe(200);
    v = { id: v.id, version: lowered.json<{ version: number }>().version };
    const refused = await step(caseId, v, { kind: 'voornemen', on: '2027-03-01', culpability: 'opzet', motivation: 'm' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ error: { message: string } }>().error.message).toContain('art. 27');

    // C7: refusing ontzorgen is not a ground.
    const ontzorgen = await regisseur.post(`/api/cases/${caseId}/handhaving`, {
      ground: 'ontzorgen-geweigerd',
      establishedOn: '2027-03-01',
      source,
      facts: 'f',
    });
    expect(ontzorgen.statusCode).toBe(400);
  });
});

describe('handhaving across gemeenten', () => {
  it("another gemeente's case or violation → 404 and nothing changed", async () => {
    const otherRegisseur = await loginAs(koers.app, other.users.trajectregisseur.email);
    const caseId = await newCase();
    const created = await regisseur.post(`/api/cases/${caseId}/handhaving`, {
      ground: 'intake-niet-verschenen',
      establishedOn: '2027-01-09',
      source,
      facts: 'f',
    });
    const v = created.json<{ id: string; version: number }>();
    const before = await snapshotOf(koers.database, { gemeenteIds: [g.gemeenteId] });
    expect((await otherRegisseur.get(`/api/cases/${caseId}/handhaving`)).statusCode).toBe(404);
    expect(
      (
        await otherRegisseur.post(`/api/cases/${caseId}/handhaving`, {
          ground: 'intake-niet-verschenen',
          establishedOn: '2027-01-09',
          source,
          facts: 'f',
        })
      ).statusCode,
    ).toBe(404);
    expect((await step(caseId, v, { kind: 'waarschuwing', on: '2027-01-10' }, otherRegisseur)).statusCode).toBe(404);
    const otherCase = await newCase(otherRegisseur, other.gemeenteId);
    expect((await step(otherCase, v, { kind: 'waarschuwing', on: '2027-01-10' }, otherRegisseur)).statusCode).toBe(404);
    expect(await snapshotOf(koers.database, { gemeenteIds: [g.gemeenteId] })).toBe(before);
  });
});
