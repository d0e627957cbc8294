import { brpDatumText, completeDate, type BrpDatumWaarde, type BrpNotice, type BrpPersoonsgegevens, type Verschil } from '@koers/brp';

export interface DatumView {
  /** Complete ISO date, or null when (a part of) the date is unknown. */
  value: string | null;
  /** Dutch text, e.g. `12 maart 1994`, `1994 (dag en maand onbekend)`. */
  text: string;
  precision: BrpDatumWaarde['precision'];
}

export interface NationaliteitView {
  /** Code in Landelijke tabel 32. */
  code: string | null;
  omschrijving: string;
  /** ISO 3166-1 alpha-2, or null (with `reason`). */
  iso: string | null;
  reason: string | null;
}

/** The BRP's answer about the person of a case, as Koers reads it. */
export interface BrpPersonView {
  burgerservicenummer: string | null;
  givenNames: string | null;
  familyName: string | null;
  voorvoegsel: string | null;
  geslachtsnaam: string | null;
  birthDate: DatumView | null;
  /** The nationality Koers would record, and every one the BRP gave. */
  nationality: NationaliteitView | null;
  nationalities: NationaliteitView[];
  address: { text: string | null; soort: string };
  gemeenteVanInschrijving: { code: string | null; naam: string | null } | null;
  registeredOn: DatumView | null;
  deceased: boolean;
  deceasedOn: DatumView | null;
  geheimhouding: boolean;
}

export interface BrpLookupView {
  caseId: string;
  /** The case version the differences were computed against (send it back with `overnemen`). */
  caseVersion: number;
  consultedAt: string;
  persoon: BrpPersonView;
  /** Per differing field: both values, a Dutch label, and whether it can be taken over. */
  differences: Verschil[];
  /** What the case manager should know (geheimhouding, death, investigation, …). */
  notices: BrpNotice[];
}

export function datumView(d: BrpDatumWaarde | null): DatumView | null {
  return d === null ? null : { value: completeDate(d), text: brpDatumText(d), precision: d.precision };
}

const nationaliteitView = (n: { code: string | null; omschrijving: string; iso: string | null; reason?: string }): NationaliteitView => ({
  code: n.code,
  omschrijving: n.omschrijving,
  iso: n.iso,
  reason: n.reason ?? null,
});

export function brpPersonView(m: BrpPersoonsgegevens): BrpPersonView {
  return {
    burgerservicenummer: m.burgerservicenummer,
    givenNames: m.givenNames,
    familyName: m.familyName,
    voorvoegsel: m.voorvoegsel,
    geslachtsnaam: m.geslachtsnaam,
    birthDate: datumView(m.birthDate),
    nationality: m.nationality.chosen ? nationaliteitView(m.nationality.chosen) : null,
    nationalities: m.nationality.all.map(nationaliteitView),
    address: { text: m.address.text, soort: m.address.soort },
    gemeenteVanInschrijving: m.gemeenteVanInschrijving,
    registeredOn: datumView(m.registeredOn),
    deceased: m.deceased,
    deceasedOn: datumView(m.deceasedOn),
    geheimhouding: m.geheimhouding,
  };
}
