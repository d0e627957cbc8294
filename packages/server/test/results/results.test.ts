// PVT, MAP and Z-route results: recorded in Koers, checked by DUO's D4 rule (rules core) before
// anything is queued, sent through the outbox to the simulator (valid against DUO's OpenAPI file),
// confirmed; gemeente isolation, per-role access, Dutch validation errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { asSystem } from '../../src/db/scope.ts';
import { caseEvents, caseResults, cases, duoOutbox, pips, recordHistory } from '../../src/db/schema.ts';
import { createCaseVia, validBsn } from '../support/fixtures.ts';
import { seed, startDuoEnv, type DuoTestEnv } from '../duo/support.ts';
import { resultVersion } from '../support/versions.ts';

let env: DuoTestEnv;
beforeAll(async () => {
  env = await startDuoEnv();
});
afterAll(async () => {
  expect(await env.contractViolations()).toEqual([]);
  expect(env.sim.state.contractViolations).toEqual([]);
  await env.close();
});

interface Setup {
  termStart?: string;
  termEndExclusive?: string;
  route?: 'B1' | 'Z' | 'Onderwijs';
  withPip?: boolean;
  withBsn?: boolean;
}

async function setup(s: Setup = {}): Promise<{ caseId: string; bsn: string | null }> {
  const termStart = s.termStart ?? '2026-04-02';
  const termEndExclusive = s.termEndExclusive ?? '2029-04-02';
  const route = s.route ?? 'B1';
  const withPip = s.withPip ?? true;
  const bsn = s.withBsn === false ? null : validBsn();
  if (bsn) {
    seed(env, bsn, {
      termijn: { startdatum: termStart, einddatum: termEndExclusive },
      ...(withPip ? { pips: [{ gemeenteOin: env.gemeente.oin, pip: { dagtekeningPip: '2026-04-01', leerroute: route === 'B1' ? 'B' : route === 'Z' ? 'Z' : 'O' } }] } : {}),
    });
  }
  const created = await createCaseVia(await env.login(), env.gemeente.gemeenteId, bsn ? { bsn } : { bsn: undefined, vNumber: String(1_000_000_000 + Math.floor(Math.random() * 8_999_999_999)) });
  await asSystem(env.database.db, async (tx) => {
    await tx.update(cases).set({ obliged: true, targetGroup: 'asiel', termStart, termEndExclusive, status: 'pip-vastgesteld' }).where(eq(cases.id, created.id));
    if (withPip) await tx.insert(pips).values({ gemeenteId: env.gemeente.gemeenteId, caseId: created.id, version: 1, status: 'vastgesteld', kind: 'beschikking', issuedOn: '2026-04-01', route });
  });
  return { caseId: created.id, bsn };
}

const outboxOf = (caseId: string) => asSystem(env.database.db, (tx) => tx.select().from(duoOutbox).where(eq(duoOutbox.caseId, caseId)).orderBy(duoOutbox.createdAt));
const resultsOf = (caseId: string) => asSystem(env.database.db, (tx) => tx.select().from(caseResults).where(eq(caseResults.caseId, caseId)));

interface Overview {
  bsnKnown: boolean;
  results: Array<{ kind: string; completedOn: string | null; culpable: boolean | null; duo: { status: string } | null; culpability: { required: boolean; allowed: boolean; noAllowed: boolean; explanation: string } | null }>;
}
const byKind = (o: Overview, kind: string) => o.results.find((r) => r.kind === kind);

describe('recording a result and sending it to DUO', () => {
  it('PVT: use case → outbox → worker → simulator (valid per the spec) → bevestigd in the case file', async () => {
    const { caseId, bsn } = await setup();
    const client = await env.login();
    const r = await client.request({ method: 'PUT', url: `/api/cases/${caseId}/results/pvt`, payload: { version: await resultVersion(env.database, caseId, 'pvt'), completedOn: '2026-05-15', culpable: null } });
    expect(r.statusCode, r.body).toBe(200);
    const o = r.json<Overview>();
    expect(byKind(o, 'pvt')).toMatchObject({ completedOn: '2026-05-15', culpable: null, duo: { status: 'wachtend' } });
    const [m] = await outboxOf(caseId);
    expect(m).toMatchObject({ operation: 'pvt.result', payload: { bsn, resultaat: { datumOndertekeningPvt: '2026-05-15' } } });
    await env.duo.worker.tick();
    expect(env.sim.state.persons.get(bsn!)?.pvt?.datum).toBe('2026-05-15');
    const sent = env.exchanges.find((x) => x.requestHeaders.berichtId === m!.berichtId);
    expect(sent).toMatchObject({ operationId: 'updatePvtByBsn', method: 'PUT', path: `/personen/${bsn}/pvt` });
    const after = (await client.get(`/api/cases/${caseId}/results`)).json<Overview>();
    expect(byKind(after, 'pvt')?.duo?.status).toBe('bevestigd');
    const duoView = (await client.get(`/api/cases/${caseId}/duo`)).json<{ messages: Array<{ id: string; status: string }> }>();
    expect(duoView.messages).toContainEqual(expect.objectContaining({ id: m!.id, status: 'bevestigd' }));
    const events = await asSystem(env.database.db, (tx) => tx.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)));
    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(['resultaat.pvt', 'duo.bericht.wachtend', 'duo.bericht.bevestigd']));
  });

  it('MAP: a change keeps the earlier value in the history; withdrawing the date sends an empty resource', async () => {
    const { caseId, bsn } = await setup();
    const client = await env.login();
    expect((await client.request({ method: 'PUT', url: `/api/cases/${caseId}/results/map`, payload: { version: await resultVersion(env.database, caseId, 'map'), completedOn: '2026-05-10', culpable: null } })).statusCode).toBe(200);
    await env.duo.worker.tick();
    const changed = await client.request({ method: 'PUT', url: `/api/cases/${caseId}/results/map`, payload: { version: await resultVersion(env.database, caseId, 'map'), completedOn: '2026-05-12', culpable: null, note: 'Datum gecorrigeerd' } });
    expect(changed.statusCode, changed.body).toBe(200);
    await env.duo.worker.tick();
    expect(env.sim.state.persons.get(bsn!)?.map?.datum).toBe('2026-05-12');
    const [row] = await resultsOf(caseId);
    const history = await asSystem(env.database.db, (tx) => tx.select().from(recordHistory).where(and(eq(recordHistory.entityType, 'case-result'), eq(recordHistory.entityId, row!.id))));
    expect(history).toHaveLength(2);
    expect(JSON.stringify(history.map((h) => h.changes))).toContain('2026-05-10');
    const withdrawn = await client.request({ method: 'PUT', url: `/api/cases/${caseId}/results/map`, payload: { version: await resultVersion(env.database, caseId, 'map'), completedOn: null, culpable: null } });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const last = (await outboxOf(caseId)).at(-1);
    expect(last?.payload).toEqual({ bsn, resultaat: {} });
    await env.duo.worker.tick();
    expect((await outboxOf(caseId)).at(-1)?.status).toBe('bevestigd');
    expect(env.sim.state.persons.get(bsn!)?.map?.datum).toBeUndefined();
  });

  it('Z-route: only for a person whose PIP sets the Z-route; then queued and confirmed', async () => {
    const b1 = await setup({ route: 'B1' });
    const client = await env.login();
    const refused = await client.request({ method: 'PUT', url: `/api/cases/${b1.caseId}/results/zroute`, payload: { version: await resultVersion(env.database, b1.caseId, 'zroute'), completedOn: '2026-05-20', culpable: null } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { field: string; message: string } }>().error.field).toBe('completedOn');
    expect(refused.json<{ error: { field: string; message: string } }>().error.message).toMatch(/niet de Z-route/);
    expect(await resultsOf(b1.caseId)).toHaveLength(0);
    const z = await setup({ route: 'Z' });
    const ok = await client.request({ method: 'PUT', url: `/api/cases/${z.caseId}/results/zroute`, payload: { version: await resultVersion(env.database, z.caseId, 'zroute'), completedOn: '2026-05-20', culpable: null } });
    expect(ok.statusCode, ok.body).toBe(200);
    const [m] = await outboxOf(z.caseId);
    expect(m?.payload).toEqual({ bsn: z.bsn, resultaat: { datumAfrondingZroute: '2026-05-20' } });
    await env.duo.worker.tick();
    expect(env.sim.state.persons.get(z.bsn!)?.datumAfrondingZroute).toBe('2026-05-20');
    // D4: a PVT date after the Z-route completion is refused by the rules core, nothing queued.
    const late = await client.request({ method: 'PUT', url: `/api/cases/${z.caseId}/results/pvt`, payload: { version: await resultVersion(env.database, z.caseId, 'pvt'), completedOn: '2026-05-25', culpable: null } });
    expect(late.statusCode).toBe(422);
    expect(late.json<{ error: { message: string } }>().error.message).toMatch(/afronding van de Z-route/);
    expect(await outboxOf(z.caseId)).toHaveLength(1);
  });
});

describe('verwijtbaar and the D4 precheck', () => {
  it('termijn not exceeded: verwijtbaar is not allowed, the precheck refuses it and nothing is written', async () => {
    const { caseId } = await setup();
    const client = await env.login();
    const view = (await client.get(`/api/cases/${caseId}/results`)).json<Overview>();
    expect(byKind(view, 'pvt')?.culpability).toMatchObject({ required: false, allowed: false });
    expect(byKind(view, 'pvt')?.culpability?.explanation).toMatch(/niet overschreden/);
    expect(byKind(view, 'zroute')?.culpability).toBeNull();
    const r = await client.request({ method: 'PUT', url: `/api/cases/${caseId}/results/pvt`, payload: { version: await resultVersion(env.database, caseId, 'pvt'), completedOn: '2026-05-15', culpable: true } });
    expect(r.statusCode).toBe(422);
    expect(r.json<{ error: { code: string; details: Array<{ field: string }> } }>().error).toMatchObject({ code: 'DUO_PREVALIDATION_FAILED', details: [{ field: 'culpable-not-allowed' }] });
    expect(await resultsOf(caseId)).toHaveLength(0);
    expect(await outboxOf(caseId)).toHaveLength(0);
  });

  it('termijn exceeded within two months: required, Ja and Nee allowed; verwijtbaar without a date is sent', async () => {
    const { caseId, bsn } = await setup({ termStart: '2023-05-01', termEndExclusive: '2026-05-01' });
    const client = await env.login();
    const view = (await client.get(`/api/cases/${caseId}/results`)).json<Overview>();
    expect(byKind(view, 'map')?.culpability).toMatchObject({ required: true, allowed: true, noAllowed: true });
    const missing = await client.request({ method: 'PUT', url: `/api/cases/${caseId}/results/map`, payload: { version: await resultVersion(env.database, caseId, 'map'), completedOn: '2026-05-20', culpable: null } });
    expect(missing.statusCode).toBe(422);
    expect(missing.json<{ error: { message: string } }>().error.message).toMatch(/verplicht/);
    const ok = await client.request({ method: 'PUT', url: `/api/cases/${caseId}/results/map`, payload: { version: await resultVersion(env.database, caseId, 'map'), completedOn: null, culpable: false } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await outboxOf(caseId))[0]?.payload).toEqual({ bsn, resultaat: { verwijtbaar: 'Nee' } });
    await env.duo.worker.tick();
    expect((await outboxOf(caseId))[0]?.status).toBe('bevestigd');
  });

  it('termijn exceeded long ago: Nee is no longer allowed (explained); with ?on= the rule is judged for that date', async () => {
    const { caseId } = await setup({ termStart: '2023-01-01', termEndExclusive: '2026-01-01' });
    const client = await env.login();
    const view = (await client.get(`/api/cases/${caseId}/results`)).json<Overview>();
    expect(byKind(view, 'pvt')?.culpability).toMatchObject({ required: true, allowed: true, noAllowed: false });
    expect(byKind(view, 'pvt')?.culpability?.explanation).toMatch(/twee maanden/);
    const earlier = (await client.get(`/api/cases/${caseId}/results?on=2025-12-01`)).json<Overview>();
    expect(byKind(earlier, 'pvt')?.culpability).toMatchObject({ required: false, allowed: false });
  });

  it('no current PIP: DUO would refuse, nothing queued', async () => {
    const { caseId } = await setup({ withPip: false });
    const r = await (await env.login()).request({ method: 'PUT', url: `/api/cases/${caseId}/results/pvt`, payload: { version: await resultVersion(env.database, caseId, 'pvt'), completedOn: '2026-05-15', culpable: null } });
    expect(r.statusCode).toBe(422);
    expect(r.json<{ error: { message: string } }>().error.message).toMatch(/geen actueel PIP/);
    expect(await outboxOf(caseId)).toHaveLength(0);
  });

  it('without a BSN the result is saved and the timeline says it was not sent', async () => {
    const { caseId } = await setup({ withBsn: false });
    const r = await (await env.login()).request({ method: 'PUT', url: `/api/cases/${caseId}/results/pvt`, payload: { version: await resultVersion(env.database, caseId, 'pvt'), completedOn: '2026-05-15', culpable: null } });
    expect(r.statusCode, r.body).toBe(200);
    expect(await outboxOf(caseId)).toHaveLength(0);
    const events = await asSystem(env.database.db, (tx) => tx.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)));
    expect(events.map((e) => e.kind)).toContain('duo.bericht.geen-bsn');
  });
});

describe('input, isolation and access', () => {
  it('bad input → 400 with a Dutch message naming the field; nothing written', async () => {
    const { caseId } = await setup();
    const client = await env.login();
    const bad = await client.request({ method: 'PUT', url: `/api/cases/${caseId}/results/pvt`, payload: { version: await resultVersion(env.database, caseId, 'pvt'), completedOn: '15-05-2026', culpable: null } });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('JJJJ-MM-DD');
    const kind = await client.request({ method: 'PUT', url: `/api/cases/${caseId}/results/examen`, payload: { version: await resultVersion(env.database, caseId, 'examen'), completedOn: '2026-05-15', culpable: null } });
    expect(kind.statusCode).toBe(400);
    const z = await client.request({ method: 'PUT', url: `/api/cases/${caseId}/results/zroute`, payload: { version: await resultVersion(env.database, caseId, 'zroute'), completedOn: '2026-05-15', culpable: true } });
    expect(z.statusCode).toBe(400);
    expect(z.json<{ error: { field: string } }>().error.field).toBe('culpable');
    const empty = await client.request({ method: 'PUT', url: `/api/cases/${caseId}/results/pvt`, payload: { version: await resultVersion(env.database, caseId, 'pvt'), completedOn: null, culpable: null } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<{ error: { field: string } }>().error.field).toBe('completedOn');
    expect(await resultsOf(caseId)).toHaveLength(0);
    expect(await outboxOf(caseId)).toHaveLength(0);
  });

  it("someone else's record → 404 and nothing changed", async () => {
    const { caseId } = await setup();
    const other = await env.login('trajectregisseur', env.other);
    const before = await asSystem(env.database.db, (tx) => tx.select({ n: sql<number>`count(*)::int` }).from(caseResults));
    expect((await other.get(`/api/cases/${caseId}/results`)).statusCode).toBe(404);
    expect((await other.request({ method: 'PUT', url: `/api/cases/${caseId}/results/pvt`, payload: { version: await resultVersion(env.database, caseId, 'pvt'), completedOn: '2026-05-15', culpable: null } })).statusCode).toBe(404);
    expect(await asSystem(env.database.db, (tx) => tx.select({ n: sql<number>`count(*)::int` }).from(caseResults))).toEqual(before);
    expect(await outboxOf(caseId)).toHaveLength(0);
  });

  it('financieel-medewerker may read but not write; partners get nothing', async () => {
    const { caseId } = await setup();
    const financieel = await env.login('financieel-medewerker');
    expect((await financieel.get(`/api/cases/${caseId}/results`)).statusCode).toBe(200);
    expect((await financieel.request({ method: 'PUT', url: `/api/cases/${caseId}/results/pvt`, payload: { version: await resultVersion(env.database, caseId, 'pvt'), completedOn: '2026-05-15', culpable: null } })).statusCode).toBe(403);
    for (const role of ['partner-begeleiding', 'partner-aanbieder'] as const) {
      const partner = await env.login(role);
      expect((await partner.request({ method: 'PUT', url: `/api/cases/${caseId}/results/pvt`, payload: { version: await resultVersion(env.database, caseId, 'pvt'), completedOn: '2026-05-15', culpable: null } })).statusCode).toBe(403);
    }
    expect(await resultsOf(caseId)).toHaveLength(0);
  });
});
