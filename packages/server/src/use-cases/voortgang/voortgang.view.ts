import type { interpreterBookings, progressMeetings, referrals, socialeKaartOrganisations } from '../../db/schema.ts';
import type { Principal } from '../../auth/principal.ts';
import { z } from 'zod';
import { interpreterKinds, interpreterStatuses, progressMeetingStatuses, progressOutcomes, referralOutcomes, socialeKaartThemes } from '@koers/domain';
import { period } from '../../contract/view-fields.ts';
import { knownValue } from '../known-value.ts';
import { bookingMeetingKinds } from './voortgang.types.ts';

type MeetingRow = typeof progressMeetings.$inferSelect;
type BookingRow = typeof interpreterBookings.$inferSelect;
type ReferralRow = typeof referrals.$inferSelect;
type OrganisationRow = typeof socialeKaartOrganisations.$inferSelect;

export const readsSensitiveProgress = (principal: Principal): boolean => principal.permissions.includes('case:read-sensitive');

const texts = (value: unknown): Record<string, string> =>
  typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};

const textsSchema = z.record(z.string(), z.string());

export const progressMeetingViewSchema = z
  .object({
    id: z.string(),
    plannedOn: z.string(),
    extra: z.boolean(),
    status: z.enum(progressMeetingStatuses),
    heldOn: z.string().nullable(),
    attendees: z.string().nullable(),
    report: textsSchema,
    /** Gezondheid and gezin; null for a user without case:read-sensitive. */
    sensitiveReport: textsSchema.nullable().describe('Gezondheid en gezin: alleen voor rollen met case:read-sensitive'),
    outcome: z.enum(progressOutcomes).nullable(),
    outcomeReason: z.string().nullable(),
    documentId: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: 'Voortgangsgesprek' });
export type ProgressMeetingView = z.output<typeof progressMeetingViewSchema>;

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

export const interpreterBookingViewSchema = z
  .object({
    id: z.string(),
    meetingKind: z.enum(bookingMeetingKinds),
    meetingId: z.string(),
    bookedOn: z.string(),
    language: z.string(),
    kind: z.enum(interpreterKinds),
    providerName: z.string(),
    costCents: z.number(),
    status: z.enum(interpreterStatuses),
    version: z.number(),
  })
  .meta({ id: 'Tolkboeking' });
export type InterpreterBookingView = z.output<typeof interpreterBookingViewSchema>;

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

export const referralViewSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    organisationTheme: z.enum(socialeKaartThemes),
    progressMeetingId: z.string().nullable(),
    referredOn: z.string(),
    reason: z.string(),
    outcome: z.enum(referralOutcomes),
    outcomeNote: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: 'Doorverwijzing' });
export type ReferralView = z.output<typeof referralViewSchema>;

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

export const socialeKaartOrganisationViewSchema = z
  .object({
    id: z.string(),
    gemeenteId: z.string(),
    name: z.string(),
    theme: z.enum(socialeKaartThemes),
    contact: z.string().nullable(),
    notes: z.string().nullable(),
    active: z.boolean(),
    version: z.number(),
  })
  .meta({ id: 'SocialeKaartOrganisatie' });
export type SocialeKaartOrganisationView = z.output<typeof socialeKaartOrganisationViewSchema>;

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

/** The sociale kaart of a gemeente, and whether the user may change it. */
export const socialeKaartListSchema = z.object({ organisations: z.array(socialeKaartOrganisationViewSchema), canManage: z.boolean() });
export type SocialeKaartList = z.output<typeof socialeKaartListSchema>;

export const voortgangViewSchema = z.object({
  /** The vastgesteld PIP the gesprekken are planned from. */
  pip: z.object({ id: z.string(), version: z.number(), progressMeetings: z.number().nullable(), issuedOn: z.string().nullable() }).nullable(),
  term: period.nullable(),
  meetings: z.array(progressMeetingViewSchema),
  interpreterBookings: z.array(interpreterBookingViewSchema),
  /** Sum of the bookings that count (not cancelled), in cents. */
  interpreterCostCents: z.number(),
  referrals: z.array(referralViewSchema),
  /** Active organisations of the case's gemeente, to refer to. */
  organisations: z.array(socialeKaartOrganisationViewSchema),
  /** Intake meetings an interpreter can be booked for. */
  intakeMeetings: z.array(z.object({ id: z.string(), kind: z.string(), plannedAt: z.string().nullable() })),
  readsSensitive: z.boolean(),
});
export type VoortgangView = z.output<typeof voortgangViewSchema>;

/** How many planned gesprekken a replanning added and how many lapsed. */
export const planResultSchema = z.object({ planned: z.number(), dropped: z.number() });
export type PlanResult = z.output<typeof planResultSchema>;

/** Tolkkosten of one gemeente over a period: counts and cents, no names, no case ids. */
export const interpreterCostsSchema = z.object({
  gemeente: z.object({ id: z.string(), name: z.string() }),
  from: z.string(),
  to: z.string(),
  bookings: z.number(),
  totalCents: z.number(),
  perKind: z.record(z.enum(interpreterKinds), z.object({ bookings: z.number(), totalCents: z.number() })),
  /** Cases with at least one booking in the period (a count, never who). */
  cases: z.number(),
});
export type InterpreterCosts = z.output<typeof interpreterCostsSchema>;
