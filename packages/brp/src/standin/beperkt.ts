/**
 * The limited person a search answers with (`PersoonBeperkt`), from a full `Persoon`: only the
 * properties (and in-onderzoek indications) the spec's `PersoonBeperkt` has.
 */
import type { Persoon, PersoonBeperkt } from '../types.ts';

function pickKeys<T extends object>(value: T | undefined, keys: readonly string[]): Partial<T> | undefined {
  if (value === undefined) return undefined;
  // Object.fromEntries loses the key-to-value pairing; the entries are a subset of those of `value`.
  const out = Object.fromEntries(Object.entries(value).filter(([k, v]) => keys.includes(k) && v !== undefined)) as Partial<T>;
  return Object.keys(out).length > 0 ? out : undefined;
}

export function toPersoonBeperkt(p: Persoon): PersoonBeperkt {
  const naamOnderzoek = pickKeys(p.naam?.inOnderzoek, [
    'datumIngangOnderzoek',
    'voornamen',
    'adellijkeTitelPredicaat',
    'voorvoegsel',
    'geslachtsnaam',
    'voorletters',
    'volledigeNaam',
  ]);
  const naam = p.naam
    ? pickKeys({ ...p.naam, ...(naamOnderzoek ? { inOnderzoek: naamOnderzoek } : { inOnderzoek: undefined }) }, [
        'voornamen',
        'adellijkeTitelPredicaat',
        'voorvoegsel',
        'geslachtsnaam',
        'voorletters',
        'volledigeNaam',
        'inOnderzoek',
      ])
    : undefined;
  const geboorteOnderzoek = pickKeys(p.geboorte?.inOnderzoek, ['datumIngangOnderzoek', 'datum']);
  const geboorte = p.geboorte?.datum
    ? { datum: p.geboorte.datum, ...(geboorteOnderzoek ? { inOnderzoek: geboorteOnderzoek } : {}) }
    : undefined;
  const adresseringOnderzoek = pickKeys(p.adressering?.inOnderzoek, [
    'adresregel1',
    'adresregel2',
    'adresregel3',
    'land',
    'datumIngangOnderzoekVerblijfplaats',
  ]);
  const adressering = p.adressering
    ? pickKeys({ ...p.adressering, ...(adresseringOnderzoek ? { inOnderzoek: adresseringOnderzoek } : { inOnderzoek: undefined }) }, [
        'adresregel1',
        'adresregel2',
        'adresregel3',
        'land',
        'indicatieVastgesteldVerblijftNietOpAdres',
        'inOnderzoek',
      ])
    : undefined;
  const inOnderzoek = pickKeys(p.inOnderzoek, ['datumIngangOnderzoekPersoon', 'burgerservicenummer', 'geslacht', 'leeftijd']);
  const out: PersoonBeperkt = {
    ...(p.burgerservicenummer !== undefined ? { burgerservicenummer: p.burgerservicenummer } : {}),
    ...(geboorte ? { geboorte } : {}),
    ...(p.geheimhoudingPersoonsgegevens !== undefined ? { geheimhoudingPersoonsgegevens: p.geheimhoudingPersoonsgegevens } : {}),
    ...(p.geslacht ? { geslacht: p.geslacht } : {}),
    ...(inOnderzoek ? { inOnderzoek } : {}),
    ...(p.leeftijd !== undefined ? { leeftijd: p.leeftijd } : {}),
    ...(naam ? { naam } : {}),
    ...(p.opschortingBijhouding ? { opschortingBijhouding: p.opschortingBijhouding } : {}),
    ...(adressering ? { adressering } : {}),
    ...(p.rni ? { rni: p.rni } : {}),
    ...(p.verificatie ? { verificatie: p.verificatie } : {}),
  };
  return out;
}
