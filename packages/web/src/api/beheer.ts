// Beheer of gemeenten (data, settings, logo, history) and, for the hosting party, organisations.
import { api } from './client.ts';
import type { FormatieSettings } from '@koers/domain';
import type { AdminGemeente } from './types.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';
import type { components } from './generated/koers-api.ts';

export type HistoryEntry = components['schemas']['Wijziging'];

export interface SpukAmounts {
  asiel: { leerroute: number; map: number; maatschappelijkeBegeleiding: number; pvt: number; tolk: number };
  'gezin-overig': { map: number; pvt: number; tolk: number };
}

export interface LetterSettings {
  department?: string;
  contactName?: string;
  visitingAddress?: string;
  postalAddress?: string;
  phone?: string;
  email?: string;
  signatoryName?: string;
  signatoryFunction?: string;
  objectionAddress?: string;
  handhavingPolicy?: string;
}

/** Retention periods in years (@koers/domain retentionSettingsSchema); absent = the default. */
export interface RetentionSettings {
  caseFileYears?: number;
  coreDataYears?: number;
  processingLogYears?: number;
}

/** The gemeente's own settings (@koers/domain gemeenteSettingsSchema); absent = national default. */
export interface GemeenteSettings {
  spuk?: SpukAmounts;
  mapHourNorm?: number;
  objectionPeriodWeeks?: number;
  progressMeetingsDefault?: number;
  reliefCheckpointsMonths?: number[];
  reliefLocalExtensionMonths?: number;
  intakeScenario?: 1 | 2 | 3;
  duoContactTelefoon?: string;
  /** The debtor account of the ontzorgen batches (ADR 0147). */
  ontzorgenAccount?: { name: string; iban: string; bic: string };
  budgetbeheerReportDays?: number;
  /** Sturing settings (issue 16): not edited on the settings page, kept as they are when it saves. */
  formatie?: FormatieSettings;
  spukTrancheVerdeling?: number[];
  letter: LetterSettings;
  retention?: RetentionSettings;
  /** Dashboards hide counts from 1 to this number − 1 for aggregate-only roles (ADR 0141); absent = 5. */
  kleineAantallenDrempel?: number;
}

export interface NationalSettings {
  spuk: SpukAmounts;
  mapHourNorm: number;
  objectionPeriodWeeks: number;
  progressMeetingsDefault: number;
  reliefCheckpointsMonths: number[];
  reliefLocalExtensionMonths: number;
}

/** The settings as the server sends them; its schema leaves the two documents open (`settings`, `national`), the page reads them as the domain's documents below. */
type SettingsResponse = components['schemas']['GemeenteInstellingen'];
export type GemeenteSettingsView = Omit<SettingsResponse, 'settings' | 'national'> & { settings: GemeenteSettings; national: NationalSettings };

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
