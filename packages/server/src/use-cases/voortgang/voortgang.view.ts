import type { interpreterBookings, progressMeetings, referrals, socialeKaartOrganisations } from '../../db/schema.ts';
import type { Principal } from '../../auth/principal.ts';
import {
  interpreterKinds,
  interpreterStatuses,
  progressMeetingStatuses,
  progressOutcomes,
  referralOutcomes,
  socialeKaartThemes,
  type InterpreterKind,
  type InterpreterStatus,
  type ProgressMeetingStatus,
  type ProgressOutcome,
  type ReferralOutcome,
  type SocialeKaartTheme,
} from '@koers/domain';
import { knownValue } from '../known-value.ts';
import { bookingMeetingKinds } from './voortgang.types.ts';

type MeetingRow = typeof progressMeetings.$inferSelect;
type BookingRow = typeof interpreterBookings.$inferSelect;
type ReferralRow = typeof referrals.$inferSelect;
type OrganisationRow = typeof socialeKaartOrganisations.$inferSelect;

export const readsSensitiveProgress = (principal: Principal): boolean => principal.permissions.includes('case:read-sensitive');

const texts = (value: unknown): Record<string, string> =>
  typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};

export interface ProgressMeetingView {
  id: string;
  plannedOn: string;
  extra: boolean;
  status: ProgressMeetingStatus;
  heldOn: string | null;
  attendees: string | null;
  report: Record<string, string>;
  /** Gezondheid and gezin; null for a user without case:read-sensitive. */
  sensitiveReport: Record<string, string> | null;
  outcome: ProgressOutcome | null;
  outcomeReason: string | null;
  documentId: string | null;
  version: number;
}

export function progressMeetingView(row: MeetingRow, principal: Principal): ProgressMeetingView {
  return {
    id: row.id,
    plannedOn: row.plannedOn,
    extra: row.extra,
    status: knownValue(progressMeetingStatuses, row.status, 'progress_meetings.status'),
    heldOn: row.heldOn,
    attendees: row.attendees,
    report: texts(row.report),
    sensitiveReport: readsSensitiveProgress(principal) ? texts(row.sensitiveReport) : null,
    outcome: row.outcome === null ? null : knownValue(progressOutcomes, row.outcome, 'progress_meetings.outcome'),
    outcomeReason: row.outcomeReason,
    documentId: row.documentId,
    version: row.version,
  };
}

/** The fields the record history keeps of a gesprek (the special categories only as "changed"). */
export const progressMeetingFields = (row: MeetingRow) => ({
  plannedOn: row.plannedOn,
  status: row.status,
  heldOn: row.heldOn,
  attendees: row.attendees,
  report: row.report,
  sensitiveReportChanged: Object.keys(texts(row.sensitiveReport)).length > 0 ? row.updatedAt.toISOString() : null,
  outcome: row.outcome,
  outcomeReason: row.outcomeReason,
});

export interface InterpreterBookingView {
  id: string;
  meetingKind: (typeof bookingMeetingKinds)[number];
  meetingId: string;
  bookedOn: string;
  language: string;
  kind: InterpreterKind;
  providerName: string;
  costCents: number;
  status: InterpreterStatus;
  version: number;
}

export const interpreterBookingView = (r: BookingRow): InterpreterBookingView => ({
  id: r.id,
  meetingKind: knownValue(bookingMeetingKinds, r.meetingKind, 'interpreter_bookings.meeting_kind'),
  meetingId: r.meetingId,
  bookedOn: r.bookedOn,
  language: r.language,
  kind: knownValue(interpreterKinds, r.kind, 'interpreter_bookings.kind'),
  providerName: r.providerName,
  costCents: r.costCents,
  status: knownValue(interpreterStatuses, r.status, 'interpreter_bookings.status'),
  version: r.version,
});

export const bookingFields = (r: BookingRow) => ({
  meetingKind: r.meetingKind,
  meetingId: r.meetingId,
  bookedOn: r.bookedOn,
  language: r.language,
  kind: r.kind,
  providerName: r.providerName,
  costCents: r.costCents,
  status: r.status,
});

export interface ReferralView {
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

export const referralView = (r: ReferralRow, org: Pick<OrganisationRow, 'name' | 'theme'>): ReferralView => ({
  id: r.id,
  organisationId: r.organisationId,
  organisationName: org.name,
  organisationTheme: knownValue(socialeKaartThemes, org.theme, 'sociale_kaart_organisations.theme'),
  progressMeetingId: r.progressMeetingId,
  referredOn: r.referredOn,
  reason: r.reason,
  outcome: knownValue(referralOutcomes, r.outcome, 'referrals.outcome'),
  outcomeNote: r.outcomeNote,
  version: r.version,
});

export const referralFields = (r: ReferralRow) => ({ organisationId: r.organisationId, referredOn: r.referredOn, reason: r.reason, outcome: r.outcome, outcomeNote: r.outcomeNote });

export interface SocialeKaartOrganisationView {
  id: string;
  gemeenteId: string;
  name: string;
  theme: SocialeKaartTheme;
  contact: string | null;
  notes: string | null;
  active: boolean;
  version: number;
}

export const organisationView = (r: OrganisationRow): SocialeKaartOrganisationView => ({
  id: r.id,
  gemeenteId: r.gemeenteId,
  name: r.name,
  theme: knownValue(socialeKaartThemes, r.theme, 'sociale_kaart_organisations.theme'),
  contact: r.contact,
  notes: r.notes,
  active: r.active,
  version: r.version,
});

export const organisationFields = (r: OrganisationRow) => ({ name: r.name, theme: r.theme, contact: r.contact, notes: r.notes, active: r.active });

export interface VoortgangView {
  /** The vastgesteld PIP the gesprekken are planned from. */
  pip: { id: string; version: number; progressMeetings: number | null; issuedOn: string | null } | null;
  term: { start: string; endExclusive: string } | null;
  meetings: ProgressMeetingView[];
  interpreterBookings: InterpreterBookingView[];
  /** Sum of the bookings that count (not cancelled), in cents. */
  interpreterCostCents: number;
  referrals: ReferralView[];
  /** Active organisations of the case's gemeente, to refer to. */
  organisations: SocialeKaartOrganisationView[];
  /** Intake meetings an interpreter can be booked for. */
  intakeMeetings: Array<{ id: string; kind: string; plannedAt: string | null }>;
  readsSensitive: boolean;
}
