// Stop and alert (ADR 0055): when DUO answers outside its own spec, Koers stops using that DUO API
// for the gemeente — no retry loop — shows it on the DUO page, and resumes only after a person lifts
// the stop there (or a start with a newer version of the spec). The simulator answers out of spec
// on request (failure mode 'outOfSpec': status 202 with a body no spec defines).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { asSystem, inScope, systemScope } from '../../src/db/scope.ts';
import { caseEvents, duoContractStops, duoInbox, duoOutbox, recordHistory } from '../../src/db/schema.ts';
import { queueDuoMessage, type DuoPrecheck } from '../../src/use-cases/duo/queue-duo-message.ts';
import type { OutboxOperation, OutboxPayload } from '../../src/duo/outbox-operations.ts';
import { liftStopsForNewSpecs } from '../../src/duo/contract-stops.ts';
import type { DuoStatusView } from '../../src/use-cases/duo/duo.view.ts';
import { createCaseVia, validBsn } from '../support/fixtures.ts';
import { seed, startDuoEnv, type DuoTestEnv } from './support.ts';

let env: DuoTestEnv;
beforeAll(async () => {
  env = await startDuoEnv();
});
afterAll(async () => {
  // Only the deliberate out-of-spec answers break the spec.
  expect((await env.contractViolations()).every((v) => /antwoord 202/.test(v))).toBe(true);
  expect(env.sim.state.contractViolations).toEqual([]);
  await env.close();
});

const pipCheck = (issuedOn: string): DuoPrecheck => ({ rule: 'pip', input: { dutyStart: '2026-04-01', settledOn: '2026-04-01', issuedOn, route: 'B1', level: null, firstPipEver: true, targetGroup: 'asiel' } });

async function newCase(): Promise<{ caseId: string; bsn: string }> {
  const bsn = validBsn();
  seed(env, bsn);
  const created = await createCaseVia(await env.login(), env.gemeente.gemeenteId, { bsn });
  return { caseId: created.id, bsn };
}

function queue<O extends OutboxOperation>(caseId: string, operation: O, payload: OutboxPayload<O>, precheck: DuoPrecheck) {
  return inScope(env.database.db, systemScope(env.gemeente.organisationId, [env.gemeente.gemeenteId]), (tx) =>
    queueDuoMessage(tx, { gemeenteId: env.gemeente.gemeenteId, caseId, operation, payload, precheck, actor: null, now: env.clock.now }),
  );
}

const message = async (id: string) => (await asSystem(env.database.db, (tx) => tx.select().from(duoOutbox).where(eq(duoOutbox.id, id))))[0]!;
const sent = (berichtId: string) => env.exchanges.filter((x) => x.requestHeaders.berichtId === berichtId).length;
const activeStops = () => asSystem(env.database.db, (tx) => tx.select().from(duoContractStops).where(and(eq(duoContractStops.gemeenteId, env.gemeente.gemeenteId), eq(duoContractStops.status, 'actief'))));
const statusOf = async (role: 'teamleider' | 'beheerder' | 'trajectregisseur' = 'teamleider') => (await (await env.login(role)).get('/api/duo/status')).json<DuoStatusView>();

describe('a melding answered outside the spec', () => {
  it('stops that API for the gemeente (the melding waits, other APIs go on), alerts, and resumes once a person lifts the stop', async () => {
    const a = await newCase();
    const b = await newCase();
    const pip = await queue(a.caseId, 'pip.register', { bsn: a.bsn, pip: { dagtekeningPip: '2026-05-20', leerroute: 'B' } }, pipCheck('2026-05-20'));
    env.sim.setFailureMode({ kind: 'outOfSpec', api: 'PIP', forRequests: 1 });
    const first = await env.duo.worker.tick();
    expect(first.outbox.stopped).toBe(1);
    expect(await message(pip.id)).toMatchObject({ status: 'wachtend', attempts: 0, lastError: expect.stringMatching(/voldoet niet aan DUO's eigen specificatie.*wacht tot iemand de stop/) as unknown });
    const [stop] = await activeStops();
    expect(stop).toMatchObject({ api: 'PIP', operationId: 'postPipByBsn', occurrences: 1, specVersion: env.duo.validator.specs.api('PIP').version });
    expect(stop?.reason).toMatch(/^DUO antwoordde buiten de specificatie van de API PIP \(versie [\d.]+\)\. Koers verstuurt en vraagt niets meer/);
    expect(stop?.reason).toMatch(/status 202 is niet gespecificeerd/);
    const events = await asSystem(env.database.db, (tx) => tx.select().from(caseEvents).where(eq(caseEvents.caseId, a.caseId)));
    expect(events.map((e) => e.kind)).toContain('duo.bericht.gestopt');

    // Not a retry loop: DUO is fine again, hours pass, the PIP API stays stopped; another API goes on.
    const second = await queue(b.caseId, 'pip.register', { bsn: b.bsn, pip: { dagtekeningPip: '2026-05-21', leerroute: 'B' } }, pipCheck('2026-05-21'));
    const uren = await queue(b.caseId, 'uren.taallesknm', { bsn: b.bsn, uren: { uren: 12 } }, { rule: 'none' });
    for (let i = 0; i < 3; i++) {
      env.clock.advance(60 * 60_000);
      await env.duo.worker.tick();
    }
    expect(sent(pip.berichtId)).toBe(1);
    expect(sent(second.berichtId)).toBe(0);
    expect((await message(second.id)).status).toBe('wachtend');
    // Case b's hours come after its PIP (one case's meldingen in order, ADR 0052): they wait too.
    expect((await message(uren.id)).status).toBe('wachtend');
    const c = await newCase();
    const otherApi = await queue(c.caseId, 'uren.taallesknm', { bsn: c.bsn, uren: { uren: 8 } }, { rule: 'none' });
    await env.duo.worker.tick();
    expect((await message(otherApi.id)).status).toBe('bevestigd');

    // The DUO page shows it, for the teamleider and the beheerder alike.
    for (const role of ['teamleider', 'beheerder'] as const) {
      const status = await statusOf(role);
      const g = status.gemeenten.find((x) => x.gemeenteId === env.gemeente.gemeenteId);
      expect(g?.stops).toEqual([expect.objectContaining({ id: stop!.id, api: 'PIP', apiLabel: 'PIP', heldMeldingen: 2, version: stop!.version })]);
    }

    // Lifting: only with duo:resume, only one's own gemeente, only the version one saw.
    const regisseur = await env.login();
    expect((await regisseur.post(`/api/duo/stops/${stop!.id}/acknowledge`, { version: stop!.version })).statusCode).toBe(403);
    const stranger = await env.login('teamleider', env.other);
    expect((await stranger.post(`/api/duo/stops/${stop!.id}/acknowledge`, { version: stop!.version })).statusCode).toBe(404);
    const teamleider = await env.login('teamleider');
    const stale = await teamleider.post(`/api/duo/stops/${stop!.id}/acknowledge`, { version: stop!.version + 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { field: string } }>().error.field).toBe('version');
    expect(await activeStops()).toHaveLength(1);
    const bad = await teamleider.post(`/api/duo/stops/${stop!.id}/acknowledge`, { version: stop!.version, note: 'a\u0000b' });
    expect(bad.statusCode).toBe(400);
    const lifted = await teamleider.post(`/api/duo/stops/${stop!.id}/acknowledge`, { version: stop!.version, note: 'Met DUO gebeld: storing verholpen' });
    expect(lifted.statusCode, lifted.body).toBe(200);
    expect(lifted.json()).toMatchObject({ status: 'opgeheven', liftedReason: expect.stringContaining('Met DUO gebeld') as unknown });
    expect((await teamleider.post(`/api/duo/stops/${stop!.id}/acknowledge`, { version: stop!.version + 1 })).statusCode).toBe(409);
    const history = await asSystem(env.database.db, (tx) => tx.select().from(recordHistory).where(and(eq(recordHistory.entityType, 'duo_contract_stop'), eq(recordHistory.entityId, stop!.id))));
    expect(history.map((h) => h.action)).toEqual(['create', 'update']);
    expect(history[1]?.actorUserId).toBe(env.gemeente.users.teamleider.id);

    await env.duo.worker.tick();
    expect((await message(pip.id)).status).toBe('bevestigd');
    expect((await message(second.id)).status).toBe('bevestigd');
    expect((await message(uren.id)).status).toBe('bevestigd');
    expect(sent(pip.berichtId)).toBe(2); // the same BerichtId again
    expect(env.sim.state.persons.get(a.bsn)?.pips).toHaveLength(1);
    expect((await statusOf()).gemeenten.find((x) => x.gemeenteId === env.gemeente.gemeenteId)?.stops).toEqual([]);
  });

  it('still out of spec after the stop was lifted: a new stop for a person, never a loop', async () => {
    const a = await newCase();
    const pip = await queue(a.caseId, 'pip.register', { bsn: a.bsn, pip: { dagtekeningPip: '2026-05-22', leerroute: 'B' } }, pipCheck('2026-05-22'));
    env.sim.setFailureMode({ kind: 'outOfSpec', api: 'PIP' });
    await env.duo.worker.tick();
    const [stop] = await activeStops();
    const teamleider = await env.login('teamleider');
    expect((await teamleider.post(`/api/duo/stops/${stop!.id}/acknowledge`, { version: stop!.version })).statusCode).toBe(200);
    for (let i = 0; i < 3; i++) await env.duo.worker.tick();
    expect(sent(pip.berichtId)).toBe(2);
    const [again] = await activeStops();
    expect(again?.id).not.toBe(stop?.id);
    env.sim.setFailureMode(null);
    expect((await teamleider.post(`/api/duo/stops/${again!.id}/acknowledge`, { version: again!.version })).statusCode).toBe(200);
    await env.duo.worker.tick();
    expect((await message(pip.id)).status).toBe('bevestigd');
  });
});

describe('a notification whose fetch is answered outside the spec', () => {
  it('stops fetching from that API (the notification waits, visible); other APIs go on; lifting the stop processes it', async () => {
    const bsn = validBsn();
    seed(env, bsn);
    const termijnPerson = validBsn();
    seed(env, termijnPerson, { termijn: { startdatum: '2026-04-15', einddatum: '2029-04-15' } });
    await createCaseVia(await env.login(), env.gemeente.gemeenteId, { bsn: termijnPerson });
    env.sim.setFailureMode({ kind: 'outOfSpec', api: 'Inburgeringsplicht', forRequests: 1 });
    const registering = await env.sim.emit({ gebeurtenisId: 'SS101', bsn });
    expect(registering.delivered).toBe(true);
    const result = await env.duo.worker.tick();
    expect(result.inbox.stopped).toBe(1);
    const [row] = await asSystem(env.database.db, (tx) => tx.select().from(duoInbox).where(eq(duoInbox.berichtId, registering.berichtId)));
    expect(row).toMatchObject({ status: 'ontvangen', attempts: 0, lastError: expect.stringMatching(/API Inburgeringsplicht.*wacht tot iemand de stop/) as unknown });
    const [stop] = await activeStops();
    expect(stop).toMatchObject({ api: 'Inburgeringsplicht', operationId: 'getInburgeringsplichtByBsn' });

    // Another person's SS110 also needs the Inburgeringsplicht API: held, not fetched.
    const closing = validBsn();
    seed(env, closing);
    await createCaseVia(await env.login(), env.gemeente.gemeenteId, { bsn: closing });
    const held = await env.sim.emit({ gebeurtenisId: 'SS110', bsn: closing });
    // SS102 needs only the Inburgeringstermijn API: processed.
    const term = await env.sim.emit({ gebeurtenisId: 'SS102', bsn: termijnPerson });
    const before = env.exchanges.length;
    await env.duo.worker.tick();
    expect(env.exchanges.slice(before).map((x) => x.api)).toEqual(['Inburgeringstermijn']);
    const rows = async () => new Map((await asSystem(env.database.db, (tx) => tx.select().from(duoInbox))).map((r) => [r.berichtId, r]));
    expect((await rows()).get(held.berichtId)?.status).toBe('ontvangen');
    expect((await rows()).get(term.berichtId)?.status).toBe('verwerkt');
    const status = await statusOf('beheerder');
    expect(status.gemeenten.find((g) => g.gemeenteId === env.gemeente.gemeenteId)?.stops).toEqual([expect.objectContaining({ api: 'Inburgeringsplicht', apiLabel: 'Inburgeringsplicht', heldNotificaties: 2 })]);

    expect((await (await env.login('beheerder')).post(`/api/duo/stops/${stop!.id}/acknowledge`, { version: stop!.version })).statusCode).toBe(200);
    await env.duo.worker.tick();
    expect((await rows()).get(registering.berichtId)).toMatchObject({ status: 'actie-nodig', lastError: null });
    expect((await rows()).get(held.berichtId)?.status).toBe('actie-nodig');
  });
});

describe('a start with a newer version of the spec', () => {
  it('lifts the stops recorded against the older version, with history; a stop for the current version stays', async () => {
    const now = env.clock.now;
    const current = env.duo.validator.specs.api('Examen').version;
    const [old] = await asSystem(env.database.db, (tx) =>
      tx.insert(duoContractStops).values({ gemeenteId: env.other.gemeenteId, api: 'Examen', operationId: 'getExamenresultatenByBsn', specVersion: '0.0.1', reason: 'test', firstAt: now, lastAt: now }).returning(),
    );
    const [kept] = await asSystem(env.database.db, (tx) =>
      tx.insert(duoContractStops).values({ gemeenteId: env.other.gemeenteId, api: 'Ontheffing', operationId: 'getOntheffingenByBsn', specVersion: env.duo.validator.specs.api('Ontheffing').version, reason: 'test', firstAt: now, lastAt: now }).returning(),
    );
    expect(await liftStopsForNewSpecs(env.database.db, env.duo.validator, now)).toBe(1);
    const after = new Map((await asSystem(env.database.db, (tx) => tx.select().from(duoContractStops).where(eq(duoContractStops.gemeenteId, env.other.gemeenteId)))).map((s) => [s.id, s]));
    expect(after.get(old!.id)).toMatchObject({ status: 'opgeheven', liftedReason: expect.stringContaining(`versie ${current}`) as unknown });
    expect(after.get(kept!.id)?.status).toBe('actief');
    const history = await asSystem(env.database.db, (tx) => tx.select().from(recordHistory).where(eq(recordHistory.entityId, old!.id)));
    expect(history).toHaveLength(1);
    expect(history[0]?.actorName).toBe('Koers (systeem)');
  });
});
