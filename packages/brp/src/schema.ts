/**
 * The BRP specification's schemas as one JSON Schema 2020-12 document for Ajv.
 *
 * OpenAPI 3.1 schemas are JSON Schema 2020-12 with a few OpenAPI keywords. Two need care:
 *
 * - `discriminator` (e.g. `AbstractDatum` → `Datum` / `DatumOnbekend` / `JaarDatum` /
 *   `JaarMaandDatum`, or `PersonenQuery` → the seven query types): JSON Schema ignores it, so a
 *   `geboorte.datum` would only be checked against the abstract base. Every discriminated schema
 *   X becomes two definitions: `X.basis` (its own constraints) and `X` (the base plus, per mapping
 *   entry, `if type = key then <subtype>`). A subtype's `allOf: [$ref X]` points at `X.basis`, so
 *   the subtype does not dispatch back to itself.
 * - Strict property checks: the spec leaves objects open and composes them with `allOf`, where
 *   `additionalProperties: false` would reject the properties of the other branches. In strict
 *   mode every schema in a *value position* (a property, an array item, a request or response
 *   body) gets `unevaluatedProperties: false`, which sees through `$ref`, `allOf` and `if/then`.
 *
 * OpenAPI-only keywords (`discriminator`, `example`, `externalDocs`, `xml`, `x-*`) are dropped.
 */
import type { OasSchema } from './spec.ts';

const SCHEMA_REF = '#/components/schemas/';
const droppedKeywords = new Set(['discriminator', 'example', 'externalDocs', 'xml']);
/** Keywords whose value is one schema in a value position. */
const valueKeywords = new Set(['items', 'additionalProperties', 'contains', 'propertyNames', 'unevaluatedItems']);
/** Keywords whose value is a list of schemas composed with the parent. */
const compositionKeywords = new Set(['allOf', 'anyOf', 'oneOf']);
/** Keywords whose value is one schema composed with the parent. */
const inPlaceKeywords = new Set(['not', 'if', 'then', 'else']);
/** Keywords whose value is data, copied as is. */
const dataKeywords = new Set(['enum', 'const', 'required', 'default', 'examples', 'type', 'pattern', 'format', 'description', 'title']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface Discriminator {
  readonly propertyName: string;
  /** Discriminator value → schema name (e.g. `Datum` → `VolledigeDatum`). */
  readonly mapping: Readonly<Record<string, string>>;
}

/** The discriminator of a component schema, when it has one with an explicit mapping. */
export function discriminatorOf(schema: OasSchema | undefined): Discriminator | undefined {
  const d = schema?.['discriminator'];
  if (!isRecord(d) || typeof d['propertyName'] !== 'string' || !isRecord(d['mapping'])) return undefined;
  const mapping: Record<string, string> = {};
  for (const [value, ref] of Object.entries(d['mapping'])) {
    if (typeof ref === 'string' && ref.startsWith(SCHEMA_REF)) mapping[value] = ref.slice(SCHEMA_REF.length);
  }
  return { propertyName: d['propertyName'], mapping };
}

/** The component name a `$ref` points at (`#/components/schemas/Persoon` → `Persoon`). */
export function refName(schema: unknown): string | undefined {
  if (!isRecord(schema) || typeof schema['$ref'] !== 'string') return undefined;
  const ref = schema['$ref'];
  return ref.startsWith(SCHEMA_REF) ? ref.slice(SCHEMA_REF.length) : undefined;
}

export interface ConvertOptions {
  /** Reject properties the spec does not define (see the module comment). */
  readonly strictProperties: boolean;
}

interface Position {
  /** A property value, an array item or a body: the whole object is checked here. */
  readonly value: boolean;
  /** Directly inside `allOf`: a `$ref` to a discriminated schema means its base. */
  readonly inAllOf: boolean;
}

class Converter {
  constructor(
    private readonly discriminated: ReadonlySet<string>,
    private readonly refBase: string,
    private readonly options: ConvertOptions,
  ) {}

  convert(node: unknown, at: Position): unknown {
    if (Array.isArray(node)) return node.map((n) => this.convert(n, at));
    if (!isRecord(node)) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (droppedKeywords.has(key) || key.startsWith('x-')) continue;
      if (key === '$ref' && typeof value === 'string') {
        const name = value.startsWith(SCHEMA_REF) ? value.slice(SCHEMA_REF.length) : undefined;
        if (name === undefined) throw new Error(`Niet-ondersteunde verwijzing in de BRP-specificatie: ${value}`);
        out['$ref'] = `${this.refBase}${at.inAllOf && this.discriminated.has(name) ? `${name}.basis` : name}`;
      } else if (key === 'properties' || key === 'patternProperties' || key === 'dependentSchemas') {
        out[key] = isRecord(value)
          ? Object.fromEntries(Object.entries(value).map(([p, s]) => [p, this.convert(s, { value: true, inAllOf: false })]))
          : value;
      } else if (valueKeywords.has(key)) {
        out[key] = typeof value === 'boolean' ? value : this.convert(value, { value: true, inAllOf: false });
      } else if (key === 'prefixItems' && Array.isArray(value)) {
        out[key] = value.map((s) => this.convert(s, { value: true, inAllOf: false }));
      } else if (compositionKeywords.has(key) && Array.isArray(value)) {
        out[key] = value.map((s) => this.convert(s, { value: false, inAllOf: key === 'allOf' }));
      } else if (inPlaceKeywords.has(key)) {
        out[key] = this.convert(value, { value: false, inAllOf: false });
      } else if (dataKeywords.has(key)) {
        out[key] = value;
      } else {
        // Other keywords (minimum, maxLength, deprecated, …) have scalar values.
        out[key] = value;
      }
    }
    if (this.options.strictProperties && at.value && out['unevaluatedProperties'] === undefined && couldBeObject(out)) {
      out['unevaluatedProperties'] = false;
    }
    return out;
  }

  /** `X`: the base, and per discriminator value the subtype it names. */
  polymorphic(name: string, d: Discriminator): Record<string, unknown> {
    const prop = d.propertyName;
    const dispatch = Object.entries(d.mapping).map(([value, target]) => ({
      if: { properties: { [prop]: { const: value } }, required: [prop] },
      then: { $ref: `${this.refBase}${target}` },
    }));
    return {
      allOf: [{ $ref: `${this.refBase}${name}.basis` }, ...dispatch],
      // Strict: a value the mapping does not know is an error; tolerant: only the base is checked.
      ...(this.options.strictProperties ? { properties: { [prop]: { enum: Object.keys(d.mapping) } } } : {}),
    };
  }
}

function couldBeObject(schema: Record<string, unknown>): boolean {
  const type = schema['type'];
  if (type === 'object') return true;
  if (typeof type === 'string') return false;
  return '$ref' in schema || 'allOf' in schema || 'properties' in schema || 'anyOf' in schema || 'oneOf' in schema;
}

export interface JsonSchemaDocument {
  readonly $schema: string;
  readonly $id: string;
  readonly $defs: Readonly<Record<string, unknown>>;
}

/** All component schemas as `$defs` of one document with the given `$id`. */
export function toJsonSchemaDocument(
  schemas: Readonly<Record<string, OasSchema>>,
  id: string,
  options: ConvertOptions,
): JsonSchemaDocument {
  const discriminated = new Set(
    Object.entries(schemas)
      .filter(([, s]) => discriminatorOf(s) !== undefined)
      .map(([n]) => n),
  );
  const converter = new Converter(discriminated, '#/$defs/', options);
  const defs: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const d = discriminatorOf(schema);
    if (d) {
      defs[`${name}.basis`] = converter.convert(schema, { value: false, inAllOf: false });
      defs[name] = converter.polymorphic(name, d);
    } else {
      defs[name] = converter.convert(schema, { value: false, inAllOf: false });
    }
  }
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: id, $defs: defs };
}

/** A schema from outside `components` (a request or response body), pointing into the document `id`. */
export function toEntrySchema(schema: OasSchema, id: string, discriminated: ReadonlySet<string>, options: ConvertOptions): unknown {
  return new Converter(discriminated, `${id}#/$defs/`, options).convert(schema, { value: true, inAllOf: false });
}

/** Names of the component schemas with a discriminator. */
export function discriminatedSchemas(schemas: Readonly<Record<string, OasSchema>>): Set<string> {
  return new Set(
    Object.entries(schemas)
      .filter(([, s]) => discriminatorOf(s) !== undefined)
      .map(([n]) => n),
  );
}
