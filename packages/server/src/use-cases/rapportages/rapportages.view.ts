// The responses of the sturing reports (R3, R26–R28; ADR 0139–0141): the dashboard, the
// huisvestingstaakstelling, formatie, SPUK and its cost lines. Aggregates only. The types are
// inferred from these schemas (ADR 0105); the use cases build them.
import { z } from 'zod';
import { voorzieningen, type Voorziening } from '@koers/domain';

const reportCellSchema = z.union([
  z.object({ kind: z.literal('count'), value: z.number(), href: z.string().optional().describe('De lijst achter het getal; alleen voor rollen die dossiers zien') }),
  z.object({ kind: z.literal('suppressed'), below: z.number().describe('Aantal kleiner dan dit getal (en groter dan 0): niet getoond') }),
]);
export type ReportCell = z.output<typeof reportCellSchema>;

const reportRowSchema = z.object({
  key: z.string(),
  /** Set when the row is data (a trajectregisseur's name); otherwise the screen labels the key. */
  label: z.string().optional(),
  cells: z.array(reportCellSchema),
});
export type ReportRow = z.output<typeof reportRowSchema>;

const reportTableSchema = z.object({
  id: z.string(),
  /** The last row is the total of the others. */
  totalRow: z.boolean(),
  rows: z.array(reportRowSchema),
});
export type ReportTable = z.output<typeof reportTableSchema>;

export const dashboardSchema = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    gemeenten: z.array(z.object({ id: z.string(), name: z.string() })).describe('De kolommen; daarna volgt in elke rij de organisatie (het totaal)'),
    linkable: z.boolean(),
    /** Counts from 1 to this number − 1 are not shown (null: every count shown). */
    threshold: z.number().nullable(),
    tables: z.array(reportTableSchema),
  })
  .meta({ id: 'Dashboard' });
export type Dashboard = z.output<typeof dashboardSchema>;

export const countedFigures = ['linked', 'housed', 'housedPlichtig'] as const;
const counted = z.enum(countedFigures);
const half = z.union([z.literal(1), z.literal(2)]);

const taakstellingHalfSchema = z.object({
  gemeenteId: z.string(),
  gemeenteName: z.string(),
  year: z.number(),
  half,
  /** The stored taakstelling's version (0: not entered yet). */
  version: z.number(),
  figures: z.object({
    taakstelling: z.number().nullable(),
    linked: z.number(),
    housed: z.number(),
    housedPlichtig: z.number(),
    realisedPercent: z.number().nullable(),
    plichtigPercent: z.number().nullable(),
  }),
  /** Counts hidden for aggregate-only roles (small counts); the figures then hold 0 there. */
  suppressed: z.array(counted),
  links: z.partialRecord(counted, z.string()),
});
export type TaakstellingHalf = z.output<typeof taakstellingHalfSchema>;

export const taakstellingReportSchema = z
  .object({ years: z.array(z.number()), threshold: z.number().nullable(), rows: z.array(taakstellingHalfSchema) })
  .meta({ id: 'Huisvestingstaakstelling' });
export type TaakstellingReport = z.output<typeof taakstellingReportSchema>;

export const savedTaakstellingSchema = z.object({ gemeenteId: z.string(), year: z.number(), half, aantal: z.number(), version: z.number() });
export type SavedTaakstelling = z.output<typeof savedTaakstellingSchema>;

const countFigure = z
  .discriminatedUnion('kind', [z.object({ kind: z.literal('exact'), value: z.number() }), z.object({ kind: z.literal('below'), threshold: z.number() })])
  .meta({ id: 'Aantal', description: 'Een aantal, of "minder dan de drempel" als het te klein is om te tonen' });
const perRoute = z.object({ B1: z.number(), Z: z.number(), Onderwijs: z.number() });
export const figureSources = ['gegevens', 'instelling'] as const;
const source = z.enum(figureSources);
const formatieSchema = z.object({ hoursPerYear: z.number(), fte: z.number(), cost: z.number().describe('centen per jaar'), caseload: z.number().nullable() });

const realFormatieSchema = z.object({
  /** Cases whose duty started this year (year to date), per group. */
  inflow: countFigure,
  inflowByGroup: z.object({ statushouders: countFigure, gezinsmigranten: countFigure, overig: countFigure }),
  openCases: countFigure,
  unassigned: countFigure,
  /** Active users with the role trajectregisseur for the gemeente (a headcount, not FTE). */
  regisseurs: z.number(),
  /** Open cases per regisseur, highest first, without names; each suppressed like any count. */
  caseloads: z.array(countFigure),
  /** Average open cases per regisseur; null without regisseurs or when the count is suppressed. */
  averageCaseload: z.number().nullable(),
  /** The formatie rule on this year's inflow; null when the inflow is too small to show. */
  formatie: formatieSchema.nullable(),
});
export type RealFormatie = z.output<typeof realFormatieSchema>;

const assumptionsSchema = z.object({
  urenPerInburgeraar: z.number(),
  spreidingJaren: z.number(),
  productieveUrenPerFte: z.number(),
  kostenPerFte: z.number(),
  caseloadNormMin: z.number(),
  caseloadNormMax: z.number(),
  geplandeInstroom: z.object({ statushouders: z.number(), gezinsmigranten: z.number(), overig: z.number() }),
  routeMix: perRoute,
  leerroutePrijzen: perRoute,
});

const formatieFiguresSchema = z.object({
  gemeente: z.object({ id: z.string(), name: z.string() }).nullable(),
  year: z.number(),
  assumptions: assumptionsSchema,
  kleineAantallenDrempel: z.number(),
  fromSettings: formatieSchema,
  real: realFormatieSchema,
  routeMix: z.object({ mix: perRoute, source, pips: countFigure }),
  leerroutePrijzen: z.object({ prices: perRoute, sources: z.object({ B1: source, Z: source, Onderwijs: source }) }),
});
export type FormatieFigures = z.output<typeof formatieFiguresSchema>;

export const formatieReportSchema = z
  .object({
    gemeenten: z.array(formatieFiguresSchema),
    /** The whole organisation (the granted gemeenten together); null with one gemeente. */
    organisation: z.object({ gemeenten: z.number(), fromSettings: formatieSchema, real: realFormatieSchema }).nullable(),
  })
  .meta({ id: 'FormatieRapportage' });
export type FormatieReport = z.output<typeof formatieReportSchema>;

const perVoorziening = z.object({
  leerroute: z.number(),
  map: z.number(),
  maatschappelijkeBegeleiding: z.number(),
  pvt: z.number(),
  tolk: z.number(),
} satisfies Record<Voorziening, z.ZodNumber>);
const spendingSchema = z.object({ perVoorziening, total: z.number() });
export type Spending = z.output<typeof spendingSchema>;

const spukYearSchema = z.object({
  year: z.number(),
  entitlement: z.object({ persons: countFigure, perVoorziening, total: z.number() }),
  spending: spendingSchema,
  /** Entitlement − spending, cents (negative: overspent). */
  balance: z.number(),
  ondertussengroep: z.object({ persons: countFigure, spending: spendingSchema }),
});
export type SpukYear = z.output<typeof spukYearSchema>;

const spukFiguresSchema = z.object({
  gemeente: z.object({ id: z.string(), name: z.string() }).nullable(),
  years: z.array(spukYearSchema),
  trancheVerdeling: z.array(z.number()),
  kleineAantallenDrempel: z.number(),
  /** Placements without a contract price (no contract, or no price for the route): not in the spending. */
  placementsWithoutPrice: countFigure,
});
export type SpukFigures = z.output<typeof spukFiguresSchema>;

export const spukReportSchema = z.object({ gemeenten: z.array(spukFiguresSchema), organisation: spukFiguresSchema.nullable() }).meta({ id: 'SpukRapportage' });
export type SpukReport = z.output<typeof spukReportSchema>;

export const costLineViewSchema = z
  .object({
    id: z.string(),
    gemeenteId: z.string(),
    year: z.number(),
    voorziening: z.enum(voorzieningen),
    voorzieningLabel: z.string(),
    description: z.string(),
    amountCents: z.number(),
    ondertussengroep: z.boolean(),
    version: z.number(),
  })
  .meta({ id: 'Kostenregel' });
export type CostLineView = z.output<typeof costLineViewSchema>;
