// Issue 16 (V1): formatie from the settings (Deventer's table) and from real data, SPUK per gemeente
// and year with the 31-December rule, cost lines; aggregates only, small counts suppressed, one
// processing-log entry per gemeente and request, another gemeente's data never counted.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseLinks, gemeenten, interpreterBookings, processingLog, recordHistory, type cases } from '../../src/db/schema.ts';
import type { CostLineView, FormatieReport, SpukReport } from '../../src/use-cases/rapportages/rapportages.view.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { insertCase, snapshotOf } from '../support/fixtures.ts';
import { setCaseFields } from '../intake/support.ts';

const now = new Date('2026-12-01T10:00:00Z');
let koers: TestKoers;

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
});
afterAll(() => koers.close());

async function obligedCase(g: GemeenteFixture, fields: Partial<typeof cases.$inferInsert>): Promise<string> {
  const id = await insertCase(koers.database, g.gemeenteId);
  await setCaseFields(koers.database, id, { obliged: true, regime: 'Wi2021', targetGroup: 'asiel', ...fields });
  return id;
}

async function setSettings(g: GemeenteFixture, settings: Record<string, unknown>): Promise<void> {
  await asSystem(koers.database.db, async (tx) => {
    await tx.update(gemeenten).set({ settings }).where(eq(gemeenten.id, g.gemeenteId));
  });
}

const put = (client: Client, url: string, payload: unknown) => client.request({ method: 'PUT', url, payload: payload as object });
const del = (client: Client, url: string) => client.request({ method: 'DELETE', url });

const formatieOf = async (client: Client, query = ''): Promise<FormatieReport> => {
  const r = await client.get(`/api/rapportages/formatie${query}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json<FormatieReport>();
};
const spukOf = async (client: Client, query = ''): Promise<SpukReport> => {
  const r = await client.get(`/api/rapportages/spuk${query}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json<SpukReport>();
};

describe('formatie', () => {
  let g: GemeenteFixture;
  let other: GemeenteFixture;
  let beleid: Client;

  beforeAll(async () => {
    g = await createGemeente(koers.database, 'Formatiegemeente');
    other = await createGemeente(koers.database, 'Andere gemeente');
    beleid = await loginAs(koers.app, g.users.beleidsadviseur.email);
  });

  it("reproduces Deventer's table from the settings: 4,400 h, 3.2 FTE, € 208,000, caseload 94 against 50–90", async () => {
    const [row] = (await formatieOf(beleid)).gemeenten;
    expect(row?.fromSettings).toEqual({ hoursPerYear: 4400, fte: 3.2, cost: 20_800_000, caseload: 94 });
    expect(row?.assumptions).toMatchObject({ urenPerInburgeraar: 44, spreidingJaren: 3, productieveUrenPerFte: 1388, kostenPerFte: 6_500_000, caseloadNormMin: 50, caseloadNormMax: 90, geplandeInstroom: { statushouders: 75, gezinsmigranten: 25, overig: 0 } });
  });

  it('computes the same from real data: this year’s inflow, the regisseurs and their caseload; another gemeente is not counted', async () => {
    const regisseur = g.users.trajectregisseur.id;
    for (let i = 0; i < 6; i++) await obligedCase(g, { dutyStartOn: `2026-0${i + 1}-15`, caseManagerId: regisseur });
    for (let i = 0; i < 5; i++) await obligedCase(g, { dutyStartOn: '2025-05-01', targetGroup: 'gezin-overig', caseManagerId: regisseur });
    await obligedCase(g, { dutyStartOn: '2026-03-01', targetGroup: 'gezin-overig' });
    // Closed, and not obliged: in no count of open cases.
    await obligedCase(g, { dutyStartOn: '2025-01-10', closedOn: '2026-02-01', status: 'gesloten' });
    const notObliged = await insertCase(koers.database, g.gemeenteId);
    await setCaseFields(koers.database, notObliged, { obliged: false, dutyStartOn: '2026-02-01' });
    for (let i = 0; i < 9; i++) await obligedCase(other, { dutyStartOn: '2026-04-01', caseManagerId: other.users.trajectregisseur.id });

    const [row] = (await formatieOf(beleid)).gemeenten;
    expect(row?.real).toEqual({
      inflow: { kind: 'exact', value: 7 },
      inflowByGroup: { statushouders: { kind: 'exact', value: 6 }, gezinsmigranten: { kind: 'below', threshold: 5 }, overig: { kind: 'exact', value: 0 } },
      openCases: { kind: 'exact', value: 12 },
      unassigned: { kind: 'below', threshold: 5 },
      regisseurs: 1,
      caseloads: [{ kind: 'exact', value: 11 }],
      averageCaseload: 11,
      // 7 × 44 h = 308 h ÷ 1388 = 0.2 FTE; 21 running cases ÷ 0.2 FTE.
      formatie: { hoursPerYear: 308, fte: 0.2, cost: 1_300_000, caseload: 105 },
    });
    expect(row?.year).toBe(2026);
  });

  it('takes the route mix from the PIPs only when there are enough, and prices from the settings without contracts', async () => {
    const [row] = (await formatieOf(beleid)).gemeenten;
    expect(row?.routeMix).toEqual({ mix: { B1: 60, Z: 30, Onderwijs: 10 }, source: 'instelling', pips: { kind: 'exact', value: 0 } });
    expect(row?.leerroutePrijzen.sources).toEqual({ B1: 'instelling', Z: 'instelling', Onderwijs: 'instelling' });
  });

  it('applies the gemeente’s own settings and threshold', async () => {
    await setSettings(g, { formatie: { urenPerInburgeraar: 40, caseloadNormMax: 80 }, kleineAantallenDrempel: 8 });
    const [row] = (await formatieOf(beleid)).gemeenten;
    expect(row?.assumptions).toMatchObject({ urenPerInburgeraar: 40, caseloadNormMin: 50, caseloadNormMax: 80 });
    expect(row?.fromSettings).toEqual({ hoursPerYear: 4000, fte: 2.9, cost: 18_850_000, caseload: 103 });
    expect(row?.real.inflow).toEqual({ kind: 'below', threshold: 8 });
    expect(row?.real.formatie).toBeNull();
    await setSettings(g, {});
  });

  it('writes one processing-log entry per gemeente and request, without a person', async () => {
    await formatieOf(beleid);
    const rows = await asSystem(koers.database.db, (tx) => tx.select().from(processingLog).where(and(eq(processingLog.operationName, 'formatieReport'), eq(processingLog.gemeenteId, g.gemeenteId))));
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.every((r) => r.dataSubjectIdType === 'gemeente' && r.resourceType === 'rapportage-formatie' && r.actorUserId === g.users.beleidsadviseur.id)).toBe(true);
  });

  it('refuses a role without reports:aggregate (403) and another gemeente (404)', async () => {
    const regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
    expect((await regisseur.get('/api/rapportages/formatie')).statusCode).toBe(403);
    expect((await regisseur.get('/api/rapportages/spuk')).statusCode).toBe(403);
    const r = await beleid.get(`/api/rapportages/formatie?gemeenteId=${other.gemeenteId}`);
    expect(r.statusCode).toBe(404);
    expect(JSON.stringify(r.json())).not.toContain('Andere gemeente');
  });
});

describe('SPUK', () => {
  let g: GemeenteFixture;
  let other: GemeenteFixture;
  let beleid: Client;

  beforeAll(async () => {
    g = await createGemeente(koers.database, 'Spukgemeente');
    other = await createGemeente(koers.database, 'Buurgemeente');
    beleid = await loginAs(koers.app, g.users.beleidsadviseur.email);
  });

  async function movedOut(movedOn: string): Promise<string> {
    const id = await obligedCase(g, { dutyStartOn: '2025-03-01' });
    await asSystem(koers.database.db, async (tx) => {
      await tx.insert(caseLinks).values({ caseId: id, gemeenteId: g.gemeenteId, kind: 'verhuisd-naar', otherGemeenteCode: other.gemeenteCode, movedOn });
    });
    return id;
  }

  it('gives each tranche to the gemeente of 31 December: a move on 31 December takes the year along, on 1 January not', async () => {
    await movedOut('2025-12-31');
    await movedOut('2026-01-01');
    const years = (await spukOf(beleid)).gemeenten[0]?.years ?? [];
    expect(years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027, 2028]);
    // Only the person who moved on 1 January brings 2025's first tranche (34 % of € 12.713).
    expect(years.find((y) => y.year === 2025)?.entitlement).toEqual({
      persons: { kind: 'below', threshold: 5 },
      perVoorziening: { leerroute: 340_000, map: 4_624, maatschappelijkeBegeleiding: 66_096, pvt: 7_344, tolk: 14_178 },
      total: 432_242,
    });
    expect(years.find((y) => y.year === 2026)?.entitlement.total).toBe(0);
  });

  it('counts statushouders over three tranches and gezinsmigranten once; Wi2013 apart; another gemeente never', async () => {
    await obligedCase(g, { dutyStartOn: '2026-02-01' });
    await obligedCase(g, { dutyStartOn: '2026-05-01', targetGroup: 'gezin-overig' });
    const wi2013 = await obligedCase(g, { dutyStartOn: '2021-06-01', regime: 'Wi2013' });
    await obligedCase(other, { dutyStartOn: '2026-02-01' });
    await asSystem(koers.database.db, async (tx) => {
      await tx.insert(interpreterBookings).values({ gemeenteId: g.gemeenteId, caseId: wi2013, meetingKind: 'intake', meetingId: wi2013, bookedOn: '2026-04-01', language: 'ar', kind: 'telefonisch', providerName: 'Tolkenbureau', costCents: 4_500, status: 'bevestigd' });
    });
    const report = await spukOf(beleid);
    expect(report.organisation).toBeNull();
    const y2026 = report.gemeenten[0]?.years.find((y) => y.year === 2026);
    expect(y2026?.entitlement.total).toBe(432_242 + 59_000);
    expect(y2026?.spending).toEqual({ perVoorziening: { leerroute: 0, map: 0, maatschappelijkeBegeleiding: 0, pvt: 0, tolk: 0 }, total: 0 });
    expect(y2026?.balance).toBe(432_242 + 59_000);
    expect(y2026?.ondertussengroep).toEqual({ persons: { kind: 'below', threshold: 5 }, spending: { perVoorziening: { leerroute: 0, map: 0, maatschappelijkeBegeleiding: 0, pvt: 0, tolk: 4_500 }, total: 4_500 } });
    expect(report.gemeenten[0]?.years.find((y) => y.year === 2027)?.entitlement.total).toBe(419_529);
  });

  it('adds cost lines to the spending; finance may keep them, another gemeente’s user gets 404 and changes nothing; a stale version 409', async () => {
    const financieel = await loginAs(koers.app, g.users['financieel-medewerker'].email);
    const created = await financieel.post('/api/rapportages/kostenregels', { gemeenteId: g.gemeenteId, year: 2026, voorziening: 'map', description: 'MAP-workshops Humanitas', amountCents: 150_000, ondertussengroep: false });
    expect(created.statusCode, created.body).toBe(201);
    const line = created.json<CostLineView>();
    expect(line).toMatchObject({ voorzieningLabel: 'MAP', version: 1 });
    const y2026 = (await spukOf(beleid)).gemeenten[0]?.years.find((y) => y.year === 2026);
    expect(y2026?.spending.perVoorziening.map).toBe(150_000);
    expect(y2026?.balance).toBe(432_242 + 59_000 - 150_000);

    const before = await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] });
    const stranger = await loginAs(koers.app, other.users.beleidsadviseur.email);
    const body = { year: 2026, voorziening: 'pvt', description: 'Verkeerd', amountCents: 1, ondertussengroep: false, version: 1 };
    expect((await put(stranger, `/api/rapportages/kostenregels/${line.id}`, body)).statusCode).toBe(404);
    expect((await del(stranger, `/api/rapportages/kostenregels/${line.id}?version=1`)).statusCode).toBe(404);
    expect((await stranger.post('/api/rapportages/kostenregels', { ...body, version: undefined, gemeenteId: g.gemeenteId })).statusCode).toBe(404);
    expect(await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] })).toBe(before);

    const updated = await put(beleid, `/api/rapportages/kostenregels/${line.id}`, { ...body, description: 'PVT-bijeenkomsten', amountCents: 90_000 });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json<CostLineView>()).toMatchObject({ voorziening: 'pvt', version: 2 });
    const beforeStale = await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] });
    const stale = await put(beleid, `/api/rapportages/kostenregels/${line.id}`, { ...body, amountCents: 5 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { field: string } }>().error.field).toBe('version');
    expect(await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] })).toBe(beforeStale);
    const history = await asSystem(koers.database.db, (tx) => tx.select().from(recordHistory).where(eq(recordHistory.entityId, line.id)));
    expect(history.map((h) => h.action).sort()).toEqual(['create', 'update']);

    const invalid = await beleid.post('/api/rapportages/kostenregels', { gemeenteId: g.gemeenteId, year: 2019, voorziening: 'map', description: '', amountCents: 0, ondertussengroep: false });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('Jaar');

    const regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
    expect((await regisseur.post('/api/rapportages/kostenregels', { gemeenteId: g.gemeenteId, year: 2026, voorziening: 'map', description: 'x', amountCents: 1, ondertussengroep: false })).statusCode).toBe(403);

    expect((await del(beleid, `/api/rapportages/kostenregels/${line.id}?version=2`)).statusCode).toBe(204);
    expect((await listLines(beleid)).length).toBe(0);
  });

  const listLines = async (client: Client): Promise<CostLineView[]> => (await client.get('/api/rapportages/kostenregels')).json<{ costLines: CostLineView[] }>().costLines;
});
