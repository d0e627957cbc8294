// Providers, contracts and provider reports (R12, R13): the beheerder keeps contracts, a placement
// picks one, the partner-aanbieder reports on its own placements only (in the app and as CSV,
// idempotent), and the reported hours reach DUO as the cumulative participatietaalles total.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { asSystem } from '../../src/db/scope.ts';
import { caseHours, casePlacements, cases, caseSignals, duoOutbox, pips, placementReports } from '../../src/db/schema.ts';
import { addGemeente, createCaseVia, insertCase, snapshotOf, validBsn } from '../support/fixtures.ts';
import type { Client } from '../support/koers.ts';
import { seed, startDuoEnv, type DuoTestEnv } from '../duo/support.ts';

let env: DuoTestEnv;
let regisseur: Client;
let beheerder: Client;
let partner: Client;
let providerId: string;
let otherProviderId: string;
let contractId: string;
let otherContractId: string;

const BOW = '1000000001';

const contractBody = (overrides: Record<string, unknown> = {}) => ({
  providerId,
  name: 'Inburgering Drechtsteden 2026',
  gemeenteIds: [env.gemeente.gemeenteId],
  routes: [
    { route: 'B1', priceCents: 560_000 },
    { route: 'Z', priceCents: 920_000 },
  ],
  keurmerk: 'blik-op-werk',
  keurmerkValidUntil: '2027-12-31',
  locations: [{ name: 'Dordrecht Centrum', startMoments: ['2026-05-18', '2026-09-07'] }],
  reportingEveryWeeks: 6,
  startsOn: '2026-01-01',
  endsOn: '2027-12-31',
  ...overrides,
});

async function caseWithPip(): Promise<{ caseId: string; bsn: string }> {
  const bsn = validBsn();
  seed(env, bsn, {
    doelgroep: { indeling: 'Asielstatushouder', begindatum: '2026-04-01', gedetailleerdeDoelgroep: 'Asielstatushouder' },
    pips: [{ gemeenteOin: env.gemeente.oin, pip: { dagtekeningPip: '2026-05-01', leerroute: 'B' } }],
    termijn: { startdatum: '2026-05-01', einddatum: '2029-05-01' },
  });
  const created = await createCaseVia(regisseur, env.gemeente.gemeenteId, { bsn });
  await asSystem(env.database.db, async (tx) => {
    await tx.update(cases).set({ targetGroup: 'asiel', termStart: '2026-05-01', termEndExclusive: '2029-05-01' }).where(eq(cases.id, created.id));
    await tx.insert(pips).values({ gemeenteId: env.gemeente.gemeenteId, caseId: created.id, version: 1, status: 'vastgesteld', kind: 'beschikking', issuedOn: '2026-05-01', route: 'B1' });
  });
  return { caseId: created.id, bsn };
}

async function place(caseId: string, contract = contractId): Promise<string> {
  const res = await regisseur.post(`/api/cases/${caseId}/placements`, { contractId: contract, location: 'Dordrecht Centrum', startMoment: '2026-05-18', offeredOn: '2026-05-15', literacy: 'NVT' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

const caseNumberOf = async (caseId: string) => (await asSystem(env.database.db, (tx) => tx.select({ n: cases.caseNumber }).from(cases).where(eq(cases.id, caseId))))[0]?.n ?? '';
const outboxOf = (caseId: string) => asSystem(env.database.db, (tx) => tx.select().from(duoOutbox).where(eq(duoOutbox.caseId, caseId)));
const hoursOf = async (caseId: string) => (await asSystem(env.database.db, (tx) => tx.select().from(caseHours).where(and(eq(caseHours.caseId, caseId), eq(caseHours.category, 'participatietaalles')))))[0];
const snapshot = () => snapshotOf(env.database, { organisationId: env.gemeente.organisationId, gemeenteIds: [env.gemeente.gemeenteId] });

const put = (client: Client, url: string, payload: unknown) => client.request({ method: 'PUT', url, payload: payload as Record<string, unknown> });
const week = (w: string, hours: number) => ({ kind: 'week', week: w, present: true, hours: { nederlands: hours - 2, knm: 2 } });

beforeAll(async () => {
  env = await startDuoEnv();
  regisseur = await env.login();
  beheerder = await env.login('beheerder');
  const p = await beheerder.post('/api/admin/providers', { name: 'Taalcentrum Zuid', kinds: ['taalaanbieder'], instellingsnummer: BOW });
  expect(p.statusCode, p.body).toBe(201);
  providerId = p.json<{ id: string }>().id;
  // Another provider at the same DUO instelling (a cursusinstelling with keurmerk).
  const q = await beheerder.post('/api/admin/providers', { name: 'Taalhuis Noord', kinds: ['taalaanbieder', 'map-aanbieder'], instellingsnummer: BOW });
  otherProviderId = q.json<{ id: string }>().id;
  const c = await beheerder.post('/api/admin/contracts', contractBody());
  expect(c.statusCode, c.body).toBe(201);
  contractId = c.json<{ id: string }>().id;
  const d = await beheerder.post('/api/admin/contracts', contractBody({ providerId: otherProviderId, name: 'Noord 2026', keurmerk: null, keurmerkValidUntil: null }));
  expect(d.statusCode, d.body).toBe(201);
  otherContractId = d.json<{ id: string }>().id;
  const link = await beheerder.post(`/api/admin/providers/${providerId}/users`, { userId: env.gemeente.users['partner-aanbieder'].id });
  expect(link.statusCode, link.body).toBe(200);
  partner = await env.login('partner-aanbieder');
});
afterAll(async () => {
  await env.close();
});

describe('providers and contracts (R12)', () => {
  it('validates a contract: period order, price above 0, keurmerk date; nothing stored', async () => {
    const before = await snapshot();
    const cases: [Record<string, unknown>, string][] = [
      [{ endsOn: '2025-12-31' }, 'endsOn'],
      [{ routes: [{ route: 'B1', priceCents: 0 }] }, 'routes.0.priceCents'],
      [{ keurmerkValidUntil: null }, 'keurmerkValidUntil'],
      [{ locations: [{ name: 'X', startMoments: ['2030-01-01'] }] }, 'locations.0.startMoments.0'],
    ];
    for (const [overrides, field] of cases) {
      const res = await beheerder.post('/api/admin/contracts', contractBody(overrides));
      expect(res.statusCode, field).toBe(400);
      expect(JSON.stringify(res.json()), field).toContain(field);
    }
    expect(await snapshot()).toBe(before);
  });

  it('shows the keurmerk as valid or expired and the price in cents', async () => {
    const list = (await beheerder.get('/api/admin/providers')).json<{ providers: { name: string; contracts: { keurmerk: { status: string }; routes: { priceCents: number }[] }[] }[] }>();
    const zuid = list.providers.find((p) => p.name === 'Taalcentrum Zuid');
    expect(zuid?.contracts[0]?.keurmerk.status).toBe('geldig');
    expect(zuid?.contracts[0]?.routes.map((r) => r.priceCents)).toEqual([560_000, 920_000]);
    const expired = await beheerder.post('/api/admin/contracts', contractBody({ name: 'Oud', keurmerkValidUntil: '2026-01-31' }));
    expect(expired.json<{ keurmerk: { status: string; statusLabel: string } }>().keurmerk).toMatchObject({ status: 'verlopen', statusLabel: 'Verlopen' });
  });

  it('a contract covers several gemeenten; a gemeente user sees only contracts of its gemeenten', async () => {
    const g2 = await addGemeente(env.database, env.gemeente.organisationId, 'Zwijndrecht');
    const shared = await beheerder.post('/api/admin/contracts', contractBody({ name: 'Gedeeld', gemeenteIds: [env.gemeente.gemeenteId, g2] }));
    expect(shared.json<{ gemeenten: unknown[] }>().gemeenten).toHaveLength(2);
    const onlyG2 = await beheerder.post('/api/admin/contracts', contractBody({ name: 'Alleen Zwijndrecht', gemeenteIds: [g2] }));
    expect(onlyG2.statusCode).toBe(201);
    const seen = (await regisseur.get('/api/contracts')).json<{ name: string }[]>().map((c) => c.name);
    expect(seen).toContain('Gedeeld');
    expect(seen).not.toContain('Alleen Zwijndrecht');
    // Another organisation sees none of them, and cannot use this organisation's gemeente.
    const other = await env.login('trajectregisseur', env.other);
    expect((await other.get('/api/contracts')).json()).toEqual([]);
    const otherBeheerder = await env.login('beheerder', env.other);
    expect((await put(otherBeheerder, `/api/admin/contracts/${contractId}`, { ...contractBody(), version: 1 })).statusCode).toBe(404);
  });

  it('a contract change with a stale version is refused and changes nothing', async () => {
    const first = await put(beheerder, `/api/admin/contracts/${otherContractId}`, { ...contractBody({ providerId: otherProviderId, name: 'Noord 2026 (2)', keurmerk: null, keurmerkValidUntil: null }), version: 1 });
    expect(first.statusCode, first.body).toBe(200);
    const before = await snapshot();
    const stale = await put(beheerder, `/api/admin/contracts/${otherContractId}`, { ...contractBody({ providerId: otherProviderId, name: 'Oud', keurmerk: null, keurmerkValidUntil: null }), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(await snapshot()).toBe(before);
  });

  it('a provider change with a stale version is refused and changes nothing', async () => {
    const ok = await put(beheerder, `/api/admin/providers/${otherProviderId}`, { name: 'Taalhuis Noord BV', kinds: ['taalaanbieder'], instellingsnummer: BOW, version: 1 });
    expect(ok.statusCode, ok.body).toBe(200);
    const before = await snapshot();
    const stale = await put(beheerder, `/api/admin/providers/${otherProviderId}`, { name: 'Oud', kinds: ['taalaanbieder'], version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(await snapshot()).toBe(before);
  });

  it('only the beheerder manages contracts', async () => {
    expect((await regisseur.post('/api/admin/providers', { name: 'X', kinds: ['taalaanbieder'] })).statusCode).toBe(403);
    expect((await partner.get('/api/admin/providers')).statusCode).toBe(403);
  });
});

describe('placement under a contract', () => {
  it("offers the contracts of the case's gemeente and route, and the aanbod goes to DUO as before", async () => {
    const { caseId, bsn } = await caseWithPip();
    const offered = (await regisseur.get(`/api/cases/${caseId}/contracts?op=2026-05-15`)).json<{ id: string }[]>().map((c) => c.id);
    expect(offered).toContain(contractId);
    expect((await regisseur.get(`/api/cases/${caseId}/contracts?op=2028-01-01`)).json()).toEqual([]);
    const placementId = await place(caseId);
    const [row] = await asSystem(env.database.db, (tx) => tx.select().from(casePlacements).where(eq(casePlacements.id, placementId)));
    expect(row).toMatchObject({ contractId, instellingsnummer: BOW, startMoment: '2026-05-18', expectedStartOn: '2026-05-18', location: 'Dordrecht Centrum' });
    const outbox = await outboxOf(caseId);
    expect(outbox.map((m) => m.operation)).toEqual(['aanbod.register']);
    expect(outbox[0]?.payload).toMatchObject({ bsn, instellingsnummer: BOW, aanbod: { datumInburgeringsaanbod: '2026-05-15', verwachteStartdatumOpleiding: '2026-05-18' } });
    // Werkvoorraad: not started yet, due six weeks (the default waiting time) after the start moment.
    const signals = await asSystem(env.database.db, (tx) => tx.select().from(caseSignals).where(eq(caseSignals.caseId, caseId)));
    expect(signals.filter((x) => x.kind === 'traject-not-started').map((x) => x.dueOn)).toEqual(['2026-06-29']);
  });

  it('refuses a start moment the contract does not have, or a contract outside its period; nothing stored', async () => {
    const { caseId } = await caseWithPip();
    const before = await snapshot();
    const wrongMoment = await regisseur.post(`/api/cases/${caseId}/placements`, { contractId, location: 'Dordrecht Centrum', startMoment: '2026-05-19', offeredOn: '2026-05-15', literacy: 'NVT' });
    expect(wrongMoment.statusCode).toBe(400);
    expect(wrongMoment.json<{ error: { field: string } }>().error.field).toBe('startMoment');
    const outside = await regisseur.post(`/api/cases/${caseId}/placements`, { contractId, location: 'Dordrecht Centrum', startMoment: '2026-05-18', offeredOn: '2025-12-15', literacy: 'NVT' });
    expect(outside.statusCode).toBe(400);
    expect(outside.json<{ error: { field: string } }>().error.field).toBe('contractId');
    expect(await snapshot()).toBe(before);
  });
});

describe('provider reports (R13)', () => {
  it('the partner lists its placements and reports a week; the hours reach DUO as the cumulative total', async () => {
    const { caseId } = await caseWithPip();
    const placementId = await place(caseId);
    const list = (await partner.get('/api/aanbieder/placements')).json<{ provider: { name: string }; placements: { id: string }[] }>();
    expect(list.provider.name).toBe('Taalcentrum Zuid');
    expect(list.placements.map((p) => p.id)).toContain(placementId);

    const first = await partner.post(`/api/aanbieder/placements/${placementId}/reports`, week('2026-05-18', 10));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ outcome: 'nieuw' });
    expect(await hoursOf(caseId)).toMatchObject({ total: 10, reportedHours: 10 });
    await partner.post(`/api/aanbieder/placements/${placementId}/reports`, week('2026-05-25', 12));
    expect(await hoursOf(caseId)).toMatchObject({ total: 22, reportedHours: 22 });
    const uren = (await outboxOf(caseId)).filter((m) => m.operation === 'uren.participatietaalles');
    // The total still waiting was replaced: one pending melding with the latest total.
    expect(uren.filter((m) => m.status === 'wachtend' || m.status === 'pending').map((m) => (m.payload as { uren: { uren: number } }).uren.uren)).toEqual([22]);

    const again = await partner.post(`/api/aanbieder/placements/${placementId}/reports`, week('2026-05-25', 12));
    expect(again.json()).toEqual({ outcome: 'ongewijzigd' });

    // Progress, an interim report and an exam registration; the case manager sees them.
    for (const body of [
      { kind: 'voortgang', skill: 'lezen', level: 'A1', assessedOn: '2026-05-20' },
      { kind: 'voortgang', skill: 'lezen', level: 'A2', assessedOn: '2026-05-29' },
      { kind: 'tussenrapportage', reportedOn: '2026-05-29', text: 'Goede start, komt trouw.', recommendation: 'doorgaan' },
      { kind: 'examen', onderdeel: 'lezen', examOn: '2026-09-15' },
    ]) {
      const res = await partner.post(`/api/aanbieder/placements/${placementId}/reports`, body);
      expect(res.statusCode, res.body).toBe(200);
    }
    const seen = (await regisseur.get(`/api/cases/${caseId}/provider-reports`)).json<{ placementId: string; contract: { name: string; providerName: string }; reports: { totalHours: number; levels: { skill: string; level: string; trend: string }[]; interimReports: unknown[]; examRegistrations: unknown[] } }[]>();
    const mine = seen.find((p) => p.placementId === placementId);
    expect(mine?.contract).toMatchObject({ name: 'Inburgering Drechtsteden 2026', providerName: 'Taalcentrum Zuid' });
    expect(mine?.reports.totalHours).toBe(22);
    expect(mine?.reports.levels).toEqual([expect.objectContaining({ skill: 'lezen', level: 'A2', trend: 'stijgend' })]);
    expect(mine?.reports.interimReports).toHaveLength(1);
    expect(mine?.reports.examRegistrations).toHaveLength(1);
  });

  it('refuses bad reports with the field named; nothing stored', async () => {
    const { caseId } = await caseWithPip();
    const placementId = await place(caseId);
    const before = await snapshot();
    const bad: [Record<string, unknown>, string][] = [
      [{ kind: 'week', week: '2026-05-19', present: true, hours: { nederlands: 4 } }, 'week'],
      [{ kind: 'week', week: '2026-05-18', present: false, hours: {} }, 'absenceReason'],
      [{ kind: 'voortgang', skill: 'lezen', level: 'C1', assessedOn: '2026-05-20' }, 'level'],
      [{ kind: 'week', week: '2026-06-08', present: true, hours: { nederlands: 4 } }, 'week'],
    ];
    for (const [body, field] of bad) {
      const res = await partner.post(`/api/aanbieder/placements/${placementId}/reports`, body);
      expect(res.statusCode, field).toBe(400);
      expect(JSON.stringify(res.json()), field).toContain(field);
    }
    expect(await snapshot()).toBe(before);
  });

  it("another provider's placement → 404 and nothing changed", async () => {
    const { caseId } = await caseWithPip();
    const placementId = await place(caseId, otherContractId);
    expect((await partner.get('/api/aanbieder/placements')).json<{ placements: { id: string }[] }>().placements.map((p) => p.id)).not.toContain(placementId);
    const before = await snapshot();
    const res = await partner.post(`/api/aanbieder/placements/${placementId}/reports`, week('2026-05-18', 10));
    expect(res.statusCode).toBe(404);
    expect(await snapshot()).toBe(before);
  });

  it("another gemeente's placement (same provider, gemeente not granted) → 404 and nothing changed", async () => {
    const g2 = await addGemeente(env.database, env.gemeente.organisationId, 'Papendrecht');
    const c = await beheerder.post('/api/admin/contracts', contractBody({ name: 'Papendrecht', gemeenteIds: [g2] }));
    const otherCase = await insertCase(env.database, g2);
    const [row] = await asSystem(env.database.db, (tx) =>
      tx.insert(casePlacements).values({ gemeenteId: g2, caseId: otherCase, instellingsnummer: BOW, instellingNaam: 'Taalcentrum Zuid', offeredOn: '2026-05-15', literacy: 'NVT', contractId: c.json<{ id: string }>().id, startMoment: '2026-05-18', location: 'Dordrecht Centrum' }).returning(),
    );
    const before = await snapshotOf(env.database, { organisationId: env.gemeente.organisationId, gemeenteIds: [env.gemeente.gemeenteId, g2] });
    const res = await partner.post(`/api/aanbieder/placements/${row?.id ?? ''}/reports`, week('2026-05-18', 10));
    expect(res.statusCode).toBe(404);
    expect(await snapshotOf(env.database, { organisationId: env.gemeente.organisationId, gemeenteIds: [env.gemeente.gemeenteId, g2] })).toBe(before);
    const reports = await asSystem(env.database.db, (tx) => tx.select().from(placementReports).where(eq(placementReports.caseId, otherCase)));
    expect(reports).toEqual([]);
  });

  it('a partner not linked to a provider is told so', async () => {
    const other = await env.login('partner-aanbieder', env.other);
    const res = await other.get('/api/aanbieder/placements');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ provider: unknown; notLinked: string; placements: unknown[] }>();
    expect(body.provider).toBeNull();
    expect(body.notLinked).toMatch(/niet aan een aanbieder gekoppeld/);
    expect(body.placements).toEqual([]);
    const csv = await other.post('/api/aanbieder/reports/csv', { csv: 'gemeentecode;dossiernummer;soort;datum\n1;2;week;2026-05-18' });
    const csvError = csv.json<{ error: { field: string; message: string } }>().error;
    expect(csvError.field).toBe('csv');
    expect(csvError.message).toMatch(/niet aan een aanbieder gekoppeld/);
  });

  it('CSV upload: rows stored, bad rows rejected with line and reason; the same file twice changes nothing', async () => {
    const { caseId } = await caseWithPip();
    await place(caseId);
    const number = await caseNumberOf(caseId);
    const code = env.gemeente.gemeenteCode;
    const csv = [
      'gemeentecode;dossiernummer;soort;datum;aanwezig;reden_afwezig;uren_nederlands;uren_alfabetisering;uren_knm;vaardigheid;niveau;tekst;advies;onderdeel',
      `${code};${number};week;2026-05-18;ja;;8;;2;;;;;`,
      `${code};${number};week;2026-05-25;nee;ziek;;;;;;;;`,
      `${code};${number};voortgang;2026-05-29;;;;;;spreken;A1;;;`,
      `${code};${number};week;2026-05-26;ja;;8;;;;;;;`,
      `${code};INB-1999-000001;week;2026-05-18;ja;;8;;;;;;;`,
    ].join('\n');
    const first = await partner.post('/api/aanbieder/reports/csv', { csv });
    expect(first.statusCode, first.body).toBe(200);
    const result = first.json<{ rows: number; nieuw: number; ongewijzigd: number; rejected: { line: number; field: string; message: string }[] }>();
    expect(result).toMatchObject({ rows: 5, nieuw: 3, ongewijzigd: 0 });
    expect(result.rejected.map((r) => [r.line, r.field])).toEqual([
      [5, 'datum'],
      [6, 'dossiernummer'],
    ]);
    expect(await hoursOf(caseId)).toMatchObject({ total: 10 });
    const before = await snapshot();
    const second = (await partner.post('/api/aanbieder/reports/csv', { csv })).json<{ nieuw: number; gewijzigd: number; ongewijzigd: number }>();
    expect(second).toMatchObject({ nieuw: 0, gewijzigd: 0, ongewijzigd: 3 });
    expect(await snapshot()).toBe(before);
  });

  it('a CSV without the required columns is refused as a whole', async () => {
    const res = await partner.post('/api/aanbieder/reports/csv', { csv: 'naam;datum\nx;2026-05-18' });
    expect(res.statusCode).toBe(400);
    const error = res.json<{ error: { field: string; message: string } }>().error;
    expect(error.field).toBe('csv');
    expect(error.message).toContain('gemeentecode');
  });
});

describe('hours: the case manager corrects with a reason', () => {
  it('a total differing from the reported hours needs a reason; later reports add to the corrected total', async () => {
    const { caseId } = await caseWithPip();
    const placementId = await place(caseId);
    await partner.post(`/api/aanbieder/placements/${placementId}/reports`, week('2026-05-18', 10));
    const row = await hoursOf(caseId);
    const noReason = await put(regisseur, `/api/cases/${caseId}/hours/participatietaalles`, { version: row?.version, total: 14, asOf: '2026-05-29' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<{ error: { field: string } }>().error.field).toBe('reason');
    const corrected = await put(regisseur, `/api/cases/${caseId}/hours/participatietaalles`, { version: row?.version, total: 14, asOf: '2026-05-29', reason: 'Vier uur taalcafé bij de bibliotheek meegeteld' });
    expect(corrected.statusCode, corrected.body).toBe(200);
    await partner.post(`/api/aanbieder/placements/${placementId}/reports`, week('2026-05-25', 6));
    expect(await hoursOf(caseId)).toMatchObject({ total: 20, reportedHours: 16 });
  });
});
