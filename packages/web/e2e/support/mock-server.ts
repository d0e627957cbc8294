// An in-memory stand-in for the Koers API contract (packages/server), for developing and
// debugging the web app without the real server: `KOERS_E2E_MOCK=1 npx vitest run --project e2e`
// or `node --import tsx packages/web/e2e/support/mock-server.ts` (serves dist on :3000).
// The real browser tests run against startKoers from @koers/server.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { permissionMatrix, roles as roleIds, type Role } from '@koers/domain';
import type { AdminGemeente, AdminUser, RoleInfo, SessionUser } from '../../src/api/types.ts';

export const DEMO_PASSWORD = 'Welkom-bij-Koers-2026';

// The fixtures have the shapes the server's routes declare (generated types, ADR 0165).
type Gemeente = AdminGemeente;
interface User {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string;
  gemeenteIds: string[];
  password: string;
  active: boolean;
  lastLoginAt: string | null;
}

const roleLabels: Record<Role, string> = {
  beheerder: 'Beheerder',
  teamleider: 'Teamleider',
  trajectregisseur: 'Trajectregisseur',
  'financieel-medewerker': 'Financieel medewerker',
  beleidsadviseur: 'Beleidsadviseur',
  'partner-begeleiding': 'Partner maatschappelijke begeleiding',
  'partner-aanbieder': 'Partner taalaanbieder',
  'partner-budgetbeheer': 'Partner budgetbeheer',
  hostingbeheerder: 'Beheerder hostingpartij',
  'functionaris-gegevensbescherming': 'Functionaris gegevensbescherming',
};

function seed() {
  const organisations = [
    { id: 'org-drechtsteden', name: 'Sociale Dienst Drechtsteden' },
    { id: 'org-dalfsen', name: 'Gemeente Dalfsen' },
  ];
  const gemeenten: Gemeente[] = [
    { id: 'g-0505', code: '0505', name: 'Dordrecht', organisationId: 'org-drechtsteden', oin: null, version: 1, updatedAt: '2026-01-01T00:00:00.000Z' },
    { id: 'g-0642', code: '0642', name: 'Zwijndrecht', organisationId: 'org-drechtsteden', oin: null, version: 1, updatedAt: '2026-01-01T00:00:00.000Z' },
    { id: 'g-0148', code: '0148', name: 'Dalfsen', organisationId: 'org-dalfsen', oin: null, version: 1, updatedAt: '2026-01-01T00:00:00.000Z' },
  ];
  const demo: [string, string, Role, string, string[]][] = [
    ['beheerder@drechtsteden.demo', 'Bram Beheer', 'beheerder', 'org-drechtsteden', ['g-0505', 'g-0642']],
    ['teamleider@drechtsteden.demo', 'Tessa Teamleider', 'teamleider', 'org-drechtsteden', ['g-0505', 'g-0642']],
    ['regisseur@drechtsteden.demo', 'Rachid Regisseur', 'trajectregisseur', 'org-drechtsteden', ['g-0505']],
    ['financien@drechtsteden.demo', 'Fenna Financiën', 'financieel-medewerker', 'org-drechtsteden', ['g-0505', 'g-0642']],
    ['beleid@drechtsteden.demo', 'Bas Beleid', 'beleidsadviseur', 'org-drechtsteden', ['g-0505', 'g-0642']],
    ['begeleider@drechtsteden.demo', 'Gert Begeleider', 'partner-begeleiding', 'org-drechtsteden', ['g-0505']],
    ['aanbieder@drechtsteden.demo', 'Anouk Aanbieder', 'partner-aanbieder', 'org-drechtsteden', ['g-0505']],
    ['beheerder@dalfsen.demo', 'Dirk Beheer', 'beheerder', 'org-dalfsen', ['g-0148']],
    ['regisseur@dalfsen.demo', 'Dana Regisseur', 'trajectregisseur', 'org-dalfsen', ['g-0148']],
  ];
  const users: User[] = demo.map(([email, name, role, organisationId, gemeenteIds]) => ({
    id: randomUUID(),
    name,
    email,
    role,
    organisationId,
    gemeenteIds,
    password: DEMO_PASSWORD,
    active: true,
    lastLoginAt: null,
  }));
  return { organisations, gemeenten, users };
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export async function startMockKoers(options: { port?: number; webDistDir: string }) {
  const db = seed();
  const sessions = new Map<string, string>(); // session id → user id
  const csrfTokens = new Set<string>();

  const sessionUser = (u: User): SessionUser => {
    const org = db.organisations.find((o) => o.id === u.organisationId)!;
    return {
      id: u.id,
      name: u.name,
      email: u.email,
      role: u.role,
      roleLabel: roleLabels[u.role],
      organisation: { id: org.id, name: org.name },
      gemeenten: db.gemeenten.filter((g) => u.gemeenteIds.includes(g.id)).map(({ id, code, name }) => ({ id, code, name })),
      permissions: [...permissionMatrix[u.role]],
    };
  };
  const adminUser = (u: User): AdminUser => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    roleLabel: roleLabels[u.role],
    active: u.active,
    phone: null,
    gemeenten: db.gemeenten.filter((g) => u.gemeenteIds.includes(g.id)).map(({ id, code, name }) => ({ id, code, name })),
    lockedUntil: null,
    lastLoginAt: u.lastLoginAt,
  });

  function cookies(req: IncomingMessage): Record<string, string> {
    const out: Record<string, string> = {};
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const [k, ...v] = part.trim().split('=');
      if (k) out[k] = v.join('=');
    }
    return out;
  }
  function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, body === undefined ? headers : { 'content-type': 'application/json', ...headers });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  }
  const fail = (res: ServerResponse, status: number, code: string, message: string, field?: string) =>
    send(res, status, { error: { code, message, ...(field ? { field } : {}) } });

  async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  }

  async function api(req: IncomingMessage, res: ServerResponse, path: string) {
    const method = req.method ?? 'GET';
    if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) {
      const token = req.headers['x-csrf-token'];
      if (typeof token !== 'string' || !csrfTokens.has(token)) {
        return fail(res, 403, 'CSRF_INVALID', 'De beveiligingscode van het formulier is verlopen.');
      }
    }
    const sid = cookies(req).koers_session;
    const me = sid ? db.users.find((u) => u.id === sessions.get(sid)) : undefined;

    if (method === 'GET' && path === '/api/health') return send(res, 200, { status: 'ok', database: 'pglite', version: 'mock' });
    if (method === 'GET' && path === '/api/auth/csrf') {
      const token = randomUUID();
      csrfTokens.add(token);
      return send(res, 200, { csrfToken: token });
    }
    if (method === 'GET' && path === '/api/auth/oidc') return send(res, 200, { enabled: false });
    if (method === 'POST' && path === '/api/auth/login') {
      const body = await readJson(req);
      const user = db.users.find((u) => u.email === String(body.email).toLowerCase());
      if (!user || user.password !== body.password || !user.active) {
        return fail(res, 401, 'INVALID_CREDENTIALS', 'Het e-mailadres of het wachtwoord is onjuist.');
      }
      const newSid = randomUUID();
      sessions.set(newSid, user.id);
      user.lastLoginAt = new Date().toISOString();
      return send(res, 200, { user: sessionUser(user) }, { 'set-cookie': `koers_session=${newSid}; HttpOnly; Path=/; SameSite=Lax` });
    }
    if (method === 'POST' && path === '/api/auth/logout') {
      if (sid) sessions.delete(sid);
      return send(res, 204, undefined, { 'set-cookie': 'koers_session=; HttpOnly; Path=/; Max-Age=0' });
    }
    if (!me) return fail(res, 401, 'UNAUTHENTICATED', 'U bent niet ingelogd.');
    if (method === 'GET' && path === '/api/auth/session') return send(res, 200, { user: sessionUser(me) });
    if (method === 'GET' && path === '/api/account') return send(res, 200, { user: sessionUser(me) });
    if (method === 'POST' && path === '/api/account/password') {
      const body = await readJson(req);
      if (body.currentPassword !== me.password) {
        return fail(res, 400, 'VALIDATION_FAILED', 'Het huidige wachtwoord is onjuist.', 'currentPassword');
      }
      if (typeof body.newPassword !== 'string' || body.newPassword.length < 12) {
        return fail(res, 400, 'VALIDATION_FAILED', 'Het nieuwe wachtwoord moet minimaal 12 tekens hebben.', 'newPassword');
      }
      me.password = body.newPassword;
      return send(res, 204);
    }
    if (method === 'GET' && path === '/api/roles') {
      return send(res, 200, roleIds.map((role): RoleInfo => ({ role, label: roleLabels[role], permissions: [...permissionMatrix[role]] })));
    }
    const perms: readonly string[] = permissionMatrix[me.role];
    if (path.startsWith('/api/admin/users')) {
      if (!perms.includes('admin:users')) return fail(res, 403, 'FORBIDDEN', 'U heeft hiervoor geen rechten.');
      const own = db.users.filter((u) => u.organisationId === me.organisationId);
      if (method === 'GET' && path === '/api/admin/users') return send(res, 200, own.map(adminUser));
      if (method === 'POST' && path === '/api/admin/users') {
        const body = await readJson(req);
        const email = (typeof body.email === 'string' ? body.email : '').toLowerCase();
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
          return fail(res, 400, 'VALIDATION_FAILED', 'Vul een geldig e-mailadres in.', 'email');
        }
        if (db.users.some((u) => u.email === email)) {
          return fail(res, 409, 'EMAIL_TAKEN', 'Er is al een gebruiker met dit e-mailadres.', 'email');
        }
        const user: User = {
          id: randomUUID(),
          name: String(body.name),
          email,
          role: body.role as Role,
          organisationId: me.organisationId,
          gemeenteIds: (body.gemeenteIds as string[]) ?? [],
          password: String(body.password),
          active: true,
          lastLoginAt: null,
        };
        db.users.push(user);
        return send(res, 201, { user: adminUser(user) });
      }
      const match = /^\/api\/admin\/users\/([^/]+)$/.exec(path);
      const target = match ? own.find((u) => u.id === decodeURIComponent(match[1]!)) : undefined;
      if (method === 'PATCH' && target) {
        const body = await readJson(req);
        if (typeof body.name === 'string') target.name = body.name;
        if (typeof body.role === 'string') target.role = body.role as Role;
        if (Array.isArray(body.gemeenteIds)) target.gemeenteIds = body.gemeenteIds as string[];
        if (typeof body.active === 'boolean') target.active = body.active;
        return send(res, 200, { user: adminUser(target) });
      }
    }
    if (method === 'GET' && path === '/api/admin/gemeenten') {
      if (!perms.includes('admin:gemeenten')) return fail(res, 403, 'FORBIDDEN', 'U heeft hiervoor geen rechten.');
      return send(res, 200, db.gemeenten.filter((g) => g.organisationId === me.organisationId));
    }
    return fail(res, 404, 'NOT_FOUND', 'Niet gevonden.');
  }

  async function staticFile(res: ServerResponse, path: string) {
    const safe = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
    let file = join(options.webDistDir, safe);
    const isFile = await stat(file).then((s) => s.isFile()).catch(() => false);
    if (!isFile) file = join(options.webDistDir, 'index.html'); // SPA fallback
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  }

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const handler = path.startsWith('/api/') ? api(req, res, path) : staticFile(res, path);
    handler.catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) fail(res, 500, 'INTERNAL', 'Interne fout.');
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = new URL('../../dist', import.meta.url).pathname;
  const koers = await startMockKoers({ port: Number(process.env.PORT ?? 3000), webDistDir: dist });
  console.log(`Mock Koers API on ${koers.url}`);
}
