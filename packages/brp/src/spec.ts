/**
 * Loads the BRP API Personen specification (OpenAPI 3.1) that ships with Koers in
 * `packages/brp/spec/openapi.yaml` (origin and version in `spec/ORIGIN.md`).
 *
 * The document is kept as parsed: its `$ref`s stay references, and the validator turns
 * `components.schemas` into one JSON Schema 2020-12 document (see `schema.ts`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { errorMessage } from './guards.ts';

/** A schema object of the spec. Loose on purpose: it is data. */
export type OasSchema = { [key: string]: unknown };

export interface SpecMedia {
  /** Media type as in the spec, e.g. `application/json; charset=utf-8` or `application/problem+json`. */
  readonly mediaType: string;
  readonly schema: OasSchema;
}

export interface SpecOperation {
  readonly operationId: string;
  readonly method: 'post';
  /** Path as in the spec, relative to the base URL: `/personen`. */
  readonly path: string;
  readonly requestBody: SpecMedia;
  /** Keyed by status code as a string (`"200"`, `"400"`, …) and `default`. */
  readonly responses: Readonly<Record<string, SpecMedia>>;
}

export interface BrpSpec {
  readonly file: string;
  readonly title: string;
  /** `info.version`, e.g. `2.7.0`. */
  readonly version: string;
  /** The parsed document (never changed after loading). */
  readonly document: Readonly<Record<string, unknown>>;
  /** `components.schemas`, with `$ref`s as in the file. */
  readonly schemas: Readonly<Record<string, OasSchema>>;
  /** `POST /personen` (operationId `Personen`), with the responses' `$ref`s resolved one level. */
  readonly personen: SpecOperation;
}

export class BrpSpecError extends Error {
  override readonly name = 'BrpSpecError';
}

/** The specification file that ships with Koers (packages/brp/spec/openapi.yaml). */
export function bundledSpecFile(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'spec', 'openapi.yaml');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function media(where: string, content: unknown): SpecMedia {
  if (!isRecord(content)) throw new BrpSpecError(`${where}: geen 'content'`);
  const entries = Object.entries(content);
  const first = entries[0];
  if (entries.length !== 1 || !first) throw new BrpSpecError(`${where}: verwacht precies één mediatype, gevonden ${entries.length}`);
  const [mediaType, body] = first;
  if (!isRecord(body) || !isRecord(body['schema'])) throw new BrpSpecError(`${where}: mediatype ${mediaType} zonder schema`);
  return { mediaType, schema: body['schema'] };
}

/** Follows a local `$ref` such as `#/components/responses/400`. */
function resolveLocal(document: Record<string, unknown>, value: unknown): unknown {
  if (!isRecord(value) || typeof value['$ref'] !== 'string') return value;
  const ref = value['$ref'];
  if (!ref.startsWith('#/')) throw new BrpSpecError(`Alleen lokale verwijzingen worden ondersteund, niet ${ref}`);
  let cur: unknown = document;
  for (const part of ref.slice(2).split('/')) {
    if (!isRecord(cur)) throw new BrpSpecError(`Verwijzing ${ref} bestaat niet`);
    cur = cur[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (cur === undefined) throw new BrpSpecError(`Verwijzing ${ref} bestaat niet`);
  return cur;
}

/** Parses a BRP API Personen specification (default: the bundled file). */
export function loadBrpSpec(file: string = bundledSpecFile()): BrpSpec {
  if (!existsSync(file)) {
    throw new BrpSpecError(`De BRP-specificatie ontbreekt: ${file}. Koers levert haar mee in packages/brp/spec/openapi.yaml.`);
  }
  let parsed: unknown;
  try {
    parsed = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new BrpSpecError(`De BRP-specificatie ${file} is geen geldige YAML: ${errorMessage(err)}`);
  }
  if (!isRecord(parsed)) throw new BrpSpecError(`De BRP-specificatie ${file} is leeg of geen object`);
  if (typeof parsed['openapi'] !== 'string' || !parsed['openapi'].startsWith('3.1')) {
    throw new BrpSpecError(`De BRP-specificatie ${file} is geen OpenAPI 3.1-document`);
  }
  const info = isRecord(parsed['info']) ? parsed['info'] : {};
  const components = isRecord(parsed['components']) ? parsed['components'] : {};
  // The spec's component schemas are schema objects (OpenAPI 3.1); they are read as such, as ajv checks them when compiling.
  const schemas = isRecord(components['schemas']) ? (components['schemas'] as Record<string, OasSchema>) : {};
  const paths = isRecord(parsed['paths']) ? parsed['paths'] : {};
  const item = paths['/personen'];
  const post = isRecord(item) ? item['post'] : undefined;
  if (!isRecord(post)) throw new BrpSpecError(`De BRP-specificatie ${file} heeft geen POST /personen`);
  const requestBody = resolveLocal(parsed, post['requestBody']);
  if (!isRecord(requestBody)) throw new BrpSpecError('POST /personen heeft geen requestBody');
  const responses: Record<string, SpecMedia> = {};
  const rawResponses = isRecord(post['responses']) ? post['responses'] : {};
  for (const [status, raw] of Object.entries(rawResponses)) {
    const response = resolveLocal(parsed, raw);
    if (!isRecord(response)) continue;
    responses[status] = media(`POST /personen antwoord ${status}`, response['content']);
  }
  return {
    file,
    title: typeof info['title'] === 'string' ? info['title'] : 'BRP API Personen',
    version: typeof info['version'] === 'string' ? info['version'] : '0.0.0',
    document: parsed,
    schemas,
    personen: {
      operationId: typeof post['operationId'] === 'string' ? post['operationId'] : 'Personen',
      method: 'post',
      path: '/personen',
      requestBody: media('POST /personen verzoek', requestBody['content']),
      responses,
    },
  };
}

const cache = new Map<string, BrpSpec>();

/** Memoised {@link loadBrpSpec}. */
export function getBrpSpec(file: string = bundledSpecFile()): BrpSpec {
  let spec = cache.get(file);
  if (!spec) {
    spec = loadBrpSpec(file);
    cache.set(file, spec);
  }
  return spec;
}
