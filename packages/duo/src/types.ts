/**
 * Request/response body types of DUO's M2M APIs, written by hand from the OpenAPI files in
 * `shared/duo-m2m/API/*\/openapi.yml`. Names are exactly DUO's (Dutch) names; the contract
 * tests validate real traffic against the specs, so drift shows up as a failing test.
 * Dates are ISO `YYYY-MM-DD` strings (`format: date`).
 */

export type IsoDate = string;
export type IsoDateTime = string;
/** Burgerservicenummer, 9 digits. */
export type Bsn = string;
/** Organisatie-identificatienummer (Logius), 20 digits. */
export type Oin = string;

/** `Foutmelding` — functional error in a 403 body (as an array). */
export interface Foutmelding {
  fouttekst: string;
}

// ---- Notificatie API -------------------------------------------------------------------
export interface Notificatie {
  registratieDatumTijd: IsoDateTime;
  bsn?: Bsn;
  vNummer?: number;
  gebeurtenisId: string;
}

// ---- Inburgeringsplicht API ----------------------------------------------------------------
export type RedenGeenInburgeringsplicht =
  | 'Volledige ontheffing'
  | 'Volledige vrijstelling'
  | 'Inburgeringsplicht voldaan'
  | 'Verblijfsdoel gewijzigd'
  | 'Vertrek uit Nederland langer dan een jaar'
  | 'Overlijden'
  | 'Overig'
  | 'Tijdelijke vrijstelling';
export interface Inburgeringsplicht {
  indicatorInburgeringsplicht: boolean;
  begindatum?: IsoDate;
  einddatum?: IsoDate;
  wijzigingsdatum?: IsoDate;
  datumKennisgevingInburgeringsplicht?: IsoDate;
  redenGeenInburgeringsplicht?: RedenGeenInburgeringsplicht;
}
export interface Inburgeringsplichthistorie {
  indicatorInburgeringsplicht: boolean;
  begindatum?: IsoDate;
  einddatum?: IsoDate;
  wijzigingsdatum?: IsoDate;
}
export type Doelgroepindeling = 'Asielstatushouder' | 'Gezinsmigrant en overige migrant';
export type GedetailleerdeDoelgroep =
  | 'Asielstatushouder'
  | 'Geestelijk bedienaar'
  | 'Gezinshereniger'
  | 'Gezinshereniger met Asielstatushouder'
  | 'Gezinsvormer'
  | 'Gezinsvormer met Asielstatushouder'
  | 'Overig';
export type AsielrechtenWijzigingVerblijfsdoel =
  | 'Asielrechten toegekend'
  | 'Behoud asielrechten'
  | 'Op verzoek behoud rechten van gezins- en overige migrant'
  | 'Op verzoek rechten van gezins- en overige migrant toegekend';
export interface Doelgroep {
  indeling?: Doelgroepindeling;
  begindatum?: IsoDate;
  gedetailleerdeDoelgroep?: GedetailleerdeDoelgroep;
  asielrechtenWijzigingVerblijfsdoel?: AsielrechtenWijzigingVerblijfsdoel;
}
export interface Doelgroephistorie {
  indeling?: Doelgroepindeling;
  begindatum?: IsoDate;
  einddatum?: IsoDate;
}

// ---- Leerbaarheidstoets API ------------------------------------------------------------------
export interface Examennummer {
  examennummer: string;
}
export type LeerbaarheidstoetsResultaat = 'B1-route haalbaar' | 'B1-route niet haalbaar' | 'Onbekend';
export interface LeerbaarheidstoetsResultaatRegel {
  resultaat: LeerbaarheidstoetsResultaat;
  /** Decimal with a comma, e.g. `"12,50"`. */
  behaaldeScore: string;
  benodigdeScore: string;
  datumAfname: IsoDate;
}

// ---- Inburgeringstermijn API -----------------------------------------------------------------
export interface Inburgeringstermijn {
  startdatum: IsoDate;
  einddatum: IsoDate;
  wijzigingsdatum?: IsoDate;
  verlengingsgrondcode?: string;
  verlengingsgrondomschrijving?: string;
}
export interface Inburgeringstermijnhistorie {
  einddatum?: IsoDate;
  wijzigingsdatum?: IsoDate;
  verlengingsgrondcode?: string;
  verlengingsgrondomschrijving?: string;
}
export interface Verlengingsgrond {
  code: string;
  omschrijving: string;
}

// ---- Vrijstelling / Ontheffing API -------------------------------------------------------------
export type AanvraagOordeel = 'Toekenning' | 'Afwijzing';
export type RedenVrijstellingInburgeringsplicht = 'AVI' | 'DIP' | 'DOC' | 'GED' | 'INB' | 'INS' | 'OPL';
export type ExamenonderdeelNederlands = 'LE' | 'LU' | 'SC' | 'SP';
export interface GeheleVrijstelling {
  oordeel: AanvraagOordeel;
  reden: RedenVrijstellingInburgeringsplicht;
  datumOordeel?: IsoDate;
}
export interface TijdelijkeVrijstelling {
  oordeel: AanvraagOordeel;
  reden: RedenVrijstellingInburgeringsplicht;
  datumOordeel?: IsoDate;
  startdatum?: IsoDate;
  einddatum?: IsoDate;
}
export interface GedeeltelijkeVrijstelling {
  reden: RedenVrijstellingInburgeringsplicht;
  oordeel: AanvraagOordeel;
  datumOordeel?: IsoDate;
  examenonderdeel?: ExamenonderdeelNederlands;
  examenniveau?: 'A2' | 'B1';
}
export interface Vrijstelling {
  GeheleVrijstelling?: GeheleVrijstelling;
  TijdelijkeVrijstelling?: TijdelijkeVrijstelling;
  GedeeltelijkeVrijstelling?: GedeeltelijkeVrijstelling;
}
export type OntheffingsgrondInburgering = 'BIO' | 'MED';
export type Examenonderdeel = 'KNM' | 'LE' | 'LU' | 'SC' | 'SP';
export interface GeheleOntheffing {
  oordeel: AanvraagOordeel;
  datumOordeel: IsoDate;
  grond: OntheffingsgrondInburgering;
}
export interface GedeeltelijkeOntheffing {
  oordeel: AanvraagOordeel;
  datumOordeel: IsoDate;
  grond: OntheffingsgrondInburgering;
  examenonderdeel?: Examenonderdeel;
  urenBelastbaarheidParticipatieactiviteit?: number;
}
export interface Ontheffing {
  GeheleOntheffing?: GeheleOntheffing;
  GedeeltelijkeOntheffing?: GedeeltelijkeOntheffing;
}

// ---- PIP API ----------------------------------------------------------------------------------
/** B = B1-route, O = onderwijsroute, Z = zelfredzaamheidsroute. */
export type Leerroute = 'B' | 'O' | 'Z';
export type NiveauPip = 'A2' | 'B1';
export type Alfabetiseringsonderwijs = 'A' | 'AA' | 'NVT';
export interface PIP {
  dagtekeningPip: IsoDate;
  leerroute: Leerroute;
  niveau?: NiveauPip;
  geschatteIntensiteitB1Route?: number;
  indicatorMagOpleidingAfmaken?: boolean;
  indicatorAlfabetiseringsonderwijs?: Alfabetiseringsonderwijs;
}
/** Response of GET PIP: the PIP with the gemeente that owns it. */
export interface PipGemeente {
  gemeentecode: string;
  pip: PIP;
}

// ---- Contactpersoon API -----------------------------------------------------------------------
export interface Contactpersoongegevens {
  naam: string;
  email: string;
  telefoonnummer: string;
}
export interface Contactpersoon {
  id?: number;
  contactpersoongegevens: Contactpersoongegevens;
}

// ---- Inburgeringsaanbod API -------------------------------------------------------------------
export interface Inburgeringsaanbod {
  datumInburgeringsaanbod?: IsoDate;
  verwachteStartdatumOpleiding?: IsoDate;
  verwachteEinddatumOpleiding?: IsoDate;
  indicatorAlfabetiseringsonderwijs: Alfabetiseringsonderwijs;
}
export interface Instelling {
  instellingsnummer: string;
  naam: string;
  postcode: string;
  huisnummer: number;
  huisnummertoevoeging?: string;
  plaatsnaam: string;
  bow?: string;
  brin?: string;
  indicatieBowKeurmerk?: boolean;
  indicatieTstKeurmerk?: boolean;
}

// ---- MAP, PVT, Z-route API --------------------------------------------------------------------
export type InburgeringJaNee = 'Ja' | 'Nee';
export interface ResultaatMap {
  datumEindgesprekMap?: IsoDate;
  verwijtbaar?: InburgeringJaNee;
}
export interface ResultaatPvt {
  datumOndertekeningPvt?: IsoDate;
  verwijtbaar?: InburgeringJaNee;
}
export interface ResultaatZroute {
  datumAfrondingZroute?: IsoDate;
}
export interface DatumMap {
  datumEindgesprekMap: IsoDate;
}
export interface DatumPvt {
  datumOndertekeningPvt: IsoDate;
}

// ---- Gevolgde uren API ------------------------------------------------------------------------
export interface Uren {
  uren: number;
}
export interface GevolgdeUrenGemeente {
  gemeentecode?: string;
  bekendTot?: IsoDate;
  ParticipatieAlsTaalles?: Uren;
  ParticipatieactiviteitenBredeIntake?: Uren;
  TaallesEnKnmBredeIntake?: Uren;
}

// ---- Examen API -------------------------------------------------------------------------------
export type ExamenresultaatWI2021 = 'Geslaagd' | 'Gezakt' | 'Geen';
export type RedenGeenResultaatInburgeringsexamen = 'Verwijtbaar' | 'Nietverwijtbaar' | 'Afgemeld' | 'Absent';
export type ExamenniveauWI2021 = 'A2' | 'B1' | 'B2';
export interface Examenresultaat {
  examendatum: IsoDate;
  resultaat: ExamenresultaatWI2021;
  redenGeenResultaat?: RedenGeenResultaatInburgeringsexamen;
  onderdeel: Examenonderdeel;
  niveau?: ExamenniveauWI2021;
}
export interface GratisPogingTegoed {
  onderdeel: Examenonderdeel;
  gratisPogingenTegoed: number;
}
