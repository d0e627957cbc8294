// Inburgeringsaanbod and gevolgde uren: the use cases that cause those DUO meldingen, end to end
// through the outbox to the simulator; isolation, roles, bad input and DUO's pre-validation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { permissionMatrix, roles } from '@koers/domain';
import { asSystem, inScope, systemScope } from '../../src/db/scope.ts';
import { caseHours, casePlacements, cases, duoOutbox, pips, recordHistory } from '../../src/db/schema.ts';
import { courseHoursRegistered } from '../../src/use-cases/traject/course-hours.ts';
import { INSTELLINGEN_TTL_MS, instellingenLookup } from '../../src/use-cases/traject/instellingen.ts';
import type { DuoService } from '../../src/duo/service.ts';
import { createCaseVia, snapshotOf, validBsn } from '../support/fixtures.ts';
import type { Client } from '../support/koers.ts';
import { seed, startDuoEnv, type DuoTestEnv } from '../duo/support.ts';
import { hoursVersion } from '../support/versions.ts';

let env: DuoTestEnv;
let regisseur: Client;

beforeAll(async () => {
  env = await startDuoEnv();
  regisseur = await env.login();
});
afterAll(async () => {
  await env.close();
});

const BOW = '1000000001';
const TST = '1000000002';
const NONE = '1000000003';

type Route = 'B1' | 'Z' | 'Onderwijs';
const duoRoute = { B1: 'B', Z: 'Z', Onderwijs: 'O' } as const;

/** A case with a vastgesteld PIP (dagtekening 1 May 2026), termijn, BSN known at DUO. */
async function caseWithPip(options: { route?: Route; targetGroup?: 'asiel' | 'gezin-overig'; bsn?: boolean; pip?: boolean } = {}): Promise<{ caseId: string; bsn: string | null }> {
  const route = options.route ?? 'B1';
  const withBsn = options.bsn ?? true;
  const bsn = validBsn();
  const asiel = (options.targetGroup ?? 'asiel') === 'asiel';
  if (withBsn) {
    seed(env, bsn, {
      doelgroep: asiel ? { indeling: 'Asielstatushouder', begindatum: '2026-04-01', gedetailleerdeDoelgroep: 'Asielstatushouder' } : { indeling: 'Gezinsmigrant en overige migrant', begindatum: '2026-04-01' },
      ...(options.pip === false ? {} : { pips: [{ gemeenteOin: env.gemeente.oin, pip: { dagtekeningPip: '2026-05-01', leerroute: duoRoute[route] } }] }),
      termijn: { startdatum: '2026-05-01', einddatum: '2029-05-01' },
    });
  }
  const created = await createCaseVia(regisseur, env.gemeente.gemeenteId, withBsn ? { bsn } : { bsn: undefined, vNumber: String(Date.now()).slice(-10) });
  await asSystem(env.database.db, async (tx) => {
    await tx.update(cases).set({ targetGroup: options.targetGroup ?? 'asiel', termStart: '2026-05-01', termEndExclusive: '2029-05-01' }).where(eq(cases.id, created.id));
    if (options.pip !== false) {
      await tx.insert(pips).values({ gemeenteId: env.gemeente.gemeenteId, caseId: created.id, version: 1, status: 'vastgesteld', kind: 'beschikking', issuedOn: '2026-05-01', route });
    }
  });
  return { caseId: created.id, bsn: withBsn ? bsn : null };
}

const outboxOf = (caseId: string) => asSystem(env.database.db, (tx) => tx.select().from(duoOutbox).where(eq(duoOutbox.caseId, caseId)));
const placementsOf = (caseId: string) => asSystem(env.database.db, (tx) => tx.select().from(casePlacements).where(eq(casePlacements.caseId, caseId)));
const hoursOf = (caseId: string) => asSystem(env.database.db, (tx) => tx.select().from(caseHours).where(eq(caseHours.caseId, caseId)));

interface Traject {
  placements: Array<{ id: string; status: string; instellingNaam: string; duo: { status: string; operation: string } | null }>;
  hours: Array<{ category: string; total: number | null; asOf: string | null; allowed: boolean; duo: { status: string } | null }>;
}
const traject = async (caseId: string) => {
  const res = await regisseur.get(`/api/cases/${caseId}/traject`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Traject>();
};

async function sendAll(): Promise<void> {
  for (let i = 0; i < 3; i++) await env.duo.worker.tick();
}

const placementBody = { instellingsnummer: BOW, offeredOn: '2026-05-15', expectedStartOn: '2026-06-01', expectedEndOn: '2027-06-01', literacy: 'NVT' };

describe('DUO not reachable and nothing cached', () => {
  it('refuses the list and a placement with a Dutch 503, and writes nothing', async () => {
    const { caseId } = await caseWithPip();
    env.sim.setFailureMode({ kind: 'down' });
    try {
      const list = await regisseur.get('/api/duo/instellingen');
      expect(list.statusCode).toBe(503);
      const listError = list.json<{ error: { code: string; message: string } }>().error;
      expect(listError.code).toBe('DUO_UNAVAILABLE');
      expect(listError.message).toMatch(/niet beschikbaar.*niets opgeslagen/);
      const res = await regisseur.post(`/api/cases/${caseId}/placements`, placementBody);
      expect(res.statusCode).toBe(503);
      expect(await placementsOf(caseId)).toEqual([]);
      expect(await outboxOf(caseId)).toEqual([]);
    } finally {
      env.sim.setFailureMode(null);
    }
  });
});

describe('GET /api/duo/instellingen', () => {
  it("lists DUO's instellingen with their keurmerk to roles with case:read", async () => {
    for (const role of roles) {
      const res = await (await env.login(role)).get('/api/duo/instellingen');
      expect(res.statusCode, role).toBe(permissionMatrix[role].includes('case:read') ? 200 : 403);
    }
    const list = (await regisseur.get('/api/duo/instellingen')).json<Array<{ instellingsnummer: string; keurmerk: boolean; taalschakel: boolean; naam: string }>>();
    expect(list).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ instellingsnummer: BOW, keurmerk: true, taalschakel: false }),
        expect.objectContaining({ instellingsnummer: TST, keurmerk: false, taalschakel: true }),
        expect.objectContaining({ instellingsnummer: NONE, keurmerk: false, taalschakel: false }),
      ]),
    );
  });

  it('keeps the list for six hours and falls back on it when DUO is down', async () => {
    let calls = 0;
    let down = false;
    const fake = {
      clients: {
        forGemeente: () => ({
          getInstellingen: () => {
            calls++;
            if (down) return Promise.reject(new Error('verbinding geweigerd'));
            return Promise.resolve({ body: [{ instellingsnummer: BOW, naam: 'Taalcentrum', postcode: '1234AB', huisnummer: 1, plaatsnaam: 'Stad', indicatieBowKeurmerk: true }] });
          },
        }),
      },
    } as unknown as DuoService;
    const lookup = instellingenLookup(fake);
    const t0 = new Date('2026-06-01T08:00:00Z');
    expect((await lookup('0'.repeat(20), t0)).map((i) => i.keurmerk)).toEqual([true]);
    await lookup('0'.repeat(20), new Date(t0.getTime() + INSTELLINGEN_TTL_MS - 1));
    expect(calls).toBe(1);
    down = true;
    expect(await lookup('0'.repeat(20), new Date(t0.getTime() + INSTELLINGEN_TTL_MS + 1))).toHaveLength(1);
    expect(calls).toBe(2);
    await expect(instellingenLookup(undefined)('0'.repeat(20), t0)).rejects.toMatchObject({ code: 'DUO_UNAVAILABLE' });
  });
});

describe('inburgeringsaanbod', () => {
  it('end to end: registered, queued after D3, sent, valid against the spec, bevestigd in the case file', async () => {
    const { caseId, bsn } = await caseWithPip();
    const res = await regisseur.post(`/api/cases/${caseId}/placements`, placementBody);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ instellingNaam: 'Taalcentrum Voorbeeldstad (BoW)', status: 'actief', literacy: 'NVT' });
    const [queued] = await outboxOf(caseId);
    expect(queued).toMatchObject({
      operation: 'aanbod.register',
      status: 'wachtend',
      payload: { bsn, instellingsnummer: BOW, aanbod: { datumInburgeringsaanbod: '2026-05-15', verwachteStartdatumOpleiding: '2026-06-01', verwachteEinddatumOpleiding: '2027-06-01', indicatorAlfabetiseringsonderwijs: 'NVT' } },
    });
    expect((await traject(caseId)).placements[0]?.duo?.status).toBe('wachtend');
    await sendAll();
    const t = await traject(caseId);
    expect(t.placements).toHaveLength(1);
    expect(t.placements[0]).toMatchObject({ status: 'actief', duo: { status: 'bevestigd', operation: 'aanbod.register' } });
    const sent = env.exchanges.filter((x) => x.operationId === 'postInburgeringsaanbodByBsnAndInstellingsnummer');
    expect(sent.at(-1)?.status).toBe(201);
    expect(await env.contractViolations()).toEqual([]);
    // The DUO part of the case file shows it too.
    const duo = (await regisseur.get(`/api/cases/${caseId}/duo`)).json<{ messages: Array<{ operation: string; status: string }> }>();
    expect(duo.messages).toEqual([expect.objectContaining({ operation: 'aanbod.register', status: 'bevestigd' })]);
    // History and timeline.
    const history = await asSystem(env.database.db, (tx) => tx.select().from(recordHistory).where(eq(recordHistory.entityType, 'case-placement')));
    expect(history.some((h) => h.entityId === t.placements[0]?.id && h.action === 'create')).toBe(true);
  });

  it('withdraw: ingetrokken, DELETE sent to DUO; withdrawing again is a conflict', async () => {
    const { caseId } = await caseWithPip();
    const placed = (await regisseur.post(`/api/cases/${caseId}/placements`, placementBody)).json<{ id: string }>();
    const missingReason = await regisseur.post(`/api/cases/${caseId}/placements/${placed.id}/withdraw`, { withdrawnOn: '2026-05-20' });
    expect(missingReason.statusCode).toBe(400);
    expect(missingReason.json<{ error: { field: string } }>().error.field).toBe('reason');
    // The outbox sends in order of creation: a second later, as a real user would.
    env.clock.advance(1000);
    const res = await regisseur.post(`/api/cases/${caseId}/placements/${placed.id}/withdraw`, { withdrawnOn: '2026-05-20', reason: 'Verhuisd naar een andere regio' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ingetrokken', withdrawnOn: '2026-05-20', withdrawReason: 'Verhuisd naar een andere regio' });
    await sendAll();
    const t = await traject(caseId);
    expect(t.placements[0]).toMatchObject({ status: 'ingetrokken', duo: { operation: 'aanbod.withdraw', status: 'bevestigd' } });
    expect(env.exchanges.some((x) => x.operationId === 'deleteInburgeringsaanbodByBsnAndInstellingsnumer' && x.status === 204)).toBe(true);
    const again = await regisseur.post(`/api/cases/${caseId}/placements/${placed.id}/withdraw`, { withdrawnOn: '2026-05-21', reason: 'nogmaals' });
    expect(again.statusCode).toBe(409);
    expect(await env.contractViolations()).toEqual([]);
  });

  it('a new aanbod at the same instelling replaces the earlier one', async () => {
    const { caseId } = await caseWithPip();
    await regisseur.post(`/api/cases/${caseId}/placements`, placementBody);
    const second = await regisseur.post(`/api/cases/${caseId}/placements`, { ...placementBody, offeredOn: '2026-05-20', expectedStartOn: undefined, expectedEndOn: undefined });
    expect(second.statusCode, second.body).toBe(201);
    expect((await placementsOf(caseId)).map((p) => p.status).sort()).toEqual(['actief', 'vervangen']);
    const t = await traject(caseId);
    expect(t.placements.map((p) => p.duo?.status)).toEqual(['wachtend', 'wachtend']);
  });

  it('onderwijsroute: a taalschakelinstelling is accepted', async () => {
    const { caseId } = await caseWithPip({ route: 'Onderwijs' });
    const res = await regisseur.post(`/api/cases/${caseId}/placements`, { ...placementBody, instellingsnummer: TST });
    expect(res.statusCode, res.body).toBe(201);
    await sendAll();
    expect((await traject(caseId)).placements[0]?.duo?.status).toBe('bevestigd');
  });

  it('DUO would refuse (no keurmerk, not asiel, no PIP, date before the PIP): 422 with the reasons, nothing written or queued', async () => {
    const cases = [
      { setup: await caseWithPip(), body: { ...placementBody, instellingsnummer: NONE }, code: 'provider-not-recognised' },
      { setup: await caseWithPip({ targetGroup: 'gezin-overig' }), body: placementBody, code: 'not-asylum' },
      { setup: await caseWithPip({ pip: false }), body: placementBody, code: 'no-pip' },
      { setup: await caseWithPip(), body: { ...placementBody, offeredOn: '2026-04-30' }, code: 'before-current-pip' },
    ];
    for (const c of cases) {
      const res = await regisseur.post(`/api/cases/${c.setup.caseId}/placements`, c.body);
      expect(res.statusCode, res.body).toBe(422);
      const error = res.json<{ error: { code: string; message: string; duoErrors: string[]; details: Array<{ field: string; message: string }> } }>().error;
      expect(error.code).toBe('DUO_PREVALIDATION_FAILED');
      expect(error.duoErrors).toContain(c.code);
      expect(error.message).toMatch(/^DUO weigert het inburgeringsaanbod/);
      expect(await placementsOf(c.setup.caseId)).toEqual([]);
      expect(await outboxOf(c.setup.caseId)).toEqual([]);
    }
  });

  it('bad input: 400 naming the field in Dutch, nothing written', async () => {
    const { caseId } = await caseWithPip();
    const attempts: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ ...placementBody, instellingsnummer: '123' }, 'instellingsnummer', /10 tekens/],
      [{ ...placementBody, instellingsnummer: '9999999999' }, 'instellingsnummer', /niet in de lijst van DUO/],
      [{ ...placementBody, literacy: 'X' }, 'literacy', /Kies A/],
      [{ ...placementBody, offeredOn: '15-05-2026' }, 'offeredOn', /JJJJ-MM-DD/],
      [{ ...placementBody, expectedEndOn: '2026-05-31' }, 'expectedEndOn', /vóór de start/],
      [{ ...placementBody, extra: 1 }, 'extra', /Onbekend veld/],
    ];
    for (const [body, field, message] of attempts) {
      const res = await regisseur.post(`/api/cases/${caseId}/placements`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const error = res.json<{ error: { field: string; message: string } }>().error;
      expect(error.field).toBe(field);
      expect(error.message).toMatch(message);
    }
    expect(await placementsOf(caseId)).toEqual([]);
    expect(await outboxOf(caseId)).toEqual([]);
  });

  it('without a BSN: kept in Koers, not queued, the timeline says why', async () => {
    const { caseId } = await caseWithPip({ bsn: false });
    const res = await regisseur.post(`/api/cases/${caseId}/placements`, placementBody);
    expect(res.statusCode, res.body).toBe(201);
    expect(await outboxOf(caseId)).toEqual([]);
    expect((await traject(caseId)).placements[0]).toMatchObject({ status: 'actief', duo: null });
    const timeline = (await regisseur.get(`/api/cases/${caseId}/timeline`)).body;
    expect(timeline).toContain('BSN is nog niet bekend');
  });
});

describe('gevolgde uren', () => {
  it('end to end: totals per category to DUO; a lower total needs a reason and stays in history', async () => {
    const { caseId } = await caseWithPip();
    const put = (category: string, body: unknown) => {
      // The outbox sends in order of creation: each total a second later, as a real user would.
      env.clock.advance(1000);
      return hoursVersion(env.database, caseId, category).then((version) => regisseur.request({ method: 'PUT', url: `/api/cases/${caseId}/hours/${category}`, payload: { version, ...(body as Record<string, unknown>) } }));
    };
    const first = await put('participatietaalles', { total: 120, asOf: '2026-05-31' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ total: 120, queued: true });
    expect((await put('taallesknm', { total: 40, asOf: '2026-05-31' })).statusCode).toBe(200);
    const lower = await put('participatietaalles', { total: 100, asOf: '2026-05-31' });
    expect(lower.statusCode).toBe(400);
    const lowerError = lower.json<{ error: { field: string; message: string } }>().error;
    expect(lowerError.field).toBe('reason');
    expect(lowerError.message).toMatch(/lager dan het vorige \(120\)/);
    const corrected = await put('participatietaalles', { total: 100, asOf: '2026-05-31', reason: 'Dubbel geteld in april' });
    expect(corrected.statusCode, corrected.body).toBe(200);
    // Unchanged total: no new melding.
    expect((await put('participatietaalles', { total: 100, asOf: '2026-06-01' })).json()).toMatchObject({ queued: false });

    const queued = (await outboxOf(caseId)).map((m) => [m.operation, (m.payload as { uren: unknown }).uren, m.status]);
    // 120 had not left yet: the correction replaced it (ADR 0058).
    expect(queued).toEqual(
      expect.arrayContaining([
        ['uren.participatietaalles', { uren: 120 }, 'vervangen'],
        ['uren.taallesknm', { uren: 40 }, 'wachtend'],
        ['uren.participatietaalles', { uren: 100 }, 'wachtend'],
      ]),
    );
    expect(queued).toHaveLength(3);
    await sendAll();
    const t = await traject(caseId);
    expect(t.hours.find((h) => h.category === 'participatietaalles')).toMatchObject({ total: 100, asOf: '2026-06-01', allowed: true, duo: { status: 'bevestigd' } });
    expect(t.hours.find((h) => h.category === 'taallesknm')).toMatchObject({ total: 40, duo: { status: 'bevestigd' } });
    expect(t.hours.find((h) => h.category === 'participatieactiviteiten')).toMatchObject({ total: null, allowed: false, duo: null });
    expect(await env.contractViolations()).toEqual([]);
    const history = await asSystem(env.database.db, (tx) => tx.select().from(recordHistory).where(and(eq(recordHistory.entityType, 'case-hours'), eq(recordHistory.entityId, caseId))));
    const correction = history.find((h) => h.reason === 'Dubbel geteld in april');
    expect(correction?.changes).toMatchObject({ 'participatietaalles.total': { from: 120, to: 100 } });
    // The simulator has the latest totals.
    const urenAtDuo = env.exchanges.filter((x) => x.operationId === 'updateUrenParticipatieAlsTaallesByBsn').map((x) => x.requestBody);
    expect(urenAtDuo).toEqual([{ uren: 100 }]);
  });

  it('participatieactiviteiten only for asielstatushouders in the Z-route; participatietaalles only with a PIP', async () => {
    const b1 = await caseWithPip({ route: 'B1' });
    const refused = await regisseur.request({ method: 'PUT', url: `/api/cases/${b1.caseId}/hours/participatieactiviteiten`, payload: { version: await hoursVersion(env.database, b1.caseId, 'participatieactiviteiten'), total: 10, asOf: '2026-05-31' } });
    expect(refused.statusCode).toBe(422);
    const refusedError = refused.json<{ error: { field: string; message: string } }>().error;
    expect(refusedError.field).toBe('category');
    expect(refusedError.message).toMatch(/Z-route/);
    const noPip = await caseWithPip({ pip: false });
    expect((await regisseur.request({ method: 'PUT', url: `/api/cases/${noPip.caseId}/hours/participatietaalles`, payload: { version: await hoursVersion(env.database, noPip.caseId, 'participatietaalles'), total: 10, asOf: '2026-05-31' } })).statusCode).toBe(422);
    expect(await hoursOf(b1.caseId)).toEqual([]);
    expect(await outboxOf(noPip.caseId)).toEqual([]);

    const z = await caseWithPip({ route: 'Z' });
    const ok = await regisseur.request({ method: 'PUT', url: `/api/cases/${z.caseId}/hours/participatieactiviteiten`, payload: { version: await hoursVersion(env.database, z.caseId, 'participatieactiviteiten'), total: 250, asOf: '2026-05-31' } });
    expect(ok.statusCode, ok.body).toBe(200);
    await sendAll();
    expect((await traject(z.caseId)).hours.find((h) => h.category === 'participatieactiviteiten')).toMatchObject({ total: 250, allowed: true, duo: { status: 'bevestigd' } });
  });

  it('bad input: 400 naming the field, nothing written', async () => {
    const { caseId } = await caseWithPip();
    const attempts: Array<[string, Record<string, unknown>, string]> = [
      ['participatietaalles', { total: 10000, asOf: '2026-05-31' }, 'total'],
      ['participatietaalles', { total: 1.5, asOf: '2026-05-31' }, 'total'],
      ['participatietaalles', { total: -1, asOf: '2026-05-31' }, 'total'],
      ['participatietaalles', { total: 10, asOf: '2099-01-01' }, 'asOf'],
      ['participatietaalles', { total: 10 }, 'asOf'],
      ['onbekend', { total: 10, asOf: '2026-05-31' }, 'pad.category'],
    ];
    for (const [category, body, field] of attempts) {
      const res = await regisseur.request({ method: 'PUT', url: `/api/cases/${caseId}/hours/${category}`, payload: { version: await hoursVersion(env.database, caseId, category), ...body } });
      expect(res.statusCode, `${category} ${JSON.stringify(body)}`).toBe(400);
      expect(res.json<{ error: { field: string } }>().error.field).toBe(field);
    }
    expect(await hoursOf(caseId)).toEqual([]);
    expect(await outboxOf(caseId)).toEqual([]);
  });
});

describe('courseHoursRegistered (D2 input for withdrawing a PIP)', () => {
  it('is true only with an active aanbod and participatietaalles hours above 0', async () => {
    const { caseId } = await caseWithPip();
    const scope = systemScope(env.gemeente.organisationId, [env.gemeente.gemeenteId]);
    const check = () => inScope(env.database.db, scope, (tx) => courseHoursRegistered(tx, caseId));
    expect(await check()).toBe(false);
    await regisseur.request({ method: 'PUT', url: `/api/cases/${caseId}/hours/participatietaalles`, payload: { version: await hoursVersion(env.database, caseId, 'participatietaalles'), total: 8, asOf: '2026-05-31' } });
    expect(await check()).toBe(false);
    const placed = (await regisseur.post(`/api/cases/${caseId}/placements`, placementBody)).json<{ id: string }>();
    expect(await check()).toBe(true);
    await regisseur.post(`/api/cases/${caseId}/placements/${placed.id}/withdraw`, { withdrawnOn: '2026-05-20', reason: 'Gestopt' });
    expect(await check()).toBe(false);
  });
});

describe('access', () => {
  it('roles without case:write cannot register, withdraw or record hours; nothing changes', async () => {
    const { caseId } = await caseWithPip();
    const placed = (await regisseur.post(`/api/cases/${caseId}/placements`, placementBody)).json<{ id: string }>();
    const before = JSON.stringify([await placementsOf(caseId), await hoursOf(caseId), (await outboxOf(caseId)).length]);
    for (const role of roles.filter((r) => !permissionMatrix[r].includes('case:write'))) {
      const client = await env.login(role);
      expect((await client.post(`/api/cases/${caseId}/placements`, placementBody)).statusCode, role).toBe(403);
      expect((await client.post(`/api/cases/${caseId}/placements/${placed.id}/withdraw`, { withdrawnOn: '2026-05-20', reason: 'x' })).statusCode, role).toBe(403);
      expect((await client.request({ method: 'PUT', url: `/api/cases/${caseId}/hours/taallesknm`, payload: { version: await hoursVersion(env.database, caseId, 'taallesknm'), total: 5, asOf: '2026-05-31' } })).statusCode, role).toBe(403);
    }
    expect(roles.filter((r) => !permissionMatrix[r].includes('case:write'))).toEqual(expect.arrayContaining(['financieel-medewerker', 'partner-aanbieder', 'partner-begeleiding']));
    expect(JSON.stringify([await placementsOf(caseId), await hoursOf(caseId), (await outboxOf(caseId)).length])).toBe(before);
  });

  it("someone else's case → 404 on every traject endpoint, and nothing changed", async () => {
    const { caseId } = await caseWithPip();
    const placed = (await regisseur.post(`/api/cases/${caseId}/placements`, placementBody)).json<{ id: string }>();
    const stranger = await env.login('trajectregisseur', env.other);
    const before = await snapshotOf(env.database, { gemeenteIds: [env.gemeente.gemeenteId] });
    const rows = JSON.stringify([await placementsOf(caseId), await hoursOf(caseId), await outboxOf(caseId)]);
    expect((await stranger.get(`/api/cases/${caseId}/traject`)).statusCode).toBe(404);
    expect((await stranger.post(`/api/cases/${caseId}/placements`, placementBody)).statusCode).toBe(404);
    expect((await stranger.post(`/api/cases/${caseId}/placements/${placed.id}/withdraw`, { withdrawnOn: '2026-05-20', reason: 'x' })).statusCode).toBe(404);
    expect((await stranger.request({ method: 'PUT', url: `/api/cases/${caseId}/hours/taallesknm`, payload: { version: await hoursVersion(env.database, caseId, 'taallesknm'), total: 5, asOf: '2026-05-31' } })).statusCode).toBe(404);
    // Not even through its own case.
    const own = (await createCaseVia(stranger, env.other.gemeenteId, { bsn: validBsn() })).id;
    expect((await stranger.post(`/api/cases/${own}/placements/${placed.id}/withdraw`, { withdrawnOn: '2026-05-20', reason: 'x' })).statusCode).toBe(404);
    expect(await snapshotOf(env.database, { gemeenteIds: [env.gemeente.gemeenteId] })).toBe(before);
    expect(JSON.stringify([await placementsOf(caseId), await hoursOf(caseId), await outboxOf(caseId)])).toBe(rows);
  });
});
