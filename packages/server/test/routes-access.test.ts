// Every API route declares what it requires, and the permission matrix in the domain package
// decides who gets through: 401 without a session, 403 for a role without the permission.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionMatrix, permissions, roles, type Permission, type Role } from '@koers/domain';
import type { FastifyInstance } from 'fastify';
import type { RegisteredRoute } from '../src/http/app.ts';
import { anotherApp, Client, createGemeente, createTestKoers, loginAs, type GemeenteFixture, type TestKoers } from './support/koers.ts';

let koers: TestKoers;
let fixture: GemeenteFixture;
const clients = new Map<Role, Client>();

beforeAll(async () => {
  koers = await createTestKoers();
  fixture = await createGemeente(koers.database);
  for (const role of roles) clients.set(role, await loginAs(koers.app, fixture.users[role].email));
});
afterAll(() => koers.close());

const isApi = (r: RegisteredRoute) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs');
const isPermission = (access: RegisteredRoute['access']): access is Permission => (permissions as readonly string[]).includes(access ?? '');
const urlOf = (r: RegisteredRoute) => r.url.replace(/:[A-Za-z]+/g, () => randomUUID());
const label = (r: RegisteredRoute) => `${r.method} ${r.url}`;

function apiRoutes(): RegisteredRoute[] {
  return koers.app.koersRoutes.filter(isApi);
}

describe('route declarations', () => {
  it('every API route declares its access, and a permission is one from the matrix', () => {
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) {
      expect(route.access, label(route)).toBeDefined();
      expect(isPermission(route.access) || route.access === 'authenticated' || route.access === 'public', label(route)).toBe(true);
    }
    // The foundation's routes with personal data are permission-bound.
    const byRoute = new Map(routes.map((r) => [label(r), r.access]));
    expect(byRoute.get('GET /api/cases/:id')).toBe('case:read');
    expect(byRoute.get('PATCH /api/cases/:id')).toBe('case:write');
    expect(byRoute.get('GET /api/admin/users')).toBe('admin:users');
    expect(byRoute.get('GET /api/privacy/processing-log')).toBe('privacy:processing-log');
  });

  it('public API routes are only those that must work before signing in', () => {
    // A new public route is a conscious decision: add it here.
    const publicRoutes = apiRoutes()
      .filter((r) => r.access === 'public')
      .map(label)
      .sort();
    expect(publicRoutes).toEqual(
      [
        'GET /api/auth/csrf',
        'GET /api/auth/oidc',
        'GET /api/auth/oidc/callback',
        'GET /api/auth/oidc/login',
        'GET /api/health',
        'GET /api/openapi.json',
        'POST /api/auth/login',
        'POST /api/auth/logout',
        // The inburgeraar portal's DigiD login (ADR 0152).
        'GET /api/portaal/gemeenten',
        'GET /api/portaal/login',
        'GET /api/portaal/callback',
        'POST /api/portaal/logout',
      ].sort(),
    );
  });

  it('a route without declared access stops the app from starting', async () => {
    const app = await secondApp();
    try {
      expect(() => app.post('/api/zonder-toegangsrecht', () => ({ ok: true }))).toThrow(
        /POST \/api\/zonder-toegangsrecht declareert geen toegangsrecht/,
      );
      expect(() => app.get('/api/ook/zonder', { config: { csrf: false } }, () => ({ ok: true }))).toThrow(/declareert geen toegangsrecht/);
    } finally {
      await app.close().catch(() => undefined);
    }
  });

  it('declared routes (with access, and outside /api without) are accepted', async () => {
    const app = await secondApp();
    try {
      app.get('/api/met-toegangsrecht', { config: { access: 'case:read' } }, () => ({ ok: true }));
      app.get('/niet-api', () => 'ok');
      await app.ready();
      expect(app.koersRoutes.find((r) => r.url === '/api/met-toegangsrecht')?.access).toBe('case:read');
      expect((await app.inject({ method: 'GET', url: '/api/met-toegangsrecht' })).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/niet-api' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

function secondApp(): Promise<FastifyInstance> {
  return anotherApp(koers);
}

describe('access is enforced per the permission matrix', () => {
  it('without a session every non-public API route answers 401 UNAUTHENTICATED', async () => {
    const anonymous = new Client(koers.app);
    await anonymous.fetchCsrf(); // so writes fail on the session, not on CSRF
    const checked: string[] = [];
    for (const route of apiRoutes().filter((r) => r.access !== 'public')) {
      const response = await anonymous.request({
        method: route.method,
        url: urlOf(route),
        ...(route.method === 'GET' ? {} : { payload: {} }),
      });
      expect(response.statusCode, label(route)).toBe(401);
      expect(response.json(), label(route)).toMatchObject({ error: { code: 'UNAUTHENTICATED', message: 'U bent niet ingelogd.' } });
      checked.push(label(route));
    }
    expect(checked.length).toBeGreaterThan(8);
  });

  it('every role lacking a route’s permission gets 403 FORBIDDEN; every role holding it gets past the check', async () => {
    let forbidden = 0;
    let allowed = 0;
    for (const route of apiRoutes()) {
      const access = route.access;
      if (!isPermission(access)) continue;
      for (const role of roles) {
        const client = clients.get(role);
        if (!client) throw new Error(role);
        const response = await client.request({
          method: route.method,
          url: urlOf(route),
          ...(route.method === 'GET' ? {} : { payload: {} }),
        });
        const context = `${role} → ${label(route)}: ${response.body}`;
        if (permissionMatrix[role].includes(access)) {
          expect([401, 403], context).not.toContain(response.statusCode);
          allowed++;
        } else {
          expect(response.statusCode, context).toBe(403);
          expect(response.json(), context).toMatchObject({
            error: { code: 'FORBIDDEN', message: 'U heeft geen toestemming voor deze handeling.' },
          });
          forbidden++;
        }
      }
    }
    expect(forbidden).toBeGreaterThan(20);
    expect(allowed).toBeGreaterThan(10);
  });

  it('routes for any signed-in user answer every role', async () => {
    const routes = apiRoutes().filter((r) => r.access === 'authenticated' && r.method === 'GET' && !r.url.includes(':'));
    expect(routes.map(label)).toContain('GET /api/auth/session');
    for (const route of routes) {
      for (const role of roles) {
        const response = await clients.get(role)!.get(urlOf(route));
        expect(response.statusCode, `${role} → ${label(route)}`).toBe(200);
      }
    }
  });

  it('the session reports the permissions of the matrix for each role', async () => {
    for (const role of roles) {
      const response = await clients.get(role)!.get('/api/auth/session');
      expect(response.statusCode).toBe(200);
      const body = response.json<{ user: { role: string; permissions: string[] } }>();
      expect(body.user.role).toBe(role);
      expect([...body.user.permissions].sort()).toEqual([...permissionMatrix[role]].sort());
    }
  });
});
