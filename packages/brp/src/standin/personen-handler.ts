// `POST /personen` of the BRP stand-in: injected failures, authentication and content checks, the
// query validated against the spec, and the answer (Raadpleeg or Zoek) limited to `fields`.
import { createHash, timingSafeEqual } from 'node:crypto';
import { TLSSocket } from 'node:tls';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ageOn, type IsoDate } from '@koers/domain';
import { checkFields, limitToFields } from '../fields.ts';
import type { Persoon, PersoonBeperkt, RaadpleegMetBurgerservicenummer, ZoekMetGeslachtsnaamEnGeboortedatum } from '../types.ts';
import { formatIssues, mediaTypeOf, type BrpValidator } from '../validator.ts';
import type { StandInFailure, StandInRequest } from './app.ts';
import { toPersoonBeperkt } from './beperkt.ts';
import { badRequest, invalidParam, problemBody, reasons, type Problem } from './problems.ts';

/** What the stand-in holds: its persons, what it was asked, the contract violations and the failure mode. */
export interface StandInState {
  readonly validator: BrpValidator;
  readonly apiKey: string | undefined;
  readonly today: () => IsoDate;
  readonly validateResponses: boolean;
  readonly persoonPaths: Set<string>;
  readonly beperktPaths: Set<string>;
  readonly personen: Map<string, Persoon>;
  readonly requests: StandInRequest[];
  readonly contractViolations: string[];
  failure: StandInFailure;
}

type QueryBody = Record<string, unknown>;

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

const isQueryBody = (body: unknown): body is QueryBody => typeof body === 'object' && body !== null && !Array.isArray(body);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const optionalString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Sends an answer after checking it against the spec (a violation is recorded, not hidden). */
export function send(state: StandInState, reply: FastifyReply, status: number, body: unknown, check = state.validateResponses): FastifyReply {
  const contentType = status === 200 ? 'application/json; charset=utf-8' : 'application/problem+json';
  if (check) {
    const violations = state.validator.validateResponse({ status, contentType, body }, { strictProperties: true });
    if (violations.length > 0) state.contractViolations.push(`${status}: ${formatIssues(violations)}`);
  }
  return reply.code(status).header('content-type', contentType).send(JSON.stringify(body));
}

export const sendProblem = (state: StandInState, reply: FastifyReply, p: Problem): FastifyReply => send(state, reply, p.status, problemBody(p));

/** Counts a request against a temporary failure mode; returns the active one. */
function activeFailure(state: StandInState): StandInFailure {
  const f = state.failure;
  if (f?.forRequests !== undefined) state.failure = f.forRequests > 1 ? { ...f, forRequests: f.forRequests - 1 } : null;
  return f;
}

function leeftijd(state: StandInState, p: Persoon): Persoon {
  const d = p.geboorte?.datum;
  if (d?.type !== 'Datum' || p.overlijden !== undefined) return p;
  return { ...p, leeftijd: ageOn(d.datum, state.today()) };
}

/** The query of a RaadpleegMetBurgerservicenummer that passed the spec's validation. */
const raadpleegQuery = (body: QueryBody): RaadpleegMetBurgerservicenummer => ({
  type: 'RaadpleegMetBurgerservicenummer',
  fields: strings(body['fields']),
  burgerservicenummer: strings(body['burgerservicenummer']),
  ...(typeof body['gemeenteVanInschrijving'] === 'string' ? { gemeenteVanInschrijving: body['gemeenteVanInschrijving'] } : {}),
});

/** The query of a ZoekMetGeslachtsnaamEnGeboortedatum that passed the spec's validation. */
function zoekQuery(body: QueryBody): ZoekMetGeslachtsnaamEnGeboortedatum {
  const text = (key: string): string | undefined => optionalString(body[key]);
  const voorvoegsel = text('voorvoegsel');
  const voornamen = text('voornamen');
  const geslacht = text('geslacht');
  const gemeenteVanInschrijving = text('gemeenteVanInschrijving');
  return {
    type: 'ZoekMetGeslachtsnaamEnGeboortedatum',
    fields: strings(body['fields']),
    geslachtsnaam: String(body['geslachtsnaam']),
    geboortedatum: String(body['geboortedatum']),
    ...(voorvoegsel !== undefined ? { voorvoegsel } : {}),
    ...(voornamen !== undefined ? { voornamen } : {}),
    ...(geslacht !== undefined ? { geslacht } : {}),
    ...(gemeenteVanInschrijving !== undefined ? { gemeenteVanInschrijving } : {}),
    ...(typeof body['inclusiefOverledenPersonen'] === 'boolean' ? { inclusiefOverledenPersonen: body['inclusiefOverledenPersonen'] } : {}),
  };
}

function raadpleeg(state: StandInState, q: RaadpleegMetBurgerservicenummer): Persoon[] {
  return q.burgerservicenummer
    .map((bsn) => state.personen.get(bsn))
    .filter((p): p is Persoon => p !== undefined)
    .filter((p) => q.gemeenteVanInschrijving === undefined || p.gemeenteVanInschrijving?.code === q.gemeenteVanInschrijving)
    .map((p) => limitToFields(leeftijd(state, p), q.fields));
}

function zoek(state: StandInState, q: ZoekMetGeslachtsnaamEnGeboortedatum): PersoonBeperkt[] {
  return [...state.personen.values()]
    .filter((p) => p.geboorte?.datum?.type === 'Datum' && p.geboorte.datum.datum === q.geboortedatum)
    .filter((p) => textMatches(q.geslachtsnaam, p.naam?.geslachtsnaam))
    .filter((p) => q.voorvoegsel === undefined || lower(q.voorvoegsel) === lower(p.naam?.voorvoegsel))
    .filter((p) => q.voornamen === undefined || textMatches(q.voornamen, p.naam?.voornamen))
    .filter((p) => q.geslacht === undefined || lower(q.geslacht) === lower(p.geslacht?.code))
    .filter((p) => q.inclusiefOverledenPersonen === true || p.overlijden === undefined)
    .filter((p) => q.gemeenteVanInschrijving === undefined || p.gemeenteVanInschrijving?.code === q.gemeenteVanInschrijving)
    .map((p) => limitToFields(toPersoonBeperkt(leeftijd(state, p)), q.fields));
}

/** Records what was asked (type, fields, BSNs, the client certificate's name), never the rest of the body. */
function logRequest(state: StandInState, request: FastifyRequest, body: unknown, status: number): void {
  const q = isQueryBody(body) ? body : {};
  const socket = request.raw.socket;
  const cert = socket instanceof TLSSocket ? socket.getPeerCertificate() : undefined;
  state.requests.push({
    type: typeof q['type'] === 'string' ? q['type'] : '',
    fields: strings(q['fields']),
    ...(Array.isArray(q['burgerservicenummer']) ? { burgerservicenummer: strings(q['burgerservicenummer']) } : {}),
    status,
    apiKeyPresent: request.headers['x-api-key'] !== undefined,
    ...(cert?.subject?.CN ? { clientCertificate: String(cert.subject.CN) } : {}),
  });
}

/** The injected failure's answer, or undefined to go on (after the delay of `slow`). */
async function failureAnswer(state: StandInState, f: StandInFailure, reply: FastifyReply, log: (status: number) => void, request: FastifyRequest): Promise<FastifyReply | undefined> {
  switch (f?.kind) {
    case 'down':
      log(0);
      reply.hijack();
      request.raw.socket.destroy();
      return reply;
    case 'status500':
      log(500);
      return sendProblem(state, reply, { status: 500, title: 'Interne server fout.', code: 'serverError' });
    case 'status503':
      log(503);
      return sendProblem(state, reply, { status: 503, title: 'Bronservice BRP is tijdelijk niet beschikbaar.', code: 'notAvailable' });
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, f.delayMs ?? 5_000));
      return undefined;
    case 'invalidResponse':
    case 'otherPerson':
    case undefined:
      return undefined;
  }
}

/** Why the request is refused before its query is looked at (401, 406, 415, a 400 from the spec), or undefined. */
function requestProblem(state: StandInState, request: FastifyRequest, body: unknown): Problem | undefined {
  if (state.apiKey !== undefined && !sameSecret(request.headers['x-api-key'], state.apiKey)) return { status: 401, title: 'Niet correct geauthenticeerd.', code: 'authentication' };
  const accept = request.headers.accept;
  if (accept !== undefined && !/(application\/json|application\/\*|\*\/\*)/.test(accept)) return { status: 406, title: 'Gevraagde contenttype wordt niet ondersteund.', code: 'notAcceptable' };
  if (mediaTypeOf(request.headers['content-type'] ?? '') !== 'application/json' || !isQueryBody(body)) return { status: 415, title: 'Unsupported Media Type', code: 'unsupported' };
  const issues = state.validator.validateQuery(body, { strictProperties: true });
  if (issues.length > 0) return badRequest(issues.map(invalidParam));
  const type = String(body['type']);
  if (type !== 'RaadpleegMetBurgerservicenummer' && type !== 'ZoekMetGeslachtsnaamEnGeboortedatum') {
    return {
      status: 400,
      title: 'Dit zoektype wordt niet ondersteund door de stand-in.',
      code: 'paramsValidation',
      detail: 'De stand-in van Koers kent alleen RaadpleegMetBurgerservicenummer en ZoekMetGeslachtsnaamEnGeboortedatum.',
      invalidParams: [{ type: 'https://www.vng.nl/realisatie/api/validaties/value', name: 'type', code: 'value', reason: reasons['value'] ?? '' }],
    };
  }
  const fieldProblems = checkFields(state.validator.spec, type === 'RaadpleegMetBurgerservicenummer' ? 'Persoon' : 'PersoonBeperkt', strings(body['fields']), type === 'RaadpleegMetBurgerservicenummer' ? state.persoonPaths : state.beperktPaths);
  if (fieldProblems.length === 0) return undefined;
  return badRequest(
    fieldProblems.map((p) => ({
      type: 'https://www.vng.nl/realisatie/api/validaties/fields',
      name: 'fields',
      code: 'fields',
      reason: (p.reason === 'automatic' ? reasons['automatic'] : reasons['fields']) ?? '',
    })),
  );
}

/** `POST /personen`. */
export async function handlePersonen(state: StandInState, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const body: unknown = request.body;
  const log = (status: number): void => logRequest(state, request, body, status);
  const f = activeFailure(state);
  const failed = await failureAnswer(state, f, reply, log, request);
  if (failed) return failed;
  const problem = requestProblem(state, request, body);
  if (problem || !isQueryBody(body)) {
    const refusal = problem ?? { status: 415, title: 'Unsupported Media Type', code: 'unsupported' };
    log(refusal.status);
    return sendProblem(state, reply, refusal);
  }
  const type = String(body['type']);
  const fields = strings(body['fields']);
  let answer: { type: string; personen: unknown[] } =
    type === 'RaadpleegMetBurgerservicenummer' ? { type, personen: raadpleeg(state, raadpleegQuery(body)) } : { type, personen: zoek(state, zoekQuery(body)) };
  if (f?.kind === 'invalidResponse') {
    answer = { type, personen: [{ burgerservicenummer: '12', naam: { geslachtsnaam: 42 } }] };
  } else if (f?.kind === 'otherPerson') {
    const asked = new Set(strings(body['burgerservicenummer']));
    const other = [...state.personen.values()].find((p) => p.burgerservicenummer !== undefined && !asked.has(p.burgerservicenummer));
    if (other) answer = { type, personen: [limitToFields(leeftijd(state, other), fields)] };
  }
  log(200);
  return send(state, reply, 200, answer, state.validateResponses && f?.kind !== 'invalidResponse');
}
