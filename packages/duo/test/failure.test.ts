/** DUO down / 503 / lost answers: retryable errors, and the same BerichtId takes effect once. */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpDuoClient, withRetry } from '../src/client.ts';
import { DuoConfigError, duoConfigFromEnv, parseDuoConfig } from '../src/config.ts';
import { DuoContractError, DuoRejectedError, DuoRetryableError, isRetryable } from '../src/errors.ts';
import type { DuoSimulator } from '../src/simulator/app.ts';
import { BSN, clientFor, ContractRecorder, GEMEENTE_OIN, id, seed, startSimulator, validator } from './helpers.ts';

let sim: DuoSimulator;
let client: HttpDuoClient;
let recorder: ContractRecorder;

beforeEach(async () => {
  sim = await startSimulator();
  recorder = new ContractRecorder();
  client = await clientFor(sim, { recorder, timeoutMs: 5_000 });
  seed(sim);
});

afterEach(async () => {
  await recorder.expectAllValid();
  expect(sim.state.contractViolations).toEqual([]);
  await client.close();
  await sim.close();
});

const pip = { dagtekeningPip: '2026-02-01', leerroute: 'B' } as const;
const pipsOf = () => sim.state.persons.get(BSN)?.pips.length;

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('verwachtte een fout');
}

describe('503 for a while', () => {
  it('is retryable; after recovery the same BerichtId is accepted once', async () => {
    const berichtId = id();
    sim.setFailureMode({ kind: 'status503', forRequests: 2 });
    for (let i = 0; i < 2; i++) {
      const err = await caught(client.registreerPip({ bsn: BSN, pip, berichtId }));
      expect(err).toBeInstanceOf(DuoRetryableError);
      expect(err).toMatchObject({ reason: 'server', status: 503, retryable: true, berichtId });
      expect(isRetryable(err)).toBe(true);
    }
    expect(pipsOf()).toBe(0);
    expect((await client.registreerPip({ bsn: BSN, pip, berichtId })).status).toBe(201);
    // A retry of a melding that did arrive (e.g. the outbox did not see the answer) gets the same answer, no second effect.
    expect((await client.registreerPip({ bsn: BSN, pip, berichtId })).status).toBe(201);
    expect(pipsOf()).toBe(1);
    expect(sim.state.requestLog.filter((e) => e.berichtId === berichtId).map((e) => e.replayed === true)).toEqual([false, true]);
  });

  it('withRetry retries with the same BerichtId until DUO is back', async () => {
    sim.setFailureMode({ kind: 'status503', forRequests: 3 });
    const berichtId = id();
    const attempts: string[] = [];
    const c = await clientFor(sim, { recorder });
    const result = await withRetry(
      () => {
        attempts.push(berichtId);
        return c.registreerPip({ bsn: BSN, pip, berichtId });
      },
      { attempts: 5, delayMs: () => 10 },
    );
    expect(result.status).toBe(201);
    expect(attempts).toHaveLength(4);
    expect(pipsOf()).toBe(1);
    await c.close();
  });

  it('withRetry gives up after the attempts and rethrows the retryable error', async () => {
    sim.setFailureMode({ kind: 'status503' });
    await expect(withRetry(() => client.getVerlengingsgronden(), { attempts: 2, delayMs: () => 1 })).rejects.toBeInstanceOf(DuoRetryableError);
    sim.setFailureMode(null);
    expect((await client.getVerlengingsgronden()).status).toBe(200);
  });
});

describe('503 on APIs whose spec defines no 503', () => {
  it('is still retryable, and the simulator does not count it as its own contract violation', async () => {
    sim.setFailureMode({ kind: 'status503', forRequests: 1 });
    await expect(client.getExamenresultaten({ bsn: BSN })).rejects.toMatchObject({ reason: 'server', status: 503 });
    expect((await client.getExamenresultaten({ bsn: BSN })).status).toBe(200);
    recorder.exchanges.splice(0, 1); // the recorder (rightly) notes that Examen does not specify 503
  });
});

describe('DUO down', () => {
  it('a dropped connection is a retryable network error; nothing is processed', async () => {
    const berichtId = id();
    sim.setFailureMode({ kind: 'down', forRequests: 1 });
    const err = await caught(client.registreerPip({ bsn: BSN, pip, berichtId }));
    expect(err).toMatchObject({ reason: 'network', retryable: true });
    expect(pipsOf()).toBe(0);
    expect((await client.registreerPip({ bsn: BSN, pip, berichtId })).status).toBe(201);
    expect(pipsOf()).toBe(1);
  });

  it('a lost answer after processing: the retry with the same BerichtId is answered from memory', async () => {
    const berichtId = id();
    sim.setFailureMode({ kind: 'lostResponse', forRequests: 1 });
    const err = await caught(client.registreerContactpersoon({ gegevens: { naam: 'Anna Jansen', email: 'a.jansen@gemeente.example', telefoonnummer: '0201234567' }, berichtId }));
    expect(err).toMatchObject({ reason: 'network', retryable: true });
    expect(sim.state.contactpersonen.size).toBe(1);
    const again = await client.registreerContactpersoon({ gegevens: { naam: 'Anna Jansen', email: 'a.jansen@gemeente.example', telefoonnummer: '0201234567' }, berichtId });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(1);
    expect(sim.state.contactpersonen.size).toBe(1);
  });

  it('connection refused (simulator stopped) is retryable', async () => {
    const stopped = await startSimulator();
    const c = await clientFor(stopped);
    await stopped.close();
    const err = await caught(c.getVerlengingsgronden());
    expect(err).toMatchObject({ reason: 'network', retryable: true });
    await c.close();
  });

  it('the same BerichtId with a different body is refused (400), not silently merged', async () => {
    const berichtId = id();
    await client.registreerPip({ bsn: BSN, pip, berichtId });
    const err = await caught(client.registreerPip({ bsn: BSN, pip: { ...pip, leerroute: 'Z' }, berichtId }));
    expect(err).toBeInstanceOf(DuoRejectedError);
    expect(err).toMatchObject({ status: 400, retryable: false });
  });
});

describe('raw HTTP failures', () => {
  let server: Server | undefined;
  afterEach(async () => {
    if (server) {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
      server = undefined;
    }
  });

  async function rawServer(handler: Parameters<typeof createServer>[1]): Promise<string> {
    server = createServer(handler);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  }

  const rawClient = async (baseUrl: string, timeoutMs = 2_000) =>
    new HttpDuoClient({ baseUrl, bronOin: GEMEENTE_OIN, doelOin: sim.duoOin, timeoutMs }, { validator: await validator() });

  it('a timeout is retryable', async () => {
    const baseUrl = await rawServer(() => undefined); // never answers
    const c = await rawClient(baseUrl, 300);
    const err = await caught(c.getVerlengingsgronden());
    expect(err).toMatchObject({ reason: 'timeout', retryable: true });
    await c.close();
  });

  it('429 is retryable with Retry-After', async () => {
    const baseUrl = await rawServer((_req, res) => {
      res.writeHead(429, { 'Retry-After': '7', 'API-Version': '1.0.0' }).end();
    });
    const c = await rawClient(baseUrl);
    const err = await caught(c.getVerlengingsgronden());
    expect(err).toMatchObject({ reason: 'throttled', status: 429, retryAfterMs: 7000, retryable: true });
    await c.close();
  });

  it('500 is retryable', async () => {
    const baseUrl = await rawServer((_req, res) => {
      res.writeHead(500, { 'API-Version': '1.0.0' }).end();
    });
    const c = await rawClient(baseUrl);
    expect(await caught(c.getVerlengingsgronden())).toMatchObject({ reason: 'server', status: 500, retryable: true });
    await c.close();
  });

  it('an accepted melding whose answer lacks API-Version succeeds with a warning', async () => {
    const baseUrl = await rawServer((_req, res) => {
      res.writeHead(200).end();
    });
    const c = await rawClient(baseUrl);
    const r = await c.meldResultaatMap({ bsn: BSN, berichtId: id(), resultaat: { datumEindgesprekMap: '2026-05-01' } });
    expect(r.status).toBe(200);
    expect(r.contractWarnings).toEqual(['header API-Version: verplichte response-header ontbreekt']);
    await c.close();
  });

  it('a melding answered with a success status the spec does not define is a contract error: Koers cannot tell what DUO did', async () => {
    const baseUrl = await rawServer((_req, res) => {
      res.writeHead(202, { 'API-Version': '1.0.0' }).end();
    });
    const c = await rawClient(baseUrl);
    const err = await caught(c.meldResultaatMap({ bsn: BSN, berichtId: id(), resultaat: { datumEindgesprekMap: '2026-05-01' } }));
    expect(err).toBeInstanceOf(DuoContractError);
    expect(err).toMatchObject({ direction: 'response', operationId: 'updateMapByBsn', retryable: false });
    await c.close();
  });

  it('a melding whose success body the spec defines (the contactpersoon id) must match it', async () => {
    const baseUrl = await rawServer((_req, res) => {
      res.writeHead(201, { 'API-Version': '1.0.0', 'content-type': 'application/json' }).end(JSON.stringify({ nummer: 'zeven' }));
    });
    const c = await rawClient(baseUrl);
    const err = await caught(c.registreerContactpersoon({ berichtId: id(), gegevens: { naam: 'A. Regisseur', email: 'a@example.nl', telefoonnummer: '0301234567' } }));
    expect(err).toBeInstanceOf(DuoContractError);
    expect((err as DuoContractError).issues.some((i) => i.location === 'body')).toBe(true);
    await c.close();
  });

  it('a response that breaks the spec is a contract error (not retryable)', async () => {
    const baseUrl = await rawServer((_req, res) => {
      res.writeHead(200, { 'API-Version': '1.0.0', 'content-type': 'application/json' }).end(JSON.stringify([{ code: 'X' }]));
    });
    const c = await rawClient(baseUrl);
    const err = await caught(c.getVerlengingsgronden());
    expect(err).toBeInstanceOf(DuoContractError);
    expect(err).toMatchObject({ direction: 'response', retryable: false });
    await c.close();
  });
});

describe('what the client refuses to send', () => {
  it('an invalid melding is a contract error before anything is sent', async () => {
    const before = sim.state.requestLog.length;
    const err = await caught(client.registreerPip({ bsn: BSN, pip: { dagtekeningPip: '1-2-2026', leerroute: 'B' }, berichtId: id() }));
    expect(err).toBeInstanceOf(DuoContractError);
    expect((err as DuoContractError).issues.map((i) => i.text)).toEqual(['body /dagtekeningPip: must match format "date"']);
    expect(sim.state.requestLog.length).toBe(before);
    recorder.exchanges.length = 0; // the recorder would (rightly) flag this exchange
  });

  it('a BerichtId must be a UUID', async () => {
    await expect(client.verwijderPip({ bsn: BSN, berichtId: 'bericht-1' })).rejects.toThrow(/UUID/);
  });
});

describe('configuration', () => {
  it('requires the /vN base path, 20-digit OINs and complete TLS paths', () => {
    expect(() => parseDuoConfig({ baseUrl: 'https://duo.example:1234', bronOin: GEMEENTE_OIN, doelOin: GEMEENTE_OIN })).toThrow(DuoConfigError);
    expect(() => parseDuoConfig({ baseUrl: 'https://duo.example:1234/v1', bronOin: '123', doelOin: GEMEENTE_OIN })).toThrow(/OIN/);
    expect(() => parseDuoConfig({ baseUrl: 'https://duo.example/v1', bronOin: GEMEENTE_OIN, doelOin: GEMEENTE_OIN, tls: { certPath: 'a' } })).toThrow(DuoConfigError);
    expect(parseDuoConfig({ baseUrl: 'https://duo.example:1234/v1', bronOin: GEMEENTE_OIN, doelOin: GEMEENTE_OIN }).timeoutMs).toBe(15_000);
    const tls = { certPath: '/x/cert.pem', keyPath: '/x/key.pem', caPath: '/x/ca.pem' };
    expect(() => parseDuoConfig({ baseUrl: 'http://duo.example:1234/v1', bronOin: GEMEENTE_OIN, doelOin: GEMEENTE_OIN, tls })).toThrow(/https/);
  });

  it('unreadable certificate files fail at construction with a clear message', () => {
    const tls = { certPath: '/bestaat/niet/cert.pem', keyPath: '/bestaat/niet/key.pem', caPath: '/bestaat/niet/ca.pem' };
    expect(() => new HttpDuoClient({ baseUrl: 'https://duo.example:1234/v1', bronOin: GEMEENTE_OIN, doelOin: GEMEENTE_OIN, tls })).toThrow(/certificaat niet leesbaar \(\/bestaat\/niet\/cert.pem\)/);
  });

  it('reads the environment', () => {
    const cfg = duoConfigFromEnv({
      KOERS_DUO_BASE_URL: 'https://duo.example:1234/v1',
      KOERS_DUO_BRON_OIN: GEMEENTE_OIN,
      KOERS_DUO_DOEL_OIN: '00000001999999999000',
      KOERS_DUO_TLS_CERT: '/etc/koers/cert.pem',
      KOERS_DUO_TLS_KEY: '/etc/koers/key.pem',
      KOERS_DUO_TLS_CA: '/etc/koers/ca.pem',
      KOERS_DUO_TIMEOUT_MS: '5000',
    });
    expect(cfg).toEqual({
      baseUrl: 'https://duo.example:1234/v1',
      bronOin: GEMEENTE_OIN,
      doelOin: '00000001999999999000',
      tls: { certPath: '/etc/koers/cert.pem', keyPath: '/etc/koers/key.pem', caPath: '/etc/koers/ca.pem' },
      timeoutMs: 5000,
    });
  });
});
