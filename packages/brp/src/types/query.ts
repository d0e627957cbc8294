// BRP API Personen 2.7.0: the queries (request bodies of POST /personen), their responses and the error bodies.
import type { Burgerservicenummer, IsoDate } from './common.ts';
import type { Persoon, PersoonBeperkt } from './relaties.ts';

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
