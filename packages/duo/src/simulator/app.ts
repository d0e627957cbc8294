/**
 * DUO simulator: every operation of every DUO M2M API (except Notificatie, which is the
 * gemeente's side) as a Fastify 5 app with in-memory state. Requests are validated against the
 * OpenAPI specs (400), DUO's README rules are applied (403 + Foutmelding[] where the spec has a
 * body), mutations are idempotent on (bron, berichtId), and notifications are POSTed to the
 * gemeente exactly as the Notificatie spec describes.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { request as undiciRequest } from 'undici';
import { z } from 'zod';
import { isValidBsn } from '@koers/domain';
import { addDays, addYears, todayUtc } from '../dates.ts';
import type { DuoApiName, SpecOperation } from '../spec.ts';
import type {
  Contactpersoon,
  Contactpersoongegevens,
  DatumMap,
  DatumPvt,
  GevolgdeUrenGemeente,
  Inburgeringsaanbod,
  Inburgeringsplicht,
  Inburgeringsplichthistorie,
  IsoDate,
  Notificatie,
  Oin,
  PIP,
  PipGemeente,
  ResultaatMap,
  ResultaatPvt,
  ResultaatZroute,
  Uren,
} from '../types.ts';
import { DuoValidator, formatIssues, type HeaderBag } from '../validator.ts';
import { checkInburgeringsaanbod, checkPip, checkPipWithdrawal, checkResultaat, isRelevantFor } from './rules.ts';
import { registerAdminRoutes } from './admin.ts';
import { createState, currentPip, type NotificationDelivery, type SimGemeente, type SimPerson, type SimState } from './state.ts';

/** Fictitious OIN used as DUO's OIN by the simulator (configure the real one in production). */
export const SIMULATOR_DUO_OIN = '00000001999999999000';

export interface DuoSimulatorOptions {
  readonly host?: string;
  /** 0 (default) = ephemeral port. */
  readonly port?: number;
  /** OIN the simulator answers as (`doel` of requests, `bron` of notifications). */
  readonly duoOin?: Oin;
  /** Gemeenten allowed to call the simulator (`bron`), with their notification endpoints. */
  readonly gemeenten: readonly SimGemeente[];
  /** Clock for rules such as "niet in de toekomst" (default: today, UTC). */
  readonly today?: () => IsoDate;
  /** Validate every response against the spec; violations go to `state.contractViolations` (default true). */
  readonly validateResponses?: boolean;
  /** Start the 3-year termijn the day after the first PIP's dagtekening and notify SS102 (default false). */
  readonly autoStartTermijn?: boolean;
  /**
   * Demo: a valid BSN the simulator does not know is taken as an inburgeringsplichtige of the calling
   * gemeente (default seed values), as real DUO knows everyone a gemeente registers. Off by default:
   * then an unknown BSN is 404, as at DUO.
   */
  readonly adoptUnknownPersons?: boolean;
  /** Retry undelivered notifications every N ms (default: off; call `redeliverPending()`). */
  readonly notificationRetryMs?: number;
  readonly logger?: boolean;
  /**
   * Serve HTTPS with mutual TLS like DUO: PEM contents (not paths). With `requestCert` the client
   * must present a certificate from `ca`; when its subject carries a `serialNumber` (PKIoverheid
   * puts the OIN there) it must equal the `bron` header, else 403.
   */
  readonly https?: { readonly key: string | Buffer; readonly cert: string | Buffer; readonly ca?: string | Buffer; readonly requestCert?: boolean };
  /** Spec folder (default: resolveSpecDir()). */
  readonly specDir?: string;
  readonly validator?: DuoValidator;
}

/**
 * Failure injection for the `/v1` API (admin endpoints keep working):
 * - `down`: the connection is dropped before anything is processed (like DUO being unreachable);
 * - `status503`: DUO answers 503 "Service niet beschikbaar" without processing;
 * - `lostResponse`: the request IS processed, then the connection drops before the answer —
 *   the case where only idempotency on BerichtId prevents a double effect;
 * - `outOfSpec`: DUO answers outside its own spec (status 202 with an unexpected body) without
 *   processing — as if DUO changed its API; the client must stop, not retry (ADR 0055).
 * `forRequests`: only for the next n API requests; absent = until cleared with `null`.
 * `api`: only requests to this DUO API (e.g. 'Inburgeringsplicht'); others pass and do not count.
 */
export type FailureMode = { readonly kind: 'down' | 'status503' | 'lostResponse' | 'outOfSpec'; readonly forRequests?: number; readonly api?: string } | null;

export interface EmitEvent {
  readonly gebeurtenisId: string;
  readonly bsn?: string;
  readonly vNummer?: number;
  /** Default: the person's gemeente. */
  readonly gemeenteOin?: Oin;
  readonly registratieDatumTijd?: string;
}

export interface DuoSimulator {
  readonly app: FastifyInstance;
  /** e.g. `http://127.0.0.1:40123` */
  readonly url: string;
  /** `url` + `/v1` — the DuoConfig.baseUrl for a client. */
  readonly baseUrl: string;
  readonly duoOin: Oin;
  readonly state: SimState;
  readonly validator: DuoValidator;
  emit(event: EmitEvent): Promise<NotificationDelivery>;
  redeliverPending(): Promise<NotificationDelivery[]>;
  setFailureMode(mode: FailureMode): void;
  seedPerson(seed: PersonSeed): SimPerson;
  updatePerson(bsn: string, patch: Partial<Omit<PersonSeed, 'bsn'>>): SimPerson;
  gemeente(oin: Oin): SimGemeente | undefined;
  close(): Promise<void>;
}

interface SimResult {
  readonly status: number;
  readonly body?: unknown;
}

interface OpContext {
  readonly op: SpecOperation;
  readonly gemeente: SimGemeente;
  readonly params: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly today: IsoDate;
}

const bsnSchema = z.string().regex(/^\d{9}$/);
const dateSchema = z.iso.date();
/** Seed of a person (admin endpoint `POST /_sim/personen`); nested DUO objects are checked against the spec. */
export const personSeedSchema = z.object({
  bsn: bsnSchema,
  vNummer: z.number().int().min(0).max(9999999999).optional(),
  gemeenteOin: z.string().length(20).optional(),
  vestigingsdatum: dateSchema.optional(),
  inburgeringsplicht: z.unknown().optional(),
  doelgroep: z.unknown().optional(),
  lbtExamennummer: z.string().max(12).optional(),
  lbtResultaten: z.array(z.unknown()).optional(),
  termijn: z.unknown().optional(),
  vrijstellingen: z.array(z.unknown()).optional(),
  ontheffingen: z.array(z.unknown()).optional(),
  examenresultaten: z.array(z.unknown()).optional(),
  gratisPogingen: z.array(z.unknown()).optional(),
  pips: z.array(z.object({ gemeenteOin: z.string().length(20), pip: z.unknown(), registratiedatum: dateSchema.optional() })).optional(),
  cursusuren: z.number().int().min(0).optional(),
  datumAfrondingZroute: dateSchema.optional(),
  voldaanViaZroute: z.boolean().optional(),
});
export type PersonSeed = z.input<typeof personSeedSchema>;

/** Which spec schema checks which seed field. */
const seedSchemaChecks: ReadonlyArray<[keyof PersonSeed, DuoApiName, string, boolean]> = [
  ['inburgeringsplicht', 'Inburgeringsplicht', 'Inburgeringsplicht', false],
  ['doelgroep', 'Inburgeringsplicht', 'Doelgroep', false],
  ['lbtResultaten', 'Leerbaarheidstoets', 'Resultaat', true],
  ['termijn', 'Inburgeringstermijn', 'Inburgeringstermijn', false],
  ['vrijstellingen', 'Vrijstelling', 'Vrijstelling', true],
  ['ontheffingen', 'Ontheffing', 'Ontheffing', true],
  ['examenresultaten', 'Examen', 'Examenresultaat', true],
  ['gratisPogingen', 'Examen', 'GratisPogingTegoed', true],
];

export class SimSeedError extends Error {
  override readonly name = 'SimSeedError';
}

const failureSchema = z.object({ kind: z.enum(['down', 'status503', 'lostResponse', 'outOfSpec']), forRequests: z.number().int().positive().optional(), api: z.string().min(1).optional() }).nullable();
const emitSchema = z.object({
  gebeurtenisId: z.string().regex(/^[0-9A-Z]{1,6}$/),
  bsn: bsnSchema.optional(),
  vNummer: z.number().int().optional(),
  gemeenteOin: z.string().length(20).optional(),
  registratieDatumTijd: z.iso.datetime({ offset: true }).optional(),
});

function fingerprint(method: string, url: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${url} ${JSON.stringify(body ?? null)}`).digest('hex');
}

function toHeaderBag(h: FastifyRequest['headers']): HeaderBag {
  const out: Record<string, string | readonly string[] | undefined> = {};
  for (const [k, v] of Object.entries(h)) out[k] = v;
  return out;
}

function headerString(h: FastifyRequest['headers'], name: string): string | undefined {
  const v = h[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

export async function createDuoSimulator(options: DuoSimulatorOptions): Promise<DuoSimulator> {
  const validator = options.validator ?? (await DuoValidator.load(options.specDir));
  const duoOin = options.duoOin ?? SIMULATOR_DUO_OIN;
  const today = options.today ?? (() => todayUtc());
  const validateResponses = options.validateResponses ?? true;
  const gemeenten = new Map<Oin, SimGemeente>(options.gemeenten.map((g) => [g.oin, { ...g }]));
  const state = createState();
  let failure: FailureMode = null;
  const dropAfterProcessing = new WeakSet<object>();

  for (const inst of state.instellingen) {
    const issues = validator.validateSchema('Inburgeringsaanbod', 'Instelling', inst, { strictProperties: true });
    if (issues.length > 0) throw new Error(`simulator: instelling ${inst.instellingsnummer} ongeldig: ${formatIssues(issues)}`);
  }

  const app: FastifyInstance = options.https
    ? Fastify({
        logger: options.logger ?? false,
        https: {
          key: options.https.key,
          cert: options.https.cert,
          ...(options.https.ca !== undefined ? { ca: options.https.ca } : {}),
          requestCert: options.https.requestCert ?? false,
          rejectUnauthorized: options.https.requestCert ?? false,
        },
      })
    : Fastify({ logger: options.logger ?? false });

  // ---- seeding -------------------------------------------------------------------------------
  function seedPerson(input: PersonSeed): SimPerson {
    const parsed = personSeedSchema.safeParse(input);
    if (!parsed.success) throw new SimSeedError(z.prettifyError(parsed.error));
    const seed = parsed.data;
    const problems: string[] = [];
    for (const [field, api, schemaName, isArray] of seedSchemaChecks) {
      const value = seed[field];
      if (value === undefined) continue;
      const values: unknown[] = isArray && Array.isArray(value) ? value : [value];
      for (const v of values) problems.push(...validator.validateSchema(api, schemaName, v, { strictProperties: true }).map((i) => `${field}: ${i.text}`));
    }
    for (const p of seed.pips ?? []) {
      problems.push(...validator.validateSchema('PIP', 'PIP', p.pip, { strictProperties: true }).map((i) => `pips: ${i.text}`));
      if (!gemeenten.has(p.gemeenteOin)) problems.push(`pips: onbekende gemeente ${p.gemeenteOin}`);
    }
    const gemeenteOin = seed.gemeenteOin ?? options.gemeenten[0]?.oin;
    if (gemeenteOin === undefined || !gemeenten.has(gemeenteOin)) problems.push(`gemeenteOin: onbekende gemeente ${String(gemeenteOin)}`);
    if (problems.length > 0 || gemeenteOin === undefined) throw new SimSeedError(problems.join('; '));
    const t = today();
    const person: SimPerson = {
      bsn: seed.bsn,
      ...(seed.vNummer !== undefined ? { vNummer: seed.vNummer } : {}),
      gemeenteOin,
      ...(seed.vestigingsdatum !== undefined ? { vestigingsdatum: seed.vestigingsdatum } : {}),
      inburgeringsplicht: (seed.inburgeringsplicht as SimPerson['inburgeringsplicht'] | undefined) ?? {
        indicatorInburgeringsplicht: true,
        begindatum: addDays(t, -30),
        datumKennisgevingInburgeringsplicht: addDays(t, -28),
      },
      inburgeringsplichtHistorie: [],
      doelgroep: (seed.doelgroep as SimPerson['doelgroep'] | undefined) ?? { indeling: 'Asielstatushouder', begindatum: addDays(t, -30), gedetailleerdeDoelgroep: 'Asielstatushouder' },
      doelgroepHistorie: [],
      ...(seed.lbtExamennummer !== undefined ? { lbtExamennummer: seed.lbtExamennummer } : {}),
      lbtResultaten: (seed.lbtResultaten ?? []) as SimPerson['lbtResultaten'],
      ...(seed.termijn !== undefined ? { termijn: seed.termijn as NonNullable<SimPerson['termijn']> } : {}),
      termijnHistorie: [],
      vrijstellingen: (seed.vrijstellingen ?? []) as SimPerson['vrijstellingen'],
      ontheffingen: (seed.ontheffingen ?? []) as SimPerson['ontheffingen'],
      examenresultaten: (seed.examenresultaten ?? []) as SimPerson['examenresultaten'],
      gratisPogingen: (seed.gratisPogingen ?? []) as SimPerson['gratisPogingen'],
      pips: (seed.pips ?? []).map((p) => ({
        gemeenteOin: p.gemeenteOin,
        gemeentecode: gemeenten.get(p.gemeenteOin)?.gemeentecode ?? '0000',
        pip: p.pip as PIP,
        registratiedatum: p.registratiedatum ?? t,
      })),
      pipCount: seed.pips?.length ?? 0,
      aanbod: new Map(),
      cursusuren: seed.cursusuren ?? 0,
      ...(seed.datumAfrondingZroute !== undefined ? { datumAfrondingZroute: seed.datumAfrondingZroute } : {}),
      voldaanViaZroute: seed.voldaanViaZroute ?? false,
      uren: new Map(),
    };
    person.inburgeringsplichtHistorie.push(plichtHistorie(person.inburgeringsplicht));
    person.doelgroepHistorie.push({ ...(person.doelgroep.indeling ? { indeling: person.doelgroep.indeling } : {}), ...(person.doelgroep.begindatum ? { begindatum: person.doelgroep.begindatum } : {}) });
    if (person.termijn) person.termijnHistorie.push({ einddatum: person.termijn.einddatum, ...(person.termijn.wijzigingsdatum ? { wijzigingsdatum: person.termijn.wijzigingsdatum } : {}) });
    state.persons.set(person.bsn, person);
    return person;
  }

  /** Admin update of a seeded person (same fields as the seed, all optional). */
  function updatePerson(bsn: string, input: unknown): SimPerson {
    const person = state.persons.get(bsn);
    if (!person) throw new SimSeedError(`onbekende persoon ${bsn}`);
    const parsed = personSeedSchema.omit({ bsn: true }).partial().safeParse(input);
    if (!parsed.success) throw new SimSeedError(z.prettifyError(parsed.error));
    const patch = parsed.data;
    const problems: string[] = [];
    for (const [field, api, schemaName, isArray] of seedSchemaChecks) {
      const value = patch[field as keyof typeof patch];
      if (value === undefined) continue;
      const values: unknown[] = isArray && Array.isArray(value) ? value : [value];
      for (const v of values) problems.push(...validator.validateSchema(api, schemaName, v, { strictProperties: true }).map((i) => `${field}: ${i.text}`));
    }
    for (const pp of patch.pips ?? []) problems.push(...validator.validateSchema('PIP', 'PIP', pp.pip, { strictProperties: true }).map((i) => `pips: ${i.text}`));
    if (patch.gemeenteOin !== undefined && !gemeenten.has(patch.gemeenteOin)) problems.push(`gemeenteOin: onbekende gemeente ${patch.gemeenteOin}`);
    if (problems.length > 0) throw new SimSeedError(problems.join('; '));
    const t = today();
    if (patch.vNummer !== undefined) person.vNummer = patch.vNummer;
    if (patch.gemeenteOin !== undefined) person.gemeenteOin = patch.gemeenteOin;
    if (patch.vestigingsdatum !== undefined) person.vestigingsdatum = patch.vestigingsdatum;
    if (patch.inburgeringsplicht !== undefined) {
      person.inburgeringsplicht = patch.inburgeringsplicht as SimPerson['inburgeringsplicht'];
      person.inburgeringsplichtHistorie.push(plichtHistorie(person.inburgeringsplicht));
    }
    if (patch.doelgroep !== undefined) {
      person.doelgroep = patch.doelgroep as SimPerson['doelgroep'];
      person.doelgroepHistorie.push({ ...(person.doelgroep.indeling ? { indeling: person.doelgroep.indeling } : {}), ...(person.doelgroep.begindatum ? { begindatum: person.doelgroep.begindatum } : {}) });
    }
    if (patch.lbtExamennummer !== undefined) person.lbtExamennummer = patch.lbtExamennummer;
    if (patch.lbtResultaten !== undefined) person.lbtResultaten = patch.lbtResultaten as SimPerson['lbtResultaten'];
    if (patch.termijn !== undefined) {
      person.termijn = patch.termijn as NonNullable<SimPerson['termijn']>;
      person.termijnHistorie.push({ einddatum: person.termijn.einddatum, wijzigingsdatum: person.termijn.wijzigingsdatum ?? t });
    }
    if (patch.vrijstellingen !== undefined) person.vrijstellingen = patch.vrijstellingen as SimPerson['vrijstellingen'];
    if (patch.ontheffingen !== undefined) person.ontheffingen = patch.ontheffingen as SimPerson['ontheffingen'];
    if (patch.examenresultaten !== undefined) person.examenresultaten = patch.examenresultaten as SimPerson['examenresultaten'];
    if (patch.gratisPogingen !== undefined) person.gratisPogingen = patch.gratisPogingen as SimPerson['gratisPogingen'];
    if (patch.pips !== undefined) {
      person.pips = patch.pips.map((pp) => ({
        gemeenteOin: pp.gemeenteOin,
        gemeentecode: gemeenten.get(pp.gemeenteOin)?.gemeentecode ?? '0000',
        pip: pp.pip as PIP,
        registratiedatum: pp.registratiedatum ?? t,
      }));
      person.pipCount = Math.max(person.pipCount, person.pips.length);
    }
    if (patch.cursusuren !== undefined) person.cursusuren = patch.cursusuren;
    if (patch.datumAfrondingZroute !== undefined) person.datumAfrondingZroute = patch.datumAfrondingZroute;
    if (patch.voldaanViaZroute !== undefined) person.voldaanViaZroute = patch.voldaanViaZroute;
    return person;
  }

  // ---- notifications (DUO → gemeente) -------------------------------------------------------------
  async function deliver(d: NotificationDelivery): Promise<NotificationDelivery> {
    d.attempts += 1;
    d.url = gemeenten.get(d.gemeenteOin)?.notificationUrl ?? d.url;
    const headers = { bron: duoOin, doel: d.gemeenteOin, berichtId: d.berichtId, 'content-type': 'application/json', accept: 'application/json' };
    try {
      const res = await undiciRequest(d.url, { method: 'POST', headers, body: JSON.stringify(d.body), headersTimeout: 10_000, bodyTimeout: 10_000 });
      const text = await res.body.text();
      d.lastStatus = res.statusCode;
      let parsed: unknown = undefined;
      if (text !== '') {
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = text;
        }
      }
      const issues = validator.validateResponse(
        { api: 'Notificatie', operationId: 'opvoerenNotificatie' },
        { status: res.statusCode, headers: res.headers, body: parsed },
      );
      if (issues.length > 0) state.contractViolations.push(`antwoord gemeente op notificatie ${d.berichtId}: ${formatIssues(issues)}`);
      d.delivered = res.statusCode === 201;
      delete d.lastError;
    } catch (err) {
      d.delivered = false;
      d.lastError = (err as Error).message;
    }
    return d;
  }

  async function emit(event: EmitEvent): Promise<NotificationDelivery> {
    const parsed = emitSchema.parse(event);
    const person = parsed.bsn !== undefined ? state.persons.get(parsed.bsn) : undefined;
    const gemeenteOin = parsed.gemeenteOin ?? person?.gemeenteOin;
    if (gemeenteOin === undefined) throw new Error(`simulator: geen gemeente voor gebeurtenis ${parsed.gebeurtenisId}`);
    const g = gemeenten.get(gemeenteOin);
    if (!g?.notificationUrl) throw new Error(`simulator: gemeente ${gemeenteOin} heeft geen notificationUrl`);
    const vNummer = parsed.vNummer ?? person?.vNummer;
    const body: Notificatie = {
      registratieDatumTijd: parsed.registratieDatumTijd ?? new Date().toISOString(),
      ...(parsed.bsn !== undefined ? { bsn: parsed.bsn } : {}),
      ...(vNummer !== undefined ? { vNummer } : {}),
      gebeurtenisId: parsed.gebeurtenisId,
    };
    const berichtId = randomUUID();
    // What the simulator sends is validated against the Notificatie spec, like everything Koers sends.
    const issues = validator.validateRequest(
      { api: 'Notificatie', operationId: 'opvoerenNotificatie' },
      { path: '/notificaties', headers: { bron: duoOin, doel: gemeenteOin, berichtId }, body },
      { strictProperties: true },
    );
    if (issues.length > 0) throw new Error(`simulator: notificatie voldoet niet aan de spec: ${formatIssues(issues)}`);
    const d: NotificationDelivery = { berichtId, gemeenteOin, url: g.notificationUrl, body, attempts: 0, delivered: false };
    state.notifications.push(d);
    return deliver(d);
  }

  async function redeliverPending(): Promise<NotificationDelivery[]> {
    const pending = state.notifications.filter((d) => !d.delivered);
    for (const d of pending) await deliver(d);
    return pending;
  }

  let retryTimer: NodeJS.Timeout | undefined;
  if (options.notificationRetryMs !== undefined && options.notificationRetryMs > 0) {
    let busy = false;
    retryTimer = setInterval(() => {
      if (busy) return;
      busy = true;
      redeliverPending()
        .catch(() => undefined)
        .finally(() => {
          busy = false;
        });
    }, options.notificationRetryMs);
    retryTimer.unref();
  }

  function notifyInBackground(event: EmitEvent): void {
    const g = event.gemeenteOin ?? (event.bsn !== undefined ? state.persons.get(event.bsn)?.gemeenteOin : undefined);
    if (g === undefined || !gemeenten.get(g)?.notificationUrl) return;
    void emit(event).catch((err: unknown) => {
      state.contractViolations.push(`notificatie ${event.gebeurtenisId} niet verstuurd: ${(err as Error).message}`);
    });
  }

  // ---- operation handlers ---------------------------------------------------------------------------
  const ok = (status: number, body?: unknown): SimResult => (body === undefined ? { status } : { status, body });
  /** 403 with a Foutmelding[] body where the operation's spec defines one, else without body. */
  const fouten = (ctx: Pick<OpContext, 'op'>, errors: string[]): SimResult =>
    ctx.op.responses['403']?.bodySchema ? { status: 403, body: errors.map((fouttekst) => ({ fouttekst: fouttekst.slice(0, 200) })) } : { status: 403 };

  /** The person of the path's BSN; in demo mode (`adoptUnknownPersons`) an unknown valid BSN becomes one of the calling gemeente. */
  function knownPerson(ctx: OpContext): SimPerson | undefined {
    const bsn = ctx.params['bsn'] ?? '';
    return state.persons.get(bsn) ?? (options.adoptUnknownPersons && isValidBsn(bsn) ? seedPerson({ bsn, gemeenteOin: ctx.gemeente.oin }) : undefined);
  }

  function personFor(ctx: OpContext): SimPerson | SimResult {
    const p = knownPerson(ctx);
    if (!p) return ok(404);
    if (!isRelevantFor(p, ctx.gemeente.oin, ctx.today)) return fouten(ctx, ['De persoon is niet relevant voor uw gemeente.']);
    return p;
  }
  const isResult = (x: SimPerson | SimResult): x is SimResult => 'status' in x;

  function withPerson(fn: (p: SimPerson, ctx: OpContext) => SimResult): (ctx: OpContext) => SimResult {
    return (ctx) => {
      const p = personFor(ctx);
      return isResult(p) ? p : fn(p, ctx);
    };
  }

  function putResultaat(kind: 'map' | 'pvt') {
    return withPerson((p, ctx) => {
      const body = ctx.body as ResultaatMap & ResultaatPvt;
      const datum = kind === 'map' ? body.datumEindgesprekMap : body.datumOndertekeningPvt;
      const errors = checkResultaat(p, p[kind], ctx.gemeente.oin, datum, body.verwijtbaar, ctx.today);
      if (errors.length > 0) return fouten(ctx, errors);
      // PUT replaces the whole resource; leaving a field out withdraws it.
      p[kind] = { gemeenteOin: ctx.gemeente.oin, ...(datum !== undefined ? { datum } : {}), ...(body.verwijtbaar !== undefined ? { verwijtbaar: body.verwijtbaar } : {}) };
      return ok(200);
    });
  }

  function putUren(field: 'taallesEnKnm' | 'participatieactiviteiten' | 'participatieAlsTaalles') {
    return withPerson((p, ctx) => {
      const current = p.uren.get(ctx.gemeente.oin) ?? {};
      current[field] = (ctx.body as Uren).uren;
      p.uren.set(ctx.gemeente.oin, current);
      return ok(200);
    });
  }

  function ownContactpersoon(ctx: OpContext): SimResult | number {
    const id = Number(ctx.params['id']);
    const c = state.contactpersonen.get(id);
    if (!c) return ok(404);
    if (c.gemeenteOin !== ctx.gemeente.oin) return fouten(ctx, ['De contactpersoon is niet van uw gemeente.']);
    return id;
  }

  const handlers: Record<string, (ctx: OpContext) => SimResult> = {
    // Inburgeringsplicht
    getInburgeringsplichtByBsn: withPerson((p) => ok(200, p.inburgeringsplicht)),
    getInburgeringsplichthistorieByBsn: withPerson((p) => ok(200, p.inburgeringsplichtHistorie)),
    getDoelgroepByBsn: withPerson((p) => ok(200, p.doelgroep)),
    getDoelgroephistorieByBsn: withPerson((p) => ok(200, p.doelgroepHistorie)),
    // Leerbaarheidstoets
    getExamennummerByBsn: withPerson((p) => (p.lbtExamennummer === undefined ? ok(404) : ok(200, { examennummer: p.lbtExamennummer }))),
    deleteExamennummerByBsn: withPerson((p) => {
      if (p.lbtExamennummer === undefined) return ok(404);
      delete p.lbtExamennummer;
      return ok(200);
    }),
    getLbtResultatenByBsn: withPerson((p) => ok(200, p.lbtResultaten)),
    // Inburgeringstermijn
    getInburgeringstermijnByBsn: withPerson((p) => (p.termijn ? ok(200, p.termijn) : ok(404))),
    getInburgeringstermijnhistorieByBsn: withPerson((p) => ok(200, p.termijnHistorie)),
    getVerlengingsgronden: () => ok(200, state.verlengingsgronden),
    // Vrijstelling, Ontheffing, Examen
    getVrijstellingenByBsn: withPerson((p) => ok(200, p.vrijstellingen)),
    getOntheffingenByBsn: withPerson((p) => ok(200, p.ontheffingen)),
    getExamenresultatenByBsn: withPerson((p) => ok(200, p.examenresultaten)),
    getGratisPogingenTegoedByBsn: withPerson((p) => ok(200, p.gratisPogingen)),
    // PIP
    getPipByBsn: withPerson((p) => {
      const cur = currentPip(p);
      if (!cur) return ok(404);
      const body: PipGemeente = { gemeentecode: cur.gemeentecode, pip: cur.pip };
      return ok(200, body);
    }),
    postPipByBsn: (ctx) => {
      const p = knownPerson(ctx);
      if (!p) return ok(404);
      const { errors, stored } = checkPip(p, ctx.gemeente.oin, ctx.body as PIP);
      if (errors.length > 0) return fouten(ctx, errors);
      p.pips.push({ gemeenteOin: ctx.gemeente.oin, gemeentecode: ctx.gemeente.gemeentecode, pip: stored, registratiedatum: ctx.today });
      p.pipCount += 1;
      if (options.autoStartTermijn === true && p.termijn === undefined) {
        const startdatum = addDays(stored.dagtekeningPip, 1);
        p.termijn = { startdatum, einddatum: addYears(startdatum, 3), wijzigingsdatum: ctx.today };
        p.termijnHistorie.push({ einddatum: p.termijn.einddatum, wijzigingsdatum: ctx.today });
        notifyInBackground({ gebeurtenisId: 'SS102', bsn: p.bsn, gemeenteOin: ctx.gemeente.oin });
      }
      return ok(201);
    },
    deletePipByBsn: (ctx) => {
      const p = knownPerson(ctx);
      if (!p || !currentPip(p)) return ok(404);
      const errors = checkPipWithdrawal(p, ctx.gemeente.oin);
      if (errors.length > 0) return fouten(ctx, errors);
      p.pips.pop();
      return ok(200);
    },
    // Inburgeringsaanbod
    getInstellingen: () => ok(200, state.instellingen),
    postInburgeringsaanbodByBsnAndInstellingsnummer: withPerson((p, ctx) => {
      const nummer = ctx.params['instellingsnummer'] ?? '';
      const aanbod = ctx.body as Inburgeringsaanbod;
      const errors = checkInburgeringsaanbod(p, state.instellingen.find((i) => i.instellingsnummer === nummer), aanbod);
      if (errors.length > 0) return fouten(ctx, errors);
      p.aanbod.set(nummer, { ...aanbod, gemeenteOin: ctx.gemeente.oin });
      return ok(201);
    }),
    deleteInburgeringsaanbodByBsnAndInstellingsnumer: withPerson((p, ctx) => {
      const nummer = ctx.params['instellingsnummer'] ?? '';
      const a = p.aanbod.get(nummer);
      if (!a) return ok(404);
      if (a.gemeenteOin !== ctx.gemeente.oin) return fouten(ctx, ['Het inburgeringsaanbod is niet door uw gemeente aangeleverd.']);
      p.aanbod.delete(nummer);
      return ok(204);
    }),
    // MAP, PVT, Z-route
    getMapByBsn: withPerson((p) => {
      if (p.map?.datum === undefined) return ok(404);
      const body: DatumMap = { datumEindgesprekMap: p.map.datum };
      return ok(200, body);
    }),
    getPvtByBsn: withPerson((p) => {
      if (p.pvt?.datum === undefined) return ok(404);
      const body: DatumPvt = { datumOndertekeningPvt: p.pvt.datum };
      return ok(200, body);
    }),
    updateMapByBsn: putResultaat('map'),
    updatePvtByBsn: putResultaat('pvt'),
    updateZrouteByBsn: withPerson((p, ctx) => {
      const d = (ctx.body as ResultaatZroute).datumAfrondingZroute;
      if (d !== undefined && d > ctx.today) return fouten(ctx, ['De datum afronding Z-route mag niet in de toekomst liggen.']);
      if (d === undefined) delete p.datumAfrondingZroute;
      else p.datumAfrondingZroute = d;
      return ok(200);
    }),
    // Gevolgde uren
    getGevolgdeUrenByBsn: withPerson((p) => {
      const body: GevolgdeUrenGemeente[] = [...p.uren.entries()].map(([oin, u]) => ({
        gemeentecode: gemeenten.get(oin)?.gemeentecode ?? '0000',
        ...(u.participatieAlsTaalles !== undefined ? { ParticipatieAlsTaalles: { uren: u.participatieAlsTaalles } } : {}),
        ...(u.participatieactiviteiten !== undefined ? { ParticipatieactiviteitenBredeIntake: { uren: u.participatieactiviteiten } } : {}),
        ...(u.taallesEnKnm !== undefined ? { TaallesEnKnmBredeIntake: { uren: u.taallesEnKnm } } : {}),
      }));
      return ok(200, body);
    }),
    updateUrenTaallesEnKnmByBSN: putUren('taallesEnKnm'),
    updateUrenParticipatieactiviteiten: putUren('participatieactiviteiten'),
    updateUrenParticipatieAlsTaallesByBsn: putUren('participatieAlsTaalles'),
    // Contactpersoon
    createContactpersoon: (ctx) => {
      const id = state.nextContactpersoonId++;
      const gegevens = ctx.body as Contactpersoongegevens;
      state.contactpersonen.set(id, { id, gemeenteOin: ctx.gemeente.oin, gegevens });
      const body: Contactpersoon = { id, contactpersoongegevens: gegevens };
      return ok(201, body);
    },
    updateContactpersoonById: (ctx) => {
      const id = ownContactpersoon(ctx);
      if (typeof id !== 'number') return id;
      const c = state.contactpersonen.get(id);
      if (c) c.gegevens = ctx.body as Contactpersoongegevens;
      return ok(200);
    },
    deleteContactpersoonById: (ctx) => {
      const id = ownContactpersoon(ctx);
      if (typeof id !== 'number') return id;
      state.contactpersonen.delete(id);
      // README: remaining links with inburgeringsplichtigen are removed as well.
      for (const [k, v] of state.contactKoppelingen) if (v === id) state.contactKoppelingen.delete(k);
      return ok(200);
    },
    postContactpersoonByBsn: (ctx) => {
      const id = ownContactpersoon(ctx);
      if (typeof id !== 'number') return id;
      const p = personFor(ctx);
      if (isResult(p)) return p;
      // README: an existing link with another contactpersoon is overwritten.
      state.contactKoppelingen.set(`${ctx.gemeente.oin}|${p.bsn}`, id);
      return ok(201);
    },
    deleteContactpersoonByBsn: (ctx) => {
      const id = ownContactpersoon(ctx);
      if (typeof id !== 'number') return id;
      const key = `${ctx.gemeente.oin}|${ctx.params['bsn'] ?? ''}`;
      if (state.contactKoppelingen.get(key) !== id) return ok(404);
      state.contactKoppelingen.delete(key);
      return ok(200);
    },
  };

  // ---- HTTP plumbing --------------------------------------------------------------------------------
  function send(reply: FastifyReply, op: SpecOperation | undefined, result: SimResult, apiVersion: string): FastifyReply {
    if (validateResponses && op) {
      const issues = validator.validateResponse(op, { status: result.status, headers: { 'API-Version': apiVersion }, body: result.body }, { strictProperties: true });
      if (issues.length > 0) state.contractViolations.push(`${op.api} ${op.operationId} ${result.status}: ${formatIssues(issues)}`);
    }
    void reply.code(result.status).header('API-Version', apiVersion);
    if (result.body === undefined) return reply.send();
    return reply.type('application/json').send(JSON.stringify(result.body));
  }

  const operations = validator.specs.allOperations().filter((o) => o.api !== 'Notificatie');
  for (const op of operations) {
    if (!(op.operationId in handlers)) throw new Error(`simulator: geen handler voor ${op.api} ${op.operationId}`);
  }

  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    try {
      done(null, JSON.parse(text) as unknown);
    } catch {
      const err = new Error('ongeldige JSON') as Error & { statusCode: number };
      err.statusCode = 400;
      done(err, undefined);
    }
  });

  app.setErrorHandler((err: Error & { statusCode?: number }, request, reply) => {
    const status = err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500 ? 400 : 500;
    state.requestLog.push({ at: new Date().toISOString(), method: request.method, url: request.url, status, issues: [err.message] });
    const matched = validator.match(request.method, request.url);
    return send(reply, matched?.operation, { status }, matched?.operation.apiVersion ?? '1.0.0');
  });

  // Failure injection runs before routing and validation, so that no state is touched.
  app.addHook('onRequest', (request, reply, done) => {
    if (!request.url.startsWith('/v1/') || failure === null) {
      done();
      return;
    }
    const { kind, api } = failure;
    if (api !== undefined && validator.match(request.method, request.url)?.operation.api !== api) {
      done();
      return;
    }
    if (failure.forRequests !== undefined) {
      const left = failure.forRequests - 1;
      failure = left > 0 ? { kind, forRequests: left, ...(api !== undefined ? { api } : {}) } : null;
    }
    const statusOf = { status503: 503, outOfSpec: 202, down: 0, lostResponse: 0 } as const;
    state.requestLog.push({ at: new Date().toISOString(), method: request.method, url: request.url, status: statusOf[kind], issues: [`storing: ${kind}`] });
    switch (kind) {
      case 'lostResponse':
        dropAfterProcessing.add(request.raw);
        done();
        return;
      case 'down':
        // Like a crashed or unreachable DUO: the connection is dropped without an answer.
        reply.hijack();
        request.raw.socket.destroy();
        return;
      case 'status503': {
        // Not validated: several DUO specs (Examen, Ontheffing, Vrijstelling, MAP/PVT, GevolgdeUren)
        // define no 503, yet a real outage answers it anyway — Koers must cope either way.
        const op = validator.match(request.method, request.url)?.operation;
        send(reply, undefined, { status: 503 }, op?.apiVersion ?? '1.0.0');
        return;
      }
      case 'outOfSpec': {
        // Deliberately not validated (it is the point): no spec defines 202 or this body.
        const op = validator.match(request.method, request.url)?.operation;
        send(reply, undefined, { status: 202, body: { onverwacht: 'dit antwoord staat niet in de specificatie' } }, op?.apiVersion ?? '1.0.0');
        return;
      }
    }
  });

  const apiHandler = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const matched = validator.match(request.method, request.url);
    const op = matched?.operation;
    if (!matched || !op) return reply.code(404).send();
    const berichtId = headerString(request.headers, 'berichtId');
    const bron = headerString(request.headers, 'bron');
    const entry = {
      at: new Date().toISOString(),
      method: request.method,
      url: request.url,
      operationId: op.operationId,
      ...(berichtId !== undefined ? { berichtId } : {}),
      ...(bron !== undefined ? { bron } : {}),
      status: 0,
    };
    state.requestLog.push(entry);
    const issues = validator.validateRequest(op, { path: request.url, headers: toHeaderBag(request.headers), body: request.body }, { strictProperties: true });
    if (issues.length > 0) {
      entry.status = 400;
      Object.assign(entry, { issues: issues.map((i) => i.text) });
      void reply.header('x-duo-sim-fouten', encodeURIComponent(formatIssues(issues).slice(0, 1000)));
      return send(reply, op, { status: 400 }, op.apiVersion);
    }
    const gemeente = bron !== undefined ? gemeenten.get(bron) : undefined;
    const certOin = clientCertificateOin(request);
    if (headerString(request.headers, 'doel') !== duoOin || !gemeente || (certOin !== undefined && certOin !== bron)) {
      entry.status = 403;
      return send(reply, op, fouten({ op }, ['Bron of doel OIN is niet geautoriseerd voor deze API.']), op.apiVersion);
    }
    const mutating = op.method !== 'get';
    const key = `${gemeente.oin}|${berichtId ?? ''}`;
    const fp = fingerprint(op.method, stripQuery(request.url), request.body);
    if (mutating) {
      const previous = state.berichten.get(key);
      if (previous) {
        if (previous.fingerprint !== fp) {
          entry.status = 400;
          Object.assign(entry, { issues: ['berichtId is al gebruikt voor een ander verzoek'] });
          return send(reply, op, { status: 400 }, op.apiVersion);
        }
        entry.status = previous.status;
        Object.assign(entry, { replayed: true });
        return send(reply, op, { status: previous.status, ...(previous.body !== undefined ? { body: previous.body } : {}) }, op.apiVersion);
      }
    }
    const handler = handlers[op.operationId];
    const result: SimResult = handler
      ? handler({ op, gemeente, params: matched.pathParams, body: request.body, today: today() })
      : { status: 500 };
    entry.status = result.status;
    if (mutating && result.status < 500) state.berichten.set(key, { fingerprint: fp, status: result.status, body: result.body });
    if (dropAfterProcessing.has(request.raw)) {
      reply.hijack();
      request.raw.socket.destroy();
      return reply;
    }
    return send(reply, op, result, op.apiVersion);
  };

  for (const op of operations) {
    app.route({ method: op.method.toUpperCase(), url: `/v1${op.path.replace(/\{([^}]+)\}/g, ':$1')}`, handler: apiHandler });
  }
  registerAdminRoutes(app, {
    state,
    gemeenten,
    validator,
    seedPerson: (seed) => seedPerson(seed as PersonSeed),
    updatePerson,
    emit: (event) => emit(emitSchema.parse(event)),
    redeliverPending,
    setFailureMode: (mode) => setFailureMode(failureSchema.parse(mode)),
  });

  function setFailureMode(mode: FailureMode): void {
    failure = failureSchema.parse(mode);
  }


  await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('simulator: geen TCP-adres');
  const url = `${options.https ? 'https' : 'http'}://${options.host ?? '127.0.0.1'}:${address.port}`;

  return {
    app,
    url,
    baseUrl: `${url}/v1`,
    duoOin,
    state,
    validator,
    emit,
    redeliverPending,
    setFailureMode,
    seedPerson,
    updatePerson,
    gemeente: (oin) => gemeenten.get(oin),
    async close() {
      if (retryTimer) clearInterval(retryTimer);
      await app.close();
    },
  };
}

function plichtHistorie(p: Inburgeringsplicht): Inburgeringsplichthistorie {
  return {
    indicatorInburgeringsplicht: p.indicatorInburgeringsplicht,
    ...(p.begindatum !== undefined ? { begindatum: p.begindatum } : {}),
    ...(p.einddatum !== undefined ? { einddatum: p.einddatum } : {}),
    ...(p.wijzigingsdatum !== undefined ? { wijzigingsdatum: p.wijzigingsdatum } : {}),
  };
}

/** `serialNumber` from the client certificate's subject (the OIN in a PKIoverheid certificate). */
function clientCertificateOin(request: FastifyRequest): string | undefined {
  const socket = request.raw.socket as Partial<TLSSocket>;
  if (typeof socket.getPeerCertificate !== 'function') return undefined;
  const subject = socket.getPeerCertificate().subject as Record<string, string | string[] | undefined> | undefined;
  const serial = subject?.['serialNumber'];
  return Array.isArray(serial) ? serial[0] : serial;
}

function stripQuery(url: string): string {
  return url.split('?')[0] ?? url;
}
