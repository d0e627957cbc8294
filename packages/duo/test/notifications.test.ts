/** Notificatie API: what the simulator sends, what Koers accepts, the event catalogue and fetch plans. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HttpDuoClient } from '../src/client.ts';
import { duoOperations } from '../src/operations.ts';
import { eventCatalogue, executeFetch, fetchOperations, notificationUnavailableResponse, parseNotification, planFetches } from '../src/notifications.ts';
import type { DuoSimulator } from '../src/simulator/app.ts';
import { resolveSpecDir } from '../src/spec.ts';
import { BSN, clientFor, ContractRecorder, GEMEENTE_OIN, id, independentValidator, seed, startGemeenteReceiver, startSimulator, validator, type GemeenteReceiver } from './helpers.ts';

const gebeurtenissenMd = readFileSync(path.join(resolveSpecDir(), '..', 'Gebeurtenissen', 'Gebeurtenissen.md'), 'utf8');

describe('event catalogue', () => {
  it('covers every event of Gebeurtenissen.md, with its description', () => {
    const codes = [...new Set([...gebeurtenissenMd.matchAll(/\|\s*(SS\d{3})\s*\|\s*([^|]+)\|/g)].map((m) => m[1]))].sort();
    expect(Object.keys(eventCatalogue).sort()).toEqual(codes);
    for (const m of gebeurtenissenMd.matchAll(/^\|\s*(SS\d{3})\s*\|\s*([^|]+?)\s*\|\s*-/gm)) {
      const code = m[1] as keyof typeof eventCatalogue;
      const omschrijving = (m[2] ?? '').split('<br>')[0]?.trim().replace(/:$/, '') ?? '';
      expect(eventCatalogue[code].omschrijving, code).toBe(omschrijving);
    }
  });

  it('only points to raadplegingen that exist in the specs', async () => {
    const v = await validator();
    for (const op of fetchOperations) {
      expect(duoOperations[op].pattern).toBe('raadpleging');
      expect(v.specs.operation(duoOperations[op].api, op).method).toBe('get');
    }
  });

  it('plans what to fetch', () => {
    const n = { registratieDatumTijd: '2026-06-01T10:00:00Z', bsn: BSN, gebeurtenisId: 'SS121' };
    const plan = planFetches(n);
    expect(plan.event?.effect).toBe('case-moved-in');
    expect(plan.fetches).toEqual([
      { api: 'Inburgeringsplicht', operation: 'getInburgeringsplichtByBsn', params: { bsn: BSN } },
      { api: 'Inburgeringstermijn', operation: 'getInburgeringstermijnByBsn', params: { bsn: BSN } },
      { api: 'Examen', operation: 'getExamenresultatenByBsn', params: { bsn: BSN } },
      { api: 'Inburgeringsplicht', operation: 'getDoelgroepByBsn', params: { bsn: BSN } },
      { api: 'PIP', operation: 'getPipByBsn', params: { bsn: BSN } },
    ]);
    expect(planFetches(n, { includeExtra: false }).fetches).toHaveLength(3);
    expect(planFetches({ ...n, gebeurtenisId: 'SS113' })).toMatchObject({ fetches: [], note: expect.stringContaining('SDI011') as unknown });
    expect(planFetches({ ...n, gebeurtenisId: 'SS999' })).toMatchObject({ event: undefined, fetches: [] });
    expect(planFetches({ registratieDatumTijd: n.registratieDatumTijd, vNummer: 12, gebeurtenisId: 'SS101' }).note).toMatch(/zonder BSN/);
  });
});

describe('receiving notifications (parseNotification)', () => {
  const headers = { bron: '00000001999999999000', doel: GEMEENTE_OIN, berichtId: '0b6c5a1e-3f0e-4c1b-9a57-5d1e0a6f3c21' };
  const body = { registratieDatumTijd: '2026-06-01T10:00:00+02:00', bsn: BSN, gebeurtenisId: 'SS102' };
  const opts = async () => ({ validator: await validator(), gemeenteOin: GEMEENTE_OIN, duoOin: '00000001999999999000' });

  it('accepts a valid notification', async () => {
    const r = parseNotification({ headers, body }, await opts());
    expect(r).toMatchObject({ ok: true, notification: { berichtId: headers.berichtId, notificatie: body, event: { code: 'SS102' } } });
  });

  it('400 on a body or headers that break the spec', async () => {
    const r = parseNotification({ headers: { ...headers, berichtId: 'x' }, body: { ...body, gebeurtenisId: 'ss102', bsn: '1234' } }, await opts());
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.status).toBe(400);
      expect(r.issues).toEqual(expect.arrayContaining(['header berichtId: must match format "uuid"', 'body /bsn: must NOT have fewer than 9 characters']));
    }
    expect(parseNotification({ headers, body: { bsn: BSN } }, await opts())).toMatchObject({ ok: false, status: 400 });
  });

  it('403 when bron is not DUO or doel is not this gemeente', async () => {
    expect(parseNotification({ headers: { ...headers, bron: GEMEENTE_OIN }, body }, await opts())).toMatchObject({ ok: false, status: 403 });
    expect(parseNotification({ headers: { ...headers, doel: '00000001007654321000' }, body }, await opts())).toMatchObject({ ok: false, status: 403 });
  });

  it('accepts unknown event codes (DUO may add events) without a catalogue entry', async () => {
    expect(parseNotification({ headers, body: { ...body, gebeurtenisId: 'SS150' } }, await opts())).toMatchObject({ ok: true, notification: { event: undefined } });
  });

  it('the 503 answer matches the spec', async () => {
    const v = await independentValidator();
    const r = notificationUnavailableResponse(await validator());
    expect(v.validateResponse({ api: 'Notificatie', operationId: 'opvoerenNotificatie' }, { status: r.status, headers: r.headers, body: r.body })).toEqual([]);
  });
});

describe('simulator → gemeente', () => {
  let sim: DuoSimulator;
  let gemeente: GemeenteReceiver;
  let client: HttpDuoClient;
  const recorder = new ContractRecorder();

  beforeEach(async () => {
    sim = await startSimulator();
    gemeente = await startGemeenteReceiver(sim.duoOin);
    const g = sim.gemeente(GEMEENTE_OIN);
    if (g) g.notificationUrl = gemeente.url;
    client = await clientFor(sim, { recorder });
  });

  afterEach(async () => {
    await recorder.expectAllValid();
    expect(sim.state.contractViolations).toEqual([]);
    await client.close();
    await sim.close();
    await gemeente.close();
  });

  it('POSTs notifications exactly as the Notificatie spec describes', async () => {
    seed(sim, { vNummer: 1234567890 });
    const d = await sim.emit({ gebeurtenisId: 'SS101', bsn: BSN });
    expect(d).toMatchObject({ delivered: true, attempts: 1, lastStatus: 201 });
    const v = await independentValidator();
    const [got] = gemeente.received;
    expect(got).toBeDefined();
    expect(v.validateRequest({ api: 'Notificatie', operationId: 'opvoerenNotificatie' }, { path: '/notificaties', headers: got?.headers ?? {}, body: got?.body }, { strictProperties: true })).toEqual([]);
    expect(got?.headers['bron']).toBe(sim.duoOin);
    expect(got?.headers['doel']).toBe(GEMEENTE_OIN);
    expect(got?.body).toMatchObject({ bsn: BSN, vNummer: 1234567890, gebeurtenisId: 'SS101' });
    expect(gemeente.stored.size).toBe(1);
  });

  it('a notification the gemeente cannot store (503) is redelivered with the same berichtId and stored once', async () => {
    seed(sim);
    gemeente.failNext = 2;
    const d = await sim.emit({ gebeurtenisId: 'SS102', bsn: BSN });
    expect(d.delivered).toBe(false);
    await sim.redeliverPending();
    expect(d.delivered).toBe(false);
    await sim.redeliverPending();
    expect(d).toMatchObject({ delivered: true, attempts: 3 });
    // DUO may also repeat a delivered notification; the gemeente dedupes on berichtId.
    d.delivered = false;
    await sim.redeliverPending();
    expect(new Set(gemeente.received.map((r) => r.headers['berichtid'])).size).toBe(1);
    expect(gemeente.stored.size).toBe(1);
  });

  it('a gemeente that is down gets the notification once it is back', async () => {
    seed(sim);
    const url = gemeente.url;
    await gemeente.close();
    const d = await sim.emit({ gebeurtenisId: 'SS199', bsn: BSN });
    expect(d.delivered).toBe(false);
    expect(d.lastError).toBeDefined();
    gemeente = await startGemeenteReceiver(sim.duoOin);
    const g = sim.gemeente(GEMEENTE_OIN);
    if (g) g.notificationUrl = gemeente.url;
    expect(url).not.toBe('');
    const [again] = await sim.redeliverPending();
    expect(again).toMatchObject({ delivered: true, berichtId: d.berichtId });
  });

  it('PIP registration with autoStartTermijn notifies SS102; Koers fetches what it points to', async () => {
    await sim.close();
    sim = await startSimulator({ autoStartTermijn: true, gemeenten: [{ oin: GEMEENTE_OIN, gemeentecode: '0363', notificationUrl: gemeente.url }] });
    await client.close();
    client = await clientFor(sim, { recorder });
    seed(sim);
    await client.registreerPip({ bsn: BSN, pip: { dagtekeningPip: '2026-02-01', leerroute: 'B' }, berichtId: id() });
    await expect.poll(() => gemeente.stored.size).toBe(1);
    const [n] = [...gemeente.stored.values()];
    expect(n?.notificatie.gebeurtenisId).toBe('SS102');
    const plan = planFetches(n?.notificatie ?? { registratieDatumTijd: '', gebeurtenisId: '' });
    const results = await Promise.all(plan.fetches.map((f) => executeFetch(client, f)));
    expect(results[0]?.body).toEqual({ startdatum: '2026-02-02', einddatum: '2029-02-02', wijzigingsdatum: '2026-06-01' });
  });

  it('every fetch of every catalogue event works against the simulator', async () => {
    seed(sim, {
      termijn: { startdatum: '2026-02-02', einddatum: '2029-02-02' },
      lbtExamennummer: 'LBT1',
      pips: [{ gemeenteOin: GEMEENTE_OIN, pip: { dagtekeningPip: '2026-02-01', leerroute: 'B' } }],
    });
    for (const code of Object.keys(eventCatalogue)) {
      const plan = planFetches({ registratieDatumTijd: '2026-06-01T10:00:00Z', bsn: BSN, gebeurtenisId: code });
      for (const step of plan.fetches) expect((await executeFetch(client, step)).status).toBe(200);
    }
  });

  it('events can be emitted via the admin endpoint', async () => {
    seed(sim);
    const res = await fetch(`${sim.url}/_sim/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ gebeurtenisId: 'SS131', bsn: BSN }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ delivered: true });
    const bad = await fetch(`${sim.url}/_sim/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ gebeurtenisId: 'ss131', bsn: BSN }) });
    expect(bad.status).toBe(400);
  });
});
