// The organisation's providers and their contracts, kept by whoever holds contracts:manage
// (server: src/routes/providers.ts, ADR 0116; OpenAPI schemas "Aanbieder" and "Contract").
import { api } from './client.ts';
import type { ApiResponse } from './generated/index.ts';

export const providerKinds = ['taalaanbieder', 'map-aanbieder', 'pvt-aanbieder', 'participatieorganisatie', 'budgetbeheerder'] as const;
export type ProviderKind = (typeof providerKinds)[number];
export const contractRoutes = ['B1', 'Z', 'Onderwijs'] as const;
export type ContractRouteCode = (typeof contractRoutes)[number];
export const keurmerkChoices = ['geen', 'blik-op-werk'] as const;
export type KeurmerkChoice = (typeof keurmerkChoices)[number];

export type ProvidersOverview = ApiResponse<'/api/admin/providers', 'get'>;
export type Provider = ProvidersOverview['providers'][number];
export type Contract = Provider['contracts'][number];

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
