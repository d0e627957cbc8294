/**
 * The gemeente side of DUO's Notificatie API (POST /notificaties), framework-independent:
 * parse and validate what DUO sends, look the event up in the catalogue (Gebeurtenissen.md),
 * and plan what to fetch from DUO. The server route stores the notification first, answers 201,
 * and then processes it (fetch + update the case) — see docs/adr/0020-duo-koppeling.md.
 */
import type { DuoClient, DuoResult } from './client.ts';
import { duoOperations, type DuoOperationId } from './operations.ts';
import type { DuoApiName } from './spec.ts';
import type { Doelgroep, Examennummer, Examenresultaat, Inburgeringsplicht, Inburgeringstermijn, LeerbaarheidstoetsResultaatRegel, Notificatie, Oin, Ontheffing, PipGemeente, Vrijstelling } from './types.ts';
import type { DuoValidator, HeaderBag } from './validator.ts';
import type { DuoCaseEffect } from '@koers/domain';

/** Raadplegingen a notification can point to. */
export const fetchOperations = [
  'getInburgeringsplichtByBsn',
  'getDoelgroepByBsn',
  'getExamennummerByBsn',
  'getLbtResultatenByBsn',
  'getInburgeringstermijnByBsn',
  'getVrijstellingenByBsn',
  'getOntheffingenByBsn',
  'getPipByBsn',
  'getExamenresultatenByBsn',
] as const satisfies readonly DuoOperationId[];
export type FetchOperationId = (typeof fetchOperations)[number];

/** The body DUO answers each raadpleging with (validated against the spec by the client). */
export interface FetchBodies {
  getInburgeringsplichtByBsn: Inburgeringsplicht;
  getDoelgroepByBsn: Doelgroep;
  getExamennummerByBsn: Examennummer;
  getLbtResultatenByBsn: LeerbaarheidstoetsResultaatRegel[];
  getInburgeringstermijnByBsn: Inburgeringstermijn;
  getVrijstellingenByBsn: Vrijstelling[];
  getOntheffingenByBsn: Ontheffing[];
  getPipByBsn: PipGemeente;
  getExamenresultatenByBsn: Examenresultaat[];
}

/** What an event means for the Koers case: the rule is `duoEventOutcome` in `@koers/domain`. */
export type CaseEffect = DuoCaseEffect;

export type EventCategory =
  | 'Nieuwe inburgeringsplichtige'
  | 'Wijziging van gemeente'
  | 'Wijziging doelgroep'
  | 'Intrekken inburgeringsplicht'
  | 'Inburgeringsplicht voldaan'
  | 'Leerroute en termijn vastgesteld'
  | 'Examenresultaten'
  | 'Termijn gewijzigd'
  | 'Verzoeken inburgeraar';

export interface DuoEventInfo {
  readonly code: string;
  /** DUO's description (gebeurtenisomschrijving), verbatim from Gebeurtenissen.md. */
  readonly omschrijving: string;
  readonly categorie: EventCategory;
  /** Resources to fetch, in order. */
  readonly fetch: readonly FetchOperationId[];
  /** Fetches Koers adds beyond DUO's "Relevante API's" column (interpretation). */
  readonly extraFetch?: readonly FetchOperationId[];
  readonly effect: CaseEffect;
  /** What it means for the case (for developers and the mapping document). */
  readonly betekenis: string;
  /** Put a signal on the case manager's work queue. */
  readonly signal: boolean;
  /** Relevant DUO services without an M2M API yet (nothing to fetch). */
  readonly zonderApi?: readonly string[];
}

const PLICHT = 'getInburgeringsplichtByBsn';
const DOELGROEP = 'getDoelgroepByBsn';
const EXAMEN = 'getExamenresultatenByBsn';
const TERMIJN = 'getInburgeringstermijnByBsn';
const VRIJ = 'getVrijstellingenByBsn';
const ONTH = 'getOntheffingenByBsn';
const PIPF = 'getPipByBsn';

const e = (info: DuoEventInfo): DuoEventInfo => info;

/** Catalogue of the events (gebeurtenissen) DUO notifies via the Notificatie API. */
export const eventCatalogue = {
  SS101: e({ code: 'SS101', omschrijving: 'Persoon is inburgeringsplichtig.', categorie: 'Nieuwe inburgeringsplichtige', fetch: [PLICHT, EXAMEN], extraFetch: [DOELGROEP], effect: 'open-case', signal: true, betekenis: 'Nieuwe inburgeraar voor de gemeente: dossier openen, doelgroep vastleggen; de PIP-termijn van 10 weken loopt vanaf de kennisgeving (datumKennisgevingInburgeringsplicht, regel B3).' }),
  SS128: e({ code: 'SS128', omschrijving: 'Persoon is inburgeringsplichtig, maar bereikt AOW-leeftijd binnen 6 maanden.', categorie: 'Nieuwe inburgeringsplichtige', fetch: [PLICHT, EXAMEN], extraFetch: [DOELGROEP], effect: 'open-case', signal: true, betekenis: 'Dossier openen met de aantekening dat de plicht binnen 6 maanden eindigt (AOW-leeftijd, regel A1); trajectkeuze daarop afstemmen.' }),
  SS139: e({ code: 'SS139', omschrijving: 'Persoon is inburgeringsplichtig en de termijn van 10 weken voor vaststellen leerroute is gestart.', categorie: 'Nieuwe inburgeringsplichtige', fetch: [PLICHT, EXAMEN], extraFetch: [DOELGROEP], effect: 'open-case', signal: true, betekenis: 'Dossier openen of (na uitstroom COA) overnemen; de 10 weken voor het PIP lopen nu (regel B3).' }),
  SS129: e({ code: 'SS129', omschrijving: 'Tijdelijke vrijstelling ingetrokken, nog geen leerroute bekend.', categorie: 'Nieuwe inburgeringsplichtige', fetch: [PLICHT, EXAMEN, VRIJ], extraFetch: [DOELGROEP], effect: 'resume-case', signal: true, betekenis: 'Plicht herleeft zonder leerroute: dossier heropenen, brede intake en PIP alsnog (regel B3).' }),
  SS120: e({ code: 'SS120', omschrijving: 'Inburgeringsplichte in gemeente gevestigd zonder PIP.', categorie: 'Wijziging van gemeente', fetch: [PLICHT, EXAMEN], extraFetch: [DOELGROEP], effect: 'case-moved-in', signal: true, betekenis: 'Verhuisd naar deze gemeente zonder PIP: dossier openen; PIP binnen 10 weken na inschrijving (regel B3).' }),
  SS121: e({ code: 'SS121', omschrijving: 'Inburgeringsplichte in gemeente gevestigd met PIP vorige gemeente', categorie: 'Wijziging van gemeente', fetch: [PLICHT, TERMIJN, EXAMEN], extraFetch: [DOELGROEP, PIPF], effect: 'case-moved-in', signal: true, betekenis: 'Verhuisd met PIP van de vorige gemeente: dossier openen, PIP van de vorige gemeente ophalen; nieuw PIP binnen 10 weken met dezelfde leerroute (W15.4); dossier opvragen (regel E3).' }),
  SS124: e({ code: 'SS124', omschrijving: 'Doelgroep van asielstatushouder naar gezinsmigrant en overige migrant gewijzigd', categorie: 'Wijziging doelgroep', fetch: [PLICHT], extraFetch: [DOELGROEP], effect: 'update-target-group', signal: true, betekenis: "Doelgroep wordt 'gezin-overig': asielverplichtingen van de gemeente (maatschappelijke begeleiding, inburgeringsaanbod, ontzorgen) vervallen; PIP herzien." }),
  SS125: e({ code: 'SS125', omschrijving: 'Doelgroep van gezinsmigrant en overige migrant naar asielstatushouder gewijzigd', categorie: 'Wijziging doelgroep', fetch: [PLICHT], extraFetch: [DOELGROEP], effect: 'update-target-group', signal: true, betekenis: "Doelgroep wordt 'asiel': maatschappelijke begeleiding, inburgeringsaanbod en (bij bijstand) ontzorgen starten; PIP herzien." }),
  SS109: e({ code: 'SS109', omschrijving: 'Tijdelijke vrijstelling toegekend', categorie: 'Intrekken inburgeringsplicht', fetch: [PLICHT, VRIJ], effect: 'suspend-case', signal: true, betekenis: 'Plicht opgeschort: dossier op pauze; inspanningen en resultaten tot nu toe aanvullen voor het hervatten.' }),
  SS110: e({ code: 'SS110', omschrijving: 'Inburgeringsplicht ingetrokken', categorie: 'Intrekken inburgeringsplicht', fetch: [PLICHT], effect: 'close-case', signal: true, betekenis: 'Plicht vervallen (verblijfsrecht, naturalisatie, AOW, vertrek): dossier afsluiten met de reden uit redenGeenInburgeringsplicht; administratie aanvullen.' }),
  SS111: e({ code: 'SS111', omschrijving: 'Persoon is overleden', categorie: 'Intrekken inburgeringsplicht', fetch: [PLICHT], effect: 'close-case', signal: true, betekenis: 'Dossier direct afsluiten; lopende brieven, uitnodigingen en boetes stoppen.' }),
  SS106: e({ code: 'SS106', omschrijving: 'Diploma behaald', categorie: 'Inburgeringsplicht voldaan', fetch: [PLICHT], extraFetch: [EXAMEN], effect: 'duty-met', signal: false, betekenis: 'Inburgeringsplicht voldaan: traject afronden en dossier sluiten (regel B16).' }),
  SS107: e({ code: 'SS107', omschrijving: 'Gehele vrijstelling toegekend', categorie: 'Inburgeringsplicht voldaan', fetch: [PLICHT, VRIJ], effect: 'duty-met', signal: false, betekenis: 'Plicht vervalt door gehele vrijstelling: dossier sluiten.' }),
  SS108: e({ code: 'SS108', omschrijving: 'Gehele ontheffing toegekend', categorie: 'Inburgeringsplicht voldaan', fetch: [PLICHT], extraFetch: [ONTH], effect: 'duty-met', signal: false, betekenis: 'Plicht vervalt door gehele ontheffing: dossier sluiten; begeleiding eventueel vrijwillig voortzetten.' }),
  SS137: e({ code: 'SS137', omschrijving: 'Persoon is aangemeld voor de leerbaarheidstoets', categorie: 'Leerroute en termijn vastgesteld', fetch: ['getExamennummerByBsn'], effect: 'record-learnability-test', signal: false, betekenis: 'Aanmelding leerbaarheidstoets vastleggen (examennummer).' }),
  SS131: e({ code: 'SS131', omschrijving: 'Leerbaarheidstoets is afgenomen en resultaat is bekend', categorie: 'Leerroute en termijn vastgesteld', fetch: ['getLbtResultatenByBsn'], effect: 'record-learnability-test', signal: true, betekenis: 'Resultaat leerbaarheidstoets vastleggen als input voor de leerroute in het PIP.' }),
  SS102: e({ code: 'SS102', omschrijving: 'Inburgeringstermijn gestart', categorie: 'Leerroute en termijn vastgesteld', fetch: [TERMIJN], effect: 'start-term', signal: false, betekenis: 'Inburgeringstermijn vastleggen (start t/m einde, regel B5); termijnen voor routewissel (18 maanden), PVT en MAP gaan lopen.' }),
  SS199: e({ code: 'SS199', omschrijving: 'Uitslag examen bekend', categorie: 'Examenresultaten', fetch: [EXAMEN], effect: 'record-exam-results', signal: false, betekenis: 'Examenresultaten bijwerken (voortgang, afschalen naar A2, verlenging).' }),
  SS103: e({ code: 'SS103', omschrijving: 'Termijn ambtshalve verlengd', categorie: 'Termijn gewijzigd', fetch: [TERMIJN], effect: 'update-term', signal: true, betekenis: 'Einddatum inburgeringstermijn bijwerken; afspraken in het PIP zo nodig herzien.' }),
  SS104: e({ code: 'SS104', omschrijving: 'Termijn op verzoek verlengd', categorie: 'Termijn gewijzigd', fetch: [TERMIJN], effect: 'update-term', signal: true, betekenis: 'Einddatum inburgeringstermijn bijwerken (verlenging op verzoek).', zonderApi: ['Beoordeling aanvraag verlenging (SDI011)'] }),
  SS130: e({ code: 'SS130', omschrijving: 'Tijdelijke vrijstelling ingetrokken, PIP al bekend. Eerdere inburgeringsplicht wordt hervat, maar leerroute was al door huidige of eerdere gemeente voor de tijdelijke vrijstelling vastgesteld', categorie: 'Termijn gewijzigd', fetch: [PLICHT, TERMIJN, PIPF, EXAMEN, VRIJ], effect: 'resume-case', signal: true, betekenis: 'Plicht hervat met de eerder vastgestelde leerroute: dossier heropenen, termijn en PIP bijwerken.' }),
  SS113: e({ code: 'SS113', omschrijving: 'Verzoek verlenging afgewezen', categorie: 'Verzoeken inburgeraar', fetch: [], effect: 'signal-only', signal: true, betekenis: 'Signaal voor de consulent; de termijn blijft ongewijzigd.', zonderApi: ['Beoordeling aanvraag verlenging (SDI011)'] }),
  SS114: e({ code: 'SS114', omschrijving: 'Verzoek gehele vrijstelling afgewezen', categorie: 'Verzoeken inburgeraar', fetch: [VRIJ], effect: 'record-exemption-or-dispensation', signal: true, betekenis: 'De plicht blijft: traject voortzetten.' }),
  SS115: e({ code: 'SS115', omschrijving: 'Verzoek tijdelijke vrijstelling afgewezen', categorie: 'Verzoeken inburgeraar', fetch: [VRIJ], effect: 'record-exemption-or-dispensation', signal: true, betekenis: 'De plicht blijft: traject voortzetten.' }),
  SS116: e({ code: 'SS116', omschrijving: 'Verzoek gedeeltelijke vrijstelling afgewezen', categorie: 'Verzoeken inburgeraar', fetch: [VRIJ], effect: 'record-exemption-or-dispensation', signal: true, betekenis: 'Alle examenonderdelen blijven nodig.' }),
  SS117: e({ code: 'SS117', omschrijving: 'Verzoek gedeeltelijke vrijstelling toegekend', categorie: 'Verzoeken inburgeraar', fetch: [VRIJ, EXAMEN], effect: 'record-exemption-or-dispensation', signal: true, betekenis: 'Vrijgestelde examenonderdelen vastleggen; PIP en voortgang daarop aanpassen.' }),
  SS118: e({ code: 'SS118', omschrijving: 'Verzoek ontheffing afgewezen', categorie: 'Verzoeken inburgeraar', fetch: [ONTH], effect: 'record-exemption-or-dispensation', signal: true, betekenis: 'De plicht blijft: traject voortzetten.' }),
  SS119: e({ code: 'SS119', omschrijving: 'Verzoek gedeeltelijke ontheffing toegekend', categorie: 'Verzoeken inburgeraar', fetch: [ONTH, EXAMEN], effect: 'record-exemption-or-dispensation', signal: true, betekenis: 'Ontheven examenonderdelen (en belastbaarheid voor participatie) vastleggen; PIP aanpassen.' }),
} as const satisfies Record<string, DuoEventInfo>;

export type DuoEventCode = keyof typeof eventCatalogue;

export function isKnownEventCode(code: string): code is DuoEventCode {
  return Object.hasOwn(eventCatalogue, code);
}

export function eventInfo(code: string): DuoEventInfo | undefined {
  return isKnownEventCode(code) ? eventCatalogue[code] : undefined;
}

// ---- receiving ---------------------------------------------------------------------------------

export interface ReceivedNotification {
  /** Header `berichtId` — with `bron` the idempotency key of the notification. */
  readonly berichtId: string;
  readonly bron: Oin;
  readonly doel: Oin;
  readonly notificatie: Notificatie;
  /** undefined for codes not in the catalogue (still accepted: DUO may add events). */
  readonly event: DuoEventInfo | undefined;
}

export type NotificationParseResult =
  | { readonly ok: true; readonly notification: ReceivedNotification }
  | { readonly ok: false; readonly status: 400 | 403; readonly issues: readonly string[] };

export interface ParseNotificationOptions {
  readonly validator: DuoValidator;
  /** The gemeente's own OIN; `doel` must match. */
  readonly gemeenteOin: Oin;
  /** DUO's OIN(s); `bron` must match one. */
  readonly duoOin: Oin | readonly Oin[];
}

function header(headers: HeaderBag, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === lower) return typeof v === 'string' ? v : v?.[0];
  return undefined;
}

/** Whether a received notification passes the Notificatie spec (headers and body); the spec's problems go to `issues`. */
function isValidNotificatie(validator: DuoValidator, headers: HeaderBag, body: unknown, issues: string[]): body is Notificatie {
  const found = validator.validateRequest({ api: 'Notificatie', operationId: 'opvoerenNotificatie' }, { path: '/notificaties', headers, body });
  issues.push(...found.map((i) => i.text));
  return found.length === 0;
}

/**
 * Parse and validate an incoming `POST /notificaties` against the Notificatie spec
 * (headers bron/doel/berichtId and body), then check the OINs.
 * Answer 400/403 on failure; on success store it (idempotently, key {@link notificationKey}) and answer
 * {@link notificationAcceptedResponse} — only after it is stored.
 */
export function parseNotification(input: { readonly headers: HeaderBag; readonly body: unknown }, options: ParseNotificationOptions): NotificationParseResult {
  const issues: string[] = [];
  const body = input.body;
  if (!isValidNotificatie(options.validator, input.headers, body, issues)) return { ok: false, status: 400, issues };
  const bron = header(input.headers, 'bron') ?? '';
  const doel = header(input.headers, 'doel') ?? '';
  const berichtId = header(input.headers, 'berichtId') ?? '';
  const duoOins: readonly Oin[] = typeof options.duoOin === 'string' ? [options.duoOin] : options.duoOin;
  const problems: string[] = [];
  if (!duoOins.includes(bron)) problems.push(`bron ${bron} is niet het OIN van DUO`);
  if (doel !== options.gemeenteOin) problems.push(`doel ${doel} is niet het OIN van deze gemeente`);
  if (problems.length > 0) return { ok: false, status: 403, issues: problems };
  const notificatie = body;
  return { ok: true, notification: { berichtId, bron, doel, notificatie, event: eventInfo(notificatie.gebeurtenisId) } };
}

/** Idempotency key: DUO resends a notification with the same berichtId. */
export function notificationKey(n: Pick<ReceivedNotification, 'bron' | 'berichtId'>): string {
  return `${n.bron}:${n.berichtId.toLowerCase()}`;
}

export interface NotificationHttpResponse {
  /**
   * The spec's statuses, plus three HTTP answers the spec does not list for requests it cannot be
   * about: 404 (no such path), 405 (another method than POST), 415 (a body that is not JSON).
   */
  readonly status: 201 | 400 | 403 | 404 | 405 | 415 | 500 | 503;
  readonly headers: Readonly<Record<string, string>>;
  /** The 503 has a body in the spec (Foutmelding); 404, 405 and 415 use the same shape. */
  readonly body?: { fouttekst: string };
}

function apiVersionHeader(validator: DuoValidator): Record<string, string> {
  return { 'API-Version': validator.specs.api('Notificatie').version };
}

/** 201 — send only after the notification has been stored (a duplicate berichtId also gets 201). */
export function notificationAcceptedResponse(validator: DuoValidator): NotificationHttpResponse {
  return { status: 201, headers: apiVersionHeader(validator) };
}

/** 400/403 answer for a failed {@link parseNotification}. */
export function notificationRejectedResponse(validator: DuoValidator, result: Extract<NotificationParseResult, { ok: false }>): NotificationHttpResponse {
  return { status: result.status, headers: apiVersionHeader(validator) };
}

/** 503 when the notification could not be stored (DUO will retry). */
export function notificationUnavailableResponse(validator: DuoValidator, fouttekst = 'Notificatie kon tijdelijk niet worden opgeslagen'): NotificationHttpResponse {
  return { status: 503, headers: apiVersionHeader(validator), body: { fouttekst: fouttekst.slice(0, 200) } };
}

/**
 * 404, 405 or 415: answers outside the Notificatie spec (it defines no such status), with the spec's
 * own error shape (`Foutmelding`, fouttekst ≤ 200 characters) so DUO's side can log the reason.
 */
export function notificationHttpErrorResponse(validator: DuoValidator, status: 404 | 405 | 415, fouttekst: string, extraHeaders: Readonly<Record<string, string>> = {}): NotificationHttpResponse {
  return { status, headers: { ...apiVersionHeader(validator), ...extraHeaders }, body: { fouttekst: fouttekst.slice(0, 200) } };
}

// ---- what to fetch ------------------------------------------------------------------------------

export interface FetchStep {
  readonly api: DuoApiName;
  readonly operation: FetchOperationId;
  readonly params: { readonly bsn: string };
}

export interface FetchPlan {
  readonly event: DuoEventInfo | undefined;
  readonly fetches: readonly FetchStep[];
  /** Why nothing (or less) can be fetched, for the work queue. */
  readonly note?: string;
}

/** Given a notification, what to fetch from DUO: `{ api, operation, params }` per resource. */
export function planFetches(notificatie: Notificatie, options: { readonly includeExtra?: boolean } = {}): FetchPlan {
  const event = eventInfo(notificatie.gebeurtenisId);
  if (!event) return { event, fetches: [], note: `onbekende gebeurtenis ${notificatie.gebeurtenisId}: handmatig beoordelen` };
  if (notificatie.bsn === undefined) return { event, fetches: [], note: 'notificatie zonder BSN (alleen vNummer): persoon handmatig koppelen' };
  const ops: FetchOperationId[] = [...event.fetch, ...((options.includeExtra ?? true) ? (event.extraFetch ?? []) : [])];
  const bsn = notificatie.bsn;
  return {
    event,
    fetches: [...new Set(ops)].map((operation) => ({ api: duoOperations[operation].api, operation, params: { bsn } })),
    ...(event.zonderApi ? { note: `geen M2M-API voor: ${event.zonderApi.join(', ')}` } : {}),
  };
}

/** Execute one fetch step with a {@link DuoClient}. */
export function executeFetch(client: DuoClient, step: FetchStep, berichtId?: string): Promise<DuoResult<unknown>> {
  const q = { bsn: step.params.bsn, ...(berichtId !== undefined ? { berichtId } : {}) };
  switch (step.operation) {
    case 'getInburgeringsplichtByBsn':
      return client.getInburgeringsplicht(q);
    case 'getDoelgroepByBsn':
      return client.getDoelgroep(q);
    case 'getExamennummerByBsn':
      return client.getLeerbaarheidstoetsExamennummer(q);
    case 'getLbtResultatenByBsn':
      return client.getLeerbaarheidstoetsResultaten(q);
    case 'getInburgeringstermijnByBsn':
      return client.getInburgeringstermijn(q);
    case 'getVrijstellingenByBsn':
      return client.getVrijstellingen(q);
    case 'getOntheffingenByBsn':
      return client.getOntheffingen(q);
    case 'getPipByBsn':
      return client.getPip(q);
    case 'getExamenresultatenByBsn':
      return client.getExamenresultaten(q);
  }
}
