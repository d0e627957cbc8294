// Beheer of gemeenten (data, settings, logo, history) and, for the hosting party, organisations.
import { api } from './client.ts';
import type { AdminGemeente } from './types.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';
import type { components } from './generated/koers-api.ts';

export type HistoryEntry = components['schemas']['Wijziging'];

export type GemeenteSettingsView = components['schemas']['GemeenteInstellingen'];
/** The gemeente's own settings (@koers/domain gemeenteSettingsSchema); absent = national default. */
export type GemeenteSettings = GemeenteSettingsView['settings'];
/** What applies where the gemeente sets nothing: the national settings of this year. */
export type NationalSettings = GemeenteSettingsView['national'];
export type SpukAmounts = NationalSettings['spuk'];
export type LetterSettings = GemeenteSettings['letter'];
/** Retention periods in years (@koers/domain retentionSettingsSchema); absent = the default. */
export type RetentionSettings = GemeenteSettings['retention'];

export type GemeenteInput = ApiBody<'/api/admin/gemeenten', 'post'>;

const base = (id: string) => `/api/admin/gemeenten/${encodeURIComponent(id)}`;

export const createGemeente = (input: GemeenteInput) => api.post<AdminGemeente>('/api/admin/gemeenten', input);
export const updateGemeente = (id: string, patch: ApiBody<'/api/admin/gemeenten/{id}', 'patch'>) => api.patch<AdminGemeente>(base(id), patch);
export const getGemeenteHistory = (id: string) => api.get<HistoryEntry[]>(`${base(id)}/history`);
export const getGemeenteSettings = (id: string) => api.get<GemeenteSettingsView>(`${base(id)}/settings`);
export const saveGemeenteSettings = (id: string, version: number, settings: GemeenteSettings) => api.put<GemeenteSettingsView>(`${base(id)}/settings`, { version, settings });
export const saveGemeenteLogo = (id: string, version: number, image: string | null) => api.put<GemeenteSettingsView>(`${base(id)}/logo`, { version, image });
export const gemeenteLogoUrl = (id: string, updatedAt: string) => `${base(id)}/logo?v=${encodeURIComponent(updatedAt)}`;

export type OrganisationView = components['schemas']['Organisatie'];
export type NewOrganisationInput = ApiBody<'/api/hosting/organisations', 'post'>;

export const getOrganisations = () => api.get<OrganisationView[]>('/api/hosting/organisations');
export const createOrganisation = (input: NewOrganisationInput) =>
  api.post<ApiResponse<'/api/hosting/organisations', 'post', 201>>('/api/hosting/organisations', input);

/** What retention would do now (dry run) and what it did (ADR 0099): counts only. */
export type RetentionOverview = ApiResponse<'/api/admin/gemeenten/{id}/opschoning', 'get'>;
export type RetentionCounts = RetentionOverview['dryRun'];

export const getRetentionOverview = (id: string) => api.get<RetentionOverview>(`${base(id)}/opschoning`);
