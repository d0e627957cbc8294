// Voortgangsgesprekken, tolken, doorverwijzingen and the sociale kaart (server: routes/voortgang.ts, ADR 0120–0122).
import { api } from './client.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';

export const progressOutcomes = ['doorgaan', 'pip-wijzigen', 'extra-ondersteuning', 'doorverwijzing', 'handhaving-starten'] as const;
export type ProgressOutcome = (typeof progressOutcomes)[number];
export const reportThemes = ['taal', 'participatie', 'map', 'pvt', 'ontzorgen'] as const;
export type ReportTheme = (typeof reportThemes)[number];
export const sensitiveThemes = ['gezondheid', 'gezin'] as const;
export type SensitiveTheme = (typeof sensitiveThemes)[number];
export const interpreterKinds = ['ter-plaatse', 'telefonisch', 'video'] as const;
export type InterpreterKind = (typeof interpreterKinds)[number];
export const interpreterStatuses = ['aangevraagd', 'bevestigd', 'geleverd', 'geannuleerd'] as const;
export type InterpreterStatus = (typeof interpreterStatuses)[number];
export const socialeKaartThemes = ['gezondheid', 'schulden', 'onderwijs', 'werk', 'sport', 'kinderen', 'overig'] as const;
export type SocialeKaartTheme = (typeof socialeKaartThemes)[number];
export const referralOutcomes = ['lopend', 'opgevolgd', 'niet-opgevolgd'] as const;
export type ReferralOutcome = (typeof referralOutcomes)[number];

export type Voortgang = ApiResponse<'/api/cases/{id}/voortgang', 'get'>;
export type ProgressMeeting = Voortgang['meetings'][number];
export type InterpreterBooking = Voortgang['interpreterBookings'][number];
export type Referral = Voortgang['referrals'][number];
export type SocialeKaartOrganisation = Voortgang['organisations'][number];
export type RecordMeetingInput = ApiBody<'/api/cases/{id}/voortgang/gesprekken/{meetingId}/verslag', 'put'>;
export type BookingInput = ApiBody<'/api/cases/{id}/voortgang/tolken', 'post'>;
export type OrganisationInput = Omit<ApiBody<'/api/sociale-kaart', 'post'>, 'gemeenteId'>;

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/voortgang`;

export const getVoortgang = (caseId: string) => api.get<Voortgang>(base(caseId));
export const planVoortgang = (caseId: string) => api.post<ApiResponse<'/api/cases/{id}/voortgang/plannen', 'post'>>(`${base(caseId)}/plannen`, {});
export const addProgressMeeting = (caseId: string, plannedOn: string) => api.post<ProgressMeeting>(`${base(caseId)}/gesprekken`, { plannedOn });
export const moveProgressMeeting = (caseId: string, meetingId: string, plannedOn: string, version: number) =>
  api.patch<ProgressMeeting>(`${base(caseId)}/gesprekken/${encodeURIComponent(meetingId)}`, { plannedOn, version });
export const recordProgressMeeting = (caseId: string, meetingId: string, input: RecordMeetingInput) =>
  api.put<ProgressMeeting>(`${base(caseId)}/gesprekken/${encodeURIComponent(meetingId)}/verslag`, input);
export const addInterpreterBooking = (caseId: string, input: BookingInput) => api.post<InterpreterBooking>(`${base(caseId)}/tolken`, input);
export const updateInterpreterBooking = (caseId: string, bookingId: string, input: ApiBody<'/api/cases/{id}/voortgang/tolken/{bookingId}', 'put'>) =>
  api.put<InterpreterBooking>(`${base(caseId)}/tolken/${encodeURIComponent(bookingId)}`, input);
export const addReferral = (caseId: string, input: ApiBody<'/api/cases/{id}/voortgang/doorverwijzingen', 'post'>) => api.post<Referral>(`${base(caseId)}/doorverwijzingen`, input);
export const updateReferral = (caseId: string, referralId: string, input: ApiBody<'/api/cases/{id}/voortgang/doorverwijzingen/{referralId}', 'patch'>) =>
  api.patch<Referral>(`${base(caseId)}/doorverwijzingen/${encodeURIComponent(referralId)}`, input);

export const getSocialeKaart = (gemeenteId: string) => api.get<ApiResponse<'/api/gemeenten/{id}/sociale-kaart', 'get'>>(`/api/gemeenten/${encodeURIComponent(gemeenteId)}/sociale-kaart`);
export const addSocialeKaartOrganisation = (gemeenteId: string, input: OrganisationInput) => api.post<SocialeKaartOrganisation>('/api/sociale-kaart', { gemeenteId, ...input });
export const updateSocialeKaartOrganisation = (id: string, input: ApiBody<'/api/sociale-kaart/{organisationId}', 'put'>) =>
  api.put<SocialeKaartOrganisation>(`/api/sociale-kaart/${encodeURIComponent(id)}`, input);

/** "€ 45,50" from 4550 cents. */
export const euro = (cents: number, language: string) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);
