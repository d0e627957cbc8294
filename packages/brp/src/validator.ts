/**
 * Validates requests to and responses of the BRP API Personen against its OpenAPI 3.1
 * specification, with Ajv's JSON Schema 2020-12 support (the schemas are converted by
 * `schema.ts`: discriminators dispatch to their subtypes, strict mode rejects unknown properties).
 *
 * What Koers sends is checked strictly; what it receives is checked tolerantly by default (the BRP
 * may add properties in a minor version), and strictly in the contract tests.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { discriminatedSchemas, toEntrySchema, toJsonSchemaDocument } from './schema.ts';
import { isRecord } from './guards.ts';
import { getBrpSpec, type BrpSpec, type OasSchema, type SpecMedia } from './spec.ts';

// ajv-formats is CommonJS; depending on interop its default export is the function or a namespace.
const addFormats = 'default' in addFormatsModule ? addFormatsModule.default : addFormatsModule;

export type IssueLocation = 'body' | 'status' | 'content-type';

export interface ValidationIssue {
  readonly location: IssueLocation;
  /** JSON pointer inside the body ('' = the body itself). */
  readonly pointer: string;
  /** Ajv keyword (`required`, `pattern`, `unevaluatedProperties`, …) or `status` / `content-type`. */
  readonly keyword: string;
  readonly message: string;
  /** One line, e.g. `body /personen/0/burgerservicenummer: must match pattern "^[0-9]{9}$"`. */
  readonly text: string;
  /** For `required` and `unevaluatedProperties`: the property concerned. */
  readonly property?: string;
}

export interface ValidateOptions {
  /** Reject properties the spec does not define. */
  readonly strictProperties?: boolean;
}

export interface ResponseToValidate {
  readonly status: number;
  /** `content-type` header; when given, its media type must be the spec's. */
  readonly contentType?: string;
  /** Parsed JSON body; `undefined` for an empty body. */
  readonly body: unknown;
}

function regExpEngine(pattern: string, flags: string): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch {
    // Several patterns of the spec escape characters such as `'` or `,`, which the `u` flag refuses.
    return new RegExp(pattern, flags.replace('u', ''));
  }
}
regExpEngine.code = 'new RegExp';

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false, code: { regExp: regExpEngine } });
  addFormats(ajv);
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647 });
  return ajv;
}

function issue(location: IssueLocation, pointer: string, keyword: string, message: string, property?: string): ValidationIssue {
  const where = pointer === '' ? location : `${location} ${pointer}`;
  return { location, pointer, keyword, message, text: `${where}: ${message}`, ...(property !== undefined ? { property } : {}) };
}

/** Ajv errors as issues, without the noise of `if`/`allOf` wrappers around the real cause. */
function ajvIssues(errors: readonly ErrorObject[] | null | undefined): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    if (e.keyword === 'if' || e.keyword === 'allOf') continue;
    const params: Record<string, unknown> = e.params;
    let message = e.message ?? 'ongeldig';
    let property: string | undefined;
    if (e.keyword === 'unevaluatedProperties' || e.keyword === 'additionalProperties') {
      property = String(params['unevaluatedProperty'] ?? params['additionalProperty']);
      message = `onbekende eigenschap '${property}'`;
    } else if (e.keyword === 'required') {
      property = String(params['missingProperty']);
    } else if (e.keyword === 'enum') {
      message = `${message}: ${JSON.stringify(params['allowedValues'])}`;
    }
    const i = issue('body', e.instancePath, e.keyword, message, property);
    if (!seen.has(i.text)) {
      seen.add(i.text);
      out.push(i);
    }
  }
  // A failing branch of allOf/if-then drops its annotations, so `unevaluatedProperties` then also
  // names every property that branch did define. Such reports are an echo of a real error in that
  // object or below it and are left out; a real unknown property shows once that is fixed.
  const echo = (i: ValidationIssue): boolean =>
    i.keyword === 'unevaluatedProperties' &&
    out.some(
      (o) => o !== i && ((o.pointer === i.pointer && o.keyword !== 'unevaluatedProperties') || o.pointer.startsWith(`${i.pointer}/`)),
    );
  return out.filter((i) => !echo(i));
}

/** `application/json; charset=utf-8` → `application/json`. */
export function mediaTypeOf(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

export class BrpValidator {
  private readonly ajv = createAjv();
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly discriminated: ReadonlySet<string>;
  private static readonly ids = { strict: 'urn:koers:brp-personen:strict', tolerant: 'urn:koers:brp-personen:tolerant' } as const;

  constructor(readonly spec: BrpSpec) {
    this.discriminated = discriminatedSchemas(spec.schemas);
    this.ajv.addSchema(toJsonSchemaDocument(spec.schemas, BrpValidator.ids.strict, { strictProperties: true }));
    this.ajv.addSchema(toJsonSchemaDocument(spec.schemas, BrpValidator.ids.tolerant, { strictProperties: false }));
  }

  /** The validator for the bundled specification (or another file). */
  static load(file?: string): BrpValidator {
    return new BrpValidator(file === undefined ? getBrpSpec() : getBrpSpec(file));
  }

  private compile(key: string, schema: OasSchema, strict: boolean): ValidateFunction {
    const cacheKey = `${strict ? 'S' : 'T'}|${key}`;
    let fn = this.compiled.get(cacheKey);
    if (!fn) {
      const id = strict ? BrpValidator.ids.strict : BrpValidator.ids.tolerant;
      const entry = toEntrySchema(schema, id, this.discriminated, { strictProperties: strict });
      // A schema object converts to an object; anything else is a defect of the spec.
      if (!isRecord(entry)) throw new TypeError(`BRP-specificatie: schema ${key} is geen object`);
      fn = this.ajv.compile(entry);
      this.compiled.set(cacheKey, fn);
    }
    return fn;
  }

  /** Validate any value against a component schema (`Persoon`, `AbstractDatum`, …). */
  validateSchema(name: string, value: unknown, options: ValidateOptions = {}): ValidationIssue[] {
    if (!(name in this.spec.schemas)) return [issue('body', '', 'schema', `schema ${name} bestaat niet in de BRP-specificatie`)];
    const fn = this.compile(`schema:${name}`, { $ref: `#/components/schemas/${name}` }, options.strictProperties === true);
    return fn(value) ? [] : ajvIssues(fn.errors);
  }

  /** The body of `POST /personen` (a `PersonenQuery` of one of the seven types). Strict by default. */
  validateQuery(body: unknown, options: ValidateOptions = {}): ValidationIssue[] {
    if (body === undefined || body === null || body === '') return [issue('body', '', 'required', 'verplichte body ontbreekt')];
    const fn = this.compile('request', this.spec.personen.requestBody.schema, options.strictProperties !== false);
    return fn(body) ? [] : ajvIssues(fn.errors);
  }

  /**
   * Compiles what every lookup needs (the request, the tolerant 200 answer and the error answers)
   * now rather than on the first request: a specification that cannot be compiled stops the start.
   */
  warmUp(): void {
    this.compile('request', this.spec.personen.requestBody.schema, true);
    for (const [status, media] of Object.entries(this.spec.personen.responses)) this.compile(`response:${status}`, media.schema, false);
  }

  /** The spec's answer for a status: the exact code, else `default`. */
  responseFor(status: number): SpecMedia | undefined {
    return this.spec.personen.responses[String(status)] ?? this.spec.personen.responses['default'];
  }

  /** An answer of `POST /personen`. Tolerant by default. */
  validateResponse(res: ResponseToValidate, options: ValidateOptions = {}): ValidationIssue[] {
    const spec = this.responseFor(res.status);
    if (!spec) return [issue('status', String(res.status), 'status', `status ${res.status} is niet gespecificeerd`)];
    const issues: ValidationIssue[] = [];
    if (res.contentType !== undefined && mediaTypeOf(res.contentType) !== mediaTypeOf(spec.mediaType)) {
      issues.push(issue('content-type', '', 'content-type', `content-type '${res.contentType}' is niet '${spec.mediaType}'`));
    }
    if (res.body === undefined || res.body === null || res.body === '') {
      issues.push(issue('body', '', 'required', `body ontbreekt (status ${res.status})`));
      return issues;
    }
    const fn = this.compile(
      `response:${res.status in this.spec.personen.responses ? res.status : 'default'}`,
      spec.schema,
      options.strictProperties === true,
    );
    if (!fn(res.body)) issues.push(...ajvIssues(fn.errors));
    return issues;
  }
}

let shared: BrpValidator | undefined;
/** One validator for the bundled specification per process. */
export function brpValidator(): BrpValidator {
  shared ??= BrpValidator.load();
  return shared;
}

/** Render issues as one readable string. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => i.text).join('; ');
}
