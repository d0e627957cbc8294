// CSRF tokens are bound to the browser's secret and to its session, and renewed at login and
// logout (issue 11, defect 7).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createGemeente, createTestKoers, loginAs, testPassword, type TestKoers } from '../support/koers.ts';
import { caseInput } from '../support/fixtures.ts';

let koers: TestKoers;
beforeAll(async () => {
  koers = await createTestKoers();
});
afterAll(() => koers.close());

const csrfError = { error: { code: 'CSRF_INVALID', message: 'De beveiligingscode (CSRF) ontbreekt of is verlopen. Laad de pagina opnieuw.' } };

describe('CSRF token bound to the session', () => {
  it('a token fetched before login is void after it; the login answer carries the new one', async () => {
    const g = await createGemeente(koers.database);
    const client = new Client(koers.app);
    const before = await client.fetchCsrf();
    const secretBefore = client.cookie('koers_csrf');
    const login = await client.post('/api/auth/login', { email: g.users.trajectregisseur.email, password: testPassword });
    expect(login.statusCode).toBe(200);
    const after = login.json<{ csrfToken: string }>().csrfToken;
    expect(after).not.toBe(before);
    expect(client.cookie('koers_csrf')).not.toBe(secretBefore);
    expect(login.cookies.find((c) => c.name === 'koers_csrf')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });

    const stale = await client.request({ method: 'POST', url: '/api/cases', payload: caseInput(g.gemeenteId), headers: { 'x-csrf-token': before } });
    expect(stale.statusCode).toBe(403);
    expect(stale.json()).toEqual(csrfError);
    const fresh = await client.request({ method: 'POST', url: '/api/cases', payload: caseInput(g.gemeenteId), headers: { 'x-csrf-token': after } });
    expect(fresh.statusCode, fresh.body).toBe(201);
    // GET /api/auth/csrf now gives the same session-bound token.
    expect((await client.get('/api/auth/csrf')).json()).toEqual({ csrfToken: after });
  });

  it('a token is void with another session, even in the same browser', async () => {
    const g = await createGemeente(koers.database);
    const a = await loginAs(koers.app, g.users.trajectregisseur.email);
    const tokenA = (await a.get('/api/auth/csrf')).json<{ csrfToken: string }>().csrfToken;
    const b = await loginAs(koers.app, g.users.teamleider.email);
    // The same browser secret with b's session cookie: a's token does not fit b's session.
    const mixed = await koers.app.inject({
      method: 'POST',
      url: '/api/cases',
      payload: caseInput(g.gemeenteId),
      headers: { 'x-csrf-token': tokenA },
      cookies: { koers_csrf: a.cookie('koers_csrf') ?? '', koers_sessie: b.cookie('koers_sessie') ?? '' },
    });
    expect(mixed.statusCode).toBe(403);
    expect(mixed.json()).toEqual(csrfError);
  });

  it('logout renews the secret: the old token cannot be used for the next login', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.teamleider.email);
    const token = (await client.get('/api/auth/csrf')).json<{ csrfToken: string }>().csrfToken;
    const out = await client.request({ method: 'POST', url: '/api/auth/logout', headers: { 'x-csrf-token': token } });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'koers_csrf')?.value).toBeTruthy();
    const anonymousToken = (await client.get('/api/auth/csrf')).json<{ csrfToken: string }>().csrfToken;
    expect(anonymousToken).not.toBe(token);
    const replay = await client.request({ method: 'POST', url: '/api/auth/login', payload: { email: g.users.teamleider.email, password: testPassword }, headers: { 'x-csrf-token': token } });
    expect(replay.statusCode).toBe(403);
    const ok = await client.request({ method: 'POST', url: '/api/auth/login', payload: { email: g.users.teamleider.email, password: testPassword }, headers: { 'x-csrf-token': anonymousToken } });
    expect(ok.statusCode).toBe(200);
  });

  it('no secret cookie, a forged secret or a truncated token: 403', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const token = (await client.get('/api/auth/csrf')).json<{ csrfToken: string }>().csrfToken;
    const session = client.cookie('koers_sessie') ?? '';
    for (const cookies of [{ koers_sessie: session }, { koers_sessie: session, koers_csrf: 'x'.repeat(43) }] as Record<string, string>[]) {
      const response = await koers.app.inject({ method: 'POST', url: '/api/cases', payload: caseInput(g.gemeenteId), headers: { 'x-csrf-token': token }, cookies });
      expect(response.statusCode).toBe(403);
    }
    const truncated = await client.request({ method: 'POST', url: '/api/cases', payload: caseInput(g.gemeenteId), headers: { 'x-csrf-token': token.slice(0, 20) } });
    expect(truncated.statusCode).toBe(403);
  });
});
