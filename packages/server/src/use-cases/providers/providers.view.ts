// What the API returns for providers and contracts: labels for every code, the keurmerk's status on
// the day asked, and the gemeenten by name.
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

export interface ProviderView {
  id: string;
  name: string;
  kinds: { kind: string; label: string }[];
  instellingsnummer: string | null;
  version: number;
}

export interface ContractView {
  id: string;
  providerId: string;
  providerName: string;
  name: string;
  gemeenten: { id: string; name: string }[];
  routes: { route: string; label: string; priceCents: number }[];
  keurmerk: { kind: string; label: string; validUntil: string | null; status: string; statusLabel: string };
  locations: { name: string; startMoments: string[] }[];
  reportingEveryWeeks: number;
  accessMonthsAfterEnd: number;
  startsOn: string;
  endsOn: string;
  version: number;
}

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
