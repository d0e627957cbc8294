/**
 * A BRP `Persoon` as Koers's personal-data fields of a case: names, birth date, nationality,
 * address, registration in the gemeente, plus what the case manager must know before using the
 * data (geheimhouding, death, suspended record, data under investigation). Pure.
 */
import type { Persoon } from '../types.ts';
import { oneLineAddress, type BrpAdresWaarde } from './address.ts';
import { brpDatumText, readBrpDatum, type BrpDatumWaarde } from './dates.ts';
import { chooseNationaliteit, type NationaliteitKeuze } from './nationaliteit.ts';

export type BrpNoticeKind =
  'geheimhouding' | 'overleden' | 'opschorting' | 'in-onderzoek' | 'meerdere-nationaliteiten' | 'geen-adres' | 'adres-buitenland';

export interface BrpNotice {
  readonly kind: BrpNoticeKind;
  /** One or two Dutch sentences for the case file. */
  readonly text: string;
}

export interface BrpPersoonsgegevens {
  readonly burgerservicenummer: string | null;
  /** `voornamen`; null when the BRP has none. */
  readonly givenNames: string | null;
  /** `voorvoegsel` + `geslachtsnaam` (`van der Berg`); null when the BRP has none or `.` (unknown). */
  readonly familyName: string | null;
  readonly voorvoegsel: string | null;
  readonly geslachtsnaam: string | null;
  readonly birthDate: BrpDatumWaarde | null;
  readonly nationality: NationaliteitKeuze;
  readonly address: BrpAdresWaarde;
  /** `gemeenteVanInschrijving` (Gemeententabel): four-digit code and name. */
  readonly gemeenteVanInschrijving: { readonly code: string | null; readonly naam: string | null } | null;
  /** `datumInschrijvingInGemeente`. */
  readonly registeredOn: BrpDatumWaarde | null;
  readonly deceasedOn: BrpDatumWaarde | null;
  readonly deceased: boolean;
  readonly geheimhouding: boolean;
  readonly notices: readonly BrpNotice[];
}

const trimmed = (value: string | undefined): string | null => {
  const t = value?.trim().replace(/\s+/g, ' ') ?? '';
  return t === '' ? null : t;
};

const onderzoekLabels: ReadonlyArray<[string, (p: Persoon) => boolean | undefined]> = [
  [
    'de naam',
    (p) =>
      p.naam?.inOnderzoek ? Object.entries(p.naam.inOnderzoek).some(([k, v]) => k !== 'datumIngangOnderzoek' && v === true) : undefined,
  ],
  ['de geboortedatum', (p) => p.geboorte?.inOnderzoek?.datum],
  [
    'de nationaliteit',
    (p) =>
      p.nationaliteiten?.some(
        (n) => n.inOnderzoek !== undefined && Object.entries(n.inOnderzoek).some(([k, v]) => k !== 'datumIngangOnderzoek' && v === true),
      ),
  ],
  [
    'het adres',
    (p) =>
      p.verblijfplaats?.inOnderzoek
        ? Object.entries(p.verblijfplaats.inOnderzoek).some(([k, v]) => k !== 'datumIngangOnderzoek' && v === true)
        : undefined,
  ],
  [
    'de inschrijving in de gemeente',
    (p) => p.inOnderzoek?.gemeenteVanInschrijving === true || p.inOnderzoek?.datumInschrijvingInGemeente === true,
  ],
];

export function mapPersoon(p: Persoon): BrpPersoonsgegevens {
  const voorvoegsel = trimmed(p.naam?.voorvoegsel);
  const rawGeslachtsnaam = trimmed(p.naam?.geslachtsnaam);
  // The BRP records an unknown geslachtsnaam as a single dot.
  const geslachtsnaam = rawGeslachtsnaam === '.' ? null : rawGeslachtsnaam;
  const familyName = geslachtsnaam === null ? null : [voorvoegsel, geslachtsnaam].filter((x) => x !== null).join(' ');
  const nationality = chooseNationaliteit(p.nationaliteiten);
  const address = oneLineAddress(p.verblijfplaats);
  const deceasedOn = readBrpDatum(p.overlijden?.datum) ?? null;
  const deceased = p.overlijden !== undefined || p.opschortingBijhouding?.reden?.code === 'O';
  const gemeente = p.gemeenteVanInschrijving;

  const notices: BrpNotice[] = [];
  if (p.geheimhoudingPersoonsgegevens === true) {
    notices.push({
      kind: 'geheimhouding',
      text: 'De persoon heeft in de BRP geheimhouding van persoonsgegevens gevraagd: verstrek deze gegevens niet aan derden, zoals partners, zonder toestemming van de persoon.',
    });
  }
  if (deceased) {
    notices.push({
      kind: 'overleden',
      text: `De persoon is volgens de BRP overleden${deceasedOn ? ` (${brpDatumText(deceasedOn)})` : ''}. Beoordeel of het dossier moet worden gesloten.`,
    });
  } else if (p.opschortingBijhouding !== undefined) {
    const reden = p.opschortingBijhouding.reden?.omschrijving ?? p.opschortingBijhouding.reden?.code ?? 'onbekende reden';
    const datum = readBrpDatum(p.opschortingBijhouding.datum);
    notices.push({
      kind: 'opschorting',
      text: `De BRP houdt de gegevens van deze persoon niet meer bij (${reden.toLowerCase()}${datum ? `, sinds ${brpDatumText(datum)}` : ''}); ze kunnen verouderd zijn.`,
    });
  }
  const inOnderzoek = onderzoekLabels.filter(([, test]) => test(p) === true).map(([label]) => label);
  if (inOnderzoek.length > 0) {
    notices.push({
      kind: 'in-onderzoek',
      text: `De gemeente onderzoekt in de BRP ${inOnderzoek.join(', ')}: deze gegevens kunnen onjuist zijn.`,
    });
  }
  if (nationality.note !== undefined) notices.push({ kind: 'meerdere-nationaliteiten', text: nationality.note });
  if (address.soort === 'buitenland')
    notices.push({ kind: 'adres-buitenland', text: 'De persoon woont volgens de BRP in het buitenland.' });
  else if (address.soort === 'onbekend')
    notices.push({ kind: 'geen-adres', text: 'De BRP kent geen actueel adres van de persoon (verblijfplaats onbekend).' });

  return {
    burgerservicenummer: p.burgerservicenummer ?? null,
    givenNames: trimmed(p.naam?.voornamen),
    familyName,
    voorvoegsel,
    geslachtsnaam,
    birthDate: readBrpDatum(p.geboorte?.datum) ?? null,
    nationality,
    address,
    gemeenteVanInschrijving: gemeente ? { code: gemeente.code ?? null, naam: gemeente.omschrijving ?? null } : null,
    registeredOn: readBrpDatum(p.datumInschrijvingInGemeente) ?? null,
    deceasedOn,
    deceased,
    geheimhouding: p.geheimhoudingPersoonsgegevens === true,
    notices,
  };
}
