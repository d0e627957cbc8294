// Security headers on every kind of response (issue 11, defect 8): an API answer, the web app's
// HTML (also as the fallback for a deep link) and a static asset; HSTS only over HTTPS.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/config.ts';
import { anotherApp, createTestKoers, type TestKoers } from '../support/koers.ts';

let koers: TestKoers;
const webDistDir = mkdtempSync(join(tmpdir(), 'koers-web-'));
beforeAll(async () => {
  writeFileSync(join(webDistDir, 'index.html'), '<!doctype html><html lang="nl"><head><script type="module" src="/assets/app.js"></script></head><body></body></html>');
  mkdirSync(join(webDistDir, 'assets'));
  writeFileSync(join(webDistDir, 'assets', 'app.js'), 'console.log("koers");');
  koers = await createTestKoers({ webDistDir });
});
afterAll(async () => {
  await koers.close();
  rmSync(webDistDir, { recursive: true, force: true });
});

function expectSecurityHeaders(response: LightMyRequestResponse, what: string): void {
  const csp = String(response.headers['content-security-policy'] ?? '');
  const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
  expect(directives.get('script-src'), `${what}: script-src`).toEqual(["'self'"]);
  expect(directives.get('default-src'), what).toEqual(["'self'"]);
  expect(directives.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(csp, what).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp, what).not.toContain("'unsafe-eval'");
  expect(response.headers['x-content-type-options'], what).toBe('nosniff');
  expect(response.headers['referrer-policy'], what).toBe('no-referrer');
  expect(response.headers['x-frame-options'], what).toBe('DENY');
  // helmet's other defaults, computed once at start (security-headers.ts).
  expect(response.headers['cross-origin-opener-policy'], what).toBe('same-origin');
  expect(response.headers['x-dns-prefetch-control'], what).toBe('off');
}

describe('security headers', () => {
  it('on an API response, the web app’s HTML, a deep link and a static asset; no HSTS over plain HTTP', async () => {
    const responses: [string, LightMyRequestResponse][] = [
      ['API', await koers.app.inject({ method: 'GET', url: '/api/health' })],
      ['API-fout', await koers.app.inject({ method: 'GET', url: '/api/cases' })],
      ['HTML', await koers.app.inject({ method: 'GET', url: '/' })],
      ['diepe link', await koers.app.inject({ method: 'GET', url: '/dossiers/123' })],
      ['asset', await koers.app.inject({ method: 'GET', url: '/assets/app.js' })],
    ];
    expect(responses.map(([, r]) => r.statusCode)).toEqual([200, 401, 200, 200, 200]);
    expect(responses[2]?.[1].headers['content-type']).toMatch(/text\/html/);
    expect(responses[4]?.[1].headers['content-type']).toMatch(/javascript/);
    for (const [what, response] of responses) {
      expectSecurityHeaders(response, what);
      expect(response.headers['strict-transport-security'], what).toBeUndefined();
    }
  });

  it('HSTS when the request came over HTTPS through a trusted proxy, not when an untrusted peer claims it', async () => {
    const app = await anotherApp(koers, { config: { trustedProxies: ['127.0.0.1'] } });
    try {
      await app.ready();
      const viaProxy = await app.inject({ method: 'GET', url: '/api/health', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-proto': 'https' } });
      expect(viaProxy.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expectSecurityHeaders(viaProxy, 'https');
      const claimed = await app.inject({ method: 'GET', url: '/api/health', remoteAddress: '10.1.2.3', headers: { 'x-forwarded-proto': 'https' } });
      expect(claimed.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});

describe('listen address', () => {
  const base = { KOERS_DATA_DIR: '/tmp/koers-test' };
  it('is loopback unless HOST says otherwise; a malformed HOST stops the start', () => {
    expect(configFromEnv(base).host).toBe('127.0.0.1');
    expect(configFromEnv({ ...base, HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(configFromEnv({ ...base, HOST: '::' }).host).toBe('::');
    expect(() => configFromEnv({ ...base, HOST: 'http://x' })).toThrow(/HOST/);
  });
});
