// Late case link (ADR 0051): DUO notifications that arrived before Koers had a case for the person
// ('geen-dossier') are re-queued in the transaction that creates the case or gives it its BSN /
// V-nummer, and the worker applies them as if they had arrived afterwards — once, in order of
// receipt, only in the gemeente DUO addressed. Driven by the DUO simulator over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { asSystem } from '../../src/db/scope.ts';
import { caseDuoData, caseEvents, cases, duoInbox, learnabilityTests, processingLog, recordHistory } from '../../src/db/schema.ts';
import { createCaseVia, validBsn, validVNumber, type CaseBody } from '../support/fixtures.ts';
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

/** DUO sends the event; the worker runs once. Returns the inbox row id. */
async function emit(code: string, bsn: string, extra: { vNummer?: number } = {}): Promise<string> {
  const d = await env.sim.emit({ gebeurtenisId: code, bsn, ...extra });
  expect(d.delivered, `${code} afgeleverd`).toBe(true);
  await env.duo.worker.tick();
  const [row] = await asSystem(env.database.db, (tx) => tx.select({ id: duoInbox.id }).from(duoInbox).where(eq(duoInbox.berichtId, d.berichtId)));
  return row!.id;
}

async function inboxRow(id: string) {
  const [row] = await asSystem(env.database.db, (tx) => tx.select().from(duoInbox).where(eq(duoInbox.id, id)));
  return row!;
}

async function caseRow(id: string) {
  const [row] = await asSystem(env.database.db, (tx) => tx.select().from(cases).where(eq(cases.id, id)));
  return row!;
}

async function eventsOf(caseId: string) {
  return asSystem(env.database.db, (tx) => tx.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id)));
}

describe('DUO notifications received before the case existed', () => {
  it('are applied once the case is created by hand: termijn and toets from DUO, timeline, history, inbox verwerkt', async () => {
    const bsn = validBsn();
    seed(env, bsn, { termijn: { startdatum: '2026-05-02', einddatum: '2029-05-02' }, lbtResultaten: [{ resultaat: 'B1-route haalbaar', behaaldeScore: '62,50', benodigdeScore: '50,00', datumAfname: '2026-05-28' }] });
    const termijn = await emit('SS102', bsn);
    env.clock.advance(60_000);
    const toets = await emit('SS131', bsn);
    expect(await inboxRow(termijn)).toMatchObject({ status: 'geen-dossier', caseId: null });
    expect(await inboxRow(toets)).toMatchObject({ status: 'geen-dossier', caseId: null });

    // Another gemeente registers someone with the same BSN: DUO addressed the first gemeente, nothing is linked there.
    const otherClient = await env.login('trajectregisseur', env.other);
    const elsewhere = await createCaseVia(otherClient, env.other.gemeenteId, { bsn });
    expect(await inboxRow(termijn)).toMatchObject({ status: 'geen-dossier', caseId: null });
    await env.duo.worker.tick();
    expect((await eventsOf(elsewhere.id)).map((e) => e.kind)).not.toContain('duo.notificaties.gekoppeld');
    expect(await caseRow(elsewhere.id)).toMatchObject({ termStart: null, termEndExclusive: null });

    // The case is created by hand: the request only re-queues (no DUO call inside it).
    const client = await env.login();
    const exchangesBefore = env.exchanges.length;
    const created = await createCaseVia(client, env.gemeente.gemeenteId, { bsn });
    expect(env.exchanges.length).toBe(exchangesBefore);
    expect(await inboxRow(termijn)).toMatchObject({ status: 'ontvangen', caseId: created.id, attempts: 0 });
    const timeline = await client.get(`/api/cases/${created.id}/timeline`);
    expect(timeline.json<{ items: Array<{ kind: string; summary: string }> }>().items).toContainEqual(
      expect.objectContaining({ kind: 'duo.notificaties.gekoppeld', summary: expect.stringMatching(/^2 eerder ontvangen DUO-berichten gekoppeld \(SS102, SS131\)/) as unknown }),
    );
    // Visible in the case file's DUO part while waiting.
    const waiting = await client.get(`/api/cases/${created.id}/duo`);
    expect(waiting.json<{ events: Array<{ id: string; status: string }> }>().events.map((e) => [e.id, e.status])).toEqual(
      expect.arrayContaining([
        [termijn, 'ontvangen'],
        [toets, 'ontvangen'],
      ]),
    );

    const tick = await env.duo.worker.tick();
    expect(tick.inbox.processed).toBe(2);
    expect(await caseRow(created.id)).toMatchObject({ termStart: '2026-05-02', termEndExclusive: '2029-05-02' });
    const tests = await asSystem(env.database.db, (tx) => tx.select().from(learnabilityTests).where(eq(learnabilityTests.caseId, created.id)));
    expect(tests).toHaveLength(1);
    expect(tests[0]).toMatchObject({ source: 'duo', status: 'afgenomen', resultOn: '2026-05-28', advisedRoute: 'B1' });
    expect(await inboxRow(termijn)).toMatchObject({ status: 'verwerkt', caseId: created.id });
    expect(await inboxRow(toets)).toMatchObject({ status: 'actie-nodig', caseId: created.id });

    // Applied in order of receipt, each once, after the link entry.
    const kinds = (await eventsOf(created.id)).map((e) => e.kind);
    expect(kinds.filter((k) => /^duo\.(SS|notificaties)/.test(k))).toEqual(['duo.notificaties.gekoppeld', 'duo.SS102', 'duo.SS131']);
    const history = await asSystem(env.database.db, (tx) => tx.select().from(recordHistory).where(eq(recordHistory.entityId, created.id)));
    expect(history.some((h) => (h.changes as Record<string, unknown>)['termEndExclusive'] !== undefined)).toBe(true);
    const linkedHistory = await asSystem(env.database.db, (tx) => tx.select().from(recordHistory).where(and(eq(recordHistory.entityType, 'duo_inbox'), eq(recordHistory.entityId, termijn))));
    expect(linkedHistory[0]?.changes).toEqual({ status: { from: 'geen-dossier', to: 'ontvangen' }, caseId: { from: null, to: created.id } });
    const data = await asSystem(env.database.db, (tx) => tx.select().from(caseDuoData).where(eq(caseDuoData.caseId, created.id)));
    expect(data.map((d) => d.resource).sort()).toEqual(['inburgeringstermijn', 'leerbaarheidstoets-resultaten']);
    const logged = await asSystem(env.database.db, (tx) => tx.select().from(processingLog).where(eq(processingLog.operationName, 'linkUnmatchedDuoNotifications')));
    expect(logged.length).toBeGreaterThan(0);
    const view = await client.get(`/api/cases/${created.id}/duo`);
    expect(view.json<{ events: Array<{ id: string; status: string }> }>().events.find((e) => e.id === termijn)?.status).toBe('verwerkt');

    // Running again applies nothing a second time.
    expect((await env.duo.worker.tick()).inbox.processed).toBe(0);
    expect((await eventsOf(created.id)).filter((e) => e.kind === 'duo.SS102')).toHaveLength(1);
    // And the other gemeente's case still has nothing from DUO.
    expect(await caseRow(elsewhere.id)).toMatchObject({ termStart: null, termEndExclusive: null });
  });

  it('a V-nummer-only case that gets its BSN later links them too; a second correction links nothing again', async () => {
    const bsn = validBsn();
    seed(env, bsn, { termijn: { startdatum: '2026-03-01', einddatum: '2029-03-01' } });
    const termijn = await emit('SS102', bsn);
    expect((await inboxRow(termijn)).status).toBe('geen-dossier');

    const client = await env.login();
    const created: CaseBody = await createCaseVia(client, env.gemeente.gemeenteId, { bsn: undefined, vNumber: validVNumber() });
    expect((await inboxRow(termijn)).status).toBe('geen-dossier');

    const patched = await client.patch(`/api/cases/${created.id}`, { version: created.version, bsn, reason: 'BSN bekend uit de BRP' });
    expect(patched.statusCode).toBe(200);
    expect(await inboxRow(termijn)).toMatchObject({ status: 'ontvangen', caseId: created.id });
    await env.duo.worker.tick();
    expect(await caseRow(created.id)).toMatchObject({ termStart: '2026-03-01', termEndExclusive: '2029-03-01' });
    expect(await inboxRow(termijn)).toMatchObject({ status: 'verwerkt', caseId: created.id });

    const again = await client.patch(`/api/cases/${created.id}`, { version: (await caseRow(created.id)).version, familyName: 'Haddad' });
    expect(again.statusCode).toBe(200);
    await env.duo.worker.tick();
    const events = await eventsOf(created.id);
    expect(events.filter((e) => e.kind === 'duo.notificaties.gekoppeld')).toHaveLength(1);
    expect(events.filter((e) => e.kind === 'duo.SS102')).toHaveLength(1);
  });

  it('a notification carrying the V-nummer is linked to a case registered with that V-nummer', async () => {
    const bsn = validBsn();
    const vNumber = validVNumber();
    seed(env, bsn, { termijn: { startdatum: '2026-02-01', einddatum: '2029-02-01' } });
    const termijn = await emit('SS102', bsn, { vNummer: Number(vNumber) });
    expect((await inboxRow(termijn)).status).toBe('geen-dossier');
    const client = await env.login();
    const created = await createCaseVia(client, env.gemeente.gemeenteId, { bsn: undefined, vNumber });
    expect(await inboxRow(termijn)).toMatchObject({ status: 'ontvangen', caseId: created.id });
    await env.duo.worker.tick();
    expect(await caseRow(created.id)).toMatchObject({ termStart: '2026-02-01', termEndExclusive: '2029-02-01' });
  });

  it('a case created by DUO itself (SS101) picks up an earlier notification, before the later ones about the person', async () => {
    const bsn = validBsn();
    seed(env, bsn, { termijn: { startdatum: '2026-04-15', einddatum: '2029-04-15' } });
    const termijn = await emit('SS102', bsn);
    expect((await inboxRow(termijn)).status).toBe('geen-dossier');
    // SS101 and a later SS103 arrive together; the pass registers the person, then (next claim
    // round) applies the re-queued SS102 before SS103: a person's oldest open notification first.
    env.clock.advance(60_000);
    expect((await env.sim.emit({ gebeurtenisId: 'SS101', bsn })).delivered).toBe(true);
    env.clock.advance(60_000);
    expect((await env.sim.emit({ gebeurtenisId: 'SS103', bsn })).delivered).toBe(true);
    // What DUO knows when Koers fetches (the extension SS103 is about).
    env.sim.updatePerson(bsn, { termijn: { startdatum: '2026-04-15', einddatum: '2029-10-15', wijzigingsdatum: '2026-06-01' } });
    await env.duo.worker.tick();
    const [c] = await asSystem(env.database.db, (tx) => tx.select().from(cases).where(and(eq(cases.gemeenteId, env.gemeente.gemeenteId), eq(cases.bsn, bsn))));
    expect(c?.source).toBe('duo');
    expect(await caseRow(c!.id)).toMatchObject({ termStart: '2026-04-15', termEndExclusive: '2029-10-15' });
    expect(await inboxRow(termijn)).toMatchObject({ status: 'verwerkt', caseId: c!.id });
    const events = await eventsOf(c!.id);
    const link = events.find((e) => e.kind === 'duo.notificaties.gekoppeld');
    expect(link?.source).toBe('duo');
    expect(link?.summary).toMatch(/^1 eerder ontvangen DUO-bericht gekoppeld \(SS102\)/);
    expect(events.map((e) => e.kind).filter((k) => /^duo\.(SS|notificaties)/.test(k))).toEqual(['duo.notificaties.gekoppeld', 'duo.SS101', 'duo.SS102', 'duo.SS103']);
  });
});
