// BRP API Personen 2.7.0: the basic values (BSN, dates with unknown parts, national tables, inOnderzoek).
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
