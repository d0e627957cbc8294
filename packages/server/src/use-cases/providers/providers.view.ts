// What the API returns for providers and contracts: labels for every code, the keurmerk's status on
// the day asked, and the gemeenten by name.
import { z } from 'zod';
import {
  keurmerkLabel,
  keurmerkStatus,
  keurmerkStatusLabel,
  providerKindLabel,
  routeLabel,
  type IsoDate,
} from '@koers/domain';
import type { providerContracts, providers } from '../../db/schema.ts';

export type ProviderRow = typeof providers.$inferSelect;
export type ContractRow = typeof providerContracts.$inferSelect;

const labelled = z.object({ kind: z.string(), label: z.string() });
const gemeenteName = z.object({ id: z.string(), name: z.string() });

export const providerViewSchema = z.object({ id: z.string(), name: z.string(), kinds: z.array(labelled), instellingsnummer: z.string().nullable(), version: z.number() }).meta({ id: 'Aanbieder' });
export type ProviderView = z.output<typeof providerViewSchema>;

export const contractViewSchema = z
  .object({
    id: z.string(),
    providerId: z.string(),
    providerName: z.string(),
    name: z.string(),
    gemeenten: z.array(gemeenteName),
    routes: z.array(z.object({ route: z.string(), label: z.string(), priceCents: z.number() })),
    keurmerk: z.object({ kind: z.string(), label: z.string(), validUntil: z.string().nullable(), status: z.string(), statusLabel: z.string() }),
    locations: z.array(z.object({ name: z.string(), startMoments: z.array(z.string()) })),
    reportingEveryWeeks: z.number(),
    accessMonthsAfterEnd: z.number(),
    startsOn: z.string(),
    endsOn: z.string(),
    version: z.number(),
  })
  .meta({ id: 'Contract' });
export type ContractView = z.output<typeof contractViewSchema>;

/** The beheerder's screen: every provider with its contracts, and the gemeenten a contract can name. */
export const providersOverviewSchema = z.object({ providers: z.array(providerViewSchema.extend({ contracts: z.array(contractViewSchema) })), gemeenten: z.array(gemeenteName) });
export type ProvidersOverview = z.output<typeof providersOverviewSchema>;

/** A contract a case can be placed under, with the provider's instellingsnummer. */
export const caseContractViewSchema = contractViewSchema.extend({ instellingsnummer: z.string().nullable() });
export type CaseContractView = z.output<typeof caseContractViewSchema>;

/** A partner-aanbieder account linked to a provider. */
export const providerUserLinkSchema = z.object({ userId: z.string(), providerId: z.string() });
export type ProviderUserLink = z.output<typeof providerUserLinkSchema>;

export const providerView = (row: ProviderRow): ProviderView => ({
  id: row.id,
  name: row.name,
  kinds: row.kinds.map((kind) => ({ kind, label: providerKindLabel(kind) })),
  instellingsnummer: row.instellingsnummer,
  version: row.version,
});

export function contractView(row: ContractRow, providerName: string, gemeenteNames: ReadonlyMap<string, string>, on: IsoDate): ContractView {
  const keurmerk = row.keurmerk;
  const status = keurmerkStatus(keurmerk, row.keurmerkValidUntil, on);
  return {
    id: row.id,
    providerId: row.providerId,
    providerName,
    name: row.name,
    gemeenten: row.gemeenteIds.flatMap((id) => {
      const name = gemeenteNames.get(id);
      return name === undefined ? [] : [{ id, name }];
    }),
    routes: row.routes.map((r) => ({ route: r.route, label: routeLabel(r.route), priceCents: r.priceCents })),
    keurmerk: { kind: keurmerk ?? 'geen', label: keurmerk ? keurmerkLabel(keurmerk) : 'Geen keurmerk', validUntil: row.keurmerkValidUntil, status, statusLabel: keurmerkStatusLabel(status) },
    locations: row.locations.map((l) => ({ name: l.name, startMoments: [...l.startMoments] })),
    reportingEveryWeeks: row.reportingEveryWeeks,
    accessMonthsAfterEnd: row.accessMonthsAfterEnd,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    version: row.version,
  };
}
