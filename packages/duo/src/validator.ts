/**
 * Validates requests and responses against DUO's OpenAPI 3.0 specs with Ajv (JSON Schema).
 *
 * OpenAPI 3.0 schemas are a dialect of JSON Schema draft-04/05; before compiling we convert
 * them: `nullable: true` becomes a `null` type, OpenAPI-only keywords (`example`, `xml`,
 * `discriminator`, `x-enum-varnames` and other `x-*` extensions, …) are removed, and the
 * OpenAPI formats `int32`/`int64`/`float`/`double` are registered next to ajv-formats'
 * `date`, `date-time`, `uuid`, `email`.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { getDuoSpecs, type DuoApiName, type DuoSpecs, type OasSchema, type SpecOperation } from './spec.ts';
import { isRecord, isUnknownArray } from './guards.ts';

// ajv-formats is CommonJS; depending on interop its default export is the function or a namespace.
const addFormats = 'default' in addFormatsModule ? addFormatsModule.default : addFormatsModule;

export type IssueLocation = 'path' | 'query' | 'header' | 'cookie' | 'body' | 'status' | 'operation';

export interface ValidationIssue {
  readonly location: IssueLocation;
  /** Parameter name or JSON pointer inside the body ('' = the body itself). */
  readonly pointer: string;
  readonly message: string;
  /** Human-readable one-liner, e.g. `body/dagtekeningPip: must match format "date"`. */
  readonly text: string;
}

export type OperationRef =
  | { readonly api: DuoApiName; readonly operationId: string }
  | { readonly api?: DuoApiName; readonly method: string; readonly path: string };

export type HeaderBag = Readonly<Record<string, string | readonly string[] | undefined>>;

export interface RequestToValidate {
  /** Concrete path, with or without the `/vN` base path (`/v1/personen/123456782/PIP`). */
  readonly path?: string;
  /** Path parameters, when not given via `path`. */
  readonly pathParams?: Readonly<Record<string, string | number>>;
  readonly query?: Readonly<Record<string, string | undefined>>;
  readonly headers?: HeaderBag;
  readonly body?: unknown;
}

export interface ResponseToValidate {
  readonly status: number;
  /** When given, required response headers (API-Version) are checked too. */
  readonly headers?: HeaderBag;
  /** Parsed JSON body; `undefined` (or '') for an empty body. */
  readonly body?: unknown;
}

export interface ValidateOptions {
  /**
   * Reject properties the spec does not define (`additionalProperties: false` wherever the spec
   * leaves it open). Koers uses this for what it *sends* and in contract tests; the default for
   * what it *receives* is tolerant (DUO may add fields in a minor version).
   */
  readonly strictProperties?: boolean;
}


const droppedKeywords = new Set(['example', 'xml', 'externalDocs', 'discriminator', 'nullable', 'deprecated', 'readOnly', 'writeOnly']);

/** Convert an OpenAPI 3.0 schema object into a JSON Schema (draft-07) Ajv accepts in strict mode. */
export function toJsonSchema(schema: unknown, strictProperties = false): unknown {
  if (Array.isArray(schema)) return schema.map((s) => toJsonSchema(s, strictProperties));
  if (!isRecord(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (droppedKeywords.has(key) || key.startsWith('x-')) continue;
    if (key === 'properties' && isRecord(value)) {
      const props: Record<string, unknown> = {};
      for (const [p, s] of Object.entries(value)) props[p] = toJsonSchema(s, strictProperties);
      out[key] = props;
    } else if (key === 'enum' || key === 'required' || key === 'default') {
      out[key] = value;
    } else {
      out[key] = toJsonSchema(value, strictProperties);
    }
  }
  if (schema['nullable'] === true) {
    const t = out['type'];
    if (typeof t === 'string') out['type'] = [t, 'null'];
    else if (isUnknownArray(t)) out['type'] = [...t, 'null'];
    const values = out['enum'];
    if (isUnknownArray(values)) out['enum'] = [...values, null];
  }
  if (strictProperties && isRecord(out['properties']) && out['additionalProperties'] === undefined) {
    out['additionalProperties'] = false;
  }
  return out;
}

/** A schema object converted for ajv; the spec's schemas are objects, anything else is a defect of the spec. */
function compilableSchema(schema: unknown, strictProperties: boolean): Record<string, unknown> {
  const converted = toJsonSchema(schema, strictProperties);
  if (!isRecord(converted)) throw new TypeError('DUO-specificatie: schema is geen object');
  return converted;
}

/** Code → description for a "Description" enum schema (README "Enumeratie omschrijving"). */
export function enumDescriptions(schema: OasSchema): Record<string, string> {
  const names = schema['x-enum-varnames'];
  const values = schema['enum'];
  const result: Record<string, string> = {};
  if (Array.isArray(names) && Array.isArray(values)) {
    names.forEach((n, i) => {
      if (typeof n === 'string' && typeof values[i] === 'string') result[n] = values[i];
    });
  }
  return result;
}

function regExpEngine(pattern: string, flags: string): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch {
    // Some DUO patterns use identity escapes such as `\,` that are invalid with the `u` flag.
    return new RegExp(pattern, flags.replace('u', ''));
  }
}
regExpEngine.code = 'new RegExp';

function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, strictTypes: false, code: { regExp: regExpEngine } });
  addFormats(ajv);
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('float', { type: 'number', validate: () => true });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  return ajv;
}

function headerValue(headers: HeaderBag | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() === lower) return typeof v === 'string' || v === undefined ? v : v.join(', ');
  }
  return undefined;
}

function coerce(raw: string, schema: OasSchema): unknown {
  const type = schema['type'];
  if (type === 'integer' || type === 'number') {
    if (raw.trim() === '') return raw;
    const n = Number(raw);
    return Number.isNaN(n) ? raw : n;
  }
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

function issue(location: IssueLocation, pointer: string, message: string): ValidationIssue {
  const where = pointer === '' ? location : `${location} ${pointer}`;
  return { location, pointer, message, text: `${where}: ${message}` };
}

function ajvIssues(location: IssueLocation, prefix: string, errors: readonly ErrorObject[] | null | undefined): ValidationIssue[] {
  return (errors ?? []).map((e) => {
    let msg = e.message ?? 'ongeldig';
    if (e.keyword === 'additionalProperties' && isRecord(e.params)) msg = `${msg}: '${String(e.params['additionalProperty'])}'`;
    if (e.keyword === 'enum' && isRecord(e.params)) msg = `${msg}: ${JSON.stringify(e.params['allowedValues'])}`;
    return issue(location, `${prefix}${e.instancePath}`, msg);
  });
}

function templateToRegExp(template: string): { re: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const m = /^\{([^}]+)\}$/.exec(part);
      if (m?.[1]) {
        names.push(m[1]);
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return { re: new RegExp(`^${source}/?$`), names };
}

/** Strip the `/vN` base path (README "Basis pad URI") and the query string. */
export function stripBasePath(p: string): string {
  const noQuery = p.split('?')[0] ?? p;
  return noQuery.replace(/^\/v\d+(?=\/)/, '');
}

export interface MatchedOperation {
  readonly operation: SpecOperation;
  readonly pathParams: Record<string, string>;
}

export class DuoValidator {
  private readonly ajv = createAjv();
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly matchers: Array<{ op: SpecOperation; re: RegExp; names: string[] }>;

  constructor(readonly specs: DuoSpecs) {
    this.matchers = specs.allOperations().map((op) => ({ op, ...templateToRegExp(op.path) }));
  }

  static async load(dir?: string): Promise<DuoValidator> {
    return new DuoValidator(await getDuoSpecs(dir));
  }

  /** Find the operation for a method and concrete path (optionally restricted to one API). */
  match(method: string, concretePath: string, api?: DuoApiName): MatchedOperation | undefined {
    const m = method.toLowerCase();
    const p = stripBasePath(concretePath);
    for (const { op, re, names } of this.matchers) {
      if (op.method !== m || (api !== undefined && op.api !== api)) continue;
      const hit = re.exec(p);
      if (!hit) continue;
      const pathParams: Record<string, string> = {};
      names.forEach((n, i) => {
        pathParams[n] = decodeURIComponent(hit[i + 1] ?? '');
      });
      return { operation: op, pathParams };
    }
    return undefined;
  }

  operation(ref: OperationRef): SpecOperation | undefined {
    if ('operationId' in ref) return this.specs.api(ref.api).operations.find((o) => o.operationId === ref.operationId);
    return this.match(ref.method, ref.path, ref.api)?.operation;
  }

  private compile(key: string, schema: unknown, strictProperties: boolean): ValidateFunction {
    const cacheKey = `${strictProperties ? 'S' : 'T'}|${key}`;
    let fn = this.compiled.get(cacheKey);
    if (!fn) {
      fn = this.ajv.compile(compilableSchema(schema, strictProperties));
      this.compiled.set(cacheKey, fn);
    }
    return fn;
  }

  private readonly adHoc = new WeakMap<object, ValidateFunction>();

  /** Validate a value against an arbitrary OpenAPI 3.0 schema object (converted like the spec's). */
  validateAgainst(schema: OasSchema, value: unknown, options: ValidateOptions = {}): ValidationIssue[] {
    let fn = options.strictProperties === true ? undefined : this.adHoc.get(schema);
    if (!fn) {
      fn = this.ajv.compile(compilableSchema(schema, options.strictProperties === true));
      if (options.strictProperties !== true) this.adHoc.set(schema, fn);
    }
    return fn(value) ? [] : ajvIssues('body', '', fn.errors);
  }

  /** Validate any value against a named component schema of an API. */
  validateSchema(api: DuoApiName, schemaName: string, value: unknown, options: ValidateOptions = {}): ValidationIssue[] {
    const schema = this.specs.api(api).schemas[schemaName];
    if (!schema) return [issue('operation', schemaName, `schema ${schemaName} bestaat niet in ${api}`)];
    const fn = this.compile(`${api}#schema:${schemaName}`, schema, options.strictProperties === true);
    return fn(value) ? [] : ajvIssues('body', '', fn.errors);
  }

  validateRequest(ref: OperationRef, req: RequestToValidate, options: ValidateOptions = {}): ValidationIssue[] {
    const op = this.operation(ref);
    if (!op) return [issue('operation', '', `onbekende operatie ${JSON.stringify(ref)}`)];
    const strict = options.strictProperties === true;
    const issues: ValidationIssue[] = [];
    let pathParams: Record<string, string | number> = { ...(req.pathParams ?? {}) };
    if (req.path !== undefined) {
      const matched = this.match(op.method, req.path, op.api);
      if (!matched || matched.operation !== op) issues.push(issue('path', '', `pad ${req.path} hoort niet bij ${op.operationId} (${op.path})`));
      else pathParams = { ...matched.pathParams, ...pathParams };
    }
    const key = `${op.api}#${op.operationId}`;
    for (const param of op.parameters) {
      let raw: string | undefined;
      switch (param.in) {
        case 'path': {
          const v = pathParams[param.name];
          raw = v === undefined ? undefined : String(v);
          break;
        }
        case 'query':
          raw = req.query?.[param.name];
          break;
        case 'header':
          raw = headerValue(req.headers, param.name);
          break;
        case 'cookie':
          raw = undefined;
          break;
      }
      if (raw === undefined) {
        if (param.required) issues.push(issue(param.in, param.name, `verplichte ${param.in}-parameter ontbreekt`));
        continue;
      }
      const fn = this.compile(`${key}#${param.in}:${param.name}`, param.schema, false);
      if (!fn(coerce(raw, param.schema))) issues.push(...ajvIssues(param.in, param.name, fn.errors));
    }
    const hasBody = req.body !== undefined && req.body !== null && req.body !== '';
    if (op.requestBody) {
      if (!hasBody) {
        if (op.requestBody.required) issues.push(issue('body', '', 'verplichte body ontbreekt'));
      } else {
        const fn = this.compile(`${key}#body`, op.requestBody.schema, strict);
        if (!fn(req.body)) issues.push(...ajvIssues('body', '', fn.errors));
      }
    } else if (hasBody) {
      issues.push(issue('body', '', `${op.operationId} heeft geen body`));
    }
    return issues;
  }

  validateResponse(ref: OperationRef, res: ResponseToValidate, options: ValidateOptions = {}): ValidationIssue[] {
    const op = this.operation(ref);
    if (!op) return [issue('operation', '', `onbekende operatie ${JSON.stringify(ref)}`)];
    const status = String(res.status);
    const spec = op.responses[status] ?? op.responses[`${status[0] ?? ''}XX`] ?? op.responses['default'];
    if (!spec) return [issue('status', status, `status ${status} is niet gespecificeerd voor ${op.operationId} (wel: ${Object.keys(op.responses).join(', ')})`)];
    const issues: ValidationIssue[] = [];
    const key = `${op.api}#${op.operationId}#${status}`;
    if (res.headers !== undefined) {
      for (const h of spec.headers) {
        const raw = headerValue(res.headers, h.name);
        if (raw === undefined) {
          if (h.required) issues.push(issue('header', h.name, 'verplichte response-header ontbreekt'));
          continue;
        }
        const fn = this.compile(`${key}#header:${h.name}`, h.schema, false);
        if (!fn(coerce(raw, h.schema))) issues.push(...ajvIssues('header', h.name, fn.errors));
      }
    }
    const hasBody = res.body !== undefined && res.body !== null && res.body !== '';
    if (spec.bodySchema) {
      if (!hasBody) issues.push(issue('body', '', `body ontbreekt (status ${status})`));
      else {
        const fn = this.compile(`${key}#body`, spec.bodySchema, options.strictProperties === true);
        if (!fn(res.body)) issues.push(...ajvIssues('body', '', fn.errors));
      }
    } else if (hasBody) {
      issues.push(issue('body', '', `de spec definieert geen body voor ${op.operationId} status ${status}`));
    }
    return issues;
  }
}

/** Render issues as one readable string. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => i.text).join('; ');
}
