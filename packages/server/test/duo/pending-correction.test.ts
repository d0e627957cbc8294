// Correcting a melding that has not left yet (ADR 0058): a PVT/MAP date, a Z-route result or a
// total of gevolgde uren still waiting in the outbox — not sent, or failed and waiting for a retry —
// is replaced (row 'vervangen', history, timeline) and only the correction reaches DUO. A melding
// being sent or confirmed keeps the rules: the correction follows as a new melding if DUO allows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { asSystem } from '../../src/db/scope.ts';
import { caseEvents, cases, duoOutbox, pips, recordHistory } from '../../src/db/schema.ts';
import { createCaseVia, validBsn } from '../support/fixtures.ts';
import type { Client } from '../support/koers.ts';
import { hoursVersion, resultVersion } from '../support/versions.ts';
import { seed, startDuoEnv, type DuoTestEnv } from './support.ts';

let env: DuoTestEnv;
beforeAll(async () => {
  env = await startDuoEnv();
});
afterAll(async () => {
  expect(await env.contractViolations()).toEqual([]);
  expect(env.sim.state.contractViolations).toEqual([]);
  await env.close();
});

async function setup(route: 'B1' | 'Z' = 'B1'): Promise<{ caseId: string; bsn: string; client: Client }> {
  const bsn = validBsn();
  seed(env, bsn, { termijn: { startdatum: '2026-04-02', einddatum: '2029-04-02' }, pips: [{ gemeenteOin: env.gemeente.oin, pip: { dagtekeningPip: '2026-04-01', leerroute: route === 'Z' ? 'Z' : 'B' } }] });
  const client = await env.login();
  const created = await createCaseVia(client, env.gemeente.gemeenteId, { bsn });
  await asSystem(env.database.db, async (tx) => {
    await tx.update(cases).set({ obliged: true, targetGroup: 'asiel', termStart: '2026-04-02', termEndExclusive: '2029-04-02', status: 'pip-vastgesteld' }).where(eq(cases.id, created.id));
    await tx.insert(pips).values({ gemeenteId: env.gemeente.gemeenteId, caseId: created.id, version: 1, status: 'vastgesteld', kind: 'beschikking', issuedOn: '2026-04-01', route });
  });
  return { caseId: created.id, bsn, client };
}

const outboxOf = (caseId: string, operation: string) =>
  asSystem(env.database.db, (tx) => tx.select().from(duoOutbox).where(and(eq(duoOutbox.caseId, caseId), eq(duoOutbox.operation, operation))).orderBy(asc(duoOutbox.seq)));
const sentWith = (berichtId: string) => env.exchanges.filter((x) => x.requestHeaders.berichtId === berichtId);
// Each write carries the version it read (optimistic concurrency), as the web does.
const putResult = async (client: Client, caseId: string, kind: string, payload: object) =>
  client.request({ method: 'PUT', url: `/api/cases/${caseId}/results/${kind}`, payload: { version: await resultVersion(env.database, caseId, kind), ...payload } });
const putHours = async (client: Client, caseId: string, category: string, payload: object) =>
  client.request({ method: 'PUT', url: `/api/cases/${caseId}/hours/${category}`, payload: { version: await hoursVersion(env.database, caseId, category), ...payload } });

async function historyOf(messageId: string) {
  return asSystem(env.database.db, (tx) => tx.select().from(recordHistory).where(and(eq(recordHistory.entityType, 'duo_outbox'), eq(recordHistory.entityId, messageId))));
}
async function timelineKinds(caseId: string) {
  return (await asSystem(env.database.db, (tx) => tx.select({ kind: caseEvents.kind, summary: caseEvents.summary }).from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id)))).map((e) => e.kind);
}

describe('a PVT/MAP date still waiting in the outbox', () => {
  it('not sent yet: the correction replaces it (was refused before: "DUO has not confirmed the first one")', async () => {
    const { caseId, bsn, client } = await setup();
    expect((await putResult(client, caseId, 'pvt', { completedOn: '2026-05-10', culpable: null })).statusCode).toBe(200);
    const corrected = await putResult(client, caseId, 'pvt', { completedOn: '2026-05-12', culpable: null, note: 'Datum verkeerd overgenomen' });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const [first, second] = await outboxOf(caseId, 'pvt.result');
    expect(first).toMatchObject({ status: 'vervangen', payload: { bsn, resultaat: { datumOndertekeningPvt: '2026-05-10' } } });
    expect(second).toMatchObject({ status: 'wachtend', payload: { bsn, resultaat: { datumOndertekeningPvt: '2026-05-12' } } });
    const history = await historyOf(first!.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ changes: { status: { from: 'wachtend', to: 'vervangen' } }, reason: 'Correctie ondertekening PVT vóór verzending' });
    expect(history[0]?.actorUserId).toBe(env.gemeente.users.trajectregisseur.id);
    expect(await timelineKinds(caseId)).toContain('duo.bericht.vervangen');

    await env.duo.worker.tick();
    expect(sentWith(first!.berichtId)).toHaveLength(0);
    expect(sentWith(second!.berichtId)).toHaveLength(1);
    expect((await outboxOf(caseId, 'pvt.result')).map((m) => m.status)).toEqual(['vervangen', 'bevestigd']);
    expect(env.sim.state.persons.get(bsn)?.pvt?.datum).toBe('2026-05-12');
    // The results view shows the melding that went out.
    const view = (await client.get(`/api/cases/${caseId}/results`)).json<{ results: Array<{ kind: string; duo: { messageId: string; status: string } | null }> }>();
    expect(view.results.find((r) => r.kind === 'pvt')?.duo).toMatchObject({ messageId: second!.id, status: 'bevestigd' });
  });

  it('failed and waiting for its retry: replaced too; the failed BerichtId is never sent again', async () => {
    const { caseId, bsn, client } = await setup();
    expect((await putResult(client, caseId, 'map', { completedOn: '2026-05-10', culpable: null })).statusCode).toBe(200);
    env.sim.setFailureMode({ kind: 'status503', forRequests: 1 });
    await env.duo.worker.tick();
    const [failed] = await outboxOf(caseId, 'map.result');
    expect(failed).toMatchObject({ status: 'wachtend', attempts: 1 });
    const corrected = await putResult(client, caseId, 'map', { completedOn: '2026-05-11', culpable: null });
    expect(corrected.statusCode, corrected.body).toBe(200);
    env.clock.now = new Date(Math.max(env.clock.now.getTime(), failed!.nextAttemptAt.getTime()));
    await env.duo.worker.tick();
    const rows = await outboxOf(caseId, 'map.result');
    expect(rows.map((m) => m.status)).toEqual(['vervangen', 'bevestigd']);
    expect(sentWith(failed!.berichtId)).toHaveLength(1); // the one 503, no retry
    expect(env.sim.state.persons.get(bsn)?.map?.datum).toBe('2026-05-11');
    expect((await timelineKinds(caseId)).filter((k) => k === 'duo.bericht.vervangen')).toHaveLength(1);
  });

  it('withdrawn before DUO received it: the waiting melding is replaced and nothing goes to DUO', async () => {
    const { caseId, bsn, client } = await setup();
    expect((await putResult(client, caseId, 'pvt', { completedOn: '2026-05-10', culpable: null })).statusCode).toBe(200);
    const withdrawn = await putResult(client, caseId, 'pvt', { completedOn: null, culpable: null });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await outboxOf(caseId, 'pvt.result')).map((m) => m.status)).toEqual(['vervangen']);
    expect(await timelineKinds(caseId)).toEqual(expect.arrayContaining(['duo.bericht.vervangen', 'duo.bericht.niet-nodig']));
    await env.duo.worker.tick();
    expect(env.sim.state.persons.get(bsn)?.pvt).toBeUndefined();
  });

  it('already confirmed: the correction is a new melding (DUO allows a change of its own date); nothing is replaced', async () => {
    const { caseId, bsn, client } = await setup();
    expect((await putResult(client, caseId, 'pvt', { completedOn: '2026-05-10', culpable: null })).statusCode).toBe(200);
    await env.duo.worker.tick();
    expect((await putResult(client, caseId, 'pvt', { completedOn: '2026-05-13', culpable: null })).statusCode).toBe(200);
    await env.duo.worker.tick();
    expect((await outboxOf(caseId, 'pvt.result')).map((m) => m.status)).toEqual(['bevestigd', 'bevestigd']);
    expect(env.sim.state.persons.get(bsn)?.pvt?.datum).toBe('2026-05-13');
  });

  it('being sent right now: today\'s rule — refused until DUO confirmed the first; nothing changes', async () => {
    const { caseId, client } = await setup();
    expect((await putResult(client, caseId, 'pvt', { completedOn: '2026-05-10', culpable: null })).statusCode).toBe(200);
    const [sending] = await outboxOf(caseId, 'pvt.result');
    // A worker (this or another process) has claimed it.
    await asSystem(env.database.db, (tx) => tx.update(duoOutbox).set({ status: 'verzenden', nextAttemptAt: new Date(env.clock.now.getTime() + 60_000) }).where(eq(duoOutbox.id, sending!.id)));
    const refused = await putResult(client, caseId, 'pvt', { completedOn: '2026-05-12', culpable: null });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ error: { code: string; details: Array<{ field: string }> } }>().error).toMatchObject({ code: 'DUO_PREVALIDATION_FAILED', details: [{ field: 'change-without-earlier-date' }] });
    expect((await outboxOf(caseId, 'pvt.result')).map((m) => m.status)).toEqual(['verzenden']);
    await asSystem(env.database.db, (tx) => tx.update(duoOutbox).set({ status: 'wachtend', nextAttemptAt: env.clock.now }).where(eq(duoOutbox.id, sending!.id)));
    await env.duo.worker.tick();
  });
});

describe('a Z-route result still waiting', () => {
  it('is replaced by its correction', async () => {
    const { caseId, bsn, client } = await setup('Z');
    expect((await putResult(client, caseId, 'zroute', { completedOn: '2026-05-20', culpable: null })).statusCode).toBe(200);
    expect((await putResult(client, caseId, 'zroute', { completedOn: '2026-05-21', culpable: null })).statusCode).toBe(200);
    await env.duo.worker.tick();
    const rows = await outboxOf(caseId, 'zroute.result');
    expect(rows.map((m) => m.status)).toEqual(['vervangen', 'bevestigd']);
    expect(sentWith(rows[0]!.berichtId)).toHaveLength(0);
    expect(env.sim.state.persons.get(bsn)?.datumAfrondingZroute).toBe('2026-05-21');
  });
});

describe('gevolgde uren still waiting', () => {
  it('a corrected total replaces the waiting one; DUO only gets the correction', async () => {
    const { caseId, bsn, client } = await setup();
    expect((await putHours(client, caseId, 'taallesknm', { total: 100, asOf: '2026-05-30' })).statusCode).toBe(200);
    expect((await putHours(client, caseId, 'taallesknm', { total: 120, asOf: '2026-05-31' })).statusCode).toBe(200);
    const lower = await putHours(client, caseId, 'taallesknm', { total: 90, asOf: '2026-05-31', reason: 'Dubbel geteld' });
    expect(lower.statusCode, lower.body).toBe(200);
    const rows = await outboxOf(caseId, 'uren.taallesknm');
    expect(rows.map((m) => [m.status, (m.payload as { uren: { uren: number } }).uren.uren])).toEqual([
      ['vervangen', 100],
      ['vervangen', 120],
      ['wachtend', 90],
    ]);
    await env.duo.worker.tick();
    expect(rows.slice(0, 2).flatMap((m) => sentWith(m.berichtId))).toHaveLength(0);
    expect(env.sim.state.persons.get(bsn)?.uren.get(env.gemeente.oin)?.taallesEnKnm).toBe(90);
    expect(await historyOf(rows[1]!.id)).toHaveLength(1);
  });

  it('another gemeente\'s user cannot touch them: 404 and nothing replaced', async () => {
    const { caseId, client } = await setup();
    expect((await putHours(client, caseId, 'taallesknm', { total: 10, asOf: '2026-05-30' })).statusCode).toBe(200);
    const stranger = await env.login('trajectregisseur', env.other);
    expect((await putHours(stranger, caseId, 'taallesknm', { total: 12, asOf: '2026-05-31' })).statusCode).toBe(404);
    expect((await outboxOf(caseId, 'uren.taallesknm')).map((m) => m.status)).toEqual(['wachtend']);
    await env.duo.worker.tick();
  });
});
