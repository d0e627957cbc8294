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
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { IsoDate } from '@koers/domain';
import { fieldPaths } from '../fields.ts';
import type { Persoon } from '../types.ts';
import { brpValidator, formatIssues, type BrpValidator } from '../validator.ts';
import { registerStandInAdmin } from './admin.ts';
import { handlePersonen, sendProblem, type StandInState } from './personen-handler.ts';
import { badRequest } from './problems.ts';
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

export async function createBrpStandIn(options: BrpStandInOptions = {}): Promise<BrpStandIn> {
  const validator = options.validator ?? brpValidator();
  const state: StandInState = {
    validator,
    apiKey: options.apiKey,
    today: options.today ?? (() => todayInNetherlands()),
    validateResponses: options.validateResponses ?? true,
    persoonPaths: fieldPaths(validator.spec, 'Persoon'),
    beperktPaths: fieldPaths(validator.spec, 'PersoonBeperkt'),
    personen: new Map<string, Persoon>(),
    requests: [],
    contractViolations: [],
    failure: null,
  };
  const { personen, requests, contractViolations } = state;

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
      return sendProblem(state, reply, badRequest([{ name: 'body', code: 'value', reason: 'Body is geen geldige JSON.' }]));
    }
    return sendProblem(state, reply, { status: 500, title: 'Interne server fout.', code: 'serverError' });
  });

  app.post(`${STANDIN_BASE_PATH}/personen`, (request, reply) => handlePersonen(state, request, reply));
  registerStandInAdmin(app, { seed, personen, requests, setFailureMode: (mode) => (state.failure = mode) });

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
      state.failure = mode;
    },
    close: () => app.close(),
  };
}
