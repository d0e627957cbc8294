// Local accounts: argon2id hashes, the session cookie, CSRF, rate limit, lockout, password change.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, sessions, users } from '../src/db/schema.ts';
import { sessionIdleMs, sessionMaxMs } from '../src/auth/sessions.ts';
import { lockoutMs, maxFailedLogins } from '../src/use-cases/login/login.ts';
import { anotherApp, Client, createGemeente, createTestKoers, loginAs, testPassword, type TestKoers } from './support/koers.ts';
import { caseInput, snapshotOf } from './support/fixtures.ts';

const invalidCredentials =
  'Inloggen is niet gelukt: het e-mailadres of wachtwoord is onjuist, of het account is (tijdelijk) geblokkeerd. Na 5 mislukte pogingen kunt u 15 minuten niet inloggen.';

let koers: TestKoers;
/** The server's clock: tests move it forward (never back). */
let clock = new Date('2026-03-02T09:00:00Z');
const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};

beforeAll(async () => {
  koers = await createTestKoers({ now: () => clock });
});
afterAll(() => koers.close());

async function userRow(id: string) {
  const [row] = await koers.database.db.select().from(users).where(eq(users.id, id));
  if (!row) throw new Error(id);
  return row;
}

async function sessionCount(userId: string): Promise<number> {
  const [row] = await koers.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(sessions)
    .where(eq(sessions.userId, userId));
  return row?.n ?? 0;
}

function login(client: Client, email: string, password: string) {
  return client.post('/api/auth/login', { email, password });
}

describe('login', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie (not Secure over plain HTTP) and returns the user', async () => {
    const g = await createGemeente(koers.database);
    const client = new Client(koers.app);
    const response = await login(client, g.users.trajectregisseur.email.toUpperCase(), testPassword);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      user: { id: g.users.trajectregisseur.id, role: 'trajectregisseur', email: g.users.trajectregisseur.email },
    });
    const cookie = response.cookies.find((c) => c.name === 'koers_sessie');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    // The CSRF secret's cookie is as strict.
    const csrf = await koers.app.inject({ method: 'GET', url: '/api/auth/csrf' });
    expect(csrf.cookies.find((c) => c.name === 'koers_csrf')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie?.value.length).toBeGreaterThanOrEqual(40);
    // The token itself is never stored: only its hash.
    const stored = await koers.database.db.select().from(sessions).where(eq(sessions.userId, g.users.trajectregisseur.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.id).not.toBe(cookie?.value);
    expect(stored[0]?.loginMethod).toBe('password');
    expect((await client.get('/api/auth/session')).json()).toMatchObject({ user: { id: g.users.trajectregisseur.id } });
    expect((await userRow(g.users.trajectregisseur.id)).lastLoginAt?.toISOString()).toBe(clock.toISOString());
  });

  it('marks the cookie Secure when the request came over HTTPS through a trusted proxy', async () => {
    const g = await createGemeente(koers.database);
    const app = await anotherApp(koers, { config: { trustedProxies: ['127.0.0.1'] }, now: () => clock });
    try {
      await app.ready();
      const client = new Client(app, '127.0.0.1');
      const response = await client.request({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: g.users.beheerder.email, password: testPassword },
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.cookies.find((c) => c.name === 'koers_sessie')).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: true });
    } finally {
      await app.close();
    }
  });

  it('does not believe x-forwarded-proto without a trusted proxy', async () => {
    const g = await createGemeente(koers.database);
    const client = new Client(koers.app);
    const response = await client.request({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: g.users.beheerder.email, password: testPassword },
    });
    expect(response.statusCode).toBe(200);
    expect(response.cookies.find((c) => c.name === 'koers_sessie')?.secure).toBeFalsy();
  });

  it('refuses a wrong password and an unknown e-mail alike: 401 INVALID_CREDENTIALS in Dutch, no cookie', async () => {
    const g = await createGemeente(koers.database);
    const client = new Client(koers.app);
    for (const email of [g.users.teamleider.email, 'niemand@test.koers']) {
      const response = await login(client, email, 'verkeerd-wachtwoord');
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ error: { code: 'INVALID_CREDENTIALS', message: invalidCredentials } });
      expect(response.cookies.find((c) => c.name === 'koers_sessie')).toBeUndefined();
    }
    expect(await sessionCount(g.users.teamleider.id)).toBe(0);
    expect((await userRow(g.users.teamleider.id)).failedLoginCount).toBe(1);
  });

  it('locks the account after 5 failures (the same 401 as a wrong password, even with the right one) until the lockout has passed', async () => {
    const g = await createGemeente(koers.database);
    const { email, id } = g.users.teamleider;
    const client = new Client(koers.app);
    for (let i = 0; i < maxFailedLogins; i++) {
      expect((await login(client, email, `fout-${i}`)).statusCode).toBe(401);
    }
    const locked = await login(client, email, testPassword);
    expect(locked.statusCode).toBe(401);
    expect(locked.json()).toEqual({ error: { code: 'INVALID_CREDENTIALS', message: invalidCredentials } });
    expect((await userRow(id)).lockedUntil?.toISOString()).toBe(new Date(clock.getTime() + lockoutMs).toISOString());
    expect(locked.cookies.find((c) => c.name === 'koers_sessie')).toBeUndefined();
    expect(await sessionCount(id)).toBe(0);

    advance(lockoutMs - 1000);
    expect((await login(client, email, testPassword)).statusCode).toBe(401);
    advance(2000);
    const again = await login(client, email, testPassword);
    expect(again.statusCode, again.body).toBe(200);
    const row = await userRow(id);
    expect(row.failedLoginCount).toBe(0);
    expect(row.lockedUntil).toBeNull();
  });

  it('a successful login resets the failure count', async () => {
    const g = await createGemeente(koers.database);
    const { email, id } = g.users.trajectregisseur;
    const client = new Client(koers.app);
    for (let i = 0; i < maxFailedLogins - 1; i++) expect((await login(client, email, 'fout')).statusCode).toBe(401);
    expect((await login(client, email, testPassword)).statusCode).toBe(200);
    expect((await userRow(id)).failedLoginCount).toBe(0);
    expect((await login(client, email, 'fout')).statusCode).toBe(401);
    expect((await login(client, email, testPassword)).statusCode).toBe(200);
  });

  it('rate-limits login per client address: the 21st attempt within a minute gets 429 RATE_LIMITED', async () => {
    const g = await createGemeente(koers.database);
    const client = new Client(koers.app);
    for (let i = 0; i < 20; i++) {
      // Unknown addresses, so no account is locked on the way.
      expect((await login(client, `onbekend-${i}@test.koers`, 'x')).statusCode).toBe(401);
    }
    const limited = await login(client, g.users.beheerder.email, testPassword);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({ error: { code: 'RATE_LIMITED', message: 'Te veel verzoeken. Probeer het over een minuut opnieuw.' } });
    expect(await sessionCount(g.users.beheerder.id)).toBe(0);
    // Another client is not affected.
    expect((await login(new Client(koers.app), g.users.beheerder.email, testPassword)).statusCode).toBe(200);
  });

  it('an inactive user cannot log in and is told nothing more than after a wrong password (401 either way)', async () => {
    const g = await createGemeente(koers.database);
    const beheerder = await loginAs(koers.app, g.users.beheerder.email);
    const { email, id } = g.users['financieel-medewerker'];
    const before = await loginAs(koers.app, email);
    expect((await beheerder.patch(`/api/admin/users/${id}`, { active: false })).statusCode).toBe(200);
    expect((await before.get('/api/auth/session')).statusCode).toBe(401);
    const client = new Client(koers.app);
    const response = await login(client, email, testPassword);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: { code: 'INVALID_CREDENTIALS', message: invalidCredentials } });
    expect((await login(client, email, 'fout')).statusCode).toBe(401);
    expect(await sessionCount(id)).toBe(0);
  });

  it('stores argon2id password hashes', async () => {
    const g = await createGemeente(koers.database);
    const beheerder = await loginAs(koers.app, g.users.beheerder.email);
    const created = await beheerder.post('/api/admin/users', {
      name: 'Nieuw',
      email: `nieuw.${g.gemeenteCode}@test.koers`,
      role: 'teamleider',
      gemeenteIds: [g.gemeenteId],
      password: 'Een-lang-wachtwoord-1',
    });
    expect(created.statusCode, created.body).toBe(201);
    const row = await userRow(created.json<{ user: { id: string } }>().user.id);
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$/);
    // OWASP's minimum for argon2id: 19 MiB memory, 2 iterations, 1 lane.
    expect(new Set(row.passwordHash?.split('$')[3]?.split(','))).toEqual(new Set(['m=19456', 't=2', 'p=1']));
    expect(row.passwordHash).not.toContain('Een-lang-wachtwoord-1');
    expect((await login(new Client(koers.app), row.email, 'Een-lang-wachtwoord-1')).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('logout ends the session: the old cookie no longer works', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const token = client.cookie('koers_sessie');
    expect(token).toBeDefined();
    const out = await client.post('/api/auth/logout');
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === 'koers_sessie');
    expect(cleared?.value).toBe('');
    const replay = await client.request({ method: 'GET', url: '/api/auth/session', cookies: { koers_sessie: token ?? '' } });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect(await sessionCount(g.users.trajectregisseur.id)).toBe(0);
  });

  it('a forged or random session cookie is refused', async () => {
    const response = await koers.app.inject({ method: 'GET', url: '/api/auth/session', cookies: { koers_sessie: 'a'.repeat(43) } });
    expect(response.statusCode).toBe(401);
  });

  it('a session ends after the idle timeout, counted from its last use', async () => {
    const g = await createGemeente(koers.database);
    const idle = await loginAs(koers.app, g.users.teamleider.email);
    const used = await loginAs(koers.app, g.users.teamleider.email);
    advance(4 * 3_600_000);
    expect((await used.get('/api/auth/session')).statusCode).toBe(200); // use refreshes it
    advance(sessionIdleMs - 4 * 3_600_000 + 1000);
    expect((await idle.get('/api/auth/session')).statusCode).toBe(401);
    expect((await used.get('/api/auth/session')).statusCode).toBe(200);
  });

  it('a session ends at its absolute lifetime, however actively used', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.teamleider.email);
    for (let used = 0; used + 2 * 3_600_000 < sessionMaxMs; used += 2 * 3_600_000) {
      advance(2 * 3_600_000);
      expect((await client.get('/api/auth/session')).statusCode).toBe(200);
    }
    advance(sessionMaxMs - Math.floor((sessionMaxMs - 1) / 7_200_000) * 7_200_000 + 1000); // just past the lifetime, used 2 h ago
    expect((await client.get('/api/auth/session')).statusCode).toBe(401);
  });

  it('changing a user’s role, grants or active flag ends their sessions; renaming does not', async () => {
    const g = await createGemeente(koers.database);
    const beheerder = await loginAs(koers.app, g.users.beheerder.email);
    const { email, id } = g.users.trajectregisseur;

    let user = await loginAs(koers.app, email);
    expect((await beheerder.patch(`/api/admin/users/${id}`, { name: 'Andere naam' })).statusCode).toBe(200);
    expect((await user.get('/api/auth/session')).statusCode).toBe(200);

    expect((await beheerder.patch(`/api/admin/users/${id}`, { role: 'teamleider' })).statusCode).toBe(200);
    expect((await user.get('/api/auth/session')).statusCode).toBe(401);
    expect(await sessionCount(id)).toBe(0);
    user = await loginAs(koers.app, email);
    expect((await user.get('/api/auth/session')).json()).toMatchObject({ user: { role: 'teamleider', name: 'Andere naam' } });

    expect((await beheerder.patch(`/api/admin/users/${id}`, { gemeenteIds: [] })).statusCode).toBe(200);
    expect((await user.get('/api/auth/session')).statusCode).toBe(401);
  });
});

describe('CSRF protection', () => {
  it('refuses state-changing requests without a valid token (403 CSRF_INVALID) and changes nothing', async () => {
    const g = await createGemeente(koers.database);
    const regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
    const beheerder = await loginAs(koers.app, g.users.beheerder.email);
    const before = await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] });
    const other = new Client(koers.app);
    const foreignToken = await other.fetchCsrf();

    const attempts = [
      () =>
        regisseur.request({ method: 'POST', url: '/api/cases', payload: { ...caseInput(g.gemeenteId) }, headers: { 'x-csrf-token': '' } }),
      () =>
        regisseur.request({
          method: 'POST',
          url: '/api/cases',
          payload: { ...caseInput(g.gemeenteId) },
          headers: { 'x-csrf-token': foreignToken },
        }),
      () =>
        regisseur.request({
          method: 'POST',
          url: '/api/cases',
          payload: { ...caseInput(g.gemeenteId) },
          headers: { 'x-csrf-token': 'nep-token' },
        }),
      () =>
        beheerder.request({
          method: 'PATCH',
          url: `/api/admin/users/${g.users.teamleider.id}`,
          payload: { active: false },
          headers: { 'x-csrf-token': '' },
        }),
      () =>
        beheerder.request({
          method: 'POST',
          url: '/api/account/password',
          payload: { currentPassword: testPassword, newPassword: 'Nieuw-wachtwoord-123' },
          headers: { 'x-csrf-token': '' },
        }),
    ];
    for (const attempt of attempts) {
      const response = await attempt();
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json()).toEqual({
        error: { code: 'CSRF_INVALID', message: 'De beveiligingscode (CSRF) ontbreekt of is verlopen. Laad de pagina opnieuw.' },
      });
    }
    // Without any cookie or token at all (a cross-site form post).
    const bare = await koers.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: g.users.beheerder.email, password: testPassword },
    });
    expect(bare.statusCode).toBe(403);
    expect(bare.json()).toMatchObject({ error: { code: 'CSRF_INVALID' } });

    expect(await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] })).toBe(before);
    const [count] = await koers.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(cases)
      .where(eq(cases.gemeenteId, g.gemeenteId));
    expect(count?.n).toBe(0);
    // With its own token the same request goes through.
    expect((await regisseur.post('/api/cases', caseInput(g.gemeenteId))).statusCode).toBe(201);
  });
});

describe('password change', () => {
  it('checks the current password and the new one’s length, then only the new password works', async () => {
    const g = await createGemeente(koers.database);
    const { email, id } = g.users.teamleider;
    const client = await loginAs(koers.app, email);
    const hashBefore = (await userRow(id)).passwordHash;

    const wrong = await client.post('/api/account/password', {
      currentPassword: 'niet-mijn-wachtwoord',
      newPassword: 'Nieuw-wachtwoord-123',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toEqual({
      error: { code: 'WRONG_PASSWORD', message: 'Het huidige wachtwoord is onjuist.', field: 'currentPassword' },
    });

    const short = await client.post('/api/account/password', { currentPassword: testPassword, newPassword: 'kort' });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', field: 'newPassword' } });
    expect(short.json<{ error: { message: string } }>().error.message).toContain('minstens 12 tekens');

    const same = await client.post('/api/account/password', { currentPassword: testPassword, newPassword: testPassword });
    expect(same.statusCode).toBe(400);
    expect(same.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', field: 'newPassword' } });
    expect((await userRow(id)).passwordHash).toBe(hashBefore);

    const ok = await client.post('/api/account/password', { currentPassword: testPassword, newPassword: 'Nieuw-wachtwoord-123' });
    expect(ok.statusCode, ok.body).toBe(204);
    const row = await userRow(id);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toBe(hashBefore);
    expect(row.passwordChangedAt?.toISOString()).toBe(clock.toISOString());

    expect((await login(new Client(koers.app), email, testPassword)).statusCode).toBe(401);
    expect((await login(new Client(koers.app), email, 'Nieuw-wachtwoord-123')).statusCode).toBe(200);
  });

  it('signs out the user’s other sessions but keeps the current one', async () => {
    const g = await createGemeente(koers.database);
    const { email } = g.users.trajectregisseur;
    const here = await loginAs(koers.app, email);
    const elsewhere = await loginAs(koers.app, email);
    expect((await elsewhere.get('/api/auth/session')).statusCode).toBe(200);

    const ok = await here.post('/api/account/password', { currentPassword: testPassword, newPassword: 'Ander-wachtwoord-456' });
    expect(ok.statusCode, ok.body).toBe(204);
    expect((await elsewhere.get('/api/auth/session')).statusCode).toBe(401);
    expect((await here.get('/api/auth/session')).statusCode).toBe(200);
  });

  it('needs a session', async () => {
    const anonymous = new Client(koers.app);
    const response = await anonymous.post('/api/account/password', { currentPassword: testPassword, newPassword: 'Nieuw-wachtwoord-123' });
    expect(response.statusCode).toBe(401);
  });
});
