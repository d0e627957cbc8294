// R32: the light process of the ondertussengroep (Wi2013, ELIP): no PIP, a voluntary support plan with
// the DUO duty end date and loan status, ontheffing requests, werkvoorraad signals, a separate count;
// gemeente isolation and optimistic versions.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseSignals, cases, ontheffingRequests, recordHistory, supportPlans } from '../../src/db/schema.ts';
import type { OndertussengroepView, OntheffingView } from '../../src/use-cases/ondertussengroep/ondertussengroep.view.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { createCase, put, setCaseFields, traces } from '../intake/support.ts';
import { snapshotOf } from '../support/fixtures.ts';

const now = new Date('2026-12-01T10:00:00Z');
let koers: TestKoers;
let gemeente: GemeenteFixture;
let other: GemeenteFixture;
let regisseur: Client;
let financieel: Client;
let beleid: Client;
let otherRegisseur: Client;

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  gemeente = await createGemeente(koers.database, 'Ondertussengemeente');
  other = await createGemeente(koers.database, 'Andere gemeente');
  regisseur = await loginAs(koers.app, gemeente.users.trajectregisseur.email);
  financieel = await loginAs(koers.app, gemeente.users['financieel-medewerker'].email);
  beleid = await loginAs(koers.app, gemeente.users.beleidsadviseur.email);
  otherRegisseur = await loginAs(koers.app, other.users.trajectregisseur.email);
});
afterAll(() => koers.close());

async function wi2013Case(client = regisseur, g = gemeente, elip = false): Promise<string> {
  const id = await createCase(client, g.gemeenteId, 'Rahimi');
  await setCaseFields(koers.database, id, { obliged: true, targetGroup: 'asiel', regime: 'Wi2013', elip, dutyStartOn: '2021-06-01' });
  return id;
}
async function wi2021Case(): Promise<string> {
  const id = await createCase(regisseur, gemeente.gemeenteId, 'Haddad');
  await setCaseFields(koers.database, id, { obliged: true, targetGroup: 'asiel', regime: 'Wi2021', dutyStartOn: '2026-06-01' });
  return id;
}
const viewOf = async (client: Client, caseId: string): Promise<OndertussengroepView> => {
  const r = await client.get(`/api/cases/${caseId}/ondertussengroep`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json<OndertussengroepView>();
};
const plan = {
  version: 0,
  status: 'lopend',
  goal: 'Het examen halen voordat de termijn afloopt',
  offers: [
    { kind: 'starterz-klas', provider: 'Taalschool De Vecht', startOn: '2026-12-07', endOn: '2027-06-30' },
    { kind: 'vrijwilligerswerk', description: 'Kringloopwinkel, twee ochtenden per week', provider: 'Humanitas' },
  ],
  dutyEndOn: '2027-03-31',
  loanStatus: 'op',
};
const signalKinds = (caseId: string) => asSystem(koers.database.db, async (tx) => (await tx.select({ kind: caseSignals.kind }).from(caseSignals).where(eq(caseSignals.caseId, caseId))).map((s) => s.kind).sort());

describe('no PIP for the ondertussengroep', () => {
  it('refuses a PIP for a Wi2013 case with a Dutch reason, and writes nothing', async () => {
    const caseId = await wi2013Case();
    const r = await regisseur.post(`/api/cases/${caseId}/pip/drafts`, {});
    expect(r.statusCode, r.body).toBe(409);
    expect(r.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'STEP_NOT_ALLOWED',
      message: expect.stringContaining('Wet inburgering (2013) (ondertussengroep): daarin bestaat een PIP niet') as string,
    });
    expect((await regisseur.get(`/api/cases/${caseId}/pip`)).json<{ versions: unknown[] }>().versions).toEqual([]);
    const changed = await regisseur.post(`/api/cases/${caseId}/pip/changes`, { reason: 'correctie' });
    expect([400, 409]).toContain(changed.statusCode);
  });

  it('the light process shows the Wi2021 steps as not applicable and the light ones as available', async () => {
    const v = await viewOf(regisseur, await wi2013Case());
    expect(v).toMatchObject({ applies: true, process: 'licht', plan: { exists: false, version: 0, loanStatus: 'onbekend' }, ontheffingen: [] });
    expect(Object.fromEntries(v.steps.map((s) => [s.step, s.allowed]))).toEqual({ 'brede-intake': false, leerbaarheidstoets: false, pip: false, ondersteuningsplan: true, 'ontheffing-ondersteuning': true });
  });
});

describe('the support plan', () => {
  it('creates and updates the plan with version, history, timeline, processing log; the loan op makes the case ELIP and raises signals', async () => {
    const caseId = await wi2013Case();
    const before = await traces(koers.database, caseId);
    const r = await put(regisseur, `/api/cases/${caseId}/ondertussengroep/plan`, plan);
    expect(r.statusCode, r.body).toBe(200);
    const v = r.json<OndertussengroepView>();
    expect(v).toMatchObject({ elip: true, plan: { exists: true, version: 1, status: 'lopend', statusLabel: 'Ondersteuning loopt', dutyEndOn: '2027-03-31', loanStatus: 'op', loanStatusLabel: 'Lening op (ELIP)', loanStatusOn: '2026-12-01' } });
    expect(v.plan.offers.map((o) => o.kindLabel)).toEqual(['StarterZ-klas (praktijkgerichte taalles)', 'Vrijwilligerswerk']);
    const [row] = await asSystem(koers.database.db, (tx) => tx.select().from(cases).where(eq(cases.id, caseId)));
    expect(row?.elip).toBe(true);
    const after = await traces(koers.database, caseId);
    expect(after.events.slice(before.events.length)).toEqual([{ kind: 'ondersteuningsplan.aangemaakt', summary: 'Ondersteuningsplan aangemaakt (Ondersteuning loopt), lening: Lening op (ELIP).', section: 'ondertussengroep' }]);
    expect(after.writeOperations).toContain('saveSupportPlan');
    const history = await asSystem(koers.database.db, (tx) => tx.select().from(recordHistory).where(eq(recordHistory.entityId, caseId)));
    expect(history.map((h) => h.entityType)).toEqual(expect.arrayContaining(['support-plan', 'case']));
    // A running plan: no 'elip-support'; the termijn ends 31 March 2027, due from 31 December 2026.
    expect(await signalKinds(caseId)).toEqual(['wi2013-term-ending']);
    expect((await viewOf(regisseur, caseId)).signals).toEqual([expect.objectContaining({ kind: 'wi2013-term-ending', dueOn: '2026-12-31', label: 'Termijn Wet inburgering 2013 loopt af' }) as unknown]);

    const unchanged = await snapshotOf(koers.database, { organisationId: gemeente.organisationId, gemeenteIds: [gemeente.gemeenteId] });
    const stale = await put(regisseur, `/api/cases/${caseId}/ondertussengroep/plan`, { ...plan, version: 0, goal: 'anders' });
    expect(stale.statusCode).toBe(409);
    expect(await snapshotOf(koers.database, { organisationId: gemeente.organisationId, gemeenteIds: [gemeente.gemeenteId] })).toBe(unchanged);
    expect(stale.json<{ error: { code: string; field: string } }>().error).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version' });
    const done = await put(regisseur, `/api/cases/${caseId}/ondertussengroep/plan`, { ...plan, version: 1, status: 'afgerond', loanStatus: 'op' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<OndertussengroepView>().plan).toMatchObject({ version: 2, status: 'afgerond', loanStatusOn: '2026-12-01' });
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    const caseId = await wi2013Case();
    const noOffers = await put(regisseur, `/api/cases/${caseId}/ondertussengroep/plan`, { ...plan, offers: [] });
    expect(noOffers.statusCode).toBe(400);
    expect(noOffers.json<{ error: { field: string; message: string } }>().error).toMatchObject({ field: 'offers', message: expect.stringContaining('minstens één aanbod') as string });
    const backwards = await put(regisseur, `/api/cases/${caseId}/ondertussengroep/plan`, { ...plan, offers: [{ kind: 'extra-taallessen', startOn: '2027-02-01', endOn: '2027-01-01' }] });
    expect(backwards.json<{ error: { field: string } }>().error.field).toBe('offers.0.endOn');
    const badKind = await put(regisseur, `/api/cases/${caseId}/ondertussengroep/plan`, { ...plan, offers: [{ kind: 'pip' }] });
    expect(badKind.statusCode).toBe(400);
    const nul = await put(regisseur, `/api/cases/${caseId}/ondertussengroep/plan`, { ...plan, goal: 'a\u0000b' });
    expect(nul.statusCode).toBe(400);
    const year = await put(regisseur, `/api/cases/${caseId}/ondertussengroep/plan`, { ...plan, dutyEndOn: '2207-01-01' });
    expect(year.statusCode).toBe(400);
    const stored = await asSystem(koers.database.db, (tx) => tx.select().from(supportPlans).where(eq(supportPlans.caseId, caseId)));
    expect(stored).toEqual([]);
  });

  it('a Wi2021 case has no support plan (its support is in the PIP)', async () => {
    const caseId = await wi2021Case();
    const r = await put(regisseur, `/api/cases/${caseId}/ondertussengroep/plan`, plan);
    expect(r.statusCode).toBe(409);
    expect(r.json<{ error: { message: string } }>().error.message).toContain('Onder de Wet inburgering 2021 staan ondersteuning en begeleiding in het PIP');
    expect((await viewOf(regisseur, caseId)).applies).toBe(false);
  });

  it('an ELIP case from the import without a plan asks for support in the werkvoorraad', async () => {
    const caseId = await wi2013Case(regisseur, gemeente, true);
    // Any write recomputes the stored signals; an empty concept plan keeps the loan as the import said.
    const r = await put(regisseur, `/api/cases/${caseId}/ondertussengroep/plan`, { version: 0, status: 'concept', loanStatus: 'op' });
    expect(r.statusCode, r.body).toBe(200);
    expect(await signalKinds(caseId)).toEqual(['elip-support']);
  });
});

describe('ontheffing requests', () => {
  it('records a request, submits it, records DUO’s decision; the note is hidden from roles without sensitive access and masked in history', async () => {
    const caseId = await wi2013Case();
    const created = await regisseur.post(`/api/cases/${caseId}/ondertussengroep/ontheffingen`, { ground: 'medisch', note: 'Verklaring huisarts opgevraagd' });
    expect(created.statusCode, created.body).toBe(201);
    const req = created.json<OntheffingView>();
    expect(req).toMatchObject({ ground: 'medisch', status: 'in-voorbereiding', statusLabel: 'In voorbereiding', version: 1, note: 'Verklaring huisarts opgevraagd' });

    const noDate = await regisseur.patch(`/api/cases/${caseId}/ondertussengroep/ontheffingen/${req.id}`, { version: 1, status: 'ingediend' });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json<{ error: { field: string } }>().error.field).toBe('requestedOn');

    const sent = await regisseur.patch(`/api/cases/${caseId}/ondertussengroep/ontheffingen/${req.id}`, { version: 1, status: 'ingediend', requestedOn: '2026-09-01' });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(await signalKinds(caseId)).toEqual(['ontheffing-pending']);
    const unchanged = await snapshotOf(koers.database, { organisationId: gemeente.organisationId, gemeenteIds: [gemeente.gemeenteId] });
    const stale = await regisseur.patch(`/api/cases/${caseId}/ondertussengroep/ontheffingen/${req.id}`, { version: 1, status: 'toegekend', duoDecisionOn: '2026-11-01' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { code: string; field: string } }>().error).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version' });
    expect(await snapshotOf(koers.database, { organisationId: gemeente.organisationId, gemeenteIds: [gemeente.gemeenteId] })).toBe(unchanged);
    const decided = await regisseur.patch(`/api/cases/${caseId}/ondertussengroep/ontheffingen/${req.id}`, { version: 2, status: 'toegekend', duoDecisionOn: '2026-11-01' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json<OntheffingView>()).toMatchObject({ status: 'toegekend', statusLabel: 'Toegekend door DUO', duoDecisionOn: '2026-11-01', version: 3 });
    expect(await signalKinds(caseId)).toEqual([]);

    const forFinance = await viewOf(financieel, caseId);
    expect(forFinance.ontheffingen[0]).toMatchObject({ note: null, noteHidden: true });
    const history = await asSystem(koers.database.db, (tx) => tx.select().from(recordHistory).where(eq(recordHistory.entityId, req.id)));
    expect(JSON.stringify(history)).not.toContain('huisarts');
    const t = await traces(koers.database, caseId);
    expect(t.events.map((e) => e.kind)).toEqual(expect.arrayContaining(['ontheffingsverzoek.vastgelegd', 'ontheffingsverzoek.ingediend', 'ontheffingsverzoek.toegekend']));
  });

  it('the financieel medewerker cannot write (case:write)', async () => {
    const caseId = await wi2013Case();
    expect((await financieel.post(`/api/cases/${caseId}/ondertussengroep/ontheffingen`, { ground: 'medisch' })).statusCode).toBe(403);
  });
});

describe('another gemeente’s case', () => {
  it('is 404 for reading and every write, and nothing changes', async () => {
    const caseId = await wi2013Case();
    const created = await put(regisseur, `/api/cases/${caseId}/ondertussengroep/plan`, plan);
    expect(created.statusCode).toBe(200);
    const req = (await regisseur.post(`/api/cases/${caseId}/ondertussengroep/ontheffingen`, { ground: 'aantoonbare-inspanningen' })).json<OntheffingView>();
    const snapshot = () => asSystem(koers.database.db, async (tx) => [await tx.select().from(supportPlans).where(eq(supportPlans.caseId, caseId)), await tx.select().from(ontheffingRequests).where(eq(ontheffingRequests.caseId, caseId))]);
    const before = JSON.stringify(await snapshot());
    expect((await otherRegisseur.get(`/api/cases/${caseId}/ondertussengroep`)).statusCode).toBe(404);
    expect((await put(otherRegisseur, `/api/cases/${caseId}/ondertussengroep/plan`, { ...plan, version: 1 })).statusCode).toBe(404);
    expect((await otherRegisseur.post(`/api/cases/${caseId}/ondertussengroep/ontheffingen`, { ground: 'medisch' })).statusCode).toBe(404);
    expect((await otherRegisseur.patch(`/api/cases/${caseId}/ondertussengroep/ontheffingen/${req.id}`, { version: 1, status: 'ingetrokken' })).statusCode).toBe(404);
    expect(JSON.stringify(await snapshot())).toBe(before);
  });
});

describe('the report: the ondertussengroep counted apart from Wi2021', () => {
  it('counts per gemeente, for reports:aggregate only, and never another gemeente', async () => {
    const fresh = await createGemeente(koers.database, 'Telgemeente');
    const rg = await loginAs(koers.app, fresh.users.trajectregisseur.email);
    const teamleider = await loginAs(koers.app, fresh.users.teamleider.email);
    const a = await wi2013Case(rg, fresh, true);
    await wi2013Case(rg, fresh, false);
    const c = await createCase(rg, fresh.gemeenteId, 'Nieuw');
    await setCaseFields(koers.database, c, { obliged: true, targetGroup: 'asiel', regime: 'Wi2021' });
    expect((await put(rg, `/api/cases/${a}/ondertussengroep/plan`, plan)).statusCode).toBe(200);
    expect((await rg.post(`/api/cases/${a}/ondertussengroep/ontheffingen`, { ground: 'medisch', status: 'ingediend', requestedOn: '2026-11-01' })).statusCode).toBe(201);

    expect((await rg.get('/api/rapportage/ondertussengroep')).statusCode).toBe(403);
    const r = await teamleider.get('/api/rapportage/ondertussengroep');
    expect(r.statusCode, r.body).toBe(200);
    const [row] = r.json<{ gemeenten: Array<Record<string, unknown>> }>().gemeenten;
    expect(row).toMatchObject({
      gemeente: { id: fresh.gemeenteId },
      wi2021: 1,
      ondertussengroep: 2,
      elip: 1,
      plans: { concept: 0, lopend: 1, afgerond: 0, geen: 1 },
      offers: { 'starterz-klas': 1, vrijwilligerswerk: 1, 'extra-taallessen': 0 },
      loan: { op: 1, onbekend: 1 },
      ontheffingen: { ingediend: 1 },
    });
    expect((await teamleider.get(`/api/rapportage/ondertussengroep?gemeenteId=${gemeente.gemeenteId}`)).statusCode).toBe(404);
    // The beleidsadviseur of the first gemeente sees only that gemeente.
    const own = (await beleid.get('/api/rapportage/ondertussengroep')).json<{ gemeenten: Array<{ gemeente: { id: string } }> }>();
    expect(own.gemeenten.map((g) => g.gemeente.id)).toEqual([gemeente.gemeenteId]);
  });
});
