// The organisation's providers and their contracts, kept by whoever holds contracts:manage
// (server: src/routes/providers.ts, ADR 0116; OpenAPI schemas "Aanbieder" and "Contract").
import { api } from './client.ts';

export const providerKinds = ['taalaanbieder', 'map-aanbieder', 'pvt-aanbieder', 'participatieorganisatie', 'budgetbeheerder'] as const;
export type ProviderKind = (typeof providerKinds)[number];
export const contractRoutes = ['B1', 'Z', 'Onderwijs'] as const;
export type ContractRouteCode = (typeof contractRoutes)[number];
export const keurmerkChoices = ['geen', 'blik-op-werk'] as const;
export type KeurmerkChoice = (typeof keurmerkChoices)[number];

export interface Contract {
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

export interface Provider {
  id: string;
  name: string;
  kinds: { kind: string; label: string }[];
  instellingsnummer: string | null;
  version: number;
  contracts: Contract[];
}

export interface ProvidersOverview {
  providers: Provider[];
  gemeenten: { id: string; name: string }[];
}

export interface ProviderFields {
  name: string;
  kinds: ProviderKind[];
  instellingsnummer: string | null;
}

export interface ContractFields {
  providerId: string;
  name: string;
  gemeenteIds: string[];
  routes: { route: ContractRouteCode; priceCents: number }[];
  keurmerk: 'blik-op-werk' | null;
  keurmerkValidUntil: string | null;
  locations: { name: string; startMoments: string[] }[];
  reportingEveryWeeks: number;
  startsOn: string;
  endsOn: string;
  accessMonthsAfterEnd: number;
}

export const providersQueryKey = ['beheer', 'aanbieders'] as const;
export const getProviders = () => api.get<ProvidersOverview>('/api/admin/providers');
export const createProvider = (fields: ProviderFields) => api.post<Omit<Provider, 'contracts'>>('/api/admin/providers', fields);
export const updateProvider = (id: string, version: number, fields: ProviderFields) =>
  api.put<Omit<Provider, 'contracts'>>(`/api/admin/providers/${encodeURIComponent(id)}`, { ...fields, version });
export const createContract = (fields: ContractFields) => api.post<Contract>('/api/admin/contracts', fields);
export const updateContract = (id: string, version: number, fields: ContractFields) =>
  api.put<Contract>(`/api/admin/contracts/${encodeURIComponent(id)}`, { ...fields, version });
