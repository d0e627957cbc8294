/**
 * The BRP API Personen (2.7.0) data in the specification's own (Dutch) names. Every property is
 * optional, as in the spec: the BRP returns only what was asked for in `fields` and exists.
 * The contract tests check that the stand-in's persons, typed with these types, are spec-valid.
 */

export type Burgerservicenummer = string;
/** `YYYY-MM-DD`. */
export type IsoDate = string;

/** A value from a national table (Landelijke tabel): code and description. */
export interface Waardetabel {
  code?: string;
  omschrijving?: string;
}

interface DatumBasis {
  /** Dutch long form, e.g. `12 maart 1994`, `maart 1994`, `1994`, `onbekend`. */
  langFormaat: string;
}
export interface VolledigeDatum extends DatumBasis {
  type: 'Datum';
  datum: IsoDate;
}
export interface DatumOnbekend extends DatumBasis {
  type: 'DatumOnbekend';
  onbekend: boolean;
}
export interface JaarDatum extends DatumBasis {
  type: 'JaarDatum';
  jaar: number;
}
export interface JaarMaandDatum extends DatumBasis {
  type: 'JaarMaandDatum';
  jaar: number;
  maand: number;
}
/** A date of the BRP: complete, or with unknown parts ("00-00-1994" in the BRP itself). */
export type AbstractDatum = VolledigeDatum | DatumOnbekend | JaarDatum | JaarMaandDatum;

export interface InOnderzoek {
  datumIngangOnderzoek?: AbstractDatum;
}

export interface AdellijkeTitelPredicaatType extends Waardetabel {
  soort?: 'titel' | 'predicaat';
}

export interface NaamBasis {
  voornamen?: string;
  adellijkeTitelPredicaat?: AdellijkeTitelPredicaatType;
  voorvoegsel?: string;
  geslachtsnaam?: string;
  voorletters?: string;
}

export interface NaamInOnderzoek extends InOnderzoek {
  voornamen?: boolean;
  adellijkeTitelPredicaat?: boolean;
  voorvoegsel?: boolean;
  geslachtsnaam?: boolean;
  voorletters?: boolean;
}

export interface NaamPersoon extends NaamBasis {
  volledigeNaam?: string;
  aanduidingNaamgebruik?: Waardetabel;
  inOnderzoek?: NaamInOnderzoek & { aanduidingNaamgebruik?: boolean; volledigeNaam?: boolean };
}

export interface NaamPersoonBeperkt extends NaamBasis {
  volledigeNaam?: string;
  inOnderzoek?: NaamInOnderzoek & { volledigeNaam?: boolean };
}

export interface NaamGerelateerde extends NaamBasis {
  inOnderzoek?: NaamInOnderzoek;
}

export interface Geboorte {
  datum?: AbstractDatum;
  land?: Waardetabel;
  plaats?: Waardetabel;
  inOnderzoek?: InOnderzoek & { datum?: boolean; land?: boolean; plaats?: boolean };
}

export interface GeboorteBeperkt {
  datum?: AbstractDatum;
  inOnderzoek?: InOnderzoek & { datum?: boolean };
}

interface NationaliteitBasis {
  redenOpname?: Waardetabel;
  datumIngangGeldigheid?: AbstractDatum;
  inOnderzoek?: InOnderzoek & { type?: boolean; redenOpname?: boolean; nationaliteit?: boolean };
}
export interface NationaliteitBekend extends NationaliteitBasis {
  type: 'Nationaliteit';
  /** From Landelijke tabel 32 (Nationaliteitentabel). */
  nationaliteit?: Waardetabel;
}
export interface BehandeldAlsNederlander extends NationaliteitBasis {
  type: 'BehandeldAlsNederlander';
}
export interface VastgesteldNietNederlander extends NationaliteitBasis {
  type: 'VastgesteldNietNederlander';
}
export interface Staatloos extends NationaliteitBasis {
  type: 'Staatloos';
}
export interface NationaliteitOnbekend extends NationaliteitBasis {
  type: 'NationaliteitOnbekend';
}
export type AbstractNationaliteit =
  NationaliteitBekend | BehandeldAlsNederlander | VastgesteldNietNederlander | Staatloos | NationaliteitOnbekend;

export interface Overlijden {
  datum?: AbstractDatum;
  land?: Waardetabel;
  plaats?: Waardetabel;
  inOnderzoek?: InOnderzoek & { datum?: boolean; land?: boolean; plaats?: boolean };
}

export interface OpschortingBijhouding {
  /** Landelijke tabel: `O` overlijden, `E` emigratie, `M` ministerieel besluit, `R` pl is aangelegd in de rni, `F` fout, `.` onbekend. */
  reden?: Waardetabel;
  datum?: AbstractDatum;
}

export interface VerblijfadresBinnenland {
  officieleStraatnaam?: string;
  korteStraatnaam?: string;
  huisnummer?: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  /** `to` (tegenover) or `by` (bij). */
  aanduidingBijHuisnummer?: Waardetabel;
  postcode?: string;
  woonplaats?: string;
  inOnderzoek?: InOnderzoek &
    Partial<
      Record<
        | 'aanduidingBijHuisnummer'
        | 'huisletter'
        | 'huisnummer'
        | 'huisnummertoevoeging'
        | 'officieleStraatnaam'
        | 'postcode'
        | 'korteStraatnaam'
        | 'woonplaats',
        boolean
      >
    >;
}

export interface VerblijfadresBuitenland {
  regel1?: string;
  regel2?: string;
  regel3?: string;
  land?: Waardetabel;
  inOnderzoek?: InOnderzoek & Partial<Record<'regel1' | 'regel2' | 'regel3' | 'land', boolean>>;
}

export interface VerblijfadresLocatie {
  locatiebeschrijving?: string;
  inOnderzoek?: InOnderzoek & { locatiebeschrijving?: boolean };
}

type VerblijfplaatsInOnderzoek = InOnderzoek &
  Partial<
    Record<
      'type' | 'datumVan' | 'datumIngangGeldigheid' | 'nummeraanduidingIdentificatie' | 'adresseerbaarObjectIdentificatie' | 'functieAdres',
      boolean
    >
  >;

interface VerblijfplaatsBasis {
  /** @deprecated in the spec. */
  datumIngangGeldigheid?: AbstractDatum;
  datumVan?: AbstractDatum;
  inOnderzoek?: VerblijfplaatsInOnderzoek;
}
export interface Adres extends VerblijfplaatsBasis {
  type: 'Adres';
  verblijfadres?: VerblijfadresBinnenland;
  functieAdres?: Waardetabel;
  adresseerbaarObjectIdentificatie?: string;
  nummeraanduidingIdentificatie?: string;
  indicatieVastgesteldVerblijftNietOpAdres?: boolean;
}
export interface Locatie extends VerblijfplaatsBasis {
  type: 'Locatie';
  verblijfadres?: VerblijfadresLocatie;
  functieAdres?: Waardetabel;
  indicatieVastgesteldVerblijftNietOpAdres?: boolean;
}
export interface VerblijfplaatsBuitenland extends VerblijfplaatsBasis {
  type: 'VerblijfplaatsBuitenland';
  verblijfadres?: VerblijfadresBuitenland;
}
export interface VerblijfplaatsOnbekend extends VerblijfplaatsBasis {
  type: 'VerblijfplaatsOnbekend';
}
export type AbstractVerblijfplaats = Adres | Locatie | VerblijfplaatsBuitenland | VerblijfplaatsOnbekend;

export interface Immigratie {
  landVanwaarIngeschreven?: Waardetabel;
  datumVestigingInNederland?: AbstractDatum;
  vanuitVerblijfplaatsOnbekend?: boolean;
  indicatieVestigingVanuitBuitenland?: boolean;
  inOnderzoek?: InOnderzoek &
    Partial<
      Record<
        'datumVestigingInNederland' | 'landVanwaarIngeschreven' | 'vanuitVerblijfplaatsOnbekend' | 'indicatieVestigingVanuitBuitenland',
        boolean
      >
    >;
}

export interface AdresseringBasis {
  adresregel1?: string;
  adresregel2?: string;
  adresregel3?: string;
  land?: Waardetabel;
  indicatieVastgesteldVerblijftNietOpAdres?: boolean;
}
export interface Adressering extends AdresseringBasis {
  aanhef?: string;
  aanschrijfwijze?: { naam?: string; aanspreekvorm?: string };
  gebruikInLopendeTekst?: string;
  inOnderzoek?: Partial<
    Record<'aanhef' | 'adresregel1' | 'adresregel2' | 'adresregel3' | 'land' | 'aanschrijfwijze' | 'gebruikInLopendeTekst', boolean>
  > &
    Partial<Record<'datumIngangOnderzoekPersoon' | 'datumIngangOnderzoekPartner' | 'datumIngangOnderzoekVerblijfplaats', AbstractDatum>>;
}
export interface AdresseringBeperkt extends AdresseringBasis {
  inOnderzoek?: Partial<Record<'adresregel1' | 'adresregel2' | 'adresregel3' | 'land', boolean>> & {
    datumIngangOnderzoekVerblijfplaats?: AbstractDatum;
  };
}

export interface Verblijfstitel {
  aanduiding?: Waardetabel;
  datumEinde?: AbstractDatum;
  datumIngang?: AbstractDatum;
  inOnderzoek?: InOnderzoek & { aanduiding?: boolean; datumEinde?: boolean; datumIngang?: boolean };
}

export interface RniDeelnemer {
  deelnemer?: Waardetabel;
  omschrijvingVerdrag?: string;
  categorie?: string;
}

export interface Verificatie {
  datum?: AbstractDatum;
  omschrijving?: string;
}

export interface Kind {
  burgerservicenummer?: Burgerservicenummer;
  naam?: NaamGerelateerde;
  geboorte?: Geboorte;
  inOnderzoek?: InOnderzoek & { burgerservicenummer?: boolean };
}

export interface Ouder {
  burgerservicenummer?: Burgerservicenummer;
  geslacht?: Waardetabel;
  ouderAanduiding?: '1' | '2';
  datumIngangFamilierechtelijkeBetrekking?: AbstractDatum;
  naam?: NaamGerelateerde;
  geboorte?: Geboorte;
  inOnderzoek?: InOnderzoek & { burgerservicenummer?: boolean; datumIngangFamilierechtelijkeBetrekking?: boolean; geslacht?: boolean };
}

export interface Partner {
  burgerservicenummer?: Burgerservicenummer;
  geslacht?: Waardetabel;
  soortVerbintenis?: Waardetabel;
  naam?: NaamGerelateerde;
  geboorte?: Geboorte;
  aangaanHuwelijkPartnerschap?: {
    datum?: AbstractDatum;
    land?: Waardetabel;
    plaats?: Waardetabel;
    inOnderzoek?: InOnderzoek & { datum?: boolean; land?: boolean; plaats?: boolean };
  };
  ontbindingHuwelijkPartnerschap?: { datum?: AbstractDatum; inOnderzoek?: InOnderzoek & { datum?: boolean } };
  inOnderzoek?: InOnderzoek & { burgerservicenummer?: boolean; geslacht?: boolean; soortVerbintenis?: boolean };
}

export interface NaamVolledigeNaam {
  volledigeNaam?: string;
}
export interface GezagOuder {
  burgerservicenummer?: Burgerservicenummer;
  naam: NaamVolledigeNaam;
}
export interface Minderjarige {
  burgerservicenummer: Burgerservicenummer;
  naam?: NaamVolledigeNaam;
  leeftijd?: number;
}
export type Derde =
  { type: 'BekendeDerde'; burgerservicenummer?: Burgerservicenummer; naam?: NaamVolledigeNaam } | { type: 'OnbekendeDerde' };
interface GezagsrelatieBasis {
  minderjarige: Minderjarige;
  inOnderzoek?: boolean;
}
export type Gezagsrelatie =
  | (GezagsrelatieBasis & { type: 'GezamenlijkOuderlijkGezag'; ouders?: GezagOuder[] })
  | (GezagsrelatieBasis & { type: 'EenhoofdigOuderlijkGezag'; ouder?: GezagOuder })
  | (GezagsrelatieBasis & { type: 'GezamenlijkGezag'; ouder?: GezagOuder; derde?: Derde })
  | (GezagsrelatieBasis & { type: 'Voogdij'; derden?: Array<Extract<Derde, { type: 'BekendeDerde' }>> })
  | (GezagsrelatieBasis & { type: 'TijdelijkGeenGezag'; toelichting: string })
  | (GezagsrelatieBasis & { type: 'GezagNietTeBepalen'; toelichting: string });

export interface PersoonInOnderzoek {
  datumIngangOnderzoekPersoon?: AbstractDatum;
  datumIngangOnderzoekGemeente?: AbstractDatum;
  datumIngangOnderzoekGezag?: AbstractDatum;
  burgerservicenummer?: boolean;
  geslacht?: boolean;
  leeftijd?: boolean;
  gemeenteVanInschrijving?: boolean;
  datumInschrijvingInGemeente?: boolean;
  indicatieCurateleRegister?: boolean;
  /** @deprecated in the spec. */
  indicatieGezagMinderjarige?: boolean;
}

/** The full person of a `RaadpleegMetBurgerservicenummer`. */
export interface Persoon {
  aNummer?: string;
  burgerservicenummer?: Burgerservicenummer;
  datumEersteInschrijvingGBA?: AbstractDatum;
  /** Automatically provided: the person asked that data is not given to third parties. */
  geheimhoudingPersoonsgegevens?: boolean;
  geslacht?: Waardetabel;
  inOnderzoek?: PersoonInOnderzoek;
  uitsluitingKiesrecht?: { uitgeslotenVanKiesrecht?: boolean; einddatum?: AbstractDatum };
  europeesKiesrecht?: { aanduiding?: Waardetabel; einddatumUitsluiting?: AbstractDatum };
  leeftijd?: number;
  naam?: NaamPersoon;
  nationaliteiten?: AbstractNationaliteit[];
  geboorte?: Geboorte;
  /** Automatically provided: the BRP stopped keeping the record (death, emigration, …). */
  opschortingBijhouding?: OpschortingBijhouding;
  overlijden?: Overlijden;
  verblijfplaats?: AbstractVerblijfplaats;
  immigratie?: Immigratie;
  /** From Landelijke tabel 33 (Gemeententabel): code (four digits) and name. */
  gemeenteVanInschrijving?: Waardetabel;
  datumInschrijvingInGemeente?: AbstractDatum;
  adressering?: Adressering;
  indicatieCurateleRegister?: boolean;
  /** @deprecated in the spec. */
  indicatieGezagMinderjarige?: Waardetabel;
  gezag?: Gezagsrelatie[];
  verblijfstitel?: Verblijfstitel;
  kinderen?: Kind[];
  ouders?: Ouder[];
  partners?: Partner[];
  rni?: RniDeelnemer[];
  verificatie?: Verificatie;
}

/** The limited person of a search (`ZoekMet…`). */
export interface PersoonBeperkt {
  burgerservicenummer?: Burgerservicenummer;
  geboorte?: GeboorteBeperkt;
  geheimhoudingPersoonsgegevens?: boolean;
  geslacht?: Waardetabel;
  inOnderzoek?: { datumIngangOnderzoekPersoon?: AbstractDatum; burgerservicenummer?: boolean; geslacht?: boolean; leeftijd?: boolean };
  leeftijd?: number;
  naam?: NaamPersoonBeperkt;
  opschortingBijhouding?: OpschortingBijhouding;
  adressering?: AdresseringBeperkt;
  rni?: RniDeelnemer[];
  verificatie?: Verificatie;
}

// ---- queries (request bodies of POST /personen) ----

interface QueryBasis {
  fields: string[];
  /** Four digits (Gemeententabel code): only persons registered in this gemeente. */
  gemeenteVanInschrijving?: string;
}
export interface RaadpleegMetBurgerservicenummer extends QueryBasis {
  type: 'RaadpleegMetBurgerservicenummer';
  burgerservicenummer: Burgerservicenummer[];
}
export interface ZoekMetGeslachtsnaamEnGeboortedatum extends QueryBasis {
  type: 'ZoekMetGeslachtsnaamEnGeboortedatum';
  geslachtsnaam: string;
  geboortedatum: IsoDate;
  geslacht?: string;
  voorvoegsel?: string;
  voornamen?: string;
  inclusiefOverledenPersonen?: boolean;
}
/** The query types of the spec; Koers uses the first two. */
export const queryTypes = [
  'RaadpleegMetBurgerservicenummer',
  'ZoekMetGeslachtsnaamEnGeboortedatum',
  'ZoekMetNaamEnGemeenteVanInschrijving',
  'ZoekMetPostcodeEnHuisnummer',
  'ZoekMetStraatHuisnummerEnGemeenteVanInschrijving',
  'ZoekMetNummeraanduidingIdentificatie',
  'ZoekMetAdresseerbaarObjectIdentificatie',
] as const;
export type QueryType = (typeof queryTypes)[number];
export type PersonenQuery = RaadpleegMetBurgerservicenummer | ZoekMetGeslachtsnaamEnGeboortedatum;

export interface RaadpleegMetBurgerservicenummerResponse {
  type: 'RaadpleegMetBurgerservicenummer';
  personen?: Persoon[];
}
export interface ZoekMetGeslachtsnaamEnGeboortedatumResponse {
  type: 'ZoekMetGeslachtsnaamEnGeboortedatum';
  personen?: PersoonBeperkt[];
}

/** Error body (RFC 7807, `application/problem+json`). */
export interface Foutbericht {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  code?: string;
}
export interface InvalidParam {
  type?: string;
  name?: string;
  code?: string;
  reason?: string;
}
export interface BadRequestFoutbericht extends Foutbericht {
  invalidParams?: InvalidParam[];
}
