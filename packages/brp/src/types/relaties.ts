// BRP API Personen 2.7.0: verblijfstitel, relatives and gezag, and the Persoon and PersoonBeperkt themselves.
import type { AbstractDatum, Burgerservicenummer, InOnderzoek, Waardetabel } from './common.ts';
import type { AbstractNationaliteit, Geboorte, GeboorteBeperkt, NaamGerelateerde, NaamPersoon, NaamPersoonBeperkt, OpschortingBijhouding, Overlijden } from './persoon.ts';
import type { AbstractVerblijfplaats, Adressering, AdresseringBeperkt, Immigratie } from './verblijfplaats.ts';

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
