// BRP API Personen 2.7.0: where a person lives (verblijfplaats, immigratie) and the adressering.
import type { AbstractDatum, InOnderzoek, Waardetabel } from './common.ts';

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
