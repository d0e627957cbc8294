/** Small builders for fictitious BRP persons (stand-in seed, tests): spec-shaped values with their Dutch long forms. */
import { nationaliteitentabel } from '../mapping/nationaliteit-tabel.ts';
import type {
  Adres,
  AdresseringBasis,
  DatumOnbekend,
  JaarDatum,
  JaarMaandDatum,
  NationaliteitBekend,
  VolledigeDatum,
  Waardetabel,
} from '../types.ts';
import { formatPostcode } from '../mapping/address.ts';

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

export function datum(iso: string): VolledigeDatum {
  const [y, m, d] = iso.split('-').map(Number);
  return { type: 'Datum', datum: iso, langFormaat: `${d} ${months[(m ?? 1) - 1]} ${y}` };
}

export function jaarMaandDatum(jaar: number, maand: number): JaarMaandDatum {
  return { type: 'JaarMaandDatum', jaar, maand, langFormaat: `${months[maand - 1]} ${jaar}` };
}

export function jaarDatum(jaar: number): JaarDatum {
  return { type: 'JaarDatum', jaar, langFormaat: String(jaar) };
}

export function datumOnbekend(): DatumOnbekend {
  return { type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' };
}

/** A nationality from Landelijke tabel 32 by code. */
export function nationaliteit(code: string): NationaliteitBekend {
  const regel = nationaliteitentabel.get(code);
  if (!regel) throw new Error(`Nationaliteitscode ${code} staat niet in tabel 32`);
  return { type: 'Nationaliteit', nationaliteit: { code, omschrijving: regel.omschrijving } };
}

/** The gemeenten the demo and the tests use (Landelijke tabel 33). */
const gemeenteNamen: Readonly<Record<string, string>> = {
  '0505': 'Dordrecht',
  '0642': 'Zwijndrecht',
  '0148': 'Dalfsen',
  '0599': 'Rotterdam',
  '0150': 'Deventer',
  '1945': 'Berg en Dal',
  '1999': 'Registratie Niet Ingezetenen (RNI)',
};

export function gemeente(code: string): Waardetabel {
  const naam = gemeenteNamen[code];
  if (naam === undefined) throw new Error(`Gemeentecode ${code} is niet bekend in de stand-in`);
  return { code, omschrijving: naam };
}

export interface AdresInput {
  readonly straat: string;
  readonly huisnummer: number;
  readonly huisletter?: string;
  readonly huisnummertoevoeging?: string;
  readonly postcode: string;
  readonly woonplaats: string;
}

export function adres(a: AdresInput, datumVan?: string): Adres {
  return {
    type: 'Adres',
    verblijfadres: {
      officieleStraatnaam: a.straat,
      korteStraatnaam: a.straat.length <= 24 ? a.straat : a.straat.slice(0, 24),
      huisnummer: a.huisnummer,
      ...(a.huisletter !== undefined ? { huisletter: a.huisletter } : {}),
      ...(a.huisnummertoevoeging !== undefined ? { huisnummertoevoeging: a.huisnummertoevoeging } : {}),
      postcode: a.postcode.replace(/\s/g, ''),
      woonplaats: a.woonplaats,
    },
    functieAdres: { code: 'W', omschrijving: 'woonadres' },
    ...(datumVan !== undefined ? { datumVan: datum(datumVan) } : {}),
  };
}

/** The BRP's address lines for letters (`adressering`), from a Dutch address. */
export function adresseringVan(a: AdresInput): AdresseringBasis {
  const nummer = `${a.huisnummer}${a.huisletter ?? ''}${a.huisnummertoevoeging ? `-${a.huisnummertoevoeging}` : ''}`;
  return {
    adresregel1: `${a.straat} ${nummer}`.slice(0, 40),
    adresregel2: `${formatPostcode(a.postcode)}  ${a.woonplaats.toUpperCase()}`.slice(0, 50),
  };
}
