// The API's contract: health, the OpenAPI document and docs, validation with Dutch messages naming
// the field, one error format without internals, and the foundation's conflict rules.
import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, users } from '../src/db/schema.ts';
import { AppError, errorCatalog } from '../src/errors.ts';
import { testDatabaseKind } from './support/database.ts';
import { anotherApp, Client, createGemeente, createTestKoers, loginAs, type TestKoers } from './support/koers.ts';
import { caseInput, createCaseVia, invalidBsn, snapshotOf, validBsn, validVNumber } from './support/fixtures.ts';

let koers: TestKoers;
beforeAll(async () => {
  koers = await createTestKoers();
});
afterAll(() => koers.close());

const packageVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

interface ErrorJson {
  error: { code: string; message: string; field?: string; details?: { field: string; message: string }[]; [key: string]: unknown };
}

async function caseCount(gemeenteId: string): Promise<number> {
  const [row] = await koers.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(cases)
    .where(eq(cases.gemeenteId, gemeenteId));
  return row?.n ?? 0;
}

describe('health', () => {
  it('reports status, database kind and version without a session', async () => {
    const response = await koers.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: testDatabaseKind, version: packageVersion });
  });
});

describe('OpenAPI document and docs', () => {
  interface Operation {
    requestBody?: {
      content?: Record<string, { schema?: { type?: string; properties?: Record<string, unknown>; additionalProperties?: unknown } }>;
    };
    responses?: Record<string, unknown>;
  }
  type OpenApi = { openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, Operation>> };

  it('is OpenAPI 3 and documents every API route, with the request body schema of every write', async () => {
    const response = await koers.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json<OpenApi>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.version).toBe(packageVersion);
    const documented = koers.app.koersRoutes.filter(
      (r) =>
        r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.url !== '/api/openapi.json' && r.url !== '/api/duo/notificaties',
    );
    expect(documented.length).toBeGreaterThan(10);
    // Bodiless actions: nothing to send.
    const bodiless = new Set(['POST /api/auth/logout']);
    for (const route of documented) {
      const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
      const operation = doc.paths[path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.url} ontbreekt in openapi.json`).toBeDefined();
      expect(Object.keys(operation?.responses ?? {}).length, `${route.method} ${route.url}: responses`).toBeGreaterThan(0);
      const label = `${route.method} ${route.url}`;
      if (['POST', 'PUT', 'PATCH'].includes(route.method) && !bodiless.has(label) && operation?.requestBody) {
        const schema = operation.requestBody.content?.['application/json']?.schema;
        expect(schema, `${label}: request body schema`).toBeDefined();
      }
    }
    // The foundation's writes have body schemas that reject unknown fields.
    for (const [path, method] of [
      ['/api/auth/login', 'post'],
      ['/api/account/password', 'post'],
      ['/api/admin/users', 'post'],
      ['/api/admin/users/{id}', 'patch'],
      ['/api/cases', 'post'],
      ['/api/cases/{id}', 'patch'],
    ] as const) {
      const schema = doc.paths[path]?.[method]?.requestBody?.content?.['application/json']?.schema;
      expect(schema?.type, `${method} ${path}`).toBe('object');
      expect(Object.keys(schema?.properties ?? {}).length, `${method} ${path}`).toBeGreaterThan(0);
      expect(schema?.additionalProperties, `${method} ${path}`).toBe(false);
    }
  });

  it('every request body schema rejects unknown fields, also in nested objects', async () => {
    const doc = (await koers.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const open: string[] = [];
    let bodies = 0;
    const walk = (schema: unknown, where: string): void => {
      if (!schema || typeof schema !== 'object') return;
      const s = schema as Record<string, unknown>;
      if (s.type === 'object' && s.properties && s.additionalProperties !== false) open.push(where);
      for (const [key, value] of Object.entries((s.properties as Record<string, unknown> | undefined) ?? {}))
        walk(value, `${where}.${key}`);
      walk(s.items, `${where}[]`);
      for (const key of ['anyOf', 'oneOf', 'allOf'])
        ((s[key] as unknown[] | undefined) ?? []).forEach((v, i) => walk(v, `${where}(${key} ${i})`));
    };
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const schema = (operation as Operation).requestBody?.content?.['application/json']?.schema;
        if (!schema) continue;
        bodies++;
        walk(schema, `${method.toUpperCase()} ${path} body`);
      }
    }
    expect(bodies).toBeGreaterThanOrEqual(6);
    expect(open, 'gebruik z.strictObject voor deze objecten').toEqual([]);
  });

  it('serves readable docs at /api/docs', async () => {
    let url = '/api/docs';
    let response = await koers.app.inject({ method: 'GET', url });
    for (let hop = 0; hop < 5 && response.statusCode >= 300 && response.statusCode < 400; hop++) {
      url = new URL(String(response.headers.location), `http://koers.test${url}`).pathname;
      response = await koers.app.inject({ method: 'GET', url });
    }
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toMatch(/swagger/i);
  });
});

describe('validation', () => {
  it('rejects unknown fields: 400 VALIDATION_FAILED naming the field', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const response = await client.post('/api/cases', { ...caseInput(g.gemeenteId), geheimVeld: 'x' });
    expect(response.statusCode).toBe(400);
    const body = response.json<ErrorJson>();
    expect(body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'geheimVeld' });
    expect(body.error.message).toContain('Onbekend veld: geheimVeld');
    expect(await caseCount(g.gemeenteId)).toBe(0);

    const query = await client.get('/api/cases?onbekend=1');
    expect(query.statusCode).toBe(400);
    expect(query.json<ErrorJson>().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'query.onbekend' });

    const status = await client.get('/api/cases?status=bestaat-niet');
    expect(status.statusCode).toBe(400);
    expect(status.json<ErrorJson>().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'query.status' });
    expect((await client.get('/api/cases?status=opgeschort')).statusCode).toBe(200);

    const login = await new Client(koers.app).post('/api/auth/login', { email: g.users.beheerder.email, password: 'x', rol: 'beheerder' });
    expect(login.statusCode).toBe(400);
    expect(login.json<ErrorJson>().error.field).toBe('rol');
  });

  it('rejects an invalid BSN (11-proef) naming bsn, in Dutch', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const response = await client.post('/api/cases', caseInput(g.gemeenteId, { bsn: invalidBsn() }));
    expect(response.statusCode).toBe(400);
    const body = response.json<ErrorJson>();
    expect(body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'bsn' });
    expect(body.error.message).toBe("Veld 'bsn': Dit is geen geldig BSN (9 cijfers en de elfproef)");
    expect(body.error.details).toEqual([{ field: 'bsn', message: 'Dit is geen geldig BSN (9 cijfers en de elfproef)' }]);
    expect(await caseCount(g.gemeenteId)).toBe(0);
  });

  it('names nested and missing fields, with Dutch messages', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const { familyName: _omitted, ...withoutName } = caseInput(g.gemeenteId);
    const missing = await client.post('/api/cases', withoutName);
    expect(missing.statusCode).toBe(400);
    expect(missing.json<ErrorJson>().error.field).toBe('familyName');
    // zod's Dutch locale, not English.
    expect(missing.json<ErrorJson>().error.message).not.toMatch(/expected|required|invalid/i);

    const date = await client.post('/api/cases', caseInput(g.gemeenteId, { birthDate: '12-04-1990' }));
    expect(date.json<ErrorJson>().error).toMatchObject({
      field: 'birthDate',
      message: "Veld 'birthDate': Vul de geboortedatum in als JJJJ-MM-DD",
    });

    const badId = await client.get('/api/cases/niet-een-id');
    expect(badId.statusCode).toBe(400);
    expect(badId.json<ErrorJson>().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'pad.id' });
  });

  it('answers malformed JSON and a wrong content type with a Dutch 400', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const broken = await client.request({
      method: 'POST',
      url: '/api/cases',
      payload: '{"gemeenteId": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toEqual({
      error: { code: 'VALIDATION_FAILED', message: 'De inhoud van het verzoek is geen geldige JSON.', field: '(geheel)' },
    });

    const xml = await client.request({
      method: 'POST',
      url: '/api/cases',
      payload: '<dossier/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(xml.statusCode).toBe(400);
    expect(xml.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', field: 'content-type' } });
  });

  it('refuses a body over the size limit with 413', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const response = await client.post('/api/cases', { ...caseInput(g.gemeenteId), givenNames: 'x'.repeat(3 * 1024 * 1024) });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'Het verzoek is te groot.' } });
  });
});

describe('errors', () => {
  it('maps every error code to one status and a Dutch message', () => {
    for (const [code, { status, message }] of Object.entries(errorCatalog)) {
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(message, code).toMatch(/[.?]$/);
      expect(message, code).not.toMatch(/\b(the|error|failed|not found)\b/i);
      const error = new AppError(code as keyof typeof errorCatalog);
      expect(error.status).toBe(status);
    }
  });

  it('an unexpected error is 500 INTERNAL without stack trace or internal message', async () => {
    const app = await anotherApp(koers);
    try {
      app.get('/api/test/kapot', { config: { access: 'public' } }, () => {
        throw new Error('geheime interne details uit /work/main/packages/server');
      });
      app.get('/api/test/kapot-async', { config: { access: 'public' } }, async () => {
        await Promise.resolve();
        throw Object.assign(new TypeError('Cannot read properties of undefined'), { statusCode: 500, code: 'ERR_INTERN' });
      });
      await app.ready();
      for (const url of ['/api/test/kapot', '/api/test/kapot-async']) {
        const response = await app.inject({ method: 'GET', url });
        expect(response.statusCode).toBe(500);
        expect(response.json()).toEqual({
          error: { code: 'INTERNAL', message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' },
        });
        expect(response.body).not.toMatch(/geheim|work\/main|stack|TypeError|Cannot read|\bat /);
      }
    } finally {
      await app.close();
    }
  });

  it('an unknown API route is 404 ROUTE_NOT_FOUND', async () => {
    const client = new Client(koers.app); // with a CSRF token, so the write reaches routing
    for (const [method, url] of [
      ['GET', '/api/bestaat-niet'],
      ['DELETE', '/api/cases'],
      ['GET', '/api/cases/extra/diep/pad'],
    ] as const) {
      const response = await client.request({ method, url });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json()).toEqual({ error: { code: 'ROUTE_NOT_FOUND', message: 'Deze pagina of dit adres bestaat niet.' } });
    }
  });

  it('sends security headers', async () => {
    const response = await koers.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('cases: one per person per gemeente', () => {
  it('a duplicate BSN or V-nummer is 409 DUPLICATE_CASE with the existing case’s id; nothing is added', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const bsn = validBsn();
    const vNumber = validVNumber();
    const existing = await createCaseVia(client, g.gemeenteId, { bsn, vNumber });
    const before = await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] });

    const byBsn = await client.post('/api/cases', caseInput(g.gemeenteId, { bsn }));
    expect(byBsn.statusCode).toBe(409);
    expect(byBsn.json()).toEqual({
      error: {
        code: 'DUPLICATE_CASE',
        message: 'Er bestaat al een dossier voor deze persoon in deze gemeente.',
        field: 'bsn',
        existingCaseId: existing.id,
      },
    });
    const byVNumber = await client.post('/api/cases', caseInput(g.gemeenteId, { bsn: undefined, vNumber }));
    expect(byVNumber.statusCode).toBe(409);
    expect(byVNumber.json()).toMatchObject({ error: { code: 'DUPLICATE_CASE', field: 'vNumber', existingCaseId: existing.id } });
    expect(await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] })).toBe(before);

    // The same person in another gemeente is a new case.
    const other = await createGemeente(koers.database);
    const otherClient = await loginAs(koers.app, other.users.trajectregisseur.email);
    expect((await otherClient.post('/api/cases', caseInput(other.gemeenteId, { bsn }))).statusCode).toBe(201);
  });

  it('creating a case returns it with status aangemeld and the creating regisseur as case manager', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const input = caseInput(g.gemeenteId);
    const response = await client.post('/api/cases', input);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ ...input, status: 'aangemeld', version: 1, caseManagerId: g.users.trajectregisseur.id });
    // A role without case:read-sensitive sees the case without BSN.
    const finance = await loginAs(koers.app, g.users['financieel-medewerker'].email);
    const seen = await finance.get(`/api/cases/${response.json<{ id: string }>().id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ bsn: null, familyName: input.familyName });
  });
});

describe('user administration', () => {
  it('a beheerder creates a user (201); a duplicate e-mail is 409 EMAIL_TAKEN on field email', async () => {
    const g = await createGemeente(koers.database);
    const beheerder = await loginAs(koers.app, g.users.beheerder.email);
    const email = `nieuwe.collega.${g.gemeenteCode}@test.koers`;
    const created = await beheerder.post('/api/admin/users', {
      name: 'Nieuwe Collega',
      email,
      role: 'trajectregisseur',
      gemeenteIds: [g.gemeenteId],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      user: {
        name: 'Nieuwe Collega',
        email,
        role: 'trajectregisseur',
        roleLabel: expect.any(String) as unknown,
        active: true,
        gemeenten: [{ id: g.gemeenteId }],
      },
    });

    const before = await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] });
    const duplicate = await beheerder.post('/api/admin/users', {
      name: 'Dubbel',
      email: email.toUpperCase(),
      role: 'teamleider',
      gemeenteIds: [],
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toEqual({
      error: { code: 'EMAIL_TAKEN', message: 'Er bestaat al een account met dit e-mailadres.', field: 'email' },
    });
    expect(await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] })).toBe(before);
    // An address of another organisation is not revealed: it is free there (ADR 0091).
    const other = await createGemeente(koers.database);
    const otherBeheerder = await loginAs(koers.app, other.users.beheerder.email);
    expect((await otherBeheerder.post('/api/admin/users', { name: 'X', email, role: 'teamleider', gemeenteIds: [] })).statusCode).toBe(201);
  });

  it('refuses a gemeente of another organisation in gemeenteIds (400), creating nothing', async () => {
    const g = await createGemeente(koers.database);
    const other = await createGemeente(koers.database);
    const beheerder = await loginAs(koers.app, g.users.beheerder.email);
    const email = `grens.${g.gemeenteCode}@test.koers`;
    const response = await beheerder.post('/api/admin/users', {
      name: 'Grens',
      email,
      role: 'teamleider',
      gemeenteIds: [g.gemeenteId, other.gemeenteId],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: { code: 'VALIDATION_FAILED', message: 'Een of meer gemeenten horen niet bij uw organisatie.', field: 'gemeenteIds' },
    });
    expect(await koers.database.db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  it('a beheerder cannot block himself or change his own role', async () => {
    const g = await createGemeente(koers.database);
    const beheerder = await loginAs(koers.app, g.users.beheerder.email);
    const self = `/api/admin/users/${g.users.beheerder.id}`;
    const block = await beheerder.patch(self, { active: false });
    expect(block.statusCode).toBe(400);
    expect(block.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', field: 'active', message: 'U kunt uw eigen account niet blokkeren of uw eigen rol wijzigen.' },
    });
    const demote = await beheerder.patch(self, { role: 'teamleider' });
    expect(demote.statusCode).toBe(400);
    expect(demote.json()).toMatchObject({ error: { field: 'role' } });
    const [row] = await koers.database.db.select().from(users).where(eq(users.id, g.users.beheerder.id));
    expect(row).toMatchObject({ active: true, role: 'beheerder' });
    expect((await beheerder.get('/api/auth/session')).statusCode).toBe(200);
    // Renaming himself is fine.
    expect((await beheerder.patch(self, { name: 'Beheerder Zelf' })).statusCode).toBe(200);
  });
});
