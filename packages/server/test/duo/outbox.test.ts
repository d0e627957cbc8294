// Melding–bevestiging through the transactional outbox: pre-validation by the rules core and the
// spec before queueing, sending with the row's BerichtId, confirmation, definitive rejection,
// retries with backoff while DUO is down or answers 503 — and after recovery exactly one
// registration at DUO (the simulator's state) for that BerichtId.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { inScope, systemScope, asSystem } from '../../src/db/scope.ts';
import { caseEvents, caseSignals, duoOutbox } from '../../src/db/schema.ts';
import { AppError } from '../../src/errors.ts';
import { queueDuoMessage, type DuoPrecheck } from '../../src/use-cases/duo/queue-duo-message.ts';
import { backoffDelay, defaultBackoff } from '../../src/duo/outbox.ts';
import { refreshSignals } from '../../src/workqueue/refresh-signals.ts';
import type { OutboxOperation, OutboxPayload } from '../../src/duo/outbox-operations.ts';
import { createCaseVia, validBsn } from '../support/fixtures.ts';
import { fastBackoff, seed, startDuoEnv, type DuoTestEnv } from './support.ts';

let env: DuoTestEnv;
beforeAll(async () => {
  env = await startDuoEnv();
});
afterAll(async () => {
  expect(await env.contractViolations()).toEqual([]);
  expect(env.sim.state.contractViolations).toEqual([]);
  await env.close();
});

const pipCheck = (over: Partial<Extract<DuoPrecheck, { rule: 'pip' }>['input']> = {}): DuoPrecheck => ({
  rule: 'pip',
  input: { dutyStart: '2026-04-01', settledOn: '2026-04-01', issuedOn: '2026-05-20', route: 'B1', level: null, firstPipEver: true, targetGroup: 'asiel', ...over },
});

async function newCase(extra: Parameters<typeof seed>[2] = {}): Promise<{ caseId: string; bsn: string }> {
  const bsn = validBsn();
  seed(env, bsn, extra);
  const created = await createCaseVia(await env.login(), env.gemeente.gemeenteId, { bsn });
  return { caseId: created.id, bsn };
}

function queue<O extends OutboxOperation>(caseId: string, operation: O, payload: OutboxPayload<O>, precheck: DuoPrecheck) {
  return inScope(env.database.db, systemScope(env.gemeente.organisationId, [env.gemeente.gemeenteId]), (tx) =>
    queueDuoMessage(tx, { gemeenteId: env.gemeente.gemeenteId, caseId, operation, payload, precheck, actor: null, now: env.clock.now }),
  );
}

async function message(id: string) {
  const [row] = await asSystem(env.database.db, (tx) => tx.select().from(duoOutbox).where(eq(duoOutbox.id, id)));
  if (!row) throw new Error('bericht weg');
  return row;
}

async function signalKinds(caseId: string): Promise<string[]> {
  const rows = await asSystem(env.database.db, (tx) => tx.select({ kind: caseSignals.kind }).from(caseSignals).where(eq(caseSignals.caseId, caseId)));
  return rows.map((r) => r.kind);
}

async function timeline(caseId: string): Promise<Array<{ kind: string; summary: string }>> {
  return asSystem(env.database.db, (tx) => tx.select({ kind: caseEvents.kind, summary: caseEvents.summary }).from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id)));
}

/** Everything due is sent; the clock moves to the next attempt time between ticks. */
async function tickUntilSettled(id: string, maxTicks = 10): Promise<string> {
  for (let i = 0; i < maxTicks; i++) {
    await env.duo.worker.tick();
    const m = await message(id);
    if (m.status !== 'wachtend' && m.status !== 'verzenden') return m.status;
    env.clock.now = new Date(Math.max(env.clock.now.getTime(), m.nextAttemptAt.getTime()));
  }
  return (await message(id)).status;
}

describe('queueing', () => {
  it('a PIP that DUO would refuse (rules core) is not queued; the error is Dutch', async () => {
    const { caseId } = await newCase();
    const err = await queue(caseId, 'pip.register', { bsn: '999990019', pip: { dagtekeningPip: '2026-03-01', leerroute: 'B' } }, pipCheck({ issuedOn: '2026-03-01' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('DUO_PREVALIDATION_FAILED');
    expect((err as AppError).message).toMatch(/^DUO weigert het PIP: dagtekening/);
    expect(await asSystem(env.database.db, (tx) => tx.select().from(duoOutbox).where(eq(duoOutbox.caseId, caseId)))).toHaveLength(0);
  });

  it('a body that does not match DUO\'s OpenAPI file is not queued', async () => {
    const { caseId, bsn } = await newCase();
    const err = await queue(caseId, 'pip.register', { bsn, pip: { dagtekeningPip: '2026-05-20', leerroute: 'X', extra: 1 } }, pipCheck()).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('DUO_PREVALIDATION_FAILED');
    expect((err as AppError).message).toContain('specificatie van DUO');
  });

  it('refuses a melding without the check it requires', async () => {
    const { caseId, bsn } = await newCase();
    await expect(queue(caseId, 'pip.register', { bsn, pip: { dagtekeningPip: '2026-05-20', leerroute: 'B' } }, { rule: 'none' })).rejects.toThrow(/vraagt controle 'pip'/);
  });
});

describe('sending', () => {
  it('sends a queued PIP with its BerichtId; DUO confirms; status and timeline show it', async () => {
    const { caseId, bsn } = await newCase();
    const queued = await queue(caseId, 'pip.register', { bsn, pip: { dagtekeningPip: '2026-05-20', leerroute: 'B' } }, pipCheck());
    expect((await message(queued.id)).status).toBe('wachtend');
    const result = await env.duo.worker.tick();
    expect(result.outbox.confirmed).toBe(1);
    const m = await message(queued.id);
    expect(m).toMatchObject({ status: 'bevestigd', attempts: 1, lastError: null });
    expect(m.response).toMatchObject({ status: 201 });
    expect(env.sim.state.persons.get(bsn)?.pips).toHaveLength(1);
    const sent = env.exchanges.filter((x) => x.requestHeaders.berichtId === queued.berichtId);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ operationId: 'postPipByBsn', method: 'POST', path: `/personen/${bsn}/PIP` });
    expect(sent[0]?.requestHeaders).toMatchObject({ bron: env.gemeente.oin, doel: env.sim.duoOin });
    expect((await timeline(caseId)).map((e) => e.kind)).toEqual(expect.arrayContaining(['duo.bericht.wachtend', 'duo.bericht.bevestigd']));
    const view = await (await env.login()).get(`/api/cases/${caseId}/duo`);
    expect(view.json<{ messages: Array<{ id: string; status: string }> }>().messages).toContainEqual(expect.objectContaining({ id: queued.id, status: 'bevestigd' }));
  });

  it('sends other meldingen too (gevolgde uren, PVT result) exactly as the specs say', async () => {
    const { caseId, bsn } = await newCase({ termijn: { startdatum: '2026-04-02', einddatum: '2029-04-02' }, pips: [{ gemeenteOin: env.gemeente.oin, pip: { dagtekeningPip: '2026-04-01', leerroute: 'B' } }] });
    const uren = await queue(caseId, 'uren.taallesknm', { bsn, uren: { uren: 40 } }, { rule: 'none' });
    const pvt = await queue(
      caseId,
      'pvt.result',
      { bsn, resultaat: { datumOndertekeningPvt: '2026-05-15' } },
      { rule: 'result-date', input: { date: '2026-05-15', culpable: null, today: '2026-06-01', termStart: '2026-04-02', termEndExclusive: '2029-04-02', zRouteCompletedOn: null, hasCurrentPip: true } },
    );
    await env.duo.worker.tick();
    expect((await message(uren.id)).status).toBe('bevestigd');
    expect((await message(pvt.id)).status).toBe('bevestigd');
    expect(env.sim.state.persons.get(bsn)?.pvt?.datum).toBe('2026-05-15');
  });

  it('with 503 for a while: retries with exponential backoff, then exactly one registration for that BerichtId', async () => {
    const { caseId, bsn } = await newCase();
    const queued = await queue(caseId, 'pip.register', { bsn, pip: { dagtekeningPip: '2026-05-21', leerroute: 'Z' } }, pipCheck({ issuedOn: '2026-05-21', route: 'Z' }));
    env.sim.setFailureMode({ kind: 'status503', forRequests: 3 });
    const start = env.clock.now.getTime();
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      await env.duo.worker.tick();
      const m = await message(queued.id);
      expect(m).toMatchObject({ status: 'wachtend', attempts: i + 1 });
      expect(m.lastError).toMatch(/503/);
      delays.push(m.nextAttemptAt.getTime() - env.clock.now.getTime());
      // Not sent again before it is due.
      expect((await env.duo.worker.tick()).outbox.sent).toBe(0);
      env.clock.now = m.nextAttemptAt;
    }
    expect(delays).toEqual([1_000, 2_000, 4_000]);
    await env.duo.worker.tick();
    const m = await message(queued.id);
    expect(m).toMatchObject({ status: 'bevestigd', attempts: 4 });
    expect(env.clock.now.getTime() - start).toBe(7_000);
    expect(env.sim.state.persons.get(bsn)?.pips).toHaveLength(1);
    expect(env.sim.state.berichten.get(`${env.gemeente.oin}|${queued.berichtId}`)?.status).toBe(201);
    expect(new Set(env.exchanges.filter((x) => x.requestHeaders.berichtId === queued.berichtId).map((x) => x.requestHeaders.berichtId)).size).toBe(1);
  });

  it("keeps a case's order: a later melding waits while an earlier one of the same case is retried; other cases go on", async () => {
    const { caseId, bsn } = await newCase({ termijn: { startdatum: '2026-04-02', einddatum: '2029-04-02' }, pips: [{ gemeenteOin: env.gemeente.oin, pip: { dagtekeningPip: '2026-04-01', leerroute: 'B' } }] });
    const other = await newCase();
    // Same clock, same transaction time: only the creation order (seq) tells them apart.
    const first = await queue(caseId, 'uren.taallesknm', { bsn, uren: { uren: 100 } }, { rule: 'none' });
    const second = await queue(caseId, 'uren.taallesknm', { bsn, uren: { uren: 120 } }, { rule: 'none' });
    const unrelated = await queue(other.caseId, 'uren.taallesknm', { bsn: other.bsn, uren: { uren: 7 } }, { rule: 'none' });
    const sentBefore = env.exchanges.length;
    env.sim.setFailureMode({ kind: 'status503', forRequests: 1 });
    await env.duo.worker.tick();
    expect(await message(first.id)).toMatchObject({ status: 'wachtend', attempts: 1 });
    expect(await message(second.id)).toMatchObject({ status: 'wachtend', attempts: 0 });
    expect((await message(unrelated.id)).status).toBe('bevestigd');
    env.clock.now = (await message(first.id)).nextAttemptAt;
    await env.duo.worker.tick();
    expect((await message(first.id)).status).toBe('bevestigd');
    expect((await message(second.id)).status).toBe('bevestigd');
    const sent = env.exchanges.slice(sentBefore).filter((x) => x.requestHeaders.berichtId === first.berichtId || x.requestHeaders.berichtId === second.berichtId);
    expect(sent.map((x) => x.requestHeaders.berichtId)).toEqual([first.berichtId, first.berichtId, second.berichtId]);
    expect(env.sim.state.persons.get(bsn)?.uren.get(env.gemeente.oin ?? '')?.taallesEnKnm).toBe(120);
  });

  it('with DUO down, and an answer lost after DUO processed it: nothing lost, nothing registered twice', async () => {
    const { caseId, bsn } = await newCase();
    const queued = await queue(caseId, 'pip.register', { bsn, pip: { dagtekeningPip: '2026-05-22', leerroute: 'B' } }, pipCheck({ issuedOn: '2026-05-22' }));
    env.sim.setFailureMode({ kind: 'down', forRequests: 2 });
    await env.duo.worker.tick();
    expect(await message(queued.id)).toMatchObject({ status: 'wachtend', attempts: 1 });
    expect((await message(queued.id)).lastError).toMatch(/niet bereikbaar/);
    env.clock.now = (await message(queued.id)).nextAttemptAt;
    await env.duo.worker.tick();
    expect(await message(queued.id)).toMatchObject({ status: 'wachtend', attempts: 2 });
    // Back, but the answer to the processed request gets lost: the retry is recognised by its BerichtId.
    env.sim.setFailureMode({ kind: 'lostResponse', forRequests: 1 });
    expect(await tickUntilSettled(queued.id)).toBe('bevestigd');
    expect((await message(queued.id)).attempts).toBe(4);
    expect(env.sim.state.persons.get(bsn)?.pips).toHaveLength(1);
    const log = env.sim.state.requestLog.filter((r) => r.berichtId === queued.berichtId);
    expect(log.filter((r) => r.replayed !== true && r.status === 201)).toHaveLength(1);
    expect(log.some((r) => r.replayed === true)).toBe(true);
  });

  it('a definitive rejection → afgewezen with DUO\'s text in the case file and a werkvoorraad signal; retry sends a new message', async () => {
    // Koers thinks the person settled on 1 May; DUO knows 25 May: DUO refuses (PIP-4).
    const { caseId, bsn } = await newCase({ vestigingsdatum: '2026-05-25' });
    const queued = await queue(caseId, 'pip.register', { bsn, pip: { dagtekeningPip: '2026-05-20', leerroute: 'B' } }, pipCheck({ settledOn: '2026-05-01' }));
    const result = await env.duo.worker.tick();
    expect(result.outbox.rejected).toBe(1);
    const m = await message(queued.id);
    expect(m).toMatchObject({ status: 'afgewezen', attempts: 1 });
    expect(m.lastError).toContain('[PIP-4]');
    expect(await signalKinds(caseId)).toContain('duo-message-rejected');
    expect((await timeline(caseId)).find((e) => e.kind === 'duo.bericht.afgewezen')?.summary).toMatch(/^DUO heeft het PIP \(registratie\) afgewezen: \[PIP-4\]/);
    // Nothing more is sent for a rejected message.
    env.clock.advance(60 * 60_000);
    expect((await env.duo.worker.tick()).outbox.sent).toBe(0);

    const client = await env.login();
    const view = await client.get(`/api/cases/${caseId}/duo`);
    expect(view.json<{ messages: Array<{ id: string; status: string; lastError: string | null }> }>().messages).toContainEqual(expect.objectContaining({ id: queued.id, status: 'afgewezen', lastError: expect.stringContaining('[PIP-4]') as unknown }));

    env.sim.updatePerson(bsn, { vestigingsdatum: '2026-05-01' });
    const retry = await client.post(`/api/cases/${caseId}/duo/messages/${queued.id}/retry`);
    expect(retry.statusCode).toBe(200);
    const copy = retry.json<{ id: string; berichtId: string; status: string }>();
    expect(copy.id).not.toBe(queued.id);
    expect(copy.berichtId).not.toBe(queued.berichtId);
    expect((await message(queued.id)).status).toBe('opnieuw-aangeboden');
    expect(await signalKinds(caseId)).not.toContain('duo-message-rejected');
    await env.duo.worker.tick();
    expect((await message(copy.id)).status).toBe('bevestigd');
    expect(env.sim.state.persons.get(bsn)?.pips).toHaveLength(1);
    // A confirmed message cannot be offered again.
    expect((await client.post(`/api/cases/${caseId}/duo/messages/${copy.id}/retry`)).statusCode).toBe(409);
  });

  it('after the last attempt → fout with a signal; a retry keeps the BerichtId and succeeds once DUO is back', async () => {
    const { caseId, bsn } = await newCase();
    const queued = await queue(caseId, 'pip.register', { bsn, pip: { dagtekeningPip: '2026-05-23', leerroute: 'B' } }, pipCheck({ issuedOn: '2026-05-23' }));
    env.sim.setFailureMode({ kind: 'down' });
    expect(await tickUntilSettled(queued.id)).toBe('fout');
    const m = await message(queued.id);
    expect(m.attempts).toBe(fastBackoff.maxAttempts);
    expect(m.lastError).toMatch(/na 5 pogingen/);
    expect(await signalKinds(caseId)).toContain('duo-message-failed');
    env.sim.setFailureMode(null);
    const retry = await (await env.login()).post(`/api/cases/${caseId}/duo/messages/${queued.id}/retry`);
    expect(retry.json()).toMatchObject({ id: queued.id, berichtId: queued.berichtId, status: 'wachtend' });
    await env.duo.worker.tick();
    expect((await message(queued.id)).status).toBe('bevestigd');
    expect(await signalKinds(caseId)).not.toContain('duo-message-failed');
    expect(env.sim.state.persons.get(bsn)?.pips).toHaveLength(1);
  });

  it('a message whose send was interrupted (lease expired) is sent again with the same BerichtId', async () => {
    const { caseId, bsn } = await newCase();
    const queued = await queue(caseId, 'pip.register', { bsn, pip: { dagtekeningPip: '2026-05-24', leerroute: 'B' } }, pipCheck({ issuedOn: '2026-05-24' }));
    await asSystem(env.database.db, (tx) => tx.update(duoOutbox).set({ status: 'verzenden', nextAttemptAt: new Date(env.clock.now.getTime() - 1) }).where(and(eq(duoOutbox.id, queued.id))));
    await env.duo.worker.tick();
    expect((await message(queued.id)).status).toBe('bevestigd');
  });
});

describe('rows written by other use cases', () => {
  it('sends a PIP row in the shape the PIP use case writes (extra Koers fields are not sent)', async () => {
    const { caseId, bsn } = await newCase();
    const [row] = await asSystem(env.database.db, (tx) =>
      tx
        .insert(duoOutbox)
        .values({
          gemeenteId: env.gemeente.gemeenteId,
          caseId,
          operation: 'pip.register',
          payload: { bsn, vNumber: null, pip: { dagtekeningPip: '2026-05-26', leerroute: 'O', niveau: 'B1' }, koers: { pipId: '00000000-0000-0000-0000-000000000001', version: 1 } },
          nextAttemptAt: env.clock.now,
        })
        .returning(),
    );
    await env.duo.worker.tick();
    expect((await message(row!.id)).status).toBe('bevestigd');
    const sent = env.exchanges.find((x) => x.requestHeaders.berichtId === row!.berichtId);
    expect(sent?.requestBody).toEqual({ dagtekeningPip: '2026-05-26', leerroute: 'O', niveau: 'B1' });
  });

  it('a case without a BSN → fout with a Dutch reason and a signal; nothing is sent', async () => {
    const { caseId } = await newCase();
    const [row] = await asSystem(env.database.db, (tx) =>
      tx
        .insert(duoOutbox)
        .values({ gemeenteId: env.gemeente.gemeenteId, caseId, operation: 'pip.register', payload: { bsn: null, vNumber: '1234567890', pip: { dagtekeningPip: '2026-05-26', leerroute: 'B' } }, nextAttemptAt: env.clock.now })
        .returning(),
    );
    await env.duo.worker.tick();
    const m = await message(row!.id);
    expect(m.status).toBe('fout');
    expect(m.lastError).toMatch(/geen BSN/);
    expect(env.exchanges.some((x) => x.requestHeaders.berichtId === row!.berichtId)).toBe(false);
    expect(await signalKinds(caseId)).toContain('duo-message-failed');
  });

  it('any other refresh of the werkvoorraad keeps the DUO signals', async () => {
    const { caseId } = await newCase();
    await asSystem(env.database.db, (tx) => tx.insert(duoOutbox).values({ gemeenteId: env.gemeente.gemeenteId, caseId, operation: 'pip.withdraw', payload: { bsn: null }, nextAttemptAt: env.clock.now }));
    await env.duo.worker.tick();
    expect(await signalKinds(caseId)).toContain('duo-message-failed');
    // e.g. a case-flow use case that changes the case and refreshes its signals
    await asSystem(env.database.db, (tx) => refreshSignals(tx, caseId, '2026-06-01'));
    expect(await signalKinds(caseId)).toContain('duo-message-failed');
  });
});

describe('backoff', () => {
  it('is exponential with ±jitter and capped at one hour', () => {
    expect(backoffDelay(1, defaultBackoff, () => 0.5)).toBe(30_000);
    expect(backoffDelay(2, defaultBackoff, () => 0.5)).toBe(60_000);
    expect(backoffDelay(1, defaultBackoff, () => 0)).toBe(24_000);
    expect(backoffDelay(1, defaultBackoff, () => 1)).toBe(36_000);
    expect(backoffDelay(20, defaultBackoff, () => 1)).toBe(3_600_000);
    expect(backoffDelay(1, defaultBackoff, () => 0.5, 120_000)).toBe(120_000);
  });
});
