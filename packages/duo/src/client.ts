/**
 * DUO client: one typed method per operation Koers needs, over undici with mutual TLS.
 *
 * Meldingen take a caller-supplied `berichtId` (UUID). The outbox stores it with the message and
 * passes the same id on every retry, so DUO (and the simulator) can recognise a repeat.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request, type Dispatcher } from 'undici';
import { DuoConfigError, parseDuoConfig, type DuoConfig, type DuoConfigInput } from './config.ts';
import { DuoContractError, DuoRejectedError, DuoRetryableError, type DuoError } from './errors.ts';
import { unreachableError, parseRetryAfter } from './client-failures.ts';
import { duoOperations, type DuoOperationDef, type DuoOperationId } from './operations.ts';
import type { DuoApiName } from './spec.ts';
import type {
  Bsn,
  Contactpersoon,
  Contactpersoongegevens,
  DatumMap,
  DatumPvt,
  Doelgroep,
  Doelgroephistorie,
  Examennummer,
  Examenresultaat,
  GevolgdeUrenGemeente,
  GratisPogingTegoed,
  Inburgeringsaanbod,
  Inburgeringsplicht,
  Inburgeringsplichthistorie,
  Inburgeringstermijn,
  Inburgeringstermijnhistorie,
  Instelling,
  LeerbaarheidstoetsResultaatRegel,
  Ontheffing,
  PIP,
  PipGemeente,
  ResultaatMap,
  ResultaatPvt,
  ResultaatZroute,
  Uren,
  Verlengingsgrond,
  Vrijstelling,
} from './types.ts';
import { formatIssues, type DuoValidator, type HeaderBag } from './validator.ts';
import { errorMessage, isUnknownArray, stringProperty } from './guards.ts';

export interface DuoResult<T> {
  readonly status: number;
  /** `API-Version` response header (full version of DUO's API). */
  readonly apiVersion: string | undefined;
  readonly berichtId: string;
  readonly body: T;
  /** Deviations from the spec that did not stop the call (log them; normally empty). */
  readonly contractWarnings: readonly string[];
}

export interface PersonQuery {
  readonly bsn: Bsn;
  /** Optional for a raadpleging; generated when absent. */
  readonly berichtId?: string;
}
export interface Query {
  readonly berichtId?: string;
}
/** Every melding carries the caller's BerichtId (UUID); reuse it on retries. */
export interface Melding {
  readonly berichtId: string;
}

export interface DuoClient {
  // ---- raadplegen ----
  getInburgeringsplicht(q: PersonQuery): Promise<DuoResult<Inburgeringsplicht>>;
  getInburgeringsplichtHistorie(q: PersonQuery): Promise<DuoResult<Inburgeringsplichthistorie[]>>;
  getDoelgroep(q: PersonQuery): Promise<DuoResult<Doelgroep>>;
  getDoelgroepHistorie(q: PersonQuery): Promise<DuoResult<Doelgroephistorie[]>>;
  getLeerbaarheidstoetsResultaten(q: PersonQuery): Promise<DuoResult<LeerbaarheidstoetsResultaatRegel[]>>;
  getLeerbaarheidstoetsExamennummer(q: PersonQuery): Promise<DuoResult<Examennummer>>;
  getInburgeringstermijn(q: PersonQuery): Promise<DuoResult<Inburgeringstermijn>>;
  getInburgeringstermijnHistorie(q: PersonQuery): Promise<DuoResult<Inburgeringstermijnhistorie[]>>;
  getVerlengingsgronden(q?: Query): Promise<DuoResult<Verlengingsgrond[]>>;
  getVrijstellingen(q: PersonQuery): Promise<DuoResult<Vrijstelling[]>>;
  getOntheffingen(q: PersonQuery): Promise<DuoResult<Ontheffing[]>>;
  getPip(q: PersonQuery): Promise<DuoResult<PipGemeente>>;
  getExamenresultaten(q: PersonQuery): Promise<DuoResult<Examenresultaat[]>>;
  getGratisPogingen(q: PersonQuery): Promise<DuoResult<GratisPogingTegoed[]>>;
  getInstellingen(q?: Query): Promise<DuoResult<Instelling[]>>;
  getMap(q: PersonQuery): Promise<DuoResult<DatumMap>>;
  getPvt(q: PersonQuery): Promise<DuoResult<DatumPvt>>;
  getGevolgdeUren(q: PersonQuery): Promise<DuoResult<GevolgdeUrenGemeente[]>>;
  // ---- melden ----
  /** POST PIP: registers a first PIP. */
  registreerPip(m: Melding & { bsn: Bsn; pip: PIP }): Promise<DuoResult<void>>;
  /** A changed PIP is sent with the same POST (DUO keeps the history; the last one is current). */
  wijzigPip(m: Melding & { bsn: Bsn; pip: PIP }): Promise<DuoResult<void>>;
  verwijderPip(m: Melding & { bsn: Bsn }): Promise<DuoResult<void>>;
  meldInburgeringsaanbod(m: Melding & { bsn: Bsn; instellingsnummer: string; aanbod: Inburgeringsaanbod }): Promise<DuoResult<void>>;
  verwijderInburgeringsaanbod(m: Melding & { bsn: Bsn; instellingsnummer: string }): Promise<DuoResult<void>>;
  meldResultaatMap(m: Melding & { bsn: Bsn; resultaat: ResultaatMap }): Promise<DuoResult<void>>;
  meldResultaatPvt(m: Melding & { bsn: Bsn; resultaat: ResultaatPvt }): Promise<DuoResult<void>>;
  meldResultaatZroute(m: Melding & { bsn: Bsn; resultaat: ResultaatZroute }): Promise<DuoResult<void>>;
  meldUrenTaallesEnKnm(m: Melding & { bsn: Bsn; uren: Uren }): Promise<DuoResult<void>>;
  meldUrenParticipatieactiviteiten(m: Melding & { bsn: Bsn; uren: Uren }): Promise<DuoResult<void>>;
  meldUrenParticipatieAlsTaalles(m: Melding & { bsn: Bsn; uren: Uren }): Promise<DuoResult<void>>;
  registreerContactpersoon(m: Melding & { gegevens: Contactpersoongegevens }): Promise<DuoResult<Contactpersoon>>;
  wijzigContactpersoon(m: Melding & { id: number; gegevens: Contactpersoongegevens }): Promise<DuoResult<void>>;
  verwijderContactpersoon(m: Melding & { id: number }): Promise<DuoResult<void>>;
  koppelContactpersoon(m: Melding & { id: number; bsn: Bsn }): Promise<DuoResult<void>>;
  ontkoppelContactpersoon(m: Melding & { id: number; bsn: Bsn }): Promise<DuoResult<void>>;
  verwijderLeerbaarheidstoetsExamennummer(m: Melding & { bsn: Bsn }): Promise<DuoResult<void>>;
}

/** One request/response pair, for audit logging and the contract tests' recorder. */
export interface DuoExchange {
  readonly operationId: DuoOperationId;
  readonly api: DuoApiName;
  readonly method: string;
  readonly url: string;
  /** Concrete path without base URL, e.g. `/personen/123456782/PIP`. */
  readonly path: string;
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly requestBody: unknown;
  readonly status?: number;
  readonly responseHeaders?: HeaderBag;
  readonly responseBody?: unknown;
  readonly error?: DuoError;
  /** Spec deviations in DUO's answer (also those that were not fatal). */
  readonly contractWarnings?: readonly string[];
  readonly durationMs: number;
}

export interface HttpDuoClientOptions {
  /**
   * When given, every request is validated (strictly) before it is sent and every response after it
   * arrives; a mismatch throws {@link DuoContractError}. Recommended in all environments.
   */
  readonly validator?: DuoValidator;
  /** Called after every exchange (also failed ones). Must not throw. */
  readonly onExchange?: (exchange: DuoExchange) => void;
  /** Override the undici dispatcher (tests). Default: an Agent with the configured TLS material. */
  readonly dispatcher?: Dispatcher;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function firstHeader(headers: HeaderBag, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  if (v === undefined) return undefined;
  return typeof v === 'string' ? v : v[0];
}

/** Extract DUO's `fouttekst`s from an error body (Foutmelding or Foutmelding[]). */
export function foutteksten(body: unknown): string[] {
  const list = isUnknownArray(body) ? body : [body];
  return list.flatMap((f) => {
    const fouttekst = stringProperty(f, 'fouttekst');
    return fouttekst !== undefined ? [fouttekst] : [];
  });
}

/** JSON when it parses, else the text itself; undefined for an empty body. */
function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    return text;
  }
}

/** One call in progress: what was asked (for the exchange report and the errors). */
interface Call {
  readonly operationId: DuoOperationId;
  readonly def: DuoOperationDef;
  readonly url: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly berichtId: string;
  readonly started: number;
}

interface RawResponse {
  readonly status: number;
  readonly headers: HeaderBag;
  readonly text: string;
}

export class HttpDuoClient implements DuoClient {
  readonly config: DuoConfig;
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly base: string;

  constructor(
    config: DuoConfigInput | DuoConfig,
    private readonly options: HttpDuoClientOptions = {},
  ) {
    this.config = parseDuoConfig(config);
    this.base = this.config.baseUrl.replace(/\/+$/, '');
    if (options.dispatcher) {
      this.dispatcher = options.dispatcher;
      this.ownsDispatcher = false;
    } else {
      const tls = this.config.tls;
      const read = (file: string, what: string): Buffer => {
        try {
          return readFileSync(file);
        } catch (err) {
          throw new DuoConfigError(`DUO mTLS: ${what} niet leesbaar (${file}): ${errorMessage(err)}`);
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

  /** Generic call by operationId (used by the typed methods and by notification fetch plans). */
  async call<T>(operationId: DuoOperationId, pathParams: Readonly<Record<string, string | number>>, body: unknown, berichtId: string = randomUUID()): Promise<DuoResult<T>> {
    const def: DuoOperationDef = duoOperations[operationId];
    const path = def.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      const v = pathParams[name];
      if (v === undefined) throw new TypeError(`${operationId}: padparameter ${name} ontbreekt`);
      return encodeURIComponent(String(v));
    });
    const headers: Record<string, string> = {
      bron: this.config.bronOin,
      doel: this.config.doelOin,
      berichtId,
      accept: 'application/json',
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const c: Call = { operationId, def, url: `${this.base}${path}`, path, headers, body, berichtId, started: Date.now() };

    if (!UUID_RE.test(berichtId)) throw new TypeError(`${operationId}: berichtId moet een UUID zijn, niet '${berichtId}'`);
    const issues = this.options.validator?.validateRequest({ api: def.api, operationId }, { path, headers, body }, { strictProperties: true }) ?? [];
    if (issues.length > 0) this.fail(c, new DuoContractError(`${operationId}: verzoek voldoet niet aan de DUO-specificatie: ${formatIssues(issues)}`, operationId, berichtId, 'request', issues));
    const raw = await this.send(c);
    return this.receive<T>(c, raw);
  }

  private report(c: Call, x: Partial<DuoExchange>): void {
    const { operationId, def, url, path, headers, body } = c;
    this.options.onExchange?.({ operationId, api: def.api, method: def.method.toUpperCase(), url, path, requestHeaders: headers, requestBody: body, durationMs: Date.now() - c.started, ...x });
  }

  private fail(c: Call, error: DuoError, x: Partial<DuoExchange> = {}): never {
    this.report(c, { ...x, error });
    throw error;
  }

  /** The HTTP exchange itself; a transport failure becomes a DuoRetryableError. */
  private async send(c: Call): Promise<RawResponse> {
    try {
      const res = await request(c.url, {
        method: c.def.method.toUpperCase(),
        headers: c.headers,
        ...(c.body !== undefined ? { body: JSON.stringify(c.body) } : {}),
        dispatcher: this.dispatcher,
        headersTimeout: this.config.timeoutMs,
        bodyTimeout: this.config.timeoutMs,
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
      return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
    } catch (err) {
      return this.fail(c, unreachableError(c.operationId, c.berichtId, err));
    }
  }

  /** DUO's answer: retryable (5xx, 408, 429), contract error, rejection (4xx) or the result. */
  private receive<T>(c: Call, raw: RawResponse): DuoResult<T> {
    const { operationId, berichtId } = c;
    const { status, headers: responseHeaders } = raw;
    const parsed = parseBody(raw.text);
    const seen: Partial<DuoExchange> = { status, responseHeaders, responseBody: parsed };
    const apiVersion = firstHeader(responseHeaders, 'API-Version');

    if (status >= 500 || status === 429 || status === 408) {
      return this.fail(
        c,
        new DuoRetryableError(
          `${operationId}: DUO antwoordde ${status}`,
          operationId,
          berichtId,
          status === 429 ? 'throttled' : 'server',
          status,
          parseRetryAfter(firstHeader(responseHeaders, 'retry-after')),
        ),
        seen,
      );
    }
    const warnings = this.responseWarnings(c, raw, parsed, seen);
    if (warnings.length > 0) Object.assign(seen, { contractWarnings: warnings });
    if (status >= 400) {
      const fouten = foutteksten(parsed);
      return this.fail(
        c,
        new DuoRejectedError(`${operationId}: DUO weigerde het verzoek (${status})${fouten.length > 0 ? `: ${fouten.join(' ')}` : ''}`, operationId, berichtId, status, fouten, parsed),
        seen,
      );
    }
    this.report(c, seen);
    // The caller names the answer's type for its operation; the contract check above reports (not blocks) a deviating body.
    return { status, apiVersion, berichtId, body: parsed as T, contractWarnings: warnings };
  }

  /**
   * Response checks. Fatal (thrown) where Koers cannot tell what DUO did or would act on wrong data:
   * a success status the spec does not define (for any operation), the body of a successful
   * raadpleging, and a success body the spec defines for a melding (createContactpersoon's id).
   * Everything else (a missing API-Version header, an odd error body, a body on an accepted
   * melding that has none in the spec) is returned as a warning: DUO's answer itself is clear.
   */
  private responseWarnings(c: Call, raw: RawResponse, parsed: unknown, seen: Partial<DuoExchange>): string[] {
    const validator = this.options.validator;
    if (!validator) return [];
    const { operationId, def, berichtId } = c;
    const { status } = raw;
    const issues = validator.validateResponse({ api: def.api, operationId }, { status, headers: raw.headers, body: parsed });
    const definesBody = validator.operation({ api: def.api, operationId })?.responses[String(status)]?.bodySchema !== undefined;
    const fatal = issues.filter((i) => status < 300 && (i.location === 'status' || (i.location === 'body' && (def.pattern === 'raadpleging' || definesBody))));
    if (fatal.length > 0) {
      this.fail(c, new DuoContractError(`${operationId}: antwoord van DUO (${status}) voldoet niet aan de specificatie: ${formatIssues(fatal)}`, operationId, berichtId, 'response', fatal), {
        ...seen,
        contractWarnings: issues.map((i) => i.text),
      });
    }
    return issues.map((i) => i.text);
  }

  private get<T>(operationId: DuoOperationId, q: Query & { bsn?: Bsn } = {}): Promise<DuoResult<T>> {
    return this.call<T>(operationId, q.bsn !== undefined ? { bsn: q.bsn } : {}, undefined, q.berichtId ?? randomUUID());
  }

  getInburgeringsplicht = (q: PersonQuery) => this.get<Inburgeringsplicht>('getInburgeringsplichtByBsn', q);
  getInburgeringsplichtHistorie = (q: PersonQuery) => this.get<Inburgeringsplichthistorie[]>('getInburgeringsplichthistorieByBsn', q);
  getDoelgroep = (q: PersonQuery) => this.get<Doelgroep>('getDoelgroepByBsn', q);
  getDoelgroepHistorie = (q: PersonQuery) => this.get<Doelgroephistorie[]>('getDoelgroephistorieByBsn', q);
  getLeerbaarheidstoetsResultaten = (q: PersonQuery) => this.get<LeerbaarheidstoetsResultaatRegel[]>('getLbtResultatenByBsn', q);
  getLeerbaarheidstoetsExamennummer = (q: PersonQuery) => this.get<Examennummer>('getExamennummerByBsn', q);
  getInburgeringstermijn = (q: PersonQuery) => this.get<Inburgeringstermijn>('getInburgeringstermijnByBsn', q);
  getInburgeringstermijnHistorie = (q: PersonQuery) => this.get<Inburgeringstermijnhistorie[]>('getInburgeringstermijnhistorieByBsn', q);
  getVerlengingsgronden = (q: Query = {}) => this.get<Verlengingsgrond[]>('getVerlengingsgronden', q);
  getVrijstellingen = (q: PersonQuery) => this.get<Vrijstelling[]>('getVrijstellingenByBsn', q);
  getOntheffingen = (q: PersonQuery) => this.get<Ontheffing[]>('getOntheffingenByBsn', q);
  getPip = (q: PersonQuery) => this.get<PipGemeente>('getPipByBsn', q);
  getExamenresultaten = (q: PersonQuery) => this.get<Examenresultaat[]>('getExamenresultatenByBsn', q);
  getGratisPogingen = (q: PersonQuery) => this.get<GratisPogingTegoed[]>('getGratisPogingenTegoedByBsn', q);
  getInstellingen = (q: Query = {}) => this.get<Instelling[]>('getInstellingen', q);
  getMap = (q: PersonQuery) => this.get<DatumMap>('getMapByBsn', q);
  getPvt = (q: PersonQuery) => this.get<DatumPvt>('getPvtByBsn', q);
  getGevolgdeUren = (q: PersonQuery) => this.get<GevolgdeUrenGemeente[]>('getGevolgdeUrenByBsn', q);

  registreerPip = (m: Melding & { bsn: Bsn; pip: PIP }) => this.call<void>('postPipByBsn', { bsn: m.bsn }, m.pip, m.berichtId);
  wijzigPip = (m: Melding & { bsn: Bsn; pip: PIP }) => this.call<void>('postPipByBsn', { bsn: m.bsn }, m.pip, m.berichtId);
  verwijderPip = (m: Melding & { bsn: Bsn }) => this.call<void>('deletePipByBsn', { bsn: m.bsn }, undefined, m.berichtId);
  meldInburgeringsaanbod = (m: Melding & { bsn: Bsn; instellingsnummer: string; aanbod: Inburgeringsaanbod }) =>
    this.call<void>('postInburgeringsaanbodByBsnAndInstellingsnummer', { bsn: m.bsn, instellingsnummer: m.instellingsnummer }, m.aanbod, m.berichtId);
  verwijderInburgeringsaanbod = (m: Melding & { bsn: Bsn; instellingsnummer: string }) =>
    this.call<void>('deleteInburgeringsaanbodByBsnAndInstellingsnumer', { bsn: m.bsn, instellingsnummer: m.instellingsnummer }, undefined, m.berichtId);
  meldResultaatMap = (m: Melding & { bsn: Bsn; resultaat: ResultaatMap }) => this.call<void>('updateMapByBsn', { bsn: m.bsn }, m.resultaat, m.berichtId);
  meldResultaatPvt = (m: Melding & { bsn: Bsn; resultaat: ResultaatPvt }) => this.call<void>('updatePvtByBsn', { bsn: m.bsn }, m.resultaat, m.berichtId);
  meldResultaatZroute = (m: Melding & { bsn: Bsn; resultaat: ResultaatZroute }) => this.call<void>('updateZrouteByBsn', { bsn: m.bsn }, m.resultaat, m.berichtId);
  meldUrenTaallesEnKnm = (m: Melding & { bsn: Bsn; uren: Uren }) => this.call<void>('updateUrenTaallesEnKnmByBSN', { bsn: m.bsn }, m.uren, m.berichtId);
  meldUrenParticipatieactiviteiten = (m: Melding & { bsn: Bsn; uren: Uren }) => this.call<void>('updateUrenParticipatieactiviteiten', { bsn: m.bsn }, m.uren, m.berichtId);
  meldUrenParticipatieAlsTaalles = (m: Melding & { bsn: Bsn; uren: Uren }) => this.call<void>('updateUrenParticipatieAlsTaallesByBsn', { bsn: m.bsn }, m.uren, m.berichtId);
  registreerContactpersoon = (m: Melding & { gegevens: Contactpersoongegevens }) => this.call<Contactpersoon>('createContactpersoon', {}, m.gegevens, m.berichtId);
  wijzigContactpersoon = (m: Melding & { id: number; gegevens: Contactpersoongegevens }) => this.call<void>('updateContactpersoonById', { id: m.id }, m.gegevens, m.berichtId);
  verwijderContactpersoon = (m: Melding & { id: number }) => this.call<void>('deleteContactpersoonById', { id: m.id }, undefined, m.berichtId);
  koppelContactpersoon = (m: Melding & { id: number; bsn: Bsn }) => this.call<void>('postContactpersoonByBsn', { id: m.id, bsn: m.bsn }, undefined, m.berichtId);
  ontkoppelContactpersoon = (m: Melding & { id: number; bsn: Bsn }) => this.call<void>('deleteContactpersoonByBsn', { id: m.id, bsn: m.bsn }, undefined, m.berichtId);
  verwijderLeerbaarheidstoetsExamennummer = (m: Melding & { bsn: Bsn }) => this.call<void>('deleteExamennummerByBsn', { bsn: m.bsn }, undefined, m.berichtId);
}

export { withRetry, type RetryPolicy } from './retry.ts';
