// OpenID Connect login (authorization code + PKCE) against an OIDC provider started in the test.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../src/db/schema.ts';
import { configFromEnv } from '../src/config.ts';
import { anotherApp, Client, createGemeente, createTestKoers, type TestKoers } from './support/koers.ts';
import { startOidcProvider, type TestAccount, type TestOidcProvider } from './support/oidc-provider.ts';

const redirectUri = 'http://koers.test/api/auth/oidc/callback';
let idp: TestOidcProvider;
let koers: TestKoers;
let subjects = 0;
const newSubject = () => `idp-gebruiker-${++subjects}-${Date.now()}`;

beforeAll(async () => {
  idp = await startOidcProvider({ redirectUri });
  koers = await createTestKoers({
    oidc: {
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      redirectUri,
      label: 'Inloggen met Testorganisatie',
      allowInsecure: true,
    },
  });
});
afterAll(async () => {
  await koers.close();
  await idp.close();
});

/** Follows the provider's redirects like a browser (with its own cookies) until it sends the user back to Koers. */
async function throughProvider(authorizationUrl: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(redirectUri)) return new URL(url);
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    const location = response.headers.get('location');
    if (!location) throw new Error(`Provider antwoordde ${response.status} zonder redirect: ${await response.text()}`);
    url = new URL(location, url).href;
  }
  throw new Error('Te veel redirects');
}

/** Starts the login at Koers and completes it at the provider as `account`; returns Koers's callback response. */
async function oidcLogin(client: Client, account: TestAccount, tamper?: (callback: URL) => void) {
  const start = await client.get('/api/auth/oidc/login');
  expect(start.statusCode, start.body).toBe(302);
  idp.signInAs(account);
  const callback = await throughProvider(String(start.headers.location));
  tamper?.(callback);
  return client.get(callback.pathname + callback.search);
}

async function userRow(id: string) {
  const [row] = await koers.database.db.select().from(users).where(eq(users.id, id));
  if (!row) throw new Error(id);
  return row;
}

describe('OpenID Connect login', () => {
  it('is announced as enabled with its label', async () => {
    const response = await koers.app.inject({ method: 'GET', url: '/api/auth/oidc' });
    expect(response.json()).toEqual({ enabled: true, label: 'Inloggen met Testorganisatie' });
  });

  it('redirects to the provider with the authorization code flow and PKCE (S256), state and nonce', async () => {
    const client = new Client(koers.app);
    const response = await client.get('/api/auth/oidc/login');
    expect(response.statusCode).toBe(302);
    const location = new URL(String(response.headers.location));
    expect(`${location.origin}${location.pathname}`).toBe(`${idp.issuer}/auth`);
    const q = location.searchParams;
    expect(q.get('response_type')).toBe('code');
    expect(q.get('client_id')).toBe(idp.clientId);
    expect(q.get('redirect_uri')).toBe(redirectUri);
    expect(q.get('scope')?.split(' ')).toEqual(expect.arrayContaining(['openid', 'email']));
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.get('state')?.length).toBeGreaterThanOrEqual(20);
    expect(q.get('nonce')?.length).toBeGreaterThanOrEqual(20);
    // The verifier, state and nonce wait in a signed, HttpOnly cookie; the verifier never leaves Koers.
    const pending = response.cookies.find((c) => c.name === 'koers_oidc');
    expect(pending).toMatchObject({ httpOnly: true, path: '/api/auth/oidc', sameSite: 'Lax' });
    const unsigned = koers.app.unsignCookie(decodeURIComponent(pending?.value ?? ''));
    expect(unsigned.valid).toBe(true);
    const stored = JSON.parse(unsigned.value ?? '{}') as { v: string; s: string; n: string };
    expect(stored.s).toBe(q.get('state'));
    expect(stored.n).toBe(q.get('nonce'));
    expect(q.get('code_challenge')).toBe(createHash('sha256').update(stored.v).digest('base64url'));
    expect(location.href).not.toContain(stored.v);
  });

  it('signs in the Koers user with the same e-mail address and links the subject', async () => {
    const g = await createGemeente(koers.database);
    const user = g.users.trajectregisseur;
    const sub = newSubject();
    const client = new Client(koers.app);
    const callback = await oidcLogin(client, { sub, email: user.email.toUpperCase() });
    expect(callback.statusCode, callback.body).toBe(302);
    expect(callback.headers.location).toBe('/');
    expect(callback.cookies.find((c) => c.name === 'koers_sessie')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const session = await client.get('/api/auth/session');
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ user: { id: user.id, email: user.email, role: 'trajectregisseur' } });
    expect((await userRow(user.id)).oidcSubject).toBe(sub);
    const [row] = await koers.database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(row?.loginMethod).toBe('oidc');
    // The provider saw exactly what Koers sent, PKCE included.
    expect(idp.authorizationRequests.at(-1)?.get('code_challenge_method')).toBe('S256');

    // Next time the subject decides, even when the e-mail address at the provider changed.
    const again = new Client(koers.app);
    const second = await oidcLogin(again, { sub, email: 'nieuw-adres@elders.test' });
    expect(second.statusCode, second.body).toBe(302);
    expect((await again.get('/api/auth/session')).json()).toMatchObject({ user: { id: user.id } });
  });

  it('refuses an account whose e-mail address Koers does not know: 403 OIDC_NO_ACCOUNT, no session', async () => {
    const client = new Client(koers.app);
    const response = await oidcLogin(client, { sub: newSubject(), email: 'onbekend@elders.test' });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({
      error: { code: 'OIDC_NO_ACCOUNT', message: 'Er is geen Koers-account gekoppeld aan dit organisatie-account.' },
    });
    expect(response.cookies.find((c) => c.name === 'koers_sessie')).toBeUndefined();
    expect((await client.get('/api/auth/session')).statusCode).toBe(401);
  });

  it('does not link by an e-mail address the provider calls unverified', async () => {
    const g = await createGemeente(koers.database);
    const user = g.users.teamleider;
    const response = await oidcLogin(new Client(koers.app), { sub: newSubject(), email: user.email, emailVerified: false });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: 'OIDC_NO_ACCOUNT' } });
    expect((await userRow(user.id)).oidcSubject).toBeNull();
  });

  it('does not take over a user already linked to another subject', async () => {
    const g = await createGemeente(koers.database);
    const user = g.users.teamleider;
    const first = newSubject();
    expect((await oidcLogin(new Client(koers.app), { sub: first, email: user.email })).statusCode).toBe(302);
    const response = await oidcLogin(new Client(koers.app), { sub: newSubject(), email: user.email });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: 'OIDC_NO_ACCOUNT' } });
    expect((await userRow(user.id)).oidcSubject).toBe(first);
  });

  it('refuses an inactive user', async () => {
    const g = await createGemeente(koers.database);
    const user = g.users.beheerder;
    await koers.database.db.update(users).set({ active: false }).where(eq(users.id, user.id));
    const response = await oidcLogin(new Client(koers.app), { sub: newSubject(), email: user.email });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: 'ACCOUNT_INACTIVE' } });
  });

  it('refuses a tampered state: 401 OIDC_FAILED, no session, nothing linked', async () => {
    const g = await createGemeente(koers.database);
    const user = g.users.trajectregisseur;
    const client = new Client(koers.app);
    const response = await oidcLogin(client, { sub: newSubject(), email: user.email }, (callback) => {
      callback.searchParams.set('state', `${callback.searchParams.get('state') ?? ''}x`);
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: { code: 'OIDC_FAILED', message: 'Inloggen via de identiteitsprovider is mislukt.' } });
    expect(response.cookies.find((c) => c.name === 'koers_sessie')).toBeUndefined();
    expect((await client.get('/api/auth/session')).statusCode).toBe(401);
    expect((await userRow(user.id)).oidcSubject).toBeNull();
  });

  it('a login cancelled at the provider (error=access_denied) is 401 OIDC_FAILED', async () => {
    const client = new Client(koers.app);
    const start = await client.get('/api/auth/oidc/login');
    const state = new URL(String(start.headers.location)).searchParams.get('state') ?? '';
    const response = await client.get(
      `/api/auth/oidc/callback?error=access_denied&state=${encodeURIComponent(state)}&iss=${encodeURIComponent(idp.issuer)}`,
    );
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: { code: 'OIDC_FAILED' } });
    expect((await client.get('/api/auth/session')).statusCode).toBe(401);
  });

  it('refuses a callback without the pending login (another browser) and a replayed code', async () => {
    const g = await createGemeente(koers.database);
    const user = g.users.trajectregisseur;
    const client = new Client(koers.app);
    let callbackUrl = '';
    const ok = await oidcLogin(client, { sub: newSubject(), email: user.email }, (callback) => {
      callbackUrl = callback.pathname + callback.search;
    });
    expect(ok.statusCode).toBe(302);
    // The same callback in a browser that did not start the login.
    const stranger = await new Client(koers.app).get(callbackUrl);
    expect(stranger.statusCode).toBe(401);
    expect(stranger.json()).toMatchObject({ error: { code: 'OIDC_FAILED', message: 'De inlogpoging is verlopen. Probeer het opnieuw.' } });
    // And again in the original browser: the pending-login cookie is gone.
    expect((await client.get(callbackUrl)).statusCode).toBe(401);
  });

  it('reports a provider that cannot be reached, and a Koers without OIDC says so', async () => {
    const unreachable = await anotherApp(koers, {
      config: { oidc: { issuer: 'http://127.0.0.1:9', clientId: 'x', redirectUri, label: 'Weg', allowInsecure: true } },
    });
    const disabled = await anotherApp(koers, { config: { oidc: undefined } });
    try {
      const down = await unreachable.inject({ method: 'GET', url: '/api/auth/oidc/login' });
      expect(down.statusCode).toBe(401);
      expect(down.json()).toMatchObject({
        error: { code: 'OIDC_FAILED', message: 'De identiteitsprovider is niet bereikbaar. Probeer het later opnieuw.' },
      });
      expect((await disabled.inject({ method: 'GET', url: '/api/auth/oidc' })).json()).toEqual({ enabled: false });
      const off = await disabled.inject({ method: 'GET', url: '/api/auth/oidc/login' });
      expect(off.statusCode).toBe(404);
      expect(off.json()).toMatchObject({ error: { code: 'OIDC_DISABLED' } });
    } finally {
      await unreachable.close();
      await disabled.close();
    }
  });

  it('is configured by environment variables, and such a configuration completes the flow', async () => {
    const env = {
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_REDIRECT_URI: redirectUri,
      OIDC_LABEL: 'Inloggen met Gemeentelijk Account',
      OIDC_ALLOW_INSECURE: 'true',
    };
    const config = configFromEnv(env);
    expect(config.oidc).toEqual({
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      redirectUri,
      label: 'Inloggen met Gemeentelijk Account',
      allowInsecure: true,
    });
    expect(configFromEnv({}).oidc).toBeUndefined();
    expect(() => configFromEnv({ OIDC_ISSUER: idp.issuer })).toThrow(/OIDC_CLIENT_ID/);
    expect(configFromEnv({ ...env, OIDC_ALLOW_INSECURE: undefined }).oidc?.allowInsecure).toBe(false);

    const app = await anotherApp(koers, { config: { oidc: config.oidc } });
    try {
      await app.ready();
      expect((await app.inject({ method: 'GET', url: '/api/auth/oidc' })).json()).toEqual({
        enabled: true,
        label: 'Inloggen met Gemeentelijk Account',
      });
      const g = await createGemeente(koers.database);
      const client = new Client(app);
      const start = await client.get('/api/auth/oidc/login');
      idp.signInAs({ sub: newSubject(), email: g.users.teamleider.email });
      const callback = await throughProvider(String(start.headers.location));
      expect((await client.get(callback.pathname + callback.search)).statusCode).toBe(302);
      expect((await client.get('/api/auth/session')).json()).toMatchObject({ user: { id: g.users.teamleider.id } });
    } finally {
      await app.close();
    }
  });
});
