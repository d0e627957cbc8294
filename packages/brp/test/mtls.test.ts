/** Mutual TLS from certificate/key/CA file paths (PKIoverheid in production; a throwaway CA here; needs openssl). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpBrpClient } from '../src/client.ts';
import type { BrpStandIn } from '../src/standin/app.ts';
import { API_KEY, startStandIn } from './helpers.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'brp-mtls-'));
const f = (name: string) => path.join(dir, name);
const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });

function makeCa(name: string): void {
  openssl(
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    f(`${name}.key`),
    '-out',
    f(`${name}.crt`),
    '-days',
    '2',
    '-subj',
    `/CN=${name}`,
  );
}
function makeCert(name: string, ca: string, ext: string): void {
  openssl(
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    f(`${name}.key`),
    '-out',
    f(`${name}.csr`),
    '-subj',
    `/CN=${name}`,
  );
  writeFileSync(f(`${name}.ext`), ext);
  openssl(
    'x509',
    '-req',
    '-in',
    f(`${name}.csr`),
    '-CA',
    f(`${ca}.crt`),
    '-CAkey',
    f(`${ca}.key`),
    '-CAcreateserial',
    '-out',
    f(`${name}.crt`),
    '-days',
    '2',
    '-extfile',
    f(`${name}.ext`),
  );
}

let standIn: BrpStandIn;

beforeAll(async () => {
  makeCa('test-ca');
  makeCa('other-ca');
  makeCert('brp-server', 'test-ca', 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
  makeCert('gemeente-client', 'test-ca', 'extendedKeyUsage=clientAuth\n');
  makeCert('stranger-client', 'other-ca', 'extendedKeyUsage=clientAuth\n');
  standIn = await startStandIn({
    https: {
      key: readFileSync(f('brp-server.key')),
      cert: readFileSync(f('brp-server.crt')),
      ca: readFileSync(f('test-ca.crt')),
      requestCert: true,
    },
  });
}, 60_000);
afterAll(() => standIn.close());

const clientWith = (cert: string, ca = 'test-ca') =>
  new HttpBrpClient({
    baseUrl: standIn.baseUrl,
    apiKey: API_KEY,
    timeoutMs: 5_000,
    tls: { certPath: f(`${cert}.crt`), keyPath: f(`${cert}.key`), caPath: f(`${ca}.crt`) },
  });

describe('mutual TLS with the stand-in', () => {
  it('presents the configured client certificate and trusts the configured CA', async () => {
    expect(standIn.baseUrl.startsWith('https://127.0.0.1:')).toBe(true);
    const c = clientWith('gemeente-client');
    expect((await c.raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990019' })).burgerservicenummer).toBe('999990019');
    expect(standIn.requests.at(-1)?.clientCertificate).toBe('gemeente-client');
    await c.close();
  });

  it('a client certificate the BRP does not trust fails the handshake: unavailable, nothing was sent', async () => {
    const before = standIn.requests.length;
    const c = clientWith('stranger-client');
    const err = await c.raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990019' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'BrpUnavailableError' });
    // TLS 1.3: the server's rejection may surface as an alert or as a reset, depending on timing.
    expect(['tls', 'network']).toContain((err as { reason: string }).reason);
    expect(standIn.requests.length).toBe(before);
    await c.close();
  });

  it('a server certificate outside the configured CA is refused (tls)', async () => {
    const c = clientWith('gemeente-client', 'other-ca');
    await expect(c.raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990019' })).rejects.toMatchObject({
      name: 'BrpUnavailableError',
      reason: 'tls',
    });
    await c.close();
  });

  it('unreadable TLS files stop the client at construction with a Dutch message', () => {
    expect(
      () =>
        new HttpBrpClient({ baseUrl: standIn.baseUrl, tls: { certPath: f('bestaat-niet.crt'), keyPath: f('x.key'), caPath: f('y.crt') } }),
    ).toThrow(/BRP mutual TLS: certificaat niet leesbaar/);
  });
});
