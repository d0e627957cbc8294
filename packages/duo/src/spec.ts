/**
 * Loads DUO's OpenAPI specifications at runtime.
 *
 * The specs ship with Koers in `packages/duo/duo-m2m/API` (origin and versions in
 * `duo-m2m/ORIGIN.md`); `KOERS_DUO_SPEC_DIR` points elsewhere. Every `openapi.yml` is parsed
 * with `yaml` and fully dereferenced with `@apidevtools/json-schema-ref-parser`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { parse as parseYaml } from 'yaml';
import { errorMessage, isOneOf, isRecord, isUnknownArray } from './guards.ts';

/** The folder names under `API/`, which are also the API names used in Koers. */
export const duoApiNames = [
  'Notificatie',
  'Inburgeringsplicht',
  'Leerbaarheidstoets',
  'Inburgeringstermijn',
  'Vrijstelling',
  'Ontheffing',
  'PIP',
  'Contactpersoon',
  'Inburgeringsaanbod',
  'MAP,PVT,Zroute',
  'GevolgdeUren',
  'Examen',
] as const;
export type DuoApiName = (typeof duoApiNames)[number];

export function isDuoApiName(value: string): value is DuoApiName {
  return isOneOf(duoApiNames, value);
}

export type HttpMethod = 'get' | 'post' | 'put' | 'delete' | 'patch';
const httpMethods: readonly HttpMethod[] = ['get', 'post', 'put', 'delete', 'patch'];

/** A (dereferenced) OpenAPI 3.0 schema object. Kept loose on purpose: it is data. */
export type OasSchema = { [key: string]: unknown };

export interface SpecParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly schema: OasSchema;
}

export interface SpecResponse {
  /** JSON schema of the `application/json` body, when the spec defines one. */
  readonly bodySchema?: OasSchema;
  readonly headers: ReadonlyArray<{ readonly name: string; readonly required: boolean; readonly schema: OasSchema }>;
}

export interface SpecOperation {
  readonly api: DuoApiName;
  readonly apiVersion: string;
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Path template as in the spec, e.g. `/personen/{bsn}/PIP` (without the `/v1` base path). */
  readonly path: string;
  readonly summary?: string;
  readonly parameters: readonly SpecParameter[];
  readonly requestBody?: { readonly required: boolean; readonly schema: OasSchema };
  /** Keyed by status code as a string (`"200"`, `"403"`, …). */
  readonly responses: Readonly<Record<string, SpecResponse>>;
}

export interface DuoApiSpec {
  readonly name: DuoApiName;
  readonly title: string;
  /** `info.version` of the spec, e.g. `1.2.0`; the simulator sends this as `API-Version`. */
  readonly version: string;
  readonly file: string;
  readonly operations: readonly SpecOperation[];
  /** Dereferenced `components.schemas`. */
  readonly schemas: Readonly<Record<string, OasSchema>>;
}

export interface DuoSpecs {
  readonly dir: string;
  readonly apis: ReadonlyMap<DuoApiName, DuoApiSpec>;
  api(name: DuoApiName): DuoApiSpec;
  operation(api: DuoApiName, operationId: string): SpecOperation;
  allOperations(): SpecOperation[];
}

export class DuoSpecError extends Error {
  override readonly name = 'DuoSpecError';
}

/** The `duo-m2m` folder that ships with Koers (packages/duo/duo-m2m), from this file's location. */
export function bundledDuoM2mDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'duo-m2m');
}

/** The spec folder: `KOERS_DUO_SPEC_DIR`, else the bundled `packages/duo/duo-m2m/API`. */
export function resolveSpecDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['KOERS_DUO_SPEC_DIR'];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return path.resolve(fromEnv);
  return path.join(bundledDuoM2mDir(), 'API');
}


function asSchema(value: unknown): OasSchema {
  return isRecord(value) ? value : {};
}

function parseOperation(api: DuoApiName, apiVersion: string, p: string, method: HttpMethod, op: Record<string, unknown>, pathLevelParams: readonly unknown[]): SpecOperation {
  const operationId = typeof op['operationId'] === 'string' ? op['operationId'] : `${method} ${p}`;
  const opParams: readonly unknown[] = isUnknownArray(op['parameters']) ? op['parameters'] : [];
  const rawParams = [...pathLevelParams, ...opParams];
  const parameters: SpecParameter[] = rawParams.filter(isRecord).map((raw) => {
    const location = raw['in'];
    if (location !== 'path' && location !== 'query' && location !== 'header' && location !== 'cookie') {
      throw new DuoSpecError(`${api} ${operationId}: parameter zonder geldige 'in'`);
    }
    return {
      name: String(raw['name']),
      in: location,
      required: raw['required'] === true || location === 'path',
      schema: asSchema(raw['schema']),
    };
  });
  let requestBody: SpecOperation['requestBody'];
  const rb = op['requestBody'];
  if (isRecord(rb)) {
    const content = isRecord(rb['content']) ? rb['content'] : {};
    const json = content['application/json'];
    requestBody = { required: rb['required'] === true, schema: isRecord(json) ? asSchema(json['schema']) : {} };
  }
  const responses: Record<string, SpecResponse> = {};
  const rawResponses = isRecord(op['responses']) ? op['responses'] : {};
  for (const [status, rawResponse] of Object.entries(rawResponses)) {
    if (!isRecord(rawResponse)) continue;
    const content = isRecord(rawResponse['content']) ? rawResponse['content'] : undefined;
    const json = content ? content['application/json'] : undefined;
    const headers = isRecord(rawResponse['headers'])
      ? Object.entries(rawResponse['headers']).filter((e): e is [string, Record<string, unknown>] => isRecord(e[1])).map(([name, h]) => ({
          name,
          required: h['required'] === true,
          schema: asSchema(h['schema']),
        }))
      : [];
    responses[status] = isRecord(json) && json['schema'] !== undefined ? { bodySchema: asSchema(json['schema']), headers } : { headers };
  }
  const summary = typeof op['summary'] === 'string' ? op['summary'] : undefined;
  return { api, apiVersion, operationId, method, path: p, ...(summary ? { summary } : {}), parameters, ...(requestBody ? { requestBody } : {}), responses };
}

async function loadApi(dir: string, name: DuoApiName): Promise<DuoApiSpec> {
  const file = path.join(dir, name, 'openapi.yml');
  if (!existsSync(file)) throw new DuoSpecError(`DUO-specificatie ontbreekt: ${file}`);
  let parsed: unknown;
  try {
    parsed = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new DuoSpecError(`DUO-specificatie ${file} is geen geldige YAML: ${errorMessage(err)}`);
  }
  if (!isRecord(parsed)) throw new DuoSpecError(`DUO-specificatie ${file} is leeg of geen object`);
  // Dereference a structured clone so that the parsed document stays pristine.
  const doc: unknown = await $RefParser.dereference<Record<string, unknown>>(structuredClone(parsed), { dereference: { circular: false } });
  if (!isRecord(doc)) throw new DuoSpecError(`DUO-specificatie ${file} kon niet worden gedereferenced`);
  const info = isRecord(doc['info']) ? doc['info'] : {};
  const version = typeof info['version'] === 'string' ? info['version'] : '0.0.0';
  const operations: SpecOperation[] = [];
  const paths = isRecord(doc['paths']) ? doc['paths'] : {};
  for (const [p, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    const pathLevel = isUnknownArray(item['parameters']) ? item['parameters'] : [];
    for (const method of httpMethods) {
      const op = item[method];
      if (isRecord(op)) operations.push(parseOperation(name, version, p, method, op, pathLevel));
    }
  }
  const components = isRecord(doc['components']) ? doc['components'] : {};
  const rawSchemas = isRecord(components['schemas']) ? components['schemas'] : {};
  const schemas: Record<string, OasSchema> = {};
  for (const [k, v] of Object.entries(rawSchemas)) schemas[k] = asSchema(v);
  return { name, title: typeof info['title'] === 'string' ? info['title'] : name, version, file, operations, schemas };
}

/** Load and dereference every DUO API spec from `dir` (default: {@link resolveSpecDir}). */
export async function loadDuoSpecs(dir: string = resolveSpecDir()): Promise<DuoSpecs> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new DuoSpecError(
      `Map met DUO OpenAPI-specificaties niet gevonden: ${dir}. ` +
        `Zet KOERS_DUO_SPEC_DIR op een map 'duo-m2m/API' (met per API een submap met openapi.yml), ` +
        `of laat KOERS_DUO_SPEC_DIR leeg om de specificaties te gebruiken die met Koers worden meegeleverd.`,
    );
  }
  const present = new Set(readdirSync(dir));
  const missing = duoApiNames.filter((n) => !present.has(n));
  if (missing.length > 0) throw new DuoSpecError(`In ${dir} ontbreken de API-mappen: ${missing.join(', ')}`);
  const loaded = await Promise.all(duoApiNames.map((n) => loadApi(dir, n)));
  const apis = new Map<DuoApiName, DuoApiSpec>(loaded.map((a) => [a.name, a]));
  const api = (name: DuoApiName): DuoApiSpec => {
    const a = apis.get(name);
    if (!a) throw new DuoSpecError(`Onbekende DUO API: ${name}`);
    return a;
  };
  return {
    dir,
    apis,
    api,
    operation(apiName, operationId) {
      const op = api(apiName).operations.find((o) => o.operationId === operationId);
      if (!op) throw new DuoSpecError(`Operatie ${operationId} bestaat niet in de ${apiName} API`);
      return op;
    },
    allOperations() {
      return [...apis.values()].flatMap((a) => [...a.operations]);
    },
  };
}

const cache = new Map<string, Promise<DuoSpecs>>();

/** Memoised {@link loadDuoSpecs}; a failed load is not cached. */
export function getDuoSpecs(dir: string = resolveSpecDir()): Promise<DuoSpecs> {
  let p = cache.get(dir);
  if (!p) {
    p = loadDuoSpecs(dir);
    cache.set(dir, p);
    p.catch(() => cache.delete(dir));
  }
  return p;
}
