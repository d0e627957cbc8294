import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { gemeenteSettingsSchema, yearSettingsSchema } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { gemeentenInScope } from '../../db/schema.ts';

export const gemeenteViewSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    organisationId: z.string(),
    /** Null while not known: DUO-berichten of this gemeente cannot be sent. */
    oin: z.string().nullable(),
    version: z.number(),
    updatedAt: z.string(),
  })
  .meta({ id: 'BeheerGemeente' });
export type GemeenteView = z.output<typeof gemeenteViewSchema>;

export const logoInfoSchema = z.object({ contentType: z.string(), bytes: z.number(), updatedAt: z.string() });
export type LogoInfo = z.output<typeof logoInfoSchema>;

export const gemeenteSettingsViewSchema = z
  .object({
    gemeenteId: z.string(),
    name: z.string(),
    code: z.string(),
    version: z.number(),
    // The stored account: IBAN and BIC already in their normalised form (the input schema transforms them).
    settings: gemeenteSettingsSchema.extend({ ontzorgenAccount: z.object({ name: z.string(), iban: z.string(), bic: z.string() }).optional() }),
    /** What applies where the gemeente sets nothing: the national settings of this year. */
    national: yearSettingsSchema,
    logo: logoInfoSchema.nullable(),
  })
  .meta({ id: 'GemeenteInstellingen' });
export type GemeenteSettingsView = z.output<typeof gemeenteSettingsViewSchema>;

const retentionCounts = { caseFiles: z.number(), coreData: z.number(), closedWithoutDate: z.number(), processingLog: z.number() };
const retentionPeriods = z.object({ caseFileYears: z.number(), coreDataYears: z.number(), processingLogYears: z.number() });

/** The retention periods of a gemeente, what the nightly job would remove now and what its last runs did. */
export const retentionOverviewSchema = z.object({
  today: z.string(),
  periods: retentionPeriods,
  defaults: retentionPeriods,
  dryRun: z.object(retentionCounts),
  lastRuns: z.array(z.object({ ranAt: z.string(), ...retentionCounts })),
});
export type RetentionOverview = z.output<typeof retentionOverviewSchema>;

const columns = {
  id: gemeentenInScope.id,
  code: gemeentenInScope.code,
  name: gemeentenInScope.name,
  organisationId: gemeentenInScope.organisationId,
  oin: gemeentenInScope.oin,
  version: gemeentenInScope.version,
  updatedAt: gemeentenInScope.updatedAt,
};

const view = (row: { updatedAt: Date } & Omit<GemeenteView, 'updatedAt'>): GemeenteView => ({ ...row, updatedAt: row.updatedAt.toISOString() });

/** One gemeente of the organisation, or undefined (another organisation's gemeente is not found). */
export async function gemeenteOfOrganisation(tx: Tx, organisationId: string, gemeenteId: string): Promise<GemeenteView | undefined> {
  const [row] = await tx.select(columns).from(gemeentenInScope).where(eq(gemeentenInScope.id, gemeenteId));
  return row && row.organisationId === organisationId ? view(row) : undefined;
}

export async function gemeentenOfOrganisation(tx: Tx, organisationId: string): Promise<GemeenteView[]> {
  const rows = await tx.select(columns).from(gemeentenInScope).where(eq(gemeentenInScope.organisationId, organisationId)).orderBy(asc(gemeentenInScope.name));
  return rows.map(view);
}
