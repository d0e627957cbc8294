// No malformed input gets a 5xx (issue 11, defect 4). Generated from the OpenAPI document, so an
// endpoint added later is covered: for every operation, a body built from its schema (required
// fields only) with one field replaced by a malformed value — NUL, lone surrogates, year 0000,
// 9999-12-31, huge numbers, wrong types, very long strings — and every query and path parameter
// likewise; sent as a user allowed to call the route, so validation is what answers.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionsOf, roles, type Role } from '@koers/domain';
import { Client, createGemeente, createTestKoers, loginAs, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { createCaseVia } from '../support/fixtures.ts';

interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  minimum?: number;
  minItems?: number;
  $ref?: string;
  default?: unknown;
}

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

/** The malformed values of the probe, and what a JSON body can carry only as raw text. */
const malformedValues: unknown[] = [
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  '0000-01-01',
  '9999-12-31',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59+01:00',
  '-000001-01-01',
  1e308,
  -1e308,
  2 ** 53 + 1,
  1.5,
  -1,
  'x'.repeat(100_000),
  '',
  ' ',
  true,
  {},
  [],
  null,
  12,
  '12',
  ['a\u0000'],
  { nested: '\ud800' },
];

let koers: TestKoers;
let g: GemeenteFixture;
let doc: OpenApi;
const clients = new Map<Role | 'anoniem', Client>();
let caseId: string;

beforeAll(async () => {
  koers = await createTestKoers();
  g = await createGemeente(koers.database);
  for (const role of roles) clients.set(role, await loginAs(koers.app, g.users[role].email));
  clients.set('anoniem', new Client(koers.app));
  const regisseur = clients.get('trajectregisseur');
  if (!regisseur) throw new Error('fixture');
  caseId = (await createCaseVia(regisseur, g.gemeenteId)).id;
  doc = (await koers.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApi>();
}, 180_000);
afterAll(() => koers.close());

function resolve(schema: JsonSchema | undefined): JsonSchema {
  if (!schema) return {};
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    return resolve(doc.components?.schemas?.[name]);
  }
  return schema;
}

/** A value the schema accepts, as far as the JSON schema tells (refinements may still refuse it). */
function validValue(raw: JsonSchema | undefined, name = ''): unknown {
  const schema = resolve(raw);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return validValue(variants.find((v) => resolve(v).type !== 'null') ?? variants[0], name);
  if (schema.allOf?.length) return validValue(schema.allOf[0], name);
  const type = (Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type) ?? 'string';
  switch (type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const key of schema.required ?? []) result[key] = validValue(schema.properties?.[key], key);
      return result;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => validValue(schema.items, name));
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return false;
    case 'string':
      switch (schema.format ?? 'text') {
        case 'uuid':
          return name === 'gemeenteId' ? g.gemeenteId : randomUUID();
        case 'date':
          return '2026-03-02';
        case 'date-time':
          return '2026-03-02T10:00:00+01:00';
        case 'email':
          return 'iemand@test.koers';
        default:
          return 'Tekst'.padEnd(Math.max(schema.minLength ?? 0, 5), 'x');
      }
    default:
      return 'Tekst';
  }
}

/** Paths to every field of a body schema (a.b, a.list[0]), to put a malformed value in. */
function fieldPaths(raw: JsonSchema | undefined, prefix: (string | number)[] = [], depth = 0): (string | number)[][] {
  const schema = resolve(raw);
  if (depth > 4) return [];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.flatMap((v) => fieldPaths(v, prefix, depth + 1));
  const paths: (string | number)[][] = [];
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    paths.push([...prefix, key]);
    paths.push(...fieldPaths(property, [...prefix, key], depth + 1));
  }
  if (schema.items) paths.push([...prefix, 0], ...fieldPaths(schema.items, [...prefix, 0], depth + 1));
  return paths;
}

function withValue(base: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const list = Array.isArray(base) ? [...(base as unknown[])] : [];
    list[head] = withValue(list[head], rest, value);
    return list;
  }
  const object = base !== null && typeof base === 'object' && !Array.isArray(base) ? { ...(base as Record<string, unknown>) } : {};
  object[head ?? ''] = withValue(object[head ?? ''], rest, value);
  return object;
}

/** A client allowed to call the route: its declared access decides the role. */
function clientFor(method: string, url: string): Client {
  const route = koers.app.koersRoutes.find((r) => r.method === method && r.url === url);
  const access = route?.access;
  if (access === undefined || access === 'public') return clients.get('anoniem') as Client;
  const preferred: Role[] = ['trajectregisseur', 'beheerder', 'teamleider', 'financieel-medewerker', 'beleidsadviseur', ...roles];
  const role = access === 'authenticated' ? 'trajectregisseur' : preferred.find((r) => permissionsOf(r).includes(access));
  return clients.get(role ?? 'trajectregisseur') as Client;
}

/** Path parameters that name real records where the test has them (so the use case is reached). */
function pathValue(url: string, name: string): string {
  if (name === 'id' && url.startsWith('/api/cases/')) return caseId;
  if (name === 'id' && url.startsWith('/api/gemeenten/')) return g.gemeenteId;
  if (name === 'id' && url.startsWith('/api/admin/users/')) return g.users.beleidsadviseur.id;
  if (name === 'kind') return 'pvt';
  if (name === 'item') return 'bsn';
  if (name === 'category') return 'taallesknm';
  return randomUUID();
}

function fillPath(openapiPath: string, values: Record<string, string>): string {
  return openapiPath.replace(/\{(\w+)\}/g, (_m, name: string) => percentEncode(values[name] ?? ''));
}

/** Routes whose effect would end the test's own sessions. */
const skipped = new Set(['POST /api/auth/logout']);

function operations(): { method: string; path: string; url: string; operation: Operation }[] {
  const list: { method: string; path: string; url: string; operation: Operation }[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const upper = method.toUpperCase();
      const url = path.replace(/\{(\w+)\}/g, ':$1');
      if (skipped.has(`${upper} ${url}`)) continue;
      list.push({ method: upper, path, url, operation });
    }
  }
  return list;
}

/** Percent-encoding that also sends a lone surrogate, as its WTF-8 bytes (what a probe can send). */
function percentEncode(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const next = value.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(value.slice(i, i + 2));
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else {
      out += encodeURIComponent(value[i] ?? '');
    }
  }
  return out;
}

function queryString(entries: [string, unknown][]): string {
  return entries.map(([k, v]) => `${percentEncode(k)}=${percentEncode(typeof v === 'string' ? v : JSON.stringify(v))}`).join('&');
}

/** A 5xx is a defect, except DUO_UNAVAILABLE: the tests run without a DUO koppeling. */
function isDefect(response: { statusCode: number; body: string }): boolean {
  return response.statusCode >= 500 && !response.body.includes('"code":"DUO_UNAVAILABLE"');
}

describe('malformed input never gets a 5xx', () => {
  it('covers every operation of the OpenAPI document', () => {
    expect(operations().length).toBeGreaterThan(60);
  });

  it('body fields: one malformed value at a time', async () => {
    const seen: string[] = [];
    for (const { method, path, url, operation } of operations()) {
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      if (!schema) continue;
      const paths = [[], ...fieldPaths(schema)];
      const params = Object.fromEntries((operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => [p.name, pathValue(url, p.name)]));
      const base = validValue(schema);
      const client = clientFor(method, url);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...paths), fc.constantFrom(...malformedValues), async (field, value) => {
          const payload = JSON.stringify(withValue(base, field, value));
          const response = await client.request({ method, url: fillPath(path, params), payload, headers: { 'content-type': 'application/json' } });
          seen.push(`${method} ${url}`);
          expect(isDefect(response), `${response.statusCode} ${method} ${url} ${field.join('.')}=${JSON.stringify(value).slice(0, 40)} → ${response.body.slice(0, 300)}`).toBe(false);
        }),
        { numRuns: Math.min(40, paths.length * malformedValues.length), seed: 20261205 },
      );
    }
    expect(new Set(seen).size).toBeGreaterThan(30);
  });

  it('query and path parameters: one malformed value at a time', async () => {
    let checked = 0;
    for (const { method, path, url, operation } of operations()) {
      const parameters = (operation.parameters ?? []).filter((p) => p.in === 'query' || p.in === 'path');
      if (parameters.length === 0) continue;
      const client = clientFor(method, url);
      const body = operation.requestBody?.content?.['application/json']?.schema;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...parameters), fc.constantFrom(...malformedValues), async (parameter, value) => {
          const pathValues = Object.fromEntries(parameters.filter((p) => p.in === 'path').map((p) => [p.name, pathValue(url, p.name)]));
          const query: [string, unknown][] = [];
          if (parameter.in === 'path') pathValues[parameter.name] = typeof value === 'string' ? value : JSON.stringify(value);
          else query.push([parameter.name, value]);
          const target = fillPath(path, pathValues) + (query.length ? `?${queryString(query)}` : '');
          const response = await client.request({
            method,
            url: target,
            ...(body ? { payload: JSON.stringify(validValue(body)), headers: { 'content-type': 'application/json' } } : {}),
          });
          checked++;
          expect(isDefect(response), `${response.statusCode} ${method} ${url} ${parameter.in} ${parameter.name}=${JSON.stringify(value).slice(0, 40)} → ${response.body.slice(0, 300)}`).toBe(false);
        }),
        { numRuns: Math.min(30, parameters.length * malformedValues.length), seed: 20261205 },
      );
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('the cases the probe found: a clear 400 naming the field', async () => {
    const regisseur = clients.get('trajectregisseur') as Client;
    const send = (payload: string) => regisseur.request({ method: 'POST', url: '/api/cases', payload, headers: { 'content-type': 'application/json' } });
    const base = { gemeenteId: g.gemeenteId, bsn: '999990068', givenNames: 'Amina', familyName: 'Haddad', birthDate: '1990-04-12', nationality: 'SY', permit: 'asiel' };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ familyName: 'Had\u0000dad' }, 'familyName', /nulteken/],
      [{ address: 'Straat \ud800 1' }, 'address', /surrogaat/],
      [{ registeredOn: '0000-01-01' }, 'registeredOn', /tussen 1 januari 1900 en 31 december 2100/],
      [{ birthDate: '9999-12-31' }, 'birthDate', /niet in de toekomst/],
      [{ birthDate: '1899-12-31' }, 'birthDate', /vanaf 1 januari 1900/],
    ];
    for (const [change, field, message] of cases) {
      const response = await send(JSON.stringify({ ...base, ...change }));
      expect(response.statusCode, response.body).toBe(400);
      const error = response.json<{ error: { field: string; message: string } }>().error;
      expect(error.field).toBe(field);
      expect(error.message).toMatch(message);
    }
    const search = await regisseur.get('/api/cases?zoek=%00');
    expect(search.statusCode).toBe(400);
    expect(search.json()).toMatchObject({ error: { field: 'query.zoek' } });
  });
});
