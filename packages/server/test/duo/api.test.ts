// The DUO endpoints of the case file: access per role, and another gemeente's case is 404 with
// nothing changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { roles, type Role } from '@koers/domain';
import { asSystem, inScope, systemScope } from '../../src/db/scope.ts';
import { duoInbox, duoOutbox } from '../../src/db/schema.ts';
import { queueDuoMessage } from '../../src/use-cases/duo/queue-duo-message.ts';
import { Client } from '../support/koers.ts';
import { createCaseVia, snapshotOf, validBsn } from '../support/fixtures.ts';
import { seed, startDuoEnv, type DuoTestEnv } from './support.ts';

let env: DuoTestEnv;
let caseId: string;
let messageId: string;
let eventId: string;

beforeAll(async () => {
  env = await startDuoEnv();
  const bsn = validBsn();
  seed(env, bsn, { vestigingsdatum: '2026-05-25' });
  caseId = (await createCaseVia(await env.login(), env.gemeente.gemeenteId, { bsn })).id;
  const queued = await inScope(env.database.db, systemScope(env.gemeente.organisationId, [env.gemeente.gemeenteId]), (tx) =>
    queueDuoMessage(tx, {
      gemeenteId: env.gemeente.gemeenteId,
      caseId,
      operation: 'pip.register',
      payload: { bsn, pip: { dagtekeningPip: '2026-05-20', leerroute: 'B' } },
      precheck: { rule: 'pip', input: { dutyStart: '2026-04-01', settledOn: '2026-04-01', issuedOn: '2026-05-20', route: 'B1', level: null, firstPipEver: true, targetGroup: 'asiel' } },
      actor: null,
      now: env.clock.now,
    }),
  );
  messageId = queued.id;
  const d = await env.sim.emit({ gebeurtenisId: 'SS131', bsn });
  expect(d.delivered).toBe(true);
  await env.duo.worker.tick();
  const [inbox] = await asSystem(env.database.db, (tx) => tx.select().from(duoInbox).where(eq(duoInbox.caseId, caseId)));
  eventId = inbox!.id;
  expect((await asSystem(env.database.db, (tx) => tx.select().from(duoOutbox).where(eq(duoOutbox.id, messageId))))[0]?.status).toBe('afgewezen');
});
afterAll(async () => {
  await env.close();
});

const readers: Role[] = ['teamleider', 'trajectregisseur', 'financieel-medewerker'];
const writers: Role[] = ['teamleider', 'trajectregisseur'];

describe('GET /api/cases/:id/duo', () => {
  it('shows messages with status, events and DUO data to roles with case:read', async () => {
    for (const role of roles) {
      const res = await (await env.login(role)).get(`/api/cases/${caseId}/duo`);
      expect(res.statusCode, role).toBe(readers.includes(role) ? 200 : 403);
    }
    const body = (await (await env.login()).get(`/api/cases/${caseId}/duo`)).json<{
      messages: Array<{ id: string; status: string; berichtId: string; label: string }>;
      events: Array<{ id: string; eventCode: string; status: string; description: string }>;
      data: Array<{ resource: string }>;
    }>();
    expect(body.messages).toEqual([expect.objectContaining({ id: messageId, status: 'afgewezen', label: 'het PIP (registratie)' })]);
    expect(body.events).toEqual([expect.objectContaining({ id: eventId, eventCode: 'SS131', status: 'actie-nodig', description: 'Leerbaarheidstoets is afgenomen en resultaat is bekend' })]);
    expect(body.data.map((d) => d.resource)).toEqual(['leerbaarheidstoets-resultaten']);
  });

  it('needs a session', async () => {
    const res = await new Client(env.app).get(`/api/cases/${caseId}/duo`);
    expect(res.statusCode).toBe(401);
  });
});

describe('writes: retry a message, mark an event handled', () => {
  it('are refused (403) for roles without case:write, and change nothing', async () => {
    const before = await snapshotOf(env.database, { organisationId: env.gemeente.organisationId, gemeenteIds: [env.gemeente.gemeenteId] });
    for (const role of roles.filter((r) => !writers.includes(r))) {
      const client = await env.login(role);
      expect((await client.post(`/api/cases/${caseId}/duo/messages/${messageId}/retry`)).statusCode, role).toBe(403);
      expect((await client.post(`/api/cases/${caseId}/duo/events/${eventId}/handled`)).statusCode, role).toBe(403);
    }
    // Log-ins write sessions; compare what matters: cases, history, processing log, outbox, inbox.
    const after = await snapshotOf(env.database, { organisationId: env.gemeente.organisationId, gemeenteIds: [env.gemeente.gemeenteId] });
    const strip = (s: string) => {
      const o = JSON.parse(s) as Record<string, unknown>;
      return JSON.stringify({ cases: o.cases, history: o.history, log: o.log });
    };
    expect(strip(after)).toBe(strip(before));
    expect((await asSystem(env.database.db, (tx) => tx.select().from(duoOutbox).where(eq(duoOutbox.id, messageId))))[0]?.status).toBe('afgewezen');
  });

  it("someone else's case → 404 on every DUO endpoint, and nothing changed", async () => {
    const stranger = await env.login('trajectregisseur', env.other);
    const before = await snapshotOf(env.database, { gemeenteIds: [env.gemeente.gemeenteId] });
    const outboxBefore = JSON.stringify(await asSystem(env.database.db, (tx) => tx.select().from(duoOutbox).where(eq(duoOutbox.caseId, caseId))));
    const inboxBefore = JSON.stringify(await asSystem(env.database.db, (tx) => tx.select().from(duoInbox).where(eq(duoInbox.caseId, caseId))));
    expect((await stranger.get(`/api/cases/${caseId}/duo`)).statusCode).toBe(404);
    expect((await stranger.post(`/api/cases/${caseId}/duo/messages/${messageId}/retry`)).statusCode).toBe(404);
    expect((await stranger.post(`/api/cases/${caseId}/duo/events/${eventId}/handled`)).statusCode).toBe(404);
    // Not even with its own case id in the path.
    const ownCase = (await createCaseVia(stranger, env.other.gemeenteId, { bsn: validBsn() })).id;
    expect((await stranger.post(`/api/cases/${ownCase}/duo/messages/${messageId}/retry`)).statusCode).toBe(404);
    expect((await stranger.post(`/api/cases/${ownCase}/duo/events/${eventId}/handled`)).statusCode).toBe(404);
    expect(await snapshotOf(env.database, { gemeenteIds: [env.gemeente.gemeenteId] })).toBe(before);
    expect(JSON.stringify(await asSystem(env.database.db, (tx) => tx.select().from(duoOutbox).where(eq(duoOutbox.caseId, caseId))))).toBe(outboxBefore);
    expect(JSON.stringify(await asSystem(env.database.db, (tx) => tx.select().from(duoInbox).where(eq(duoInbox.caseId, caseId))))).toBe(inboxBefore);
  });

  it('the case manager marks the event handled; twice is a conflict', async () => {
    const client = await env.login();
    const res = await client.post(`/api/cases/${caseId}/duo/events/${eventId}/handled`);
    expect(res.statusCode).toBe(200);
    expect((await client.post(`/api/cases/${caseId}/duo/events/${eventId}/handled`)).statusCode).toBe(409);
  });
});
