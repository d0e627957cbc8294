// BRP API Personen 2.7.0: name, birth, nationality, death and the bijhouding of a person.
import type { AbstractDatum, InOnderzoek, Waardetabel } from './common.ts';

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
