// `npm start` in demo mode: a demo DigiD broker runs on loopback (ADR 0153), its page lists the demo
// persons, and picking one signs that person in to the portal with their own case.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKoers } from '../../src/start.ts';
import { testDatabase } from '../support/database.ts';

let koers: { app: FastifyInstance };
let drop: () => Promise<void>;

beforeAll(async () => {
  const db = await testDatabase();
  drop = db.drop;
  koers = await createKoers({ logLevel: 'silent', demo: true, port: 3000, secret: 'test-geheim-'.padEnd(40, 'x'), database: db.config, duo: undefined, brp: undefined });
});
afterAll(async () => {
  await koers.app.close();
  await drop();
});

describe('the demo DigiD broker', () => {
  it('lets one pick a demo person and signs that person in to the portal', async () => {
    const cookies = new Map<string, string>();
    const inject = async (url: string): Promise<LightMyRequestResponse> => {
      const response = await koers.app.inject({ method: 'GET', url, cookies: Object.fromEntries(cookies) });
      for (const c of response.cookies) cookies.set(c.name, c.value);
      return response;
    };
    const start = await inject('/api/portaal/login?gemeente=0505');
    expect(start.statusCode, start.body).toBe(302);
    const authorize = new URL(String(start.headers.location));
    expect(authorize.hostname).toBe('127.0.0.1');

    const jar = new Map<string, string>();
    const browse = async (url: string, init: RequestInit = {}): Promise<Response> => {
      const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
      for (const header of response.headers.getSetCookie()) {
        const [pair = ''] = header.split(';');
        jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
      }
      return response;
    };
    let response = await browse(authorize.href);
    let url = authorize.href;
    while (response.status >= 300 && response.status < 400) {
      url = new URL(response.headers.get('location') ?? '', url).href;
      response = await browse(url);
    }
    const page = await response.text();
    expect(page).toContain('Demo-DigiD');
    expect(page).toContain('Rania Haddad');
    const action = /<form method="post" action="([^"]+)"><input type="hidden" name="bsn" value="999990020">/.exec(page)?.[1];
    expect(action).toMatch(/^\/interaction\//);

    response = await browse(new URL(action ?? '', url).href, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'bsn=999990020' });
    url = new URL(action ?? '', url).href;
    while (!(response.headers.get('location') ?? '').startsWith('http://localhost:3000/api/portaal/callback')) {
      expect(response.status, url).toBeGreaterThanOrEqual(300);
      url = new URL(response.headers.get('location') ?? '', url).href;
      response = await browse(url);
    }
    const callback = new URL(response.headers.get('location') ?? '');
    const done = await inject(callback.pathname + callback.search);
    expect(done.statusCode, done.body).toBe(302);
    expect(done.headers.location).toBe('/portaal/');

    const sessie = await inject('/api/portaal/sessie');
    expect(sessie.statusCode, sessie.body).toBe(200);
    expect(sessie.json<{ givenName: string; preferredLanguage: string | null }>()).toMatchObject({ givenName: 'Rania', preferredLanguage: 'ar' });
  });
});

describe('the portal login page', () => {
  it('lists the gemeenten by name and code, to anyone', async () => {
    const response = await koers.app.inject({ method: 'GET', url: '/api/portaal/gemeenten' });
    expect(response.statusCode).toBe(200);
    const { gemeenten } = response.json<{ gemeenten: { code: string; name: string }[] }>();
    expect(gemeenten).toContainEqual({ code: '0505', name: 'Dordrecht' });
    expect(gemeenten.map((g) => g.name)).toEqual([...gemeenten.map((g) => g.name)].sort((x, y) => x.localeCompare(y)));
    expect(Object.keys(gemeenten[0] ?? {}).sort()).toEqual(['code', 'name']);
  });
});
