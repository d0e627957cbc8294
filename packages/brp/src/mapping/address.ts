/**
 * A BRP verblijfplaats as one Dutch address line, as Koers keeps the address of a case:
 * `Voorstraat 12A-2, 3311 AB Dordrecht`, `tegenover Kade 7, 3311 AA Dordrecht`,
 * `Woonboot bij de Kalkhaven (locatie)`, `Rue Neuve 1, 1000 Bruxelles, België`.
 */
import type { AbstractVerblijfplaats, VerblijfadresBinnenland } from '../types.ts';

/** `onbekend`: the BRP says the residence is unknown; `niet-geleverd`: the answer held no verblijfplaats. */
export type AdresSoort = 'adres' | 'locatie' | 'buitenland' | 'onbekend' | 'niet-geleverd';

export interface BrpAdresWaarde {
  readonly soort: AdresSoort;
  /** The one-line address; null when the BRP knows no current address. */
  readonly text: string | null;
}

/** `3311AB` → `3311 AB`. */
export function formatPostcode(postcode: string): string {
  const m = /^([1-9][0-9]{3})\s?([A-Za-z]{2})$/.exec(postcode.trim());
  return m ? `${m[1]} ${(m[2] ?? '').toUpperCase()}` : postcode.trim();
}

const nonEmpty = (parts: ReadonlyArray<string | undefined>): string[] => parts.map((p) => p?.trim() ?? '').filter((p) => p !== '');

function binnenland(a: VerblijfadresBinnenland): string | null {
  const straat = a.officieleStraatnaam ?? a.korteStraatnaam;
  const nummer =
    a.huisnummer !== undefined
      ? `${a.huisnummer}${a.huisletter ?? ''}${a.huisnummertoevoeging ? `-${a.huisnummertoevoeging}` : ''}`
      : undefined;
  // Aanduiding bij huisnummer: `to` = tegenover, `by` = bij (the address is near, not at, the number).
  const aanduiding = a.aanduidingBijHuisnummer?.code === 'to' ? 'tegenover' : a.aanduidingBijHuisnummer?.code === 'by' ? 'bij' : undefined;
  const regel1 = nonEmpty([aanduiding, straat, nummer]).join(' ');
  const regel2 = nonEmpty([a.postcode !== undefined ? formatPostcode(a.postcode) : undefined, a.woonplaats]).join(' ');
  const line = nonEmpty([regel1, regel2]).join(', ');
  return line === '' ? null : line;
}

export function oneLineAddress(v: AbstractVerblijfplaats | undefined): BrpAdresWaarde {
  if (v === undefined) return { soort: 'niet-geleverd', text: null };
  switch (v.type) {
    case 'Adres':
      return { soort: 'adres', text: v.verblijfadres ? binnenland(v.verblijfadres) : null };
    case 'Locatie': {
      const beschrijving = v.verblijfadres?.locatiebeschrijving?.trim();
      return { soort: 'locatie', text: beschrijving ? `${beschrijving} (locatie)` : null };
    }
    case 'VerblijfplaatsBuitenland': {
      const a = v.verblijfadres;
      const line = a ? nonEmpty([a.regel1, a.regel2, a.regel3, a.land?.omschrijving]).join(', ') : '';
      return { soort: 'buitenland', text: line === '' ? null : line };
    }
    case 'VerblijfplaatsOnbekend':
      return { soort: 'onbekend', text: null };
  }
}

/** For comparing addresses: case, commas, and spacing do not count. */
export function normalizeAddress(text: string): string {
  return text.toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
}
