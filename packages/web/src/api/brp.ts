// BRP lookup of a case (Haal Centraal BRP Personen via the server): the BRP's data in Koers terms,
// the differences with the case, and taking chosen fields over. The screen comes with the
// case-file rework; these are the types and calls it will use.
import { api } from './client.ts';
import type { CaseDetail } from './cases.ts';

/** The case fields the BRP can fill. */
export type BrpField = 'givenNames' | 'familyName' | 'birthDate' | 'nationality' | 'address' | 'registeredOn' | 'movedInOn';

export interface BrpDate {
  /** Complete ISO date, or null when (a part of) the date is unknown in the BRP. */
  value: string | null;
  /** Dutch text, e.g. "12 maart 1994" or "1994 (dag en maand onbekend)". */
  text: string;
  precision: 'dag' | 'maand' | 'jaar' | 'onbekend';
}

export interface BrpNationality {
  code: string | null;
  omschrijving: string;
  /** ISO 3166-1 alpha-2, or null with `reason`. */
  iso: string | null;
  reason: string | null;
}

export interface BrpDifference {
  field: BrpField | 'gemeenteVanInschrijving';
  /** Dutch label, e.g. "Voornamen". */
  label: string;
  koers: { value: string | null; text: string };
  brp: { value: string | null; text: string };
  /** Can be taken over with `applyBrp`. */
  applicable: boolean;
  /** Why not (Dutch), when not applicable. */
  reason?: string;
}

export interface BrpLookup {
  caseId: string;
  /** Send back with `applyBrp`. */
  caseVersion: number;
  consultedAt: string;
  persoon: {
    burgerservicenummer: string | null;
    givenNames: string | null;
    familyName: string | null;
    voorvoegsel: string | null;
    geslachtsnaam: string | null;
    birthDate: BrpDate | null;
    nationality: BrpNationality | null;
    nationalities: BrpNationality[];
    address: { text: string | null; soort: string };
    gemeenteVanInschrijving: { code: string | null; naam: string | null } | null;
    registeredOn: BrpDate | null;
    deceased: boolean;
    deceasedOn: BrpDate | null;
    geheimhouding: boolean;
  };
  differences: BrpDifference[];
  /** Dutch sentences the case manager should read (geheimhouding, death, investigation, …). */
  notices: { kind: string; text: string }[];
}

export const lookupBrp = (caseId: string) => api.get<BrpLookup>(`/api/cases/${caseId}/brp`);

export const applyBrp = (caseId: string, version: number, fields: BrpField[]) =>
  api.post<{ case: CaseDetail; applied: BrpField[] }>(`/api/cases/${caseId}/brp/overnemen`, { version, fields });
