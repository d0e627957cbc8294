// Every request field of every route (params, query, body) is checked by the shared input helpers
// of src/routes/schemas.ts: a text field refuses NUL and lone surrogates (`text()`), a date or
// date-time field has a range (`isoDate()`, `birthDate()`, `isoDateTime()`). The routes are taken
// from the running app, so a route added later is checked too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dateRangeCheck, isStorableText } from '../../src/contract/input-fields.ts';
import { createTestKoers, type TestKoers } from '../support/koers.ts';

let koers: TestKoers;
beforeAll(async () => {
  koers = await createTestKoers();
});
afterAll(() => koers.close());

interface Def {
  type: string;
  format?: string;
  checks?: { _zod: { def: { fn?: unknown } } }[];
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  out?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function hasCheck(def: Def, test: (fn: unknown) => boolean): boolean {
  return (def.checks ?? []).some((c) => test(c._zod.def.fn));
}

/** Formats that cannot hold a NUL or a surrogate (their pattern refuses them). */
const closedFormats = new Set(['uuid', 'guid', 'email', 'regex', 'cuid', 'cuid2', 'ulid', 'base64', 'base64url', 'e164', 'time', 'duration']);

/** Every problem in one schema: the path of each string without the text check or date without a range. */
function problemsOf(schema: z.ZodType, path: string, seen = new Set<z.ZodType>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const inner = (s: z.ZodType | undefined, p = path) => (s ? problemsOf(s, p, seen) : []);
  switch (def.type) {
    case 'string': {
      if (def.format === 'date' || def.format === 'datetime') {
        return hasCheck(def, (fn) => typeof fn === 'function' && dateRangeCheck in fn) ? [] : [`${path}: datum zonder bereik (gebruik isoDate/isoDateTime)`];
      }
      if (def.format && closedFormats.has(def.format)) return [];
      return hasCheck(def, (fn) => fn === isStorableText) ? [] : [`${path}: tekst zonder text()`];
    }
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, s]) => problemsOf(s, `${path}.${key}`, seen));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return inner(def.innerType);
    case 'array':
      return inner(def.element, `${path}[]`);
    case 'union':
      return (def.options ?? []).flatMap((o) => problemsOf(o, path, seen));
    case 'intersection':
      return [...inner(def.left), ...inner(def.right)];
    case 'pipe':
      return [...inner(def.in), ...inner(def.out)];
    case 'record':
      return [...inner(def.keyType, `${path}{key}`), ...inner(def.valueType, `${path}{}`)];
    case 'lazy':
      return def.getter ? inner(def.getter()) : [];
    case 'unknown': {
      // Allowed only where a domain schema checks the value inside the use case, and says so.
      const meta = z.globalRegistry.get(schema) as { checkedBy?: string } | undefined;
      return meta?.checkedBy ? [] : [`${path}: onbekend schematype unknown (zonder checkedBy)`];
    }
    case 'number':
    case 'int':
    case 'boolean':
    case 'enum':
    case 'literal':
    case 'null':
    case 'undefined':
    case 'transform':
      return [];
    default:
      return [`${path}: onbekend schematype ${def.type}`];
  }
}

describe('request schemas', () => {
  it('every text field of every route uses text() and every date field a range', () => {
    const problems: string[] = [];
    let walked = 0;
    for (const route of koers.app.koersRoutes) {
      for (const part of ['params', 'querystring', 'body'] as const) {
        const schema = route.schema?.[part];
        if (!(schema instanceof z.ZodType)) continue;
        walked++;
        problems.push(...problemsOf(schema, `${route.method} ${route.url} ${part}`));
      }
    }
    expect(walked).toBeGreaterThan(40);
    expect(problems.join("\n")).toBe("");
  });

  it('the walker itself notices a bare string, a date without range and accepts the helpers', async () => {
    const { text, isoDate } = await import('../../src/contract/input-fields.ts');
    expect(problemsOf(z.strictObject({ a: z.string().trim().max(5) }), 'x')).toEqual(['x.a: tekst zonder text()']);
    expect(problemsOf(z.strictObject({ d: z.iso.date() }), 'x')).toEqual(['x.d: datum zonder bereik (gebruik isoDate/isoDateTime)']);
    expect(problemsOf(z.strictObject({ a: text().trim().max(5).nullable().optional(), d: isoDate().optional(), id: z.uuid() }), 'x')).toEqual([]);
  });
});
