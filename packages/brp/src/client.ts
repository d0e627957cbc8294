/**
 * The BRP client: what Koers asks the BRP API Personen, behind an interface, and its HTTP
 * implementation over undici (API key and/or mutual TLS, timeouts). Every request is checked
 * against the specification before it leaves and every answer before it is used.
 */
import { readFileSync } from 'node:fs';
import { Agent, request, type Dispatcher } from 'undici';
import { BrpConfigError, parseBrpConfig, type BrpConfig, type BrpConfigInput } from './config.ts';
import { BrpContractError, BrpNotFoundError, BrpRefusedError, BrpUnavailableError, type BrpError, type BrpOperation } from './errors.ts';
import { persoonFields, zoekFields } from './koers-fields.ts';
import type {
  BadRequestFoutbericht,
  Burgerservicenummer,
  IsoDate,
  Persoon,
  PersoonBeperkt,
  RaadpleegMetBurgerservicenummer,
  RaadpleegMetBurgerservicenummerResponse,
  ZoekMetGeslachtsnaamEnGeboortedatum,
  ZoekMetGeslachtsnaamEnGeboortedatumResponse,
} from './types.ts';
import { brpValidator, formatIssues, type BrpValidator } from './validator.ts';

export interface RaadpleegQuery {
  readonly burgerservicenummer: Burgerservicenummer;
  /** Default: {@link persoonFields}. `burgerservicenummer` is always added (the answer is checked against it). */
  readonly fields?: readonly string[];
  readonly gemeenteVanInschrijving?: string;
}

export interface ZoekQuery {
  readonly geslachtsnaam: string;
  readonly geboortedatum: IsoDate;
  readonly voorvoegsel?: string;
  readonly voornamen?: string;
  /** `M`, `V` or `O`. */
  readonly geslacht?: string;
  readonly inclusiefOverledenPersonen?: boolean;
  readonly gemeenteVanInschrijving?: string;
  /** Default: {@link zoekFields}. */
  readonly fields?: readonly string[];
}

/** What Koers asks the BRP. */
export interface BrpClient {
  /** One person by BSN (`RaadpleegMetBurgerservicenummer`); {@link BrpNotFoundError} when the BRP does not know the BSN. */
  raadpleegMetBurgerservicenummer(q: RaadpleegQuery): Promise<Persoon>;
  /** Persons by geslachtsnaam and full birth date (`ZoekMetGeslachtsnaamEnGeboortedatum`); possibly none. */
  zoekMetGeslachtsnaamEnGeboortedatum(q: ZoekQuery): Promise<PersoonBeperkt[]>;
}

/**
 * One request/response pair, for the contract tests. It holds personal data: never log it.
 */
export interface BrpExchange {
  readonly operation: BrpOperation;
  readonly url: string;
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly requestBody: unknown;
  readonly status?: number;
  readonly contentType?: string;
  readonly responseBody?: unknown;
  readonly error?: BrpError;
  readonly contractWarnings?: readonly string[];
  readonly durationMs: number;
}

export interface HttpBrpClientOptions {
  /** Default: the validator of the bundled specification. */
  readonly validator?: BrpValidator;
  /** Called after every exchange (also failed ones). Must not throw. */
  readonly onExchange?: (exchange: BrpExchange) => void;
  /** Override the undici dispatcher (tests). Default: an Agent with the configured TLS material. */
  readonly dispatcher?: Dispatcher;
}

const timeoutCodes = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

/** A property of a thrown value, whatever it is (errors of undici and node carry `code` and `cause`). */
function propertyOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function errorChain(err: unknown): Array<{ code?: string; message?: string }> {
  const out: Array<{ code?: string; message?: string }> = [];
  let cur: unknown = err;
  for (let i = 0; i < 5 && typeof cur === 'object' && cur !== null; i++) {
    const code = textOf(propertyOf(cur, 'code'));
    const message = textOf(propertyOf(cur, 'message'));
    out.push({ ...(code !== undefined ? { code } : {}), ...(message !== undefined ? { message } : {}) });
    cur = propertyOf(cur, 'cause');
  }
  return out;
}

/** Why the BRP could not be reached: a time-out, TLS, or the network. */
function unreachable(operation: BrpOperation, err: unknown): BrpUnavailableError {
  const code = textOf(propertyOf(err, 'code')) ?? '';
  const name = textOf(propertyOf(err, 'name')) ?? '';
  const isTimeout = timeoutCodes.has(code) || name === 'TimeoutError' || name === 'AbortError';
  const tls = isTimeout ? undefined : tlsCode(err);
  const reason = isTimeout ? 'timeout' : tls !== undefined ? 'tls' : 'network';
  const detail = isTimeout ? 'time-out' : tls !== undefined ? `TLS: ${tls}` : code || (err instanceof Error ? err.message : String(err));
  return new BrpUnavailableError(`${operation}: de BRP is niet bereikbaar (${detail})`, operation, reason, undefined, undefined, { cause: err });
}

/** The answer's body: JSON, the text itself when it is not JSON, undefined when empty. */
function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    return text;
  }
}

function tlsCode(err: unknown): string | undefined {
  const hit = errorChain(err).find(
    (e) =>
      e.code !== undefined &&
      (e.code.startsWith('ERR_SSL_') || e.code.startsWith('ERR_TLS_') || e.code.includes('CERT') || e.code.includes('SIGNATURE')),
  );
  if (hit?.code) return hit.code;
  return errorChain(err).some((e) => /alert|certificate/i.test(e.message ?? '')) ? 'TLS' : undefined;
}

function parseRetryAfter(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** A 4xx answer as an error, with the BRP's title and code when it sent them. */
function refusedError(operation: BrpOperation, status: number, body: unknown): BrpRefusedError {
  const foutbericht = asFoutbericht(body);
  const what = [foutbericht?.title, foutbericht?.code ? `(${foutbericht.code})` : undefined].filter(Boolean).join(' ');
  return new BrpRefusedError(`${operation}: de BRP weigerde het verzoek (${status})${what ? `: ${what}` : ''}`, operation, status, foutbericht);
}

function asFoutbericht(body: unknown): BadRequestFoutbericht | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  return body;
}

const unique = (fields: readonly string[]): string[] => [...new Set(fields)];

export class HttpBrpClient implements BrpClient {
  readonly config: BrpConfig;
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly url: string;
  private readonly validator: BrpValidator;

  constructor(
    config: BrpConfigInput | BrpConfig,
    private readonly options: HttpBrpClientOptions = {},
  ) {
    this.config = parseBrpConfig(config);
    this.url = `${this.config.baseUrl.replace(/\/+$/, '')}/personen`;
    this.validator = options.validator ?? brpValidator();
    if (options.dispatcher) {
      this.dispatcher = options.dispatcher;
      this.ownsDispatcher = false;
    } else {
      const tls = this.config.tls;
      const read = (file: string, what: string): Buffer => {
        try {
          return readFileSync(file);
        } catch (err) {
          throw new BrpConfigError(`BRP mutual TLS: ${what} niet leesbaar (${file}): ${err instanceof Error ? err.message : String(err)}`);
        }
      };
      this.dispatcher = new Agent({
        connect: {
          timeout: this.config.timeoutMs,
          ...(tls
            ? {
                cert: read(tls.certPath, 'certificaat'),
                key: read(tls.keyPath, 'private key'),
                ca: read(tls.caPath, 'CA-bestand'),
                ...(tls.passphrase !== undefined ? { passphrase: tls.passphrase } : {}),
                rejectUnauthorized: true,
              }
            : {}),
        },
        headersTimeout: this.config.timeoutMs,
        bodyTimeout: this.config.timeoutMs,
      });
      this.ownsDispatcher = true;
    }
  }

  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  async raadpleegMetBurgerservicenummer(q: RaadpleegQuery): Promise<Persoon> {
    const body: RaadpleegMetBurgerservicenummer = {
      type: 'RaadpleegMetBurgerservicenummer',
      fields: unique([...(q.fields ?? persoonFields), 'burgerservicenummer']),
      burgerservicenummer: [q.burgerservicenummer],
      ...(q.gemeenteVanInschrijving !== undefined ? { gemeenteVanInschrijving: q.gemeenteVanInschrijving } : {}),
    };
    const answer = await this.post<RaadpleegMetBurgerservicenummerResponse>(body.type, body, (a) => {
      const personen = a.personen ?? [];
      if (personen.length > 1) return `${personen.length} personen voor één burgerservicenummer`;
      const found = personen[0];
      if (found && found.burgerservicenummer !== q.burgerservicenummer) return 'het antwoord gaat over een andere persoon dan gevraagd';
      return undefined;
    });
    const persoon = answer.personen?.[0];
    if (!persoon) throw new BrpNotFoundError('De BRP kent geen persoon met dit burgerservicenummer.', body.type);
    return persoon;
  }

  async zoekMetGeslachtsnaamEnGeboortedatum(q: ZoekQuery): Promise<PersoonBeperkt[]> {
    const body: ZoekMetGeslachtsnaamEnGeboortedatum = {
      type: 'ZoekMetGeslachtsnaamEnGeboortedatum',
      fields: unique([...(q.fields ?? zoekFields)]),
      geslachtsnaam: q.geslachtsnaam,
      geboortedatum: q.geboortedatum,
      ...(q.voorvoegsel !== undefined ? { voorvoegsel: q.voorvoegsel } : {}),
      ...(q.voornamen !== undefined ? { voornamen: q.voornamen } : {}),
      ...(q.geslacht !== undefined ? { geslacht: q.geslacht } : {}),
      ...(q.inclusiefOverledenPersonen !== undefined ? { inclusiefOverledenPersonen: q.inclusiefOverledenPersonen } : {}),
      ...(q.gemeenteVanInschrijving !== undefined ? { gemeenteVanInschrijving: q.gemeenteVanInschrijving } : {}),
    };
    const answer = await this.post<ZoekMetGeslachtsnaamEnGeboortedatumResponse>(body.type, body);
    return answer.personen ?? [];
  }

  /**
   * POST /personen with one query. `check` adds operation-specific checks of a spec-valid 200
   * answer; a returned sentence is a contract error.
   */
  private async post<T extends { type: string }>(
    operation: BrpOperation,
    body: { type: string },
    check?: (answer: T) => string | undefined,
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json; charset=utf-8' };
    if (this.config.apiKey !== undefined) headers['x-api-key'] = this.config.apiKey;
    const started = Date.now();
    // The exchange never carries the API key.
    const shownHeaders = { ...headers, ...(this.config.apiKey !== undefined ? { 'x-api-key': '***' } : {}) };
    const report = (x: Partial<BrpExchange>): void => {
      this.options.onExchange?.({
        operation,
        url: this.url,
        requestHeaders: shownHeaders,
        requestBody: body,
        durationMs: Date.now() - started,
        ...x,
      });
    };
    const fail = (error: BrpError, x: Partial<BrpExchange> = {}): never => {
      report({ ...x, error });
      throw error;
    };

    const requestIssues = this.validator.validateQuery(body, { strictProperties: true });
    if (requestIssues.length > 0) {
      fail(new BrpContractError(`${operation}: verzoek voldoet niet aan de BRP-specificatie: ${formatIssues(requestIssues)}`, operation, 'request', requestIssues));
    }

    let status: number;
    let responseHeaders: Record<string, string | string[] | undefined>;
    let text: string;
    try {
      const res = await request(this.url, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        dispatcher: this.dispatcher,
        headersTimeout: this.config.timeoutMs,
        bodyTimeout: this.config.timeoutMs,
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
      status = res.statusCode;
      responseHeaders = res.headers;
      text = await res.body.text();
    } catch (err) {
      return fail(unreachable(operation, err));
    }

    const parsed = parseBody(text);
    const contentType = header(responseHeaders, 'content-type');
    const seen: Partial<BrpExchange> = { status, responseBody: parsed, ...(contentType !== undefined ? { contentType } : {}) };

    if (status >= 500 || status === 429 || status === 408) {
      return fail(
        new BrpUnavailableError(
          `${operation}: de BRP antwoordde ${status}`,
          operation,
          status === 429 ? 'throttled' : 'server',
          status,
          parseRetryAfter(header(responseHeaders, 'retry-after')),
        ),
        seen,
      );
    }
    // Fatal only where Koers would act on wrong data: the body of a 200. A deviation in an error
    // answer is a warning; the status itself is clear.
    const issues = this.validator.validateResponse({ status, body: parsed, ...(contentType !== undefined ? { contentType } : {}) });
    const warnings = issues.map((i) => i.text);
    if (status === 200) {
      const fatal = issues.filter((i) => i.location === 'body' || i.location === 'status');
      if (fatal.length > 0) {
        return fail(
          new BrpContractError(
            `${operation}: antwoord van de BRP voldoet niet aan de specificatie: ${formatIssues(fatal)}`,
            operation,
            'response',
            fatal,
          ),
          {
            ...seen,
            contractWarnings: warnings,
          },
        );
      }
      // The body passed the spec's schema of this answer just above; the validator does not narrow its type.
      const answer = parsed as T;
      const wrong =
        answer.type !== body.type ? `antwoord van het type ${String(answer.type)} op een vraag van het type ${body.type}` : check?.(answer);
      if (wrong !== undefined) {
        return fail(new BrpContractError(`${operation}: ${wrong}`, operation, 'response', []), { ...seen, contractWarnings: warnings });
      }
      report({ ...seen, ...(warnings.length > 0 ? { contractWarnings: warnings } : {}) });
      return answer;
    }
    if (status < 400) {
      // 1xx/2xx/3xx other than 200: not in the specification (a redirect means a wrong base URL).
      return fail(new BrpContractError(`${operation}: onverwachte status ${status} van de BRP`, operation, 'response', []), seen);
    }
    return fail(refusedError(operation, status, parsed), { ...seen, ...(warnings.length > 0 ? { contractWarnings: warnings } : {}) });
  }
}
