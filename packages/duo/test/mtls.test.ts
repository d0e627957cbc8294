/** Mutual TLS from certificate/key/CA file paths (PKIoverheid in production; a throwaway CA here). */
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpDuoClient } from '../src/client.ts';
import type { DuoSimulator } from '../src/simulator/app.ts';
import { ANDERE_GEMEENTE_OIN, BSN, GEMEENTE_OIN, seed, startSimulator, validator } from './helpers.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'duo-mtls-'));
const f = (name: string) => path.join(dir, name);
const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });

function makeCa(name: string): void {
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', f(`${name}.key`), '-out', f(`${name}.crt`), '-days', '2', '-subj', `/CN=${name}`);
}
function makeCert(name: string, ca: string, ext: string, subject = `/CN=${name}`): void {
  openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', f(`${name}.key`), '-out', f(`${name}.csr`), '-subj', subject);
  writeFileSync(f(`${name}.ext`), ext);
  openssl('x509', '-req', '-in', f(`${name}.csr`), '-CA', f(`${ca}.crt`), '-CAkey', f(`${ca}.key`), '-CAcreateserial', '-out', f(`${name}.crt`), '-days', '2', '-extfile', f(`${name}.ext`));
}

let server: Server;
let baseUrl: string;
const seenClients: string[] = [];

beforeAll(async () => {
  makeCa('test-ca');
  makeCa('other-ca');
  makeCert('duo-server', 'test-ca', 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
  // PKIoverheid certificates carry the OIN in the subject's serialNumber.
  makeCert('gemeente-client', 'test-ca', 'extendedKeyUsage=clientAuth\n', `/CN=gemeente-client/serialNumber=${GEMEENTE_OIN}`);
  makeCert('imposter-client', 'test-ca', 'extendedKeyUsage=clientAuth\n', `/CN=imposter-client/serialNumber=${ANDERE_GEMEENTE_OIN}`);
  makeCert('stranger-client', 'other-ca', 'extendedKeyUsage=clientAuth\n');
  server = createServer(
    { key: readFileSync(f('duo-server.key')), cert: readFileSync(f('duo-server.crt')), ca: readFileSync(f('test-ca.crt')), requestCert: true, rejectUnauthorized: true },
    (req, res) => {
      const peer = (req.socket as TLSSocket).getPeerCertificate();
      seenClients.push(String(peer.subject.CN));
      res.writeHead(200, { 'content-type': 'application/json', 'API-Version': '1.0.0' }).end(JSON.stringify([{ code: 'NVW', omschrijving: 'Niet verwijtbaar' }]));
    },
  );
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
}, 60_000);

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
});

const clientWith = async (cert: string, ca = 'test-ca') =>
  new HttpDuoClient(
    { baseUrl, bronOin: GEMEENTE_OIN, doelOin: '00000001999999999000', timeoutMs: 5_000, tls: { certPath: f(`${cert}.crt`), keyPath: f(`${cert}.key`), caPath: f(`${ca}.crt`) } },
    { validator: await validator() },
  );

describe('mutual TLS', () => {
  it('presents the configured client certificate and trusts the configured CA', async () => {
    const c = await clientWith('gemeente-client');
    const r = await c.getVerlengingsgronden();
    expect(r.body).toEqual([{ code: 'NVW', omschrijving: 'Niet verwijtbaar' }]);
    expect(seenClients).toContain('gemeente-client');
    await c.close();
  });

  it('a certificate DUO does not trust fails the handshake (retryable, reason tls or network: nothing was sent)', async () => {
    const c = await clientWith('stranger-client');
    const err = await c.getVerlengingsgronden().catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'DuoRetryableError', retryable: true });
    // TLS 1.3: the server's rejection may surface as an alert or as a reset, depending on timing.
    expect(['tls', 'network']).toContain((err as { reason: string }).reason);
    await c.close();
  });

  it('a server certificate outside the configured CA is refused', async () => {
    const c = await clientWith('gemeente-client', 'other-ca');
    await expect(c.getVerlengingsgronden()).rejects.toMatchObject({ name: 'DuoRetryableError', reason: 'tls' });
    await c.close();
  });
});

describe('simulator over HTTPS with mutual TLS', () => {
  let sim: DuoSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ https: { key: readFileSync(f('duo-server.key')), cert: readFileSync(f('duo-server.crt')), ca: readFileSync(f('test-ca.crt')), requestCert: true } });
    seed(sim);
  });
  afterAll(async () => {
    await sim.close();
  });

  const simClient = async (cert: string) =>
    new HttpDuoClient(
      { baseUrl: sim.baseUrl, bronOin: GEMEENTE_OIN, doelOin: sim.duoOin, timeoutMs: 5_000, tls: { certPath: f(`${cert}.crt`), keyPath: f(`${cert}.key`), caPath: f('test-ca.crt') } },
      { validator: await validator() },
    );

  it('accepts the gemeente whose certificate OIN matches bron', async () => {
    expect(sim.baseUrl.startsWith('https://127.0.0.1:')).toBe(true);
    const c = await simClient('gemeente-client');
    expect((await c.getInburgeringsplicht({ bsn: BSN })).body.indicatorInburgeringsplicht).toBe(true);
    await c.close();
  });

  it('refuses (403) a trusted certificate whose OIN is not the bron', async () => {
    const c = await simClient('imposter-client');
    await expect(c.getInburgeringsplicht({ bsn: BSN })).rejects.toMatchObject({ name: 'DuoRejectedError', status: 403 });
    await c.close();
  });
});
