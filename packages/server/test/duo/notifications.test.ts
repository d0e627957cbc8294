// The gemeente side of DUO's Notificatie API: exact headers/body per the spec, stored before it is
// acknowledged, idempotent on BerichtId, unknown OINs refused. Every answer is checked against
// API/Notificatie/openapi.yml with an independently loaded validator.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { asSystem } from '../../src/db/scope.ts';
import { duoInbox } from '../../src/db/schema.ts';
import { independentValidator, postNotification, randomOin, startDuoEnv, type DuoTestEnv } from './support.ts';
import { validBsn } from '../support/fixtures.ts';

let env: DuoTestEnv;
beforeAll(async () => {
  env = await startDuoEnv();
});
afterAll(async () => {
  await env.close();
});

async function inboxRows(berichtId: string) {
  return asSystem(env.database.db, (tx) => tx.select().from(duoInbox).where(eq(duoInbox.berichtId, berichtId)));
}

async function expectSpecResponse(res: { status: number; headers: Record<string, unknown>; body: string }): Promise<void> {
  const v = await independentValidator();
  const issues = v.validateResponse(
    { api: 'Notificatie', operationId: 'opvoerenNotificatie' },
    { status: res.status, headers: res.headers as Record<string, string>, body: res.body === '' ? undefined : (JSON.parse(res.body) as unknown) },
  );
  expect(issues.map((i) => i.text)).toEqual([]);
}

describe('POST /duo/v1/notificaties', () => {
  it('stores a valid notification and acknowledges with 201 and API-Version', async () => {
    const berichtId = randomUUID();
    const res = await postNotification(env, { registratieDatumTijd: '2026-06-01T09:00:00Z', bsn: validBsn(), gebeurtenisId: 'SS101' }, { berichtId });
    expect(res.status).toBe(201);
    expect(res.headers['api-version']).toBe(env.duo.validator.specs.api('Notificatie').version);
    expect(res.body).toBe('');
    await expectSpecResponse(res);
    const rows = await inboxRows(berichtId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ gemeenteId: env.gemeente.gemeenteId, eventCode: 'SS101', status: 'ontvangen' });
  });

  it('a repeated notification (same BerichtId) gets the same 201 and is stored once', async () => {
    const berichtId = randomUUID();
    const body = { registratieDatumTijd: '2026-06-01T09:00:00Z', bsn: validBsn(), gebeurtenisId: 'SS102' };
    const first = await postNotification(env, body, { berichtId });
    const second = await postNotification(env, body, { berichtId: berichtId.toUpperCase() });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(await inboxRows(berichtId)).toHaveLength(1);
  });

  it('a notification that does not match the spec is refused with 400 (no body) and not stored', async () => {
    const cases: Array<{ body: unknown; headers?: Record<string, string> }> = [
      { body: { registratieDatumTijd: '2026-06-01T09:00:00Z', gebeurtenisId: 'ss-101' } },
      { body: { bsn: '123', gebeurtenisId: 'SS101' } },
      { body: { registratieDatumTijd: 'gisteren', gebeurtenisId: 'SS101' } },
      { body: '{niet-json' },
      { body: '' },
      { body: { registratieDatumTijd: '2026-06-01T09:00:00Z', gebeurtenisId: 'SS101' }, headers: { berichtId: 'geen-uuid' } },
      { body: { registratieDatumTijd: '2026-06-01T09:00:00Z', gebeurtenisId: 'SS101' }, headers: { bron: '123' } },
    ];
    for (const c of cases) {
      const before = await asSystem(env.database.db, (tx) => tx.select({ id: duoInbox.id }).from(duoInbox));
      const res = await postNotification(env, c.body, c.headers);
      expect(res.status, JSON.stringify(c)).toBe(400);
      expect(res.body).toBe('');
      await expectSpecResponse(res);
      const after = await asSystem(env.database.db, (tx) => tx.select({ id: duoInbox.id }).from(duoInbox));
      expect(after.length).toBe(before.length);
    }
  });

  it('refuses an unknown doel OIN and a bron that is not DUO with 403', async () => {
    const body = { registratieDatumTijd: '2026-06-01T09:00:00Z', bsn: validBsn(), gebeurtenisId: 'SS101' };
    const unknownDoel = await postNotification(env, body, { doel: randomOin() });
    expect(unknownDoel.status).toBe(403);
    await expectSpecResponse(unknownDoel);
    const wrongBron = await postNotification(env, body, { bron: randomOin() });
    expect(wrongBron.status).toBe(403);
    await expectSpecResponse(wrongBron);
  });

  it('addresses the right gemeente by its doel OIN', async () => {
    const berichtId = randomUUID();
    const res = await postNotification(env, { registratieDatumTijd: '2026-06-01T09:00:00Z', bsn: validBsn(), gebeurtenisId: 'SS101' }, { berichtId, doel: env.other.oin });
    expect(res.status).toBe(201);
    const rows = await inboxRows(berichtId);
    expect(rows[0]?.gemeenteId).toBe(env.other.gemeenteId);
  });

  it('accepts what the simulator sends over HTTP, and the simulator finds the answer per spec', async () => {
    const bsn = validBsn();
    env.sim.seedPerson({ bsn, gemeenteOin: env.gemeente.oin });
    const delivery = await env.sim.emit({ gebeurtenisId: 'SS101', bsn });
    expect(delivery).toMatchObject({ delivered: true, lastStatus: 201 });
    expect(env.sim.state.contractViolations).toEqual([]);
    expect(await inboxRows(delivery.berichtId)).toHaveLength(1);
    // DUO resends (e.g. it missed our answer): still one row.
    delivery.delivered = false;
    await env.sim.redeliverPending();
    expect(delivery.attempts).toBe(2);
    expect(await inboxRows(delivery.berichtId)).toHaveLength(1);
  });

  it('the same BerichtId with a different notification is refused with 400 and logged without personal data; nothing changes', async () => {
    const berichtId = randomUUID();
    const bsn = validBsn();
    const first = { registratieDatumTijd: '2026-06-01T09:00:00Z', bsn, gebeurtenisId: 'SS102' };
    expect((await postNotification(env, first, { berichtId })).status).toBe(201);
    const before = await inboxRows(berichtId);
    const warn = vi.spyOn(env.app.log, 'warn');
    try {
      const other = await postNotification(env, { ...first, gebeurtenisId: 'SS103' }, { berichtId });
      expect(other.status).toBe(400);
      expect(other.body).toBe('');
      await expectSpecResponse(other);
      const otherPerson = await postNotification(env, { ...first, bsn: validBsn() }, { berichtId: berichtId.toUpperCase() });
      expect(otherPerson.status).toBe(400);
      expect(await inboxRows(berichtId)).toEqual(before);
      const logged = warn.mock.calls.filter((c) => String(c[1]).includes('BerichtId al gebruikt'));
      expect(logged).toHaveLength(2);
      expect(logged[0]?.[0]).toMatchObject({ berichtId, gemeenteId: env.gemeente.gemeenteId, storedEventCode: 'SS102', eventCode: 'SS103' });
      // No BSN (nine digits) in what was logged; ids are uuids, whose hex may hold nine digits in a row by chance.
      const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
      expect(JSON.stringify(logged).replace(uuid, '<uuid>')).not.toMatch(/\d{9}/);
    } finally {
      warn.mockRestore();
    }
    // The same notification again (key order and BerichtId case do not matter) stays idempotent.
    const again = await postNotification(env, { gebeurtenisId: 'SS102', bsn, registratieDatumTijd: '2026-06-01T09:00:00Z' }, { berichtId: berichtId.toUpperCase() });
    expect(again.status).toBe(201);
    expect(await inboxRows(berichtId)).toEqual(before);
  });

  it('arriving together (stored in one group): the same BerichtId twice is one row; with another body the second is refused', async () => {
    const same = randomUUID();
    const body = { registratieDatumTijd: '2026-06-01T09:00:00Z', bsn: validBsn(), gebeurtenisId: 'SS102' };
    const twice = await Promise.all([postNotification(env, body, { berichtId: same }), postNotification(env, body, { berichtId: same })]);
    expect(twice.map((r) => r.status)).toEqual([201, 201]);
    expect(await inboxRows(same)).toHaveLength(1);
    const clash = randomUUID();
    const [first, second] = await Promise.all([postNotification(env, body, { berichtId: clash }), postNotification(env, { ...body, gebeurtenisId: 'SS103' }, { berichtId: clash })]);
    expect([first.status, second.status]).toEqual([201, 400]);
    expect((await inboxRows(clash)).map((r) => r.eventCode)).toEqual(['SS102']);
    // Many at once, several gemeenten and one unknown doel: each gets its own answer.
    const many = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        postNotification(env, { registratieDatumTijd: '2026-06-01T09:00:00Z', bsn: validBsn(), gebeurtenisId: 'SS199' }, { doel: i % 10 === 9 ? randomOin() : i % 2 === 0 ? env.gemeente.oin : env.other.oin }),
      ),
    );
    expect(many.map((r) => r.status)).toEqual(Array.from({ length: 40 }, (_, i) => (i % 10 === 9 ? 403 : 201)));
  });

  it('a body that is not application/json gets 415 with a Foutmelding; nothing is stored', async () => {
    const body = JSON.stringify({ registratieDatumTijd: '2026-06-01T09:00:00Z', bsn: validBsn(), gebeurtenisId: 'SS101' });
    for (const contentType of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', undefined]) {
      const berichtId = randomUUID();
      const res = await env.app.inject({
        method: 'POST',
        url: '/duo/v1/notificaties',
        headers: { ...(contentType ? { 'content-type': contentType } : {}), bron: env.sim.duoOin, doel: env.gemeente.oin, berichtId },
        payload: body,
      });
      expect(res.statusCode, String(contentType)).toBe(415);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json()).toEqual({ fouttekst: 'Het bericht moet JSON zijn (Content-Type: application/json).' });
      expect(res.headers['api-version']).toBe(env.duo.validator.specs.api('Notificatie').version);
      expect(await inboxRows(berichtId)).toHaveLength(0);
    }
    // With a charset parameter it is JSON.
    const berichtId = randomUUID();
    const ok = await env.app.inject({ method: 'POST', url: '/duo/v1/notificaties', headers: { 'content-type': 'Application/JSON; charset=utf-8', bron: env.sim.duoOin, doel: env.gemeente.oin, berichtId }, payload: body });
    expect(ok.statusCode).toBe(201);
  });

  it('any unknown path under /duo/ is 404 with a Foutmelding (never the web app); another method on /notificaties is 405', async () => {
    for (const [method, url] of [
      ['POST', '/duo/v1/onbekend'],
      ['GET', '/duo/v1/onbekend'],
      ['POST', '/duo/v2/notificaties'],
      ['GET', '/duo/'],
      ['GET', '/duo'],
      ['DELETE', '/duo/v1/notificaties/123'],
    ] as const) {
      const res = await env.app.inject({ method, url, headers: { 'content-type': 'application/json' }, payload: method === 'GET' ? undefined : '{}' });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json(), `${method} ${url}`).toEqual({ fouttekst: expect.stringMatching(/^Onbekend adres/) as unknown });
    }
    const get = await env.app.inject({ method: 'GET', url: '/duo/v1/notificaties' });
    expect(get.statusCode).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect(get.json<{ fouttekst: string }>().fouttekst).toMatch(/Alleen POST/);
  });

  it('needs no session or CSRF token (machine to machine) and is not part of the session API', () => {
    const route = env.app.koersRoutes.find((r) => r.url === '/duo/v1/notificaties');
    expect(route?.access).toBe('public');
  });
});

describe('without a configured DUO koppeling', () => {
  it('answers 503 with a Foutmelding (DUO keeps the notification and retries)', async () => {
    const { createTestKoers } = await import('../support/koers.ts');
    const koers = await createTestKoers();
    try {
      const res = await koers.app.inject({
        method: 'POST',
        url: '/duo/v1/notificaties',
        headers: { 'content-type': 'application/json', bron: '00000001999999999000', doel: randomOin(), berichtId: randomUUID() },
        payload: JSON.stringify({ registratieDatumTijd: '2026-06-01T09:00:00Z', gebeurtenisId: 'SS101' }),
      });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ fouttekst: 'De DUO-koppeling is bij deze gemeente niet ingericht.' });
      await expectSpecResponse({ status: res.statusCode, headers: res.headers, body: res.body });
    } finally {
      await koers.close();
    }
  });
});
