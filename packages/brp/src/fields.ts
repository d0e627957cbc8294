/**
 * The `fields` parameter of the BRP API: which field paths exist for a person, which are provided
 * automatically (and may not be asked for), and how an answer is limited to the asked fields.
 * Pure functions over the specification and the data; the stand-in and the tests use them.
 */
import { discriminatorOf, refName } from './schema.ts';
import type { BrpSpec, OasSchema } from './spec.ts';
import { isOneOf } from './guards.ts';

/**
 * Provided automatically whenever they apply; naming them in `fields` is a 400 (spec, description
 * of `PersonenQuery.fields`).
 */
export const automaticFields = ['inOnderzoek', 'geheimhoudingPersoonsgegevens', 'opschortingBijhouding', 'rni', 'verificatie'] as const;

/** A date is delivered whole (`type`, `datum`/`jaar`/…, `langFormaat`): a field path ends at it. */
const atomicSchemas = new Set(['AbstractDatum']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The properties of a schema, through `$ref`, `allOf` and (for a discriminated schema) every
 * subtype. A name can have several schemas (`verblijfadres` of an Adres and of a
 * VerblijfplaatsBuitenland): all are kept.
 */
function propertiesOf(spec: BrpSpec, schema: OasSchema, seen: ReadonlySet<string>): Map<string, OasSchema[]> {
  const out = new Map<string, OasSchema[]>();
  const add = (k: string, schemas: readonly OasSchema[]): void => {
    const list = out.get(k) ?? [];
    for (const s of schemas) if (!list.includes(s)) list.push(s);
    out.set(k, list);
  };
  const name = refName(schema);
  if (name !== undefined) {
    if (seen.has(name)) return out;
    const target = spec.schemas[name];
    if (!target) return out;
    const next = new Set(seen).add(name);
    for (const [k, v] of propertiesOf(spec, target, next)) add(k, v);
    const d = discriminatorOf(target);
    if (d) {
      for (const sub of Object.values(d.mapping))
        for (const [k, v] of propertiesOf(spec, { $ref: `#/components/schemas/${sub}` }, next)) add(k, v);
      out.delete(d.propertyName);
    }
    return out;
  }
  const props = schema['properties'];
  if (isRecord(props)) for (const [k, v] of Object.entries(props)) if (isRecord(v)) add(k, [v]);
  const allOf = schema['allOf'];
  if (Array.isArray(allOf)) for (const part of allOf) if (isRecord(part)) for (const [k, v] of propertiesOf(spec, part, seen)) add(k, v);
  return out;
}

function walk(spec: BrpSpec, schemas: readonly OasSchema[], prefix: string, out: Set<string>, depth: number): void {
  if (depth > 8) return;
  const merged = new Map<string, OasSchema[]>();
  for (const schema of schemas) for (const [k, v] of propertiesOf(spec, schema, new Set())) merged.set(k, [...(merged.get(k) ?? []), ...v]);
  for (const [prop, subs] of merged) {
    if (isOneOf(automaticFields, prop)) continue;
    const path = prefix === '' ? prop : `${prefix}.${prop}`;
    out.add(path);
    const deeper = subs.flatMap((sub) => {
      const name = refName(sub);
      if (name !== undefined && atomicSchemas.has(name)) return [];
      return [sub['type'] === 'array' && isRecord(sub['items']) ? sub['items'] : sub];
    });
    if (deeper.length > 0) walk(spec, deeper, path, out, depth + 1);
  }
}

/** Every field path that may be asked for a schema (`Persoon`, `PersoonBeperkt`), full paths only. */
export function fieldPaths(spec: BrpSpec, schemaName: string): Set<string> {
  const out = new Set<string>();
  walk(spec, [{ $ref: `#/components/schemas/${schemaName}` }], '', out, 0);
  return out;
}

export interface FieldProblem {
  readonly field: string;
  readonly reason: 'automatic' | 'unknown';
}

/** The asked fields that are unknown for the schema or automatically provided. */
export function checkFields(
  spec: BrpSpec,
  schemaName: string,
  fields: readonly string[],
  known: ReadonlySet<string> = fieldPaths(spec, schemaName),
): FieldProblem[] {
  return fields.flatMap((f): FieldProblem[] => {
    if (f.split('.').some((part) => isOneOf(automaticFields, part))) return [{ field: f, reason: 'automatic' }];
    return known.has(f) ? [] : [{ field: f, reason: 'unknown' }];
  });
}

/**
 * `value` limited to the asked field paths. Entering an object keeps its `type` (the
 * discriminator of a date, nationality or residence) and its `inOnderzoek`; at the top level the
 * automatically provided fields are kept (geheimhouding only when true).
 */
export function limitToFields<T extends object>(value: T, fields: readonly string[]): Partial<T> {
  const paths = fields.map((f) => f.split('.'));
  // `pick` keeps a subset of the properties of `value`; its recursion over unknown values cannot carry T.
  const picked = pick(value, paths) as Partial<T> | undefined;
  const out: Record<string, unknown> = { ...(picked ?? {}) };
  for (const key of automaticFields) {
    const v: unknown = Reflect.get(value, key);
    if (v === undefined || (key === 'geheimhoudingPersoonsgegevens' && v !== true)) continue;
    if (key === 'inOnderzoek' && Object.keys(out).length === 0) continue;
    out[key] = v;
  }
  // `out` holds the picked properties of `value` and its own automatic fields: a part of T.
  return out as Partial<T>;
}

function pick(value: unknown, paths: readonly string[][]): unknown {
  if (paths.some((p) => p.length === 0)) return value;
  if (Array.isArray(value)) {
    const items = value.map((v) => pick(v, paths)).filter((v) => v !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (!isRecord(value)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const sub = paths.filter((p) => p[0] === key).map((p) => p.slice(1));
    if (sub.length === 0) continue;
    const kept = pick(v, sub);
    if (kept !== undefined) out[key] = kept;
  }
  if (typeof value['type'] === 'string') out['type'] = value['type'];
  if (Object.keys(out).length === 0) return undefined;
  if (value['inOnderzoek'] !== undefined && Object.keys(out).some((k) => k !== 'type')) out['inOnderzoek'] = value['inOnderzoek'];
  return out;
}
