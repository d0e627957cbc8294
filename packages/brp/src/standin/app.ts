/**
 * BRP stand-in: `POST /personen` of the BRP API Personen as a Fastify 5 app with fictitious
 * persons in memory, for the tests and the demo. Built from the specification: every request is
 * validated strictly (a spec-conform 400 with `invalidParams` otherwise), `fields` is checked and
 * honoured, and every answer is validated before it leaves (violations are recorded).
 *
 * Supported: `RaadpleegMetBurgerservicenummer` and `ZoekMetGeslachtsnaamEnGeboortedatum`. The
 * other five query types are valid requests that get a 400 saying the stand-in does not support
 * them. API key (`X-API-KEY`) and mutual TLS can be required, failures injected.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { ageOn, type IsoDate } from '@koers/domain';
import { checkFields, fieldPaths, limitToFields } from '../fields.ts';
import type {
  BadRequestFoutbericht,
  InvalidParam,
  Persoon,
  PersoonBeperkt,
  RaadpleegMetBurgerservicenummer,
  ZoekMetGeslachtsnaamEnGeboortedatum,
} from '../types.ts';
import { brpValidator, formatIssues, mediaTypeOf, type BrpValidator, type ValidationIssue } from '../validator.ts';
import { registerStandInAdmin } from './admin.ts';
import { toPersoonBeperkt } from './beperkt.ts';
import { todayInNetherlands } from './today.ts';

/** The path under which the stand-in serves the API, like the real endpoint. */
export const STANDIN_BASE_PATH = '/haalcentraal/api/brp';

export interface BrpStandInOptions {
  readonly host?: string;
  /** 0 (default) = ephemeral port. */
  readonly port?: number;
  /** When set, every request must carry this `X-API-KEY` (else 401). */
  readonly apiKey?: string;
  /** Serve HTTPS; with `requestCert` only clients with a certificate from `ca` get through (mutual TLS). PEM contents. */
  readonly https?: {
    readonly key: string | Buffer;
    readonly cert: string | Buffer;
    readonly ca?: string | Buffer;
    readonly requestCert?: boolean;
  };
  /** Initial persons (validated against the spec's `Persoon`). */
  readonly personen?: readonly Persoon[];
  /** For `leeftijd` (default: today in the Netherlands). */
  readonly today?: () => IsoDate;
  /** Validate every answer strictly; violations go to `contractViolations` (default true). */
  readonly validateResponses?: boolean;
  readonly validator?: BrpValidator;
  readonly logger?: boolean;
}

/**
 * - `down`: the connection is dropped before anything is answered;
 * - `status500` / `status503`: the BRP's own error answers;
 * - `slow`: the answer comes after `delayMs` (for time-outs);
 * - `invalidResponse`: a 200 that breaks the specification;
 * - `otherPerson`: a spec-valid 200 about another person than asked.
 * `forRequests`: only for the next n requests; absent = until cleared with `null`.
 */
export type StandInFailure = {
  readonly kind: 'down' | 'status500' | 'status503' | 'slow' | 'invalidResponse' | 'otherPerson';
  readonly forRequests?: number;
  readonly delayMs?: number;
} | null;

/** What the stand-in was asked (in memory, for the tests' checks on data minimisation). */
export interface StandInRequest {
  readonly type: string;
  readonly fields: readonly string[];
  readonly burgerservicenummer?: readonly string[];
  readonly status: number;
  readonly apiKeyPresent: boolean;
  readonly clientCertificate?: string;
}

export interface BrpStandIn {
  readonly app: FastifyInstance;
  /** e.g. `http://127.0.0.1:40123` */
  readonly url: string;
  /** `url` + {@link STANDIN_BASE_PATH}: the base URL for a client. */
  readonly baseUrl: string;
  readonly validator: BrpValidator;
  readonly requests: readonly StandInRequest[];
  readonly contractViolations: readonly string[];
  seed(persoon: Persoon): void;
  remove(bsn: string): boolean;
  persoon(bsn: string): Persoon | undefined;
  setFailureMode(failure: StandInFailure): void;
  close(): Promise<void>;
}

export class BrpStandInSeedError extends Error {
  override readonly name = 'BrpStandInSeedError';
}

const problemTypes: Readonly<Record<number, string>> = {
  400: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1',
  401: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.2',
  403: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.4',
  406: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.7',
  415: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.16',
  500: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.1',
  503: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4',
};

const reasons: Readonly<Record<string, string>> = {
  required: 'Parameter is verplicht.',
  pattern: 'Waarde voldoet niet aan het patroon.',
  date: 'Waarde is geen geldige datum.',
  boolean: 'Waarde is geen boolean.',
  array: 'Parameter is geen array.',
  string: 'Waarde is geen tekst.',
  integer: 'Waarde is geen geldig getal.',
  minItems: 'Array bevat te weinig items.',
  maxItems: 'Array bevat te veel items.',
  unknownParam: 'Parameter is niet verwacht.',
  value: 'Waarde wordt niet ondersteund.',
  fields: 'Parameter bevat een niet bestaande veldnaam.',
  automatic: 'Veld wordt automatisch geleverd en mag niet worden gevraagd.',
};

/** One spec-valid `invalidParams` entry per validation issue. */
function invalidParam(i: ValidationIssue): InvalidParam {
  const segments = i.pointer.split('/').filter((s) => s !== '' && !/^\d+$/.test(s));
  const rawName = i.property ?? segments[segments.length - 1] ?? 'body';
  const name = rawName.replace(/[^a-zA-Z0-9._]/g, '').slice(0, 30) || 'body';
  let code: string;
  switch (i.keyword) {
    case 'required':
    case 'pattern':
    case 'minItems':
    case 'maxItems':
      code = i.keyword;
      break;
    case 'format':
      code = 'date';
      break;
    case 'type':
      code = /array/.test(i.message)
        ? 'array'
        : /boolean/.test(i.message)
          ? 'boolean'
          : /integer|number/.test(i.message)
            ? 'integer'
            : 'string';
      break;
    case 'unevaluatedProperties':
    case 'additionalProperties':
      code = 'unknownParam';
      break;
    default:
      code = 'value';
  }
  return {
    type: `https://www.vng.nl/realisatie/api/validaties/${code.toLowerCase()}`,
    name,
    code,
    reason: reasons[code] ?? reasons['value'] ?? 'Waarde wordt niet ondersteund.',
  };
}

interface Problem {
  readonly status: number;
  readonly title: string;
  readonly code: string;
  readonly detail?: string;
  readonly invalidParams?: InvalidParam[];
}

function problemBody(p: Problem): BadRequestFoutbericht {
  return {
    type: problemTypes[p.status] ?? problemTypes[500],
    title: p.title,
    status: p.status,
    ...(p.detail ? { detail: p.detail } : {}),
    code: p.code,
    ...(p.invalidParams ? { invalidParams: p.invalidParams } : {}),
  };
}

const badRequest = (invalidParams: InvalidParam[]): Problem => ({
  status: 400,
  title: 'Een of meerdere parameters zijn niet correct.',
  code: 'paramsValidation',
  detail: `De foutieve parameters zijn ${[...new Set(invalidParams.map((p) => p.name))].join(', ')}.`,
  invalidParams,
});

const lower = (s: string | undefined): string => (s ?? '').toLowerCase();

/** Compares a presented key with the expected one in constant time. */
function sameSecret(presented: string | string[] | undefined, expected: string): boolean {
  if (typeof presented !== 'string') return false;
  const digest = (v: string) => createHash('sha256').update(v).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

/** Text search as the BRP does it: case-insensitive, a trailing `*` is a wildcard. */
function textMatches(pattern: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  const p = lower(pattern);
  return p.endsWith('*') ? lower(value).startsWith(p.slice(0, -1)) : lower(value) === p;
}

export async function createBrpStandIn(options: BrpStandInOptions = {}): Promise<BrpStandIn> {
  const validator = options.validator ?? brpValidator();
  const today = options.today ?? (() => todayInNetherlands());
  const validateResponses = options.validateResponses ?? true;
  const persoonPaths = fieldPaths(validator.spec, 'Persoon');
  const beperktPaths = fieldPaths(validator.spec, 'PersoonBeperkt');
  const personen = new Map<string, Persoon>();
  const requests: StandInRequest[] = [];
  const contractViolations: string[] = [];
  let failure: StandInFailure = null;

  const seed = (p: Persoon): void => {
    const bsn = p.burgerservicenummer;
    // The spec's pattern, not the elfproef: Koers's demo has one case whose BSN fails it (999990108).
    if (bsn === undefined || !/^[0-9]{9}$/.test(bsn))
      throw new BrpStandInSeedError('Een persoon van de stand-in heeft een burgerservicenummer van 9 cijfers nodig.');
    const issues = validator.validateSchema('Persoon', p, { strictProperties: true });
    if (issues.length > 0) throw new BrpStandInSeedError(`Persoon ${bsn} voldoet niet aan de BRP-specificatie: ${formatIssues(issues)}`);
    personen.set(bsn, structuredClone(p));
  };
  for (const p of options.personen ?? []) seed(p);

  /** Sends an answer after checking it against the spec (a violation is recorded, not hidden). */
  const send = (reply: FastifyReply, status: number, body: unknown, check = validateResponses): FastifyReply => {
    const contentType = status === 200 ? 'application/json; charset=utf-8' : 'application/problem+json';
    if (check) {
      const violations = validator.validateResponse({ status, contentType, body }, { strictProperties: true });
      if (violations.length > 0) contractViolations.push(`${status}: ${formatIssues(violations)}`);
    }
    return reply.code(status).header('content-type', contentType).send(JSON.stringify(body));
  };
  const sendProblem = (reply: FastifyReply, p: Problem): FastifyReply => send(reply, p.status, problemBody(p));

  const app = Fastify({
    logger: options.logger ?? false,
    ...(options.https ? { https: { ...options.https, rejectUnauthorized: options.https.requestCert === true } } : {}),
  });
  // Any other content type reaches the handler, which answers 415 as the BRP does.
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
    ) {
      return sendProblem(reply, badRequest([{ name: 'body', code: 'value', reason: 'Body is geen geldige JSON.' }]));
    }
    return sendProblem(reply, { status: 500, title: 'Interne server fout.', code: 'serverError' });
  });

  /** Counts a request against a temporary failure mode; returns the active one. */
  const activeFailure = (): StandInFailure => {
    const f = failure;
    if (f?.forRequests !== undefined) failure = f.forRequests > 1 ? { ...f, forRequests: f.forRequests - 1 } : null;
    return f;
  };

  const leeftijd = (p: Persoon): Persoon => {
    const d = p.geboorte?.datum;
    if (d?.type !== 'Datum' || p.overlijden !== undefined) return p;
    return { ...p, leeftijd: ageOn(d.datum, today()) };
  };

  const raadpleeg = (q: RaadpleegMetBurgerservicenummer): Persoon[] =>
    q.burgerservicenummer
      .map((bsn) => personen.get(bsn))
      .filter((p): p is Persoon => p !== undefined)
      .filter((p) => q.gemeenteVanInschrijving === undefined || p.gemeenteVanInschrijving?.code === q.gemeenteVanInschrijving)
      .map((p) => limitToFields(leeftijd(p), q.fields));

  const zoek = (q: ZoekMetGeslachtsnaamEnGeboortedatum): PersoonBeperkt[] =>
    [...personen.values()]
      .filter((p) => p.geboorte?.datum?.type === 'Datum' && p.geboorte.datum.datum === q.geboortedatum)
      .filter((p) => textMatches(q.geslachtsnaam, p.naam?.geslachtsnaam))
      .filter((p) => q.voorvoegsel === undefined || lower(q.voorvoegsel) === lower(p.naam?.voorvoegsel))
      .filter((p) => q.voornamen === undefined || textMatches(q.voornamen, p.naam?.voornamen))
      .filter((p) => q.geslacht === undefined || lower(q.geslacht) === lower(p.geslacht?.code))
      .filter((p) => q.inclusiefOverledenPersonen === true || p.overlijden === undefined)
      .filter((p) => q.gemeenteVanInschrijving === undefined || p.gemeenteVanInschrijving?.code === q.gemeenteVanInschrijving)
      .map((p) => limitToFields(toPersoonBeperkt(leeftijd(p)), q.fields));

  const handle = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const body = request.body as Record<string, unknown> | string | undefined;
    const log = (status: number): void => {
      const q = typeof body === 'object' && body !== null ? body : {};
      const cert = (request.raw.socket as Partial<TLSSocket>).getPeerCertificate?.();
      requests.push({
        type: typeof q['type'] === 'string' ? q['type'] : '',
        fields: Array.isArray(q['fields']) ? q['fields'].map(String) : [],
        ...(Array.isArray(q['burgerservicenummer']) ? { burgerservicenummer: q['burgerservicenummer'].map(String) } : {}),
        status,
        apiKeyPresent: request.headers['x-api-key'] !== undefined,
        ...(cert?.subject?.CN ? { clientCertificate: String(cert.subject.CN) } : {}),
      });
    };

    const f = activeFailure();
    switch (f?.kind) {
      case 'down':
        log(0);
        reply.hijack();
        request.raw.socket.destroy();
        return reply;
      case 'status500':
        log(500);
        return sendProblem(reply, { status: 500, title: 'Interne server fout.', code: 'serverError' });
      case 'status503':
        log(503);
        return sendProblem(reply, { status: 503, title: 'Bronservice BRP is tijdelijk niet beschikbaar.', code: 'notAvailable' });
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, f.delayMs ?? 5_000));
        break;
      case 'invalidResponse':
      case 'otherPerson':
      case undefined:
        break;
    }

    if (options.apiKey !== undefined && !sameSecret(request.headers['x-api-key'], options.apiKey)) {
      log(401);
      return sendProblem(reply, { status: 401, title: 'Niet correct geauthenticeerd.', code: 'authentication' });
    }
    const accept = request.headers.accept;
    if (accept !== undefined && !/(application\/json|application\/\*|\*\/\*)/.test(accept)) {
      log(406);
      return sendProblem(reply, { status: 406, title: 'Gevraagde contenttype wordt niet ondersteund.', code: 'notAcceptable' });
    }
    if (mediaTypeOf(request.headers['content-type'] ?? '') !== 'application/json' || typeof body !== 'object' || body === null) {
      log(415);
      return sendProblem(reply, { status: 415, title: 'Unsupported Media Type', code: 'unsupported' });
    }
    const issues = validator.validateQuery(body, { strictProperties: true });
    if (issues.length > 0) {
      log(400);
      return sendProblem(reply, badRequest(issues.map(invalidParam)));
    }
    const type = String(body['type']);
    if (type !== 'RaadpleegMetBurgerservicenummer' && type !== 'ZoekMetGeslachtsnaamEnGeboortedatum') {
      log(400);
      return sendProblem(reply, {
        status: 400,
        title: 'Dit zoektype wordt niet ondersteund door de stand-in.',
        code: 'paramsValidation',
        detail: 'De stand-in van Koers kent alleen RaadpleegMetBurgerservicenummer en ZoekMetGeslachtsnaamEnGeboortedatum.',
        invalidParams: [
          { type: 'https://www.vng.nl/realisatie/api/validaties/value', name: 'type', code: 'value', reason: reasons['value'] ?? '' },
        ],
      });
    }
    const fields = (body['fields'] as string[]) ?? [];
    const fieldProblems = checkFields(
      validator.spec,
      type === 'RaadpleegMetBurgerservicenummer' ? 'Persoon' : 'PersoonBeperkt',
      fields,
      type === 'RaadpleegMetBurgerservicenummer' ? persoonPaths : beperktPaths,
    );
    if (fieldProblems.length > 0) {
      log(400);
      return sendProblem(
        reply,
        badRequest(
          fieldProblems.map((p) => ({
            type: 'https://www.vng.nl/realisatie/api/validaties/fields',
            name: 'fields',
            code: 'fields',
            reason: (p.reason === 'automatic' ? reasons['automatic'] : reasons['fields']) ?? '',
          })),
        ),
      );
    }

    let answer: { type: string; personen: unknown[] } =
      type === 'RaadpleegMetBurgerservicenummer'
        ? { type, personen: raadpleeg(body as unknown as RaadpleegMetBurgerservicenummer) }
        : { type, personen: zoek(body as unknown as ZoekMetGeslachtsnaamEnGeboortedatum) };
    if (f?.kind === 'invalidResponse') {
      answer = { type, personen: [{ burgerservicenummer: '12', naam: { geslachtsnaam: 42 } }] };
    } else if (f?.kind === 'otherPerson') {
      const asked = new Set(Array.isArray(body['burgerservicenummer']) ? body['burgerservicenummer'].map(String) : []);
      const other = [...personen.values()].find((p) => p.burgerservicenummer !== undefined && !asked.has(p.burgerservicenummer));
      if (other) answer = { type, personen: [limitToFields(leeftijd(other), fields)] };
    }
    log(200);
    return send(reply, 200, answer, validateResponses && f?.kind !== 'invalidResponse');
  };

  app.post(`${STANDIN_BASE_PATH}/personen`, handle);
  registerStandInAdmin(app, { seed, personen, requests, setFailureMode: (mode) => (failure = mode) });

  const address = await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
  const url = address.replace('0.0.0.0', '127.0.0.1').replace('[::]', '127.0.0.1');
  return {
    app,
    url,
    baseUrl: `${url}${STANDIN_BASE_PATH}`,
    validator,
    requests,
    contractViolations,
    seed,
    remove: (bsn) => personen.delete(bsn),
    persoon: (bsn) => {
      const p = personen.get(bsn);
      return p ? structuredClone(p) : undefined;
    },
    setFailureMode: (mode) => {
      failure = mode;
    },
    close: () => app.close(),
  };
}
