// Password guessing (issue 11, defect 2 and 5): the per-account lockout holds under parallel
// attempts on PGlite and PostgreSQL; the per-client limit believes X-Forwarded-For only from a
// configured proxy; every failure looks the same, whether the account exists, is locked or inactive.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/db/schema.ts';
import { configFromEnv } from '../../src/config.ts';
import { maxFailedLogins } from '../../src/use-cases/login/login.ts';
import { anotherApp, Client, createGemeente, createTestKoers, loginAs, testPassword, type TestKoers } from '../support/koers.ts';

let koers: TestKoers;
beforeAll(async () => {
  koers = await createTestKoers();
});
afterAll(() => koers.close());

function attempt(client: Client, email: string, password: string, headers: Record<string, string> = {}) {
  return client.request({ method: 'POST', url: '/api/auth/login', payload: { email, password }, headers });
}

async function lockedUntil(id: string): Promise<Date | null> {
  const [row] = await koers.database.db.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, id));
  return row?.lockedUntil ?? null;
}

describe('per-account lockout under parallel attempts', () => {
  it('20 parallel wrong passwords lock the account; the right password is refused afterwards', async () => {
    const g = await createGemeente(koers.database);
    const { email, id } = g.users.trajectregisseur;
    const client = new Client(koers.app);
    await client.fetchCsrf();
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(client, email, `Fout-wachtwoord-${i}`)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array.from({ length: 20 }, () => 401));
    expect(await lockedUntil(id)).not.toBeNull();
    const right = await attempt(new Client(koers.app), email, testPassword);
    expect(right.statusCode).toBe(401);
    expect(right.cookies.find((c) => c.name === 'koers_sessie')).toBeUndefined();
  });

  it('a right password among parallel wrong ones gets in only while fewer than 5 attempts were counted', async () => {
    const g = await createGemeente(koers.database);
    const { email } = g.users.teamleider;
    const client = new Client(koers.app);
    await client.fetchCsrf();
    // Ten wrong attempts first (in parallel), then the right one: the account is locked by then.
    await Promise.all(Array.from({ length: 10 }, (_, i) => attempt(client, email, `Fout-wachtwoord-${i}`)));
    expect((await attempt(new Client(koers.app), email, testPassword)).statusCode).toBe(401);
    // A fresh account: four wrong attempts still leave the fifth, right one through.
    const h = await createGemeente(koers.database);
    for (let i = 0; i < maxFailedLogins - 1; i++) expect((await attempt(client, h.users.teamleider.email, `Fout-${i}-wachtwoord`)).statusCode).toBe(401);
    expect((await attempt(new Client(koers.app), h.users.teamleider.email, testPassword)).statusCode).toBe(200);
  });
});

describe('account enumeration', () => {
  it('an unknown address, a wrong password, a locked and an inactive account get the same status and body', async () => {
    const g = await createGemeente(koers.database);
    const beheerder = await loginAs(koers.app, g.users.beheerder.email);
    const inactive = g.users['financieel-medewerker'];
    expect((await beheerder.patch(`/api/admin/users/${inactive.id}`, { active: false })).statusCode).toBe(200);
    const locked = g.users.teamleider;
    const client = new Client(koers.app);
    for (let i = 0; i < maxFailedLogins; i++) await attempt(client, locked.email, `Fout-${i}-wachtwoord`);

    const answers = [
      await attempt(new Client(koers.app), 'niemand-hier@test.koers', testPassword),
      await attempt(new Client(koers.app), g.users.trajectregisseur.email, 'Verkeerd-wachtwoord-1'),
      await attempt(new Client(koers.app), locked.email, testPassword),
      await attempt(new Client(koers.app), inactive.email, testPassword),
      await attempt(new Client(koers.app), inactive.email, 'Verkeerd-wachtwoord-1'),
    ];
    const first = answers[0];
    for (const answer of answers) {
      expect(answer.statusCode).toBe(401);
      expect(answer.body).toBe(first?.body);
      expect(Object.keys(answer.headers).sort()).toEqual(Object.keys(first?.headers ?? {}).sort());
    }
    expect(first?.json()).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
  });
});

describe('per-client limit and forwarded headers', () => {
  it('a rotating X-Forwarded-For from a peer that is not a configured proxy does not reset the limit', async () => {
    const client = new Client(koers.app);
    for (let i = 0; i < 20; i++) {
      const r = await attempt(client, `onbekend-${i}@test.koers`, 'Fout-wachtwoord-1', { 'x-forwarded-for': `203.0.113.${i + 1}` });
      expect(r.statusCode).toBe(401);
    }
    const limited = await attempt(client, 'onbekend@test.koers', 'Fout-wachtwoord-1', { 'x-forwarded-for': '198.51.100.77' });
    expect(limited.statusCode).toBe(429);
  });

  it('behind a configured proxy the limit counts the forwarded client; other peers’ headers are still ignored', async () => {
    const app = await anotherApp(koers, { config: { trustedProxies: ['127.0.0.1'] } });
    try {
      await app.ready();
      const proxy = new Client(app, '127.0.0.1');
      for (let i = 0; i < 20; i++) {
        expect((await attempt(proxy, `onbekend-${i}@test.koers`, 'Fout-wachtwoord-1', { 'x-forwarded-for': '203.0.113.10' })).statusCode).toBe(401);
      }
      expect((await attempt(proxy, 'x@test.koers', 'Fout-wachtwoord-1', { 'x-forwarded-for': '203.0.113.10' })).statusCode).toBe(429);
      // Another client behind the same proxy has its own count.
      expect((await attempt(proxy, 'x@test.koers', 'Fout-wachtwoord-1', { 'x-forwarded-for': '203.0.113.11' })).statusCode).toBe(401);

      const direct = new Client(app, '10.99.0.1');
      for (let i = 0; i < 20; i++) {
        await attempt(direct, `onbekend-${i}@test.koers`, 'Fout-wachtwoord-1', { 'x-forwarded-for': `198.51.100.${i + 1}` });
      }
      expect((await attempt(direct, 'x@test.koers', 'Fout-wachtwoord-1', { 'x-forwarded-for': '198.51.100.200' })).statusCode).toBe(429);
    } finally {
      await app.close();
    }
  });
});

describe('proxy configuration', () => {
  const base = { KOERS_DATA_DIR: '/tmp/koers-test' };
  it('reads KOERS_TRUSTED_PROXIES as addresses and CIDR blocks; none by default', () => {
    expect(configFromEnv(base).trustedProxies).toEqual([]);
    expect(configFromEnv({ ...base, KOERS_TRUSTED_PROXIES: '10.0.0.5, 192.168.10.0/24,::1,loopback' }).trustedProxies).toEqual([
      '10.0.0.5',
      '192.168.10.0/24',
      '::1',
      'loopback',
    ]);
  });

  it('keeps the deprecated KOERS_TRUST_PROXY=true as loopback only', () => {
    expect(configFromEnv({ ...base, KOERS_TRUST_PROXY: 'true' }).trustedProxies).toEqual(['loopback']);
    expect(configFromEnv({ ...base, KOERS_TRUST_PROXY: 'false' }).trustedProxies).toEqual([]);
  });

  it('refuses a malformed list and the two settings together, in Dutch', () => {
    expect(() => configFromEnv({ ...base, KOERS_TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(/KOERS_TRUSTED_PROXIES/);
    expect(() => configFromEnv({ ...base, KOERS_TRUSTED_PROXIES: 'proxy.example.nl' })).toThrow(/IP-adressen of CIDR-blokken/);
    expect(() => configFromEnv({ ...base, KOERS_TRUSTED_PROXIES: '10.0.0.5', KOERS_TRUST_PROXY: 'true' })).toThrow(/verouderde KOERS_TRUST_PROXY/);
  });
});
