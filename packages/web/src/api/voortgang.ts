// Voortgangsgesprekken, tolken, doorverwijzingen and the sociale kaart (server: routes/voortgang.ts, ADR 0120–0122).
import { api } from './client.ts';

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

export interface ProgressMeeting {
  id: string;
  plannedOn: string;
  extra: boolean;
  status: 'gepland' | 'gehouden' | 'vervallen';
  heldOn: string | null;
  attendees: string | null;
  report: Partial<Record<ReportTheme, string>>;
  sensitiveReport: Partial<Record<SensitiveTheme, string>> | null;
  outcome: ProgressOutcome | null;
  outcomeReason: string | null;
  documentId: string | null;
  version: number;
}

export interface InterpreterBooking {
  id: string;
  meetingKind: 'intake' | 'voortgang';
  meetingId: string;
  bookedOn: string;
  language: string;
  kind: InterpreterKind;
  providerName: string;
  costCents: number;
  status: InterpreterStatus;
  version: number;
}

export interface Referral {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationTheme: SocialeKaartTheme;
  progressMeetingId: string | null;
  referredOn: string;
  reason: string;
  outcome: ReferralOutcome;
  outcomeNote: string | null;
  version: number;
}

export interface SocialeKaartOrganisation {
  id: string;
  gemeenteId: string;
  name: string;
  theme: SocialeKaartTheme;
  contact: string | null;
  notes: string | null;
  active: boolean;
  version: number;
}

export interface Voortgang {
  pip: { id: string; version: number; progressMeetings: number | null; issuedOn: string | null } | null;
  term: { start: string; endExclusive: string } | null;
  meetings: ProgressMeeting[];
  interpreterBookings: InterpreterBooking[];
  interpreterCostCents: number;
  referrals: Referral[];
  organisations: SocialeKaartOrganisation[];
  intakeMeetings: Array<{ id: string; kind: string; plannedAt: string | null }>;
  readsSensitive: boolean;
}

export interface RecordMeetingInput {
  version: number;
  heldOn: string;
  attendees: string;
  report: Partial<Record<ReportTheme, string>>;
  sensitiveReport?: Partial<Record<SensitiveTheme, string>>;
  outcome: ProgressOutcome;
  outcomeReason?: string | null;
  referral?: { organisationId: string; reason: string } | null;
}

export interface BookingInput {
  meetingKind: 'intake' | 'voortgang';
  meetingId: string;
  bookedOn: string;
  language: string;
  kind: InterpreterKind;
  providerName: string;
  costCents: number;
  status: InterpreterStatus;
}

export interface OrganisationInput {
  name: string;
  theme: SocialeKaartTheme;
  contact: string | null;
  notes: string | null;
}

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/voortgang`;

export const getVoortgang = (caseId: string) => api.get<Voortgang>(base(caseId));
export const planVoortgang = (caseId: string) => api.post<{ planned: number; dropped: number }>(`${base(caseId)}/plannen`, {});
export const addProgressMeeting = (caseId: string, plannedOn: string) => api.post<ProgressMeeting>(`${base(caseId)}/gesprekken`, { plannedOn });
export const moveProgressMeeting = (caseId: string, meetingId: string, plannedOn: string, version: number) =>
  api.patch<ProgressMeeting>(`${base(caseId)}/gesprekken/${encodeURIComponent(meetingId)}`, { plannedOn, version });
export const recordProgressMeeting = (caseId: string, meetingId: string, input: RecordMeetingInput) =>
  api.put<ProgressMeeting>(`${base(caseId)}/gesprekken/${encodeURIComponent(meetingId)}/verslag`, input);
export const addInterpreterBooking = (caseId: string, input: BookingInput) => api.post<InterpreterBooking>(`${base(caseId)}/tolken`, input);
export const updateInterpreterBooking = (caseId: string, bookingId: string, input: BookingInput & { version: number }) =>
  api.put<InterpreterBooking>(`${base(caseId)}/tolken/${encodeURIComponent(bookingId)}`, input);
export const addReferral = (caseId: string, input: { organisationId: string; referredOn: string; reason: string }) => api.post<Referral>(`${base(caseId)}/doorverwijzingen`, input);
export const updateReferral = (caseId: string, referralId: string, input: { outcome: ReferralOutcome; outcomeNote: string | null; version: number }) =>
  api.patch<Referral>(`${base(caseId)}/doorverwijzingen/${encodeURIComponent(referralId)}`, input);

export const getSocialeKaart = (gemeenteId: string) => api.get<{ organisations: SocialeKaartOrganisation[]; canManage: boolean }>(`/api/gemeenten/${encodeURIComponent(gemeenteId)}/sociale-kaart`);
export const addSocialeKaartOrganisation = (gemeenteId: string, input: OrganisationInput) => api.post<SocialeKaartOrganisation>('/api/sociale-kaart', { gemeenteId, ...input });
export const updateSocialeKaartOrganisation = (id: string, input: OrganisationInput & { active: boolean; version: number }) =>
  api.put<SocialeKaartOrganisation>(`/api/sociale-kaart/${encodeURIComponent(id)}`, input);

/** "€ 45,50" from 4550 cents. */
export const euro = (cents: number, language: string) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);
