import { z } from 'zod';
import { brpDatumText, completeDate, overnameVelden, type BrpDatumWaarde, type BrpPersoonsgegevens } from '@koers/brp';
import { caseViewSchema } from '../cases/case.view.ts';

export const datumViewSchema = z
  .object({
    /** Complete ISO date, or null when (a part of) the date is unknown. */
    value: z.string().nullable(),
    /** Dutch text, e.g. `12 maart 1994`, `1994 (dag en maand onbekend)`. */
    text: z.string(),
    precision: z.enum(['dag', 'maand', 'jaar', 'onbekend']),
  })
  .meta({ id: 'BrpDatum' });
export type DatumView = z.output<typeof datumViewSchema>;

export const nationaliteitViewSchema = z
  .object({
    /** Code in Landelijke tabel 32. */
    code: z.string().nullable(),
    omschrijving: z.string(),
    /** ISO 3166-1 alpha-2, or null (with `reason`). */
    iso: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'BrpNationaliteit' });
export type NationaliteitView = z.output<typeof nationaliteitViewSchema>;

/** The BRP's answer about the person of a case, as Koers reads it. */
export const brpPersonViewSchema = z.object({
  burgerservicenummer: z.string().nullable(),
  givenNames: z.string().nullable(),
  familyName: z.string().nullable(),
  voorvoegsel: z.string().nullable(),
  geslachtsnaam: z.string().nullable(),
  birthDate: datumViewSchema.nullable(),
  /** The nationality Koers would record, and every one the BRP gave. */
  nationality: nationaliteitViewSchema.nullable(),
  nationalities: z.array(nationaliteitViewSchema),
  address: z.object({ text: z.string().nullable(), soort: z.string() }),
  gemeenteVanInschrijving: z.object({ code: z.string().nullable(), naam: z.string().nullable() }).nullable(),
  registeredOn: datumViewSchema.nullable(),
  deceased: z.boolean(),
  deceasedOn: datumViewSchema.nullable(),
  geheimhouding: z.boolean(),
});
export type BrpPersonView = z.output<typeof brpPersonViewSchema>;

const waarde = z.object({ value: z.string().nullable(), text: z.string() });

/** Per differing field: both values, a Dutch label, and whether it can be taken over (the BRP package's `Verschil`). */
const verschilSchema = z
  .object({
    field: z.enum([...overnameVelden, 'gemeenteVanInschrijving']),
    label: z.string(),
    koers: waarde,
    brp: waarde,
    applicable: z.boolean(),
    /** Why not (Dutch), when not applicable. */
    reason: z.string().optional(),
  })
  .meta({ id: 'BrpVerschil' });

/** The BRP package's `BrpNoticeKind`. */
const brpNoticeKinds = ['geheimhouding', 'overleden', 'opschorting', 'in-onderzoek', 'meerdere-nationaliteiten', 'geen-adres', 'adres-buitenland'] as const;

export const brpLookupViewSchema = z
  .object({
    caseId: z.string(),
    /** The case version the differences were computed against (send it back with `overnemen`). */
    caseVersion: z.number(),
    consultedAt: z.string(),
    persoon: brpPersonViewSchema,
    differences: z.array(verschilSchema),
    /** What the case manager should know (geheimhouding, death, investigation, …). */
    notices: z.array(z.object({ kind: z.enum(brpNoticeKinds), text: z.string() })),
  })
  .meta({ id: 'BrpRaadpleging' });
export type BrpLookupView = z.output<typeof brpLookupViewSchema>;

/** The case after a take-over from the BRP, and the fields that changed (a field that already agreed is not listed). */
export const applyBrpResultSchema = z.object({ case: caseViewSchema, applied: z.array(z.enum(overnameVelden)) }).meta({ id: 'BrpOvername' });
export type ApplyBrpResult = z.output<typeof applyBrpResultSchema>;

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
