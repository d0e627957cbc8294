/** In-memory state of the DUO simulator. */
import type {
  Contactpersoongegevens,
  Doelgroep,
  Doelgroephistorie,
  Examenresultaat,
  GratisPogingTegoed,
  Inburgeringsaanbod,
  Inburgeringsplicht,
  Inburgeringsplichthistorie,
  Inburgeringstermijn,
  Inburgeringstermijnhistorie,
  InburgeringJaNee,
  Instelling,
  IsoDate,
  LeerbaarheidstoetsResultaatRegel,
  Notificatie,
  Oin,
  Ontheffing,
  PIP,
  Verlengingsgrond,
  Vrijstelling,
} from '../types.ts';

export interface SimGemeente {
  readonly oin: Oin;
  /** 4-digit CBS gemeentecode. */
  readonly gemeentecode: string;
  readonly naam?: string;
  /** Where the simulator POSTs notifications (the gemeente's Notificatie API, incl. `/notificaties`). */
  notificationUrl?: string;
}

export interface SimPipRecord {
  readonly gemeenteOin: Oin;
  readonly gemeentecode: string;
  readonly pip: PIP;
  readonly registratiedatum: IsoDate;
}

export interface SimResultaat {
  readonly gemeenteOin: Oin;
  readonly datum?: IsoDate;
  readonly verwijtbaar?: InburgeringJaNee;
}

export interface SimUren {
  taallesEnKnm?: number;
  participatieactiviteiten?: number;
  participatieAlsTaalles?: number;
}

export interface SimPerson {
  readonly bsn: string;
  vNummer?: number;
  /** OIN of the gemeente the person belongs to (ingezetene or COA koppeling). */
  gemeenteOin: Oin;
  /** Date the person settled in that gemeente (PIP dagtekening may not be before it). */
  vestigingsdatum?: IsoDate;
  inburgeringsplicht: Inburgeringsplicht;
  inburgeringsplichtHistorie: Inburgeringsplichthistorie[];
  doelgroep: Doelgroep;
  doelgroepHistorie: Doelgroephistorie[];
  lbtExamennummer?: string;
  lbtResultaten: LeerbaarheidstoetsResultaatRegel[];
  termijn?: Inburgeringstermijn;
  termijnHistorie: Inburgeringstermijnhistorie[];
  vrijstellingen: Vrijstelling[];
  ontheffingen: Ontheffing[];
  examenresultaten: Examenresultaat[];
  gratisPogingen: GratisPogingTegoed[];
  /** PIP history, oldest first; the last one is the current PIP. */
  pips: SimPipRecord[];
  /** Number of PIPs ever registered for this person (any gemeente) — for the A2 first-PIP rule. */
  pipCount: number;
  /** Inburgeringsaanbod per instellingsnummer. */
  aanbod: Map<string, Inburgeringsaanbod & { gemeenteOin: Oin }>;
  /** Cursusdeelname-uren registered (by institutions) for the current aanbod — blocks PIP withdrawal. */
  cursusuren: number;
  map?: SimResultaat;
  pvt?: SimResultaat;
  datumAfrondingZroute?: IsoDate;
  /** The duty has been met via the Z-route (DUO decision). */
  voldaanViaZroute: boolean;
  /** Gevolgde uren per gemeente OIN. */
  uren: Map<Oin, SimUren>;
}

export interface SimContactpersoon {
  readonly id: number;
  readonly gemeenteOin: Oin;
  gegevens: Contactpersoongegevens;
}

export interface StoredResponse {
  readonly fingerprint: string;
  readonly status: number;
  readonly body: unknown;
}

export interface NotificationDelivery {
  readonly berichtId: string;
  readonly gemeenteOin: Oin;
  /** Endpoint of the last attempt (the gemeente's current notificationUrl). */
  url: string;
  readonly body: Notificatie;
  attempts: number;
  delivered: boolean;
  lastStatus?: number;
  lastError?: string;
}

export interface RequestLogEntry {
  readonly at: string;
  readonly method: string;
  readonly url: string;
  readonly operationId?: string;
  readonly berichtId?: string;
  readonly bron?: string;
  status: number;
  readonly replayed?: boolean;
  issues?: string[];
}

export interface SimState {
  readonly persons: Map<string, SimPerson>;
  readonly contactpersonen: Map<number, SimContactpersoon>;
  /** `${gemeenteOin}|${bsn}` → contactpersoon id. */
  readonly contactKoppelingen: Map<string, number>;
  nextContactpersoonId: number;
  readonly instellingen: Instelling[];
  readonly verlengingsgronden: Verlengingsgrond[];
  /** `${bron}|${berichtId}` → the answer given (idempotency on BerichtId). */
  readonly berichten: Map<string, StoredResponse>;
  readonly notifications: NotificationDelivery[];
  readonly requestLog: RequestLogEntry[];
  /** Responses of the simulator that did not match the spec (should stay empty). */
  readonly contractViolations: string[];
}

export function createState(): SimState {
  return {
    persons: new Map(),
    contactpersonen: new Map(),
    contactKoppelingen: new Map(),
    nextContactpersoonId: 1,
    instellingen: defaultInstellingen.map((i) => ({ ...i })),
    verlengingsgronden: defaultVerlengingsgronden.map((v) => ({ ...v })),
    berichten: new Map(),
    notifications: [],
    requestLog: [],
    contractViolations: [],
  };
}

export function currentPip(p: SimPerson): SimPipRecord | undefined {
  return p.pips[p.pips.length - 1];
}

/** Fictitious institutions (the real list comes from DUO's GET /instellingen). */
export const defaultInstellingen: readonly Instelling[] = [
  { instellingsnummer: '1000000001', naam: 'Taalcentrum Voorbeeldstad (BoW)', postcode: '1234AB', huisnummer: 1, plaatsnaam: 'Voorbeeldstad', bow: '4711', indicatieBowKeurmerk: true, indicatieTstKeurmerk: false },
  { instellingsnummer: '1000000002', naam: 'ROC Voorbeeld taalschakeltraject (TST)', postcode: '1234AC', huisnummer: 20, plaatsnaam: 'Voorbeeldstad', brin: '12AB', indicatieBowKeurmerk: false, indicatieTstKeurmerk: true },
  { instellingsnummer: '1000000003', naam: 'Cursusbureau Zonder Keurmerk', postcode: '1234AD', huisnummer: 3, huisnummertoevoeging: 'A', plaatsnaam: 'Voorbeeldstad', indicatieBowKeurmerk: false, indicatieTstKeurmerk: false },
];

/** Fictitious verlengingsgronden (simulator only). */
export const defaultVerlengingsgronden: readonly Verlengingsgrond[] = [
  { code: 'NVW', omschrijving: 'Niet verwijtbaar niet tijdig voldaan' },
  { code: 'AANZ', omschrijving: 'Aanzienlijke inspanningen geleverd' },
  { code: 'TVR', omschrijving: 'Intrekking tijdelijke vrijstelling' },
];
