// The schema definition. Migrations in ../../drizzle are generated from this file with
// `npm run db:generate`; test/schema-drift.test.ts fails when the two disagree.
import type {
  AppointmentKind,
  AgreementStatus,
  AppointmentResponse,
  CollectionStatus,
  ContractLocation,
  ContractRoute,
  Explained,
  Explanation,
  FixedCost,
  GemeenteSettingsDocument,
  HalfjaarSectionKey,
  HandhavingStage,
  HandhavingState,
  HeldCheckpoint,
  HoursCategory,
  Keurmerk,
  PortaalDocumentRequestState,
  ProviderKind,
  ReliefExecutor,
  SupportOffer,
  ViolationGround,
  Voorziening,
  ZrmMatrix,
} from '@koers/domain';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgRole,
  pgTable,
  pgView,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { FieldChanges } from '../audit/history.ts';
import type { FlaggedCase } from '../use-cases/ontzorgen/finance-support.ts';
import type { HandhavingStepData } from '../use-cases/handhaving/handhaving-support.ts';
import type { IntakeThemes } from '../use-cases/intake/themes.types.ts';
import type { LearnabilityResultDetails } from '../use-cases/intake/learnability-details.ts';
import type { MeetingParticipant } from '../use-cases/voorbereiding/meeting.types.ts';
import type { SignalData } from '../workqueue/refresh-signals.ts';
import type { LetterSummary } from '../documents/summaries/summary.ts';
import type { ImportRejection } from '../imports/job-store.ts';
import type { StoredDutyExplanation } from '../use-cases/registration/duty.ts';
import type { StoredMotivation, StoredRelief } from '../use-cases/pip/pip-support.ts';
import type { LanguageSkill, OmittedMapTheme } from '../use-cases/pip/pip.types.ts';
import type { ReportKind, ReportPayload } from '../use-cases/provider-reports/report-payload.ts';

/** The role every request runs as (SET LOCAL ROLE): not the owner, so row-level security applies. */
export const appRole = pgRole('koers_app').existing();

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

// The scope functions are wrapped in a sub-select so PostgreSQL evaluates them once per query
// (an InitPlan) instead of once per row (docs/adr/0060-request-overhead.md).
const gemeenteScope = sql`gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])`;
const organisationScope = sql`organisation_id = (SELECT koers_scope_organisation())`;

/**
 * The partner wall (ADR 0150, 0159), a RESTRICTIVE policy on cases: it only narrows the gemeente
 * policy. A partner's session (partner-begeleiding, partner-aanbieder, partner-budgetbeheer) sees only
 * the cases koers_partner_case_ids() lists: those it is assigned to, or — a partner-aanbieder — those
 * placed under a contract of its provider, while the placement runs and for the contract's
 * access_months_after_end after it was withdrawn (by the database's clock, like the sessions). The
 * function is NULL for every other role and for work without a session: they are unaffected. The
 * tables with a case_id carry the same wall (<table>_partner_wall, migration
 * partner-wall-on-case-tables); the function is defined there too.
 */
const partnerWall = sql`(SELECT koers_partner_case_ids(current_user::text)) IS NULL OR id = ANY ((SELECT koers_partner_case_ids(current_user::text))::uuid[])`;

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

// `organisations`, `gemeenten` and `sessions` have row-level security without any policy for
// `koers_app`, and `koers_app` has no privileges on them (migration database-wall): requests reach
// them only through the database functions and the view `gemeenten_in_scope` (ADR 0095).
export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  ...timestamps,
}).enableRLS();

export const gemeenten = pgTable(
  'gemeenten',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** CBS gemeentecode, four digits. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** Organisatie-identificatienummer (Logius): bron of every DUO request; 20 digits, unique. */
    oin: text('oin'),
    /**
     * The gemeente's own settings: @koers/domain gemeenteSettingsSchema (src/gemeenten/settings.ts).
     * Written only after that schema's parse; read through readGemeenteSettings, because a document
     * stored under an older schema must still read (ADR 0071).
     */
    settings: jsonb('settings').$type<GemeenteSettingsDocument>().notNull().default({}),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('gemeenten_code_key').on(t.code),
    uniqueIndex('gemeenten_oin_key').on(t.oin),
    // The target of user_gemeenten's (gemeente, organisation) key: a grant stays inside one organisation.
    unique('gemeenten_id_organisation_key').on(t.id, t.organisationId),
  ],
).enableRLS();

/**
 * The gemeenten of the request's organisation (the organisation derived from the session, ADR
 * 0095; every gemeente for the owner's system work): what request code reads instead of `gemeenten`. A view owned by the owner (so it reads the
 * table with the owner's rights), security_barrier, SELECT only for koers_app; created by the
 * migration database-wall.
 */
export const gemeentenInScope = pgView('gemeenten_in_scope', {
  id: uuid('id').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  oin: text('oin'),
  settings: jsonb('settings').$type<GemeenteSettingsDocument>().notNull(),
  version: integer('version').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
}).existing();

/** The gemeente's logo for letters (PNG or JPEG, type checked from the content, size-limited). */
export const gemeenteLogos = pgTable(
  'gemeente_logos',
  {
    gemeenteId: uuid('gemeente_id')
      .primaryKey()
      .references(() => gemeenten.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    contentType: text('content_type').notNull(),
    data: bytea('data').notNull(),
    /** SHA-256 of the image, for the history (the bytes themselves are not in record_history). */
    sha256: text('sha256').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [pgPolicy('gemeente_logos_organisation_isolation', { for: 'all', to: appRole, using: organisationScope, withCheck: organisationScope })],
).enableRLS();

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    passwordHash: text('password_hash'),
    oidcSubject: text('oidc_subject'),
    active: boolean('active').notNull().default(true),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    /** Work phone; DUO's contactpersoon needs a telefoonnummer (else the gemeente's team number). */
    phone: text('phone'),
    ...timestamps,
  },
  (t) => [
    // Unique per organisation, not across them: an address taken in another organisation is not
    // revealed to a beheerder creating an account (ADR 0091). Login tries each account with the address.
    uniqueIndex('users_organisation_email_key').on(t.organisationId, t.email),
    index('users_email_idx').on(t.email),
    uniqueIndex('users_oidc_subject_key').on(t.oidcSubject),
    index('users_organisation_idx').on(t.organisationId),
    // The target of user_gemeenten's (user, organisation) key.
    unique('users_id_organisation_key').on(t.id, t.organisationId),
    pgPolicy('users_organisation_isolation', { for: 'all', to: appRole, using: organisationScope, withCheck: organisationScope }),
  ],
).enableRLS();

export const userGemeenten = pgTable(
  'user_gemeenten',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    gemeenteId: uuid('gemeente_id')
      .notNull()
      .references(() => gemeenten.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.gemeenteId] }),
    // A grant joins a user and a gemeente of the same organisation, whoever writes it.
    foreignKey({ name: 'user_gemeenten_user_organisation_fk', columns: [t.userId, t.organisationId], foreignColumns: [users.id, users.organisationId] }).onDelete('cascade'),
    foreignKey({ name: 'user_gemeenten_gemeente_organisation_fk', columns: [t.gemeenteId, t.organisationId], foreignColumns: [gemeenten.id, gemeenten.organisationId] }),
    pgPolicy('user_gemeenten_organisation_isolation', { for: 'all', to: appRole, using: organisationScope, withCheck: organisationScope }),
  ],
).enableRLS();

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the session token; the token itself only lives in the cookie. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    loginMethod: text('login_method').notNull(),
    /**
     * The absolute lifetime by the database's own clock (the 12 hours of sessionMaxMs), checked by the
     * scope functions; `expires_at` and the idle timeout are the application's, by its clock.
     */
    databaseExpiresAt: timestamp('database_expires_at', { withTimezone: true })
      .notNull()
      .default(sql`now() + interval '12 hours'`),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
).enableRLS();

/** One case (dossier) per person per gemeente. */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: uuid('gemeente_id')
      .notNull()
      .references(() => gemeenten.id),
    /**
     * Human-readable case number, the kenmerk of every letter: "INB-2026-000123" (per gemeente and
     * year of creation). Set by the database on insert (trigger koers_assign_case_number, ADR 0106);
     * never null after that, but typed nullable so inserts need not pass it.
     */
    caseNumber: text('case_number'),
    bsn: text('bsn'),
    vNumber: text('v_number'),
    givenNames: text('given_names').notNull(),
    familyName: text('family_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    nationality: text('nationality').notNull(),
    permit: text('permit').notNull(),
    status: text('status').notNull(),
    caseManagerId: uuid('case_manager_id').references(() => users.id),
    version: integer('version').notNull().default(1),
    /** How the case started: 'handmatig' | 'coa' | 'duo' | 'verhuizing'. */
    source: text('source').notNull().default('handmatig'),
    permitPurpose: text('permit_purpose'),
    joinsProtectedHolder: boolean('joins_protected_holder').notNull().default(false),
    euFamilyMember: boolean('eu_family_member').notNull().default(false),
    /** Outcome of the rules core (determineDuty), with its explanation. */
    obliged: boolean('obliged'),
    notObligedReason: text('not_obliged_reason'),
    targetGroup: text('target_group'),
    regime: text('regime'),
    /** ELIP (Einde Lening, InburgeringsPlichtig): a Wi2013 case of the ondertussengroep (R2, R32). */
    elip: boolean('elip').notNull().default(false),
    dutyExplanation: jsonb('duty_explanation').$type<StoredDutyExplanation>(),
    /** Key dates of schakel 1–2 (ISO dates). */
    linkedOn: date('linked_on', { mode: 'string' }),
    dutyStartOn: date('duty_start_on', { mode: 'string' }),
    duoNoticeOn: date('duo_notice_on', { mode: 'string' }),
    registeredOn: date('registered_on', { mode: 'string' }),
    movedInOn: date('moved_in_on', { mode: 'string' }),
    housedOn: date('housed_on', { mode: 'string' }),
    thirdPartyInfoReceivedOn: date('third_party_info_received_on', { mode: 'string' }),
    /** Inburgeringstermijn (from the first PIP, or as DUO reports it). */
    termStart: date('term_start', { mode: 'string' }),
    termEndExclusive: date('term_end_exclusive', { mode: 'string' }),
    coaReference: text('coa_reference'),
    coaLocation: text('coa_location'),
    preferredLanguage: text('preferred_language'),
    interpreterNeeded: boolean('interpreter_needed').notNull().default(false),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    closedOn: date('closed_on', { mode: 'string' }),
    closedReason: text('closed_reason'),
    /** Closed by hand: the reason code of @koers/domain `closeReasons` (null: closed by DUO or an import). */
    closedReasonCode: text('closed_reason_code'),
    /** Closed by hand: the status to go back to when the case is reopened. */
    statusBeforeClose: text('status_before_close'),
    /**
     * Retention (ADR 0099): null — everything kept; 'kerngegevens' — the case file is removed, the
     * core data of art. 9.9 lid 2 Besluit inburgering 2021 stays; 'verwijderd' — the core data is
     * removed too and the row is a pseudonymised stub that keeps foreign keys and the audit chain intact.
     */
    retentionStage: text('retention_stage'),
    ...timestamps,
  },
  (t) => [
    index('cases_gemeente_status_idx').on(t.gemeenteId, t.status),
    index('cases_gemeente_family_name_idx').on(t.gemeenteId, t.familyName),
    uniqueIndex('cases_gemeente_bsn_key').on(t.gemeenteId, t.bsn),
    uniqueIndex('cases_gemeente_case_number_key').on(t.gemeenteId, t.caseNumber),
    uniqueIndex('cases_gemeente_v_number_key').on(t.gemeenteId, t.vNumber),
    index('cases_case_manager_idx').on(t.caseManagerId),
    pgPolicy('cases_gemeente_isolation', { for: 'all', to: appRole, using: gemeenteScope, withCheck: gemeenteScope }),
    pgPolicy('cases_partner_wall', { as: 'restrictive', for: 'all', to: appRole, using: partnerWall, withCheck: partnerWall }),
  ],
).enableRLS();

/** The last case number given out per gemeente and year (ADR 0106); written by the case-number trigger and, for a whole import batch at once, by `assignCaseNumbers`. */
export const caseNumberCounters = pgTable(
  'case_number_counters',
  {
    gemeenteId: uuid('gemeente_id')
      .notNull()
      .references(() => gemeenten.id),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.gemeenteId, t.year] }),
    pgPolicy('case_number_counters_gemeente_isolation', { for: 'all', to: appRole, using: gemeenteScope, withCheck: gemeenteScope }),
  ],
).enableRLS();

/** Who changed what and when, per record. Org-level records (users) have no gemeente. */
export const recordHistory = pgTable(
  'record_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    gemeenteId: uuid('gemeente_id').references(() => gemeenten.id),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    action: text('action').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    changes: jsonb('changes').$type<FieldChanges>().notNull(),
    reason: text('reason'),
  },
  (t) => [
    index('record_history_entity_idx').on(t.entityType, t.entityId),
    pgPolicy('record_history_isolation', {
      for: 'all',
      to: appRole,
      using: sql`(gemeente_id IS NULL AND ${organisationScope}) OR ${gemeenteScope}`,
      withCheck: sql`(gemeente_id IS NULL AND ${organisationScope}) OR ${gemeenteScope}`,
    }),
  ],
).enableRLS();

/**
 * Processing log after the Logboek Dataverwerkingen standard: one row per processing
 * operation on personal data, correlated by trace and span ids.
 */
export const processingLog = pgTable(
  'processing_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    traceId: text('trace_id').notNull(),
    spanId: text('span_id').notNull(),
    parentSpanId: text('parent_span_id'),
    operationName: text('operation_name').notNull(),
    startTime: timestamp('start_time', { withTimezone: true }).notNull(),
    endTime: timestamp('end_time', { withTimezone: true }).notNull(),
    statusCode: text('status_code').notNull(),
    processingActivityId: text('processing_activity_id').notNull(),
    dataSubjectIdType: text('data_subject_id_type').notNull(),
    /** HMAC-SHA-256 pseudonym of the data subject's identifier; never the identifier itself. */
    dataSubjectId: text('data_subject_id').notNull(),
    action: text('action').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id'),
    // No foreign keys (migration 0005): an append-only evidence log written on every read must not
    // depend on, or be checked against, other rows (docs/adr/0060-request-overhead.md).
    actorUserId: uuid('actor_user_id'),
    /** The actor's role when the processing happened (a role may change later); null for Koers itself. */
    actorRole: text('actor_role'),
    organisationId: uuid('organisation_id').notNull(),
    gemeenteId: uuid('gemeente_id'),
  },
  (t) => [
    index('processing_log_subject_idx').on(t.dataSubjectId),
    index('processing_log_trace_idx').on(t.traceId),
    // The privacy officer searches by user over a period; retention prunes by time (ADR 0098, 0099).
    index('processing_log_actor_time_idx').on(t.actorUserId, t.startTime),
    index('processing_log_start_time_idx').on(t.startTime),
    pgPolicy('processing_log_isolation', {
      for: 'all',
      to: appRole,
      using: sql`(gemeente_id IS NULL AND ${organisationScope}) OR ${gemeenteScope}`,
      withCheck: sql`(gemeente_id IS NULL AND ${organisationScope}) OR ${gemeenteScope}`,
    }),
  ],
).enableRLS();

const caseScoped = (name: string) =>
  pgPolicy(`${name}_gemeente_isolation`, { for: 'all', to: appRole, using: gemeenteScope, withCheck: gemeenteScope });

const caseRef = () =>
  uuid('case_id')
    .notNull()
    .references(() => cases.id, { onDelete: 'cascade' });
const gemeenteRef = () =>
  uuid('gemeente_id')
    .notNull()
    .references(() => gemeenten.id);
const actorRef = () => uuid('created_by').references(() => users.id);

/** The case timeline: everything that happened, from Koers, DUO or the COA. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    kind: text('kind').notNull(),
    summary: text('summary').notNull(),
    /** What the event concerns, per kind (ids of the letter, invitation, document, …). */
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    source: text('source').notNull().default('koers'),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    /** Where in the case file this is resolved or shown (e.g. 'intake', 'pip'). */
    section: text('section'),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.at), caseScoped('case_events')],
).enableRLS();

/** Warme overdracht, kennismaking, intakegesprekken and (later) voortgangsgesprekken. */
export const caseMeetings = pgTable(
  'case_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    kind: text('kind').notNull(),
    plannedAt: timestamp('planned_at', { withTimezone: true }),
    location: text('location'),
    mode: text('mode').notNull().default('fysiek'),
    participants: jsonb('participants').$type<MeetingParticipant[]>().notNull().default([]),
    interpreter: boolean('interpreter').notNull().default(false),
    interpreterLanguage: text('interpreter_language'),
    interviewedAlone: boolean('interviewed_alone'),
    status: text('status').notNull().default('gepland'),
    notes: text('notes'),
    outcome: text('outcome'),
    /** Structured intake themes (education, work, language, prospects, self-reliance, VVE). */
    themes: jsonb('themes').$type<IntakeThemes>().notNull().default({}),
    /** Special category (health, personal circumstances): only for `case:read-sensitive`. */
    sensitiveNotes: text('sensitive_notes'),
    createdBy: actorRef(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('case_meetings_case_idx').on(t.caseId), caseScoped('case_meetings')],
).enableRLS();

/** Regeldag checklist: one row per item (bsn, bankrekening, brp, bijstand, zorgverzekering, huisarts, school, huurcontract). */
export const caseChecklistItems = pgTable(
  'case_checklist_items',
  {
    caseId: caseRef(),
    gemeenteId: gemeenteRef(),
    item: text('item').notNull(),
    status: text('status').notNull().default('open'),
    responsible: text('responsible'),
    dueOn: date('due_on', { mode: 'string' }),
    doneOn: date('done_on', { mode: 'string' }),
    note: text('note'),
    /** Optimistic locking: a PUT names the version it read (0 for an item never saved). */
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.item] }), caseScoped('case_checklist_items')],
).enableRLS();

/** The brede intake of a case (art. 14 Wi 2021): status and the written record. */
export const caseIntakes = pgTable(
  'case_intakes',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    gemeenteId: gemeenteRef(),
    status: text('status').notNull().default('open'),
    startedOn: date('started_on', { mode: 'string' }),
    completedOn: date('completed_on', { mode: 'string' }),
    completedWithoutPerson: boolean('completed_without_person').notNull().default(false),
    themes: jsonb('themes').$type<IntakeThemes>().notNull().default({}),
    sensitiveNotes: text('sensitive_notes'),
    summary: text('summary'),
    /** Hours of activities during the brede intake that count towards the Z-route's activity norm (art. 3.14 lid 6 Bi); null: none recorded. */
    activityHours: integer('activity_hours'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  () => [caseScoped('case_intakes')],
).enableRLS();

/** Invitations for the brede intake, with deadline, written warning and outcome (art. 14 lid 1 Wi 2021). */
export const intakeInvitations = pgTable(
  'intake_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    sequence: integer('sequence').notNull(),
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    respondBy: date('respond_by', { mode: 'string' }).notNull(),
    appointmentAt: timestamp('appointment_at', { withTimezone: true }),
    location: text('location'),
    warningSentOn: date('warning_sent_on', { mode: 'string' }),
    outcome: text('outcome').notNull().default('pending'),
    outcomeOn: date('outcome_on', { mode: 'string' }),
    documentId: uuid('document_id'),
    createdBy: actorRef(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('intake_invitations_case_sequence_key').on(t.caseId, t.sequence), caseScoped('intake_invitations')],
).enableRLS();

/** Leerbaarheidstoets: appointment and result (from Koers or DUO SS131/SS137). */
export const learnabilityTests = pgTable(
  'learnability_tests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    plannedAt: timestamp('planned_at', { withTimezone: true }),
    location: text('location'),
    device: text('device'),
    supervisor: text('supervisor'),
    status: text('status').notNull().default('gepland'),
    exemption: text('exemption'),
    resultOn: date('result_on', { mode: 'string' }),
    advisedRoute: text('advised_route'),
    resultDetails: jsonb('result_details').$type<LearnabilityResultDetails>().notNull().default({}),
    source: text('source').notNull().default('koers'),
    createdBy: actorRef(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('learnability_tests_case_idx').on(t.caseId), caseScoped('learnability_tests')],
).enableRLS();

/** Extra learnability evidence: startklas observation (24 aspects) or an assessment. */
export const learnabilityEvidence = pgTable(
  'learnability_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    kind: text('kind').notNull(),
    instrument: text('instrument'),
    observedOn: date('observed_on', { mode: 'string' }).notNull(),
    author: text('author').notNull(),
    /** A startklas observation's score (1–4) per aspect; empty for an assessment. */
    scores: jsonb('scores').$type<Record<string, number>>().notNull().default({}),
    advisedRoute: text('advised_route'),
    summary: text('summary'),
    createdBy: actorRef(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('learnability_evidence_case_idx').on(t.caseId), caseScoped('learnability_evidence')],
).enableRLS();

/** PIP versions. A vastgesteld version is immutable (trigger); a change is a new version. */
export const pips = pgTable(
  'pips',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    version: integer('version').notNull(),
    status: text('status').notNull().default('concept'),
    /** 'beschikking' (asielstatushouder) or 'advies' (gezinsmigrant / overige migrant). */
    kind: text('kind').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }),
    route: text('route'),
    level: text('level'),
    a2Skills: jsonb('a2_skills').$type<LanguageSkill[]>().notNull().default([]),
    intensity: text('intensity'),
    hoursPerWeek: integer('hours_per_week'),
    estimatedB1Intensity: text('estimated_b1_intensity'),
    motivation: jsonb('motivation').$type<Partial<StoredMotivation>>().notNull().default({}),
    deviatesFromAdvice: boolean('deviates_from_advice').notNull().default(false),
    support: text('support'),
    pvtIntensity: text('pvt_intensity'),
    mapIntensity: text('map_intensity'),
    mapThemesOmitted: jsonb('map_themes_omitted').$type<OmittedMapTheme[]>().notNull().default([]),
    vve: text('vve'),
    participation: text('participation'),
    participatiewet: text('participatiewet'),
    relief: jsonb('relief').$type<StoredRelief>(),
    progressMeetings: integer('progress_meetings'),
    changeReason: text('change_reason'),
    changeNote: text('change_note'),
    supersedesId: uuid('supersedes_id'),
    /** PipValidation (pip-support.ts); older rows hold `{ accepted, errors }`, so `unknown` read through duoValidationOf (ADR 0166). */
    duoValidation: jsonb('duo_validation').$type<unknown>(),
    documentId: uuid('document_id'),
    createdBy: actorRef(),
    issuedBy: uuid('issued_by').references(() => users.id),
    /** 'koers', or 'import': brought in from the gemeente's previous system and already known to DUO (never sent by Koers). */
    source: text('source').notNull().default('koers'),
    ...timestamps,
  },
  (t) => [uniqueIndex('pips_case_version_key').on(t.caseId, t.version), caseScoped('pips')],
).enableRLS();

/** Bezwaar against a PIP version. */
export const pipObjections = pgTable(
  'pip_objections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    pipId: uuid('pip_id')
      .notNull()
      .references(() => pips.id),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('ontvangen'),
    decidedOn: date('decided_on', { mode: 'string' }),
    note: text('note'),
    createdBy: actorRef(),
    ...timestamps,
  },
  (t) => [index('pip_objections_case_idx').on(t.caseId), caseScoped('pip_objections')],
).enableRLS();

/** Generated and uploaded documents (letters, beschikkingen) of a case. */
export const caseDocuments = pgTable(
  'case_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    mimeType: text('mime_type').notNull(),
    content: bytea('content').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** 'gegenereerd' (a letter Koers made) or 'geupload' (a file a user added, ADR 0101). */
    origin: text('origin').notNull().default('gegenereerd'),
    description: text('description'),
    /** An uploaded document may concern one PIP version or one bezwaar of the same case. */
    pipId: uuid('pip_id').references(() => pips.id),
    objectionId: uuid('objection_id').references(() => pipObjections.id),
    /** A generated letter: the key and facts of its translated summary (ADR 0164); null for uploads and older letters. */
    letterSummary: jsonb('letter_summary').$type<LetterSummary>(),
    /** A file the inburgeraar sent through the portal (origin 'portaal') answers this request (ADR 0163). */
    portaalRequestId: uuid('portaal_request_id').references(() => portaalDocumentRequests.id),
    /** The regisseur's verdict on a portal file: null until handled, then 'geaccepteerd' or 'opnieuw-gevraagd'. */
    portaalReview: text('portaal_review').$type<'geaccepteerd' | 'opnieuw-gevraagd'>(),
    createdBy: actorRef(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_documents_case_idx').on(t.caseId), caseScoped('case_documents')],
).enableRLS();

/**
 * The contactjournaal: notes of contacts about a case (ADR 0100). An entry marked `sensitive` is
 * read only with the permission journal:sensitive; its author corrects it (optimistic `version`,
 * every change in record_history).
 */
export const caseJournalEntries = pgTable(
  'case_journal_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    contactOn: date('contact_on', { mode: 'string' }).notNull(),
    kind: text('kind').notNull(),
    withWhom: text('with_whom'),
    text: text('text').notNull(),
    sensitive: boolean('sensitive').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdBy: actorRef(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_journal_entries_case_idx').on(t.caseId, t.contactOn), caseScoped('case_journal_entries')],
).enableRLS();

/**
 * Handhaving (issue 14, ADR 0132): one row per violation of art. 22 or 23 Wi 2021. `state` is the
 * @koers/domain HandhavingState the pure transitions produced; `stage` repeats its stage for queries.
 * The source is a generic reference (kind + optional id + description) so other parts can point here.
 */
export const handhavingViolations = pgTable(
  'handhaving_violations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    ground: text('ground').$type<ViolationGround>().notNull(),
    article: integer('article').notNull(),
    establishedOn: date('established_on', { mode: 'string' }).notNull(),
    sourceKind: text('source_kind').notNull(),
    sourceId: text('source_id'),
    stage: text('stage').$type<HandhavingStage>().notNull(),
    state: jsonb('state').$type<HandhavingState>().notNull(),
    version: integer('version').notNull().default(1),
    createdBy: actorRef(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('handhaving_violations_case_idx').on(t.caseId, t.establishedOn),
    index('handhaving_violations_gemeente_stage_idx').on(t.gemeenteId, t.stage),
    caseScoped('handhaving_violations'),
  ],
).enableRLS();

/** The steps of a violation, append-only: what, on which date, by whom, with which letter or document. */
export const handhavingSteps = pgTable(
  'handhaving_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    violationId: uuid('violation_id')
      .notNull()
      .references(() => handhavingViolations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    /** The one who prepared (voornemen) or decided (besluit); the four-eyes pair is in the besluit's data. */
    createdBy: actorRef(),
    documentId: uuid('document_id').references(() => caseDocuments.id, { onDelete: 'set null' }),
    data: jsonb('data').$type<HandhavingStepData>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('handhaving_steps_violation_idx').on(t.violationId, t.occurredOn), caseScoped('handhaving_steps')],
).enableRLS();

/** An imposed fine: the amount and the rules core's explanation at the decision, its legal status and its collection. */
export const handhavingFines = pgTable(
  'handhaving_fines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    violationId: uuid('violation_id')
      .notNull()
      .unique()
      .references(() => handhavingViolations.id, { onDelete: 'cascade' }),
    amountCents: integer('amount_cents').notNull(),
    computation: jsonb('computation').$type<Explanation>().notNull(),
    /** 'opgelegd' | 'onherroepelijk' | 'vervallen' (bezwaar or beroep gegrond). */
    status: text('status').notNull().default('opgelegd'),
    collectionStatus: text('collection_status').$type<CollectionStatus>().notNull().default('open'),
    paidCents: integer('paid_cents').notNull().default(0),
    collectionNote: text('collection_note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('handhaving_fines_case_idx').on(t.caseId), caseScoped('handhaving_fines')],
).enableRLS();

/**
 * A fine DUO imposed (C6; art. 24–25 Wi 2021, ADR 0145), recorded from DUO's beschikking until the koppeling
 * delivers it (`source`: 'handmatig' | 'duo'). Its effect comes from the rules core: a new termijn (the
 * case's termijn end) and a lower cap for the gemeente's own fines. Corrected with `version`; history in
 * record_history; `reviewedOn` ends the werkvoorraad item to review the traject.
 */
export const duoFines = pgTable(
  'duo_fines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    /** duoFineKinds in @koers/domain. */
    kind: text('kind').notNull(),
    decisionOn: date('decision_on', { mode: 'string' }).notNull(),
    amountCents: integer('amount_cents').notNull(),
    /** 6 | 12 | 18 | 24, or null for the two-yearly repeat fine without a new termijn. */
    newTermMonths: integer('new_term_months'),
    /** The case's termijn end before this fine, so a withdrawal can be explained. */
    previousTermEndExclusive: date('previous_term_end_exclusive', { mode: 'string' }),
    documentId: uuid('document_id').references(() => caseDocuments.id, { onDelete: 'set null' }),
    note: text('note'),
    source: text('source').notNull().default('handmatig'),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    reviewedOn: date('reviewed_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdBy: actorRef(),
    ...timestamps,
  },
  (t) => [index('duo_fines_case_idx').on(t.caseId, t.decisionOn), caseScoped('duo_fines')],
).enableRLS();

/**
 * Werkvoorraad signals, recomputed for a case on every change: what is due, from when, and why.
 * Overdue-ness is decided at read time against today's date (`overdue_on < today`).
 */
export const caseSignals = pgTable(
  'case_signals',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    caseManagerId: uuid('case_manager_id').references(() => users.id),
    kind: text('kind').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    section: text('section').notNull(),
    data: jsonb('data').$type<SignalData>().notNull().default({}),
    /**
     * The day after which the signal is overdue: its legal deadline (`data.deadline`) or else `due_on`. Set by the
     * database on every insert and update (trigger koers_signal_overdue_on, migration 0067, ADR 0040 addendum), so
     * the werkvoorraad's count reads it from the index below instead of every signal's row. Never written by Koers.
     */
    overdueOn: date('overdue_on', { mode: 'string' }),
  },
  (t) => [
    // Both werkvoorraad indexes also hold, as INCLUDE columns (hand-written in migration 0067: drizzle cannot declare
    // them), every other column the count, its filters and the walls' policies read — overdue_on, case_id and the
    // other of gemeente_id/case_manager_id — so the count and the page's ordered ids are index-only scans.
    index('case_signals_manager_due_idx').on(t.caseManagerId, t.dueOn, t.kind, t.id),
    index('case_signals_gemeente_due_idx').on(t.gemeenteId, t.dueOn, t.kind, t.id),
    index('case_signals_case_idx').on(t.caseId),
    caseScoped('case_signals'),
  ],
).enableRLS();

/** Partners (begeleiding, taalaanbieder) assigned to a case; they see only what concerns them. */
export const caseAssignments = pgTable(
  'case_assignments',
  {
    caseId: caseRef(),
    gemeenteId: gemeenteRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index('case_assignments_user_idx').on(t.userId), caseScoped('case_assignments')],
).enableRLS();

/**
 * Links between cases (ADR 0103): a household in one gemeente ('huishouden', one row per side), and
 * a move ('verhuisd-naar' on the old case, 'verhuisd-uit' on the new one). Each row belongs to the
 * gemeente of `case_id` and says of the other side only its case id and gemeente — never personal
 * data — so a link across gemeenten shows nothing the other gemeente's wall protects.
 */
export const caseLinks = pgTable(
  'case_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    gemeenteId: gemeenteRef(),
    /** 'huishouden' | 'verhuisd-naar' | 'verhuisd-uit'. */
    kind: text('kind').notNull(),
    /** Household: 'partner' | 'gezinslid'. */
    relation: text('relation'),
    /** The other case; null for a move to a gemeente outside this installation (or not yet known). */
    otherCaseId: uuid('other_case_id').references(() => cases.id, { onDelete: 'set null' }),
    otherGemeenteCode: text('other_gemeente_code'),
    otherGemeenteName: text('other_gemeente_name'),
    movedOn: date('moved_on', { mode: 'string' }),
    createdBy: actorRef(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_links_case_idx').on(t.caseId),
    uniqueIndex('case_links_pair_key').on(t.caseId, t.kind, t.otherCaseId),
    caseScoped('case_links'),
  ],
).enableRLS();

/** Notifications received from DUO (Notificatie API): stored before they are acknowledged. */
export const duoInbox = pgTable(
  'duo_inbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    berichtId: text('bericht_id').notNull(),
    eventCode: text('event_code').notNull(),
    bsn: text('bsn'),
    /** DUO's notification as received: from outside, so `unknown` on purpose; read through its zod schema (ADR 0166). */
    payload: jsonb('payload').$type<unknown>().notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** Order of receipt, also when the receiving instances' clocks disagree (ADR 0052). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    status: text('status').notNull().default('ontvangen'),
    attempts: integer('attempts').notNull().default(0),
    /** Not before this time: the backoff after a failure, or the end of a claim (ADR 0054). */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set by the claim of one Koers process; only that claim may write the outcome (ADR 0054). */
    leaseToken: uuid('lease_token'),
    processedAt: timestamp('processed_at', { withTimezone: true }),
    lastError: text('last_error'),
    caseId: uuid('case_id').references(() => cases.id),
  },
  (t) => [
    uniqueIndex('duo_inbox_gemeente_bericht_key').on(t.gemeenteId, t.berichtId),
    index('duo_inbox_due_idx').on(t.status, t.nextAttemptAt),
    index('duo_inbox_person_idx').on(t.gemeenteId, t.bsn, t.seq),
    index('duo_inbox_received_idx').on(t.gemeenteId, t.receivedAt),
    caseScoped('duo_inbox'),
  ],
).enableRLS();

/** Messages to DUO (melding–bevestiging), written in the transaction of the use case that causes them. */
export const duoOutbox = pgTable(
  'duo_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: uuid('case_id').references(() => cases.id),
    /** Reused on every retry: DUO deduplicates on it. */
    berichtId: uuid('bericht_id').notNull().defaultRandom(),
    /** Order of creation: a case's meldingen are sent one at a time in this order (ADR 0052). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    operation: text('operation').notNull(),
    /** The melding's body, checked by the operation's zod schema when queued and parsed again when sent (ADR 0166). */
    payload: jsonb('payload').$type<unknown>().notNull(),
    status: text('status').notNull().default('wachtend'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    /** DUO's answer as received: `unknown` on purpose (ADR 0166). */
    response: jsonb('response').$type<unknown>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdBy: actorRef(),
    /** Set by the claim of one Koers process; only that claim may write the outcome (ADR 0054). */
    leaseToken: uuid('lease_token'),
  },
  (t) => [
    uniqueIndex('duo_outbox_bericht_key').on(t.berichtId),
    index('duo_outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('duo_outbox_case_idx').on(t.caseId, t.seq),
    index('duo_outbox_gemeente_status_idx').on(t.gemeenteId, t.status, t.createdAt),
    caseScoped('duo_outbox'),
  ],
).enableRLS();

/**
 * A DUO API that Koers stopped using for a gemeente because DUO answered outside its OpenAPI file
 * (ADR 0055). While 'actief', nothing is sent to or fetched from that API for the gemeente; a person
 * lifts it on the DUO page ('opgeheven'), or a start with a newer version of the spec does.
 */
export const duoContractStops = pgTable(
  'duo_contract_stops',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    /** DUO's API name as in packages/duo/duo-m2m/API (e.g. 'PIP', 'Inburgeringsplicht'). */
    api: text('api').notNull(),
    /** The operation whose answer broke the spec first. */
    operationId: text('operation_id').notNull(),
    /** The spec version Koers validated against (info.version of the API's openapi.yml). */
    specVersion: text('spec_version').notNull(),
    /** What was wrong, in Dutch, without personal data. */
    reason: text('reason').notNull(),
    status: text('status').notNull().default('actief'),
    occurrences: integer('occurrences').notNull().default(1),
    firstAt: timestamp('first_at', { withTimezone: true }).notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    liftedBy: uuid('lifted_by').references(() => users.id),
    liftedReason: text('lifted_reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('duo_contract_stops_active_key')
      .on(t.gemeenteId, t.api)
      .where(sql`status = 'actief'`),
    caseScoped('duo_contract_stops'),
  ],
).enableRLS();

/** Per gemeente: when Koers last got an answer from DUO, and the last failure (the DUO page). */
export const duoKoppelingStatus = pgTable(
  'duo_koppeling_status',
  {
    gemeenteId: uuid('gemeente_id')
      .primaryKey()
      .references(() => gemeenten.id),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
    /** Dutch, without personal data. */
    lastFailureReason: text('last_failure_reason'),
  },
  () => [caseScoped('duo_koppeling_status')],
).enableRLS();

/** What DUO last said about a person, per resource; corrections keep the earlier values in record_history. */
export const caseDuoData = pgTable(
  'case_duo_data',
  {
    caseId: caseRef(),
    gemeenteId: gemeenteRef(),
    resource: text('resource').notNull(),
    /** DUO's resource as received: `unknown` on purpose; read through the resource's zod schema (ADR 0166). */
    data: jsonb('data').$type<unknown>().notNull(),
    fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull(),
    inboxId: uuid('inbox_id').references(() => duoInbox.id),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.resource] }), caseScoped('case_duo_data')],
).enableRLS();

/** Withdrawal (intrekking) of a vastgesteld PIP version; the version itself stays immutable. */
export const pipWithdrawals = pgTable(
  'pip_withdrawals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    pipId: uuid('pip_id')
      .notNull()
      .references(() => pips.id),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    note: text('note'),
    documentId: uuid('document_id'),
    createdBy: actorRef(),
    ...timestamps,
  },
  (t) => [uniqueIndex('pip_withdrawals_pip_key').on(t.pipId), index('pip_withdrawals_case_idx').on(t.caseId), caseScoped('pip_withdrawals')],
).enableRLS();

/** Inburgeringsaanbod: placement of the person with a cursusinstelling (DUO instellingsnummer). */
export const casePlacements = pgTable(
  'case_placements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    instellingsnummer: text('instellingsnummer').notNull(),
    instellingNaam: text('instelling_naam').notNull(),
    /** datumInburgeringsaanbod: enrolment; for B1 and Z-route also the start of language and KNM. */
    offeredOn: date('offered_on', { mode: 'string' }).notNull(),
    expectedStartOn: date('expected_start_on', { mode: 'string' }),
    expectedEndOn: date('expected_end_on', { mode: 'string' }),
    /** indicatorAlfabetiseringsonderwijs: 'A', 'AA' or 'NVT'. */
    literacy: text('literacy').notNull(),
    status: text('status').notNull().default('actief'),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    withdrawReason: text('withdraw_reason'),
    /** 'koers', or 'import': from the previous system, already known to DUO. */
    source: text('source').notNull().default('koers'),
    /** The organisation's contract the placement is under (ADR 0116); null: a DUO instelling without contract. */
    contractId: uuid('contract_id').references(() => providerContracts.id),
    /** The chosen start moment of the contract's location (the group starts then). */
    startMoment: date('start_moment', { mode: 'string' }),
    location: text('location'),
    createdBy: actorRef(),
    ...timestamps,
  },
  (t) => [index('case_placements_case_idx').on(t.caseId), index('case_placements_contract_idx').on(t.contractId), caseScoped('case_placements')],
).enableRLS();

/** Gevolgde uren per category, as cumulative totals (DUO takes the total, not increments). */
export const caseHours = pgTable(
  'case_hours',
  {
    caseId: caseRef(),
    gemeenteId: gemeenteRef(),
    /** 'taallesknm' (brede intake), 'participatieactiviteiten' or 'participatietaalles'. */
    category: text('category').$type<HoursCategory>().notNull(),
    total: integer('total').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    /** 'koers', or 'import': the total came from the previous system and is already known to DUO. */
    source: text('source').notNull().default('koers'),
    /**
     * The provider-reported hours already counted in `total` (ADR 0118). A new report adds the
     * difference to the total, so a total from the previous system or a correction stays counted.
     */
    reportedHours: integer('reported_hours').notNull().default(0),
    /** The participation hours (participation_hours) already counted in `total`, like reportedHours (ADR 0143). */
    participationHours: integer('participation_hours').notNull().default(0),
    updatedBy: uuid('updated_by').references(() => users.id),
    /** Optimistic locking: a PUT names the version it read (0 for a category never recorded). */
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.caseId, t.category] }), caseScoped('case_hours')],
).enableRLS();

/** Results reported to DUO: PVT signed, MAP final interview, Z-route completed; or culpability. */
export const caseResults = pgTable(
  'case_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    /** 'pvt', 'map' or 'zroute'. */
    kind: text('kind').notNull(),
    completedOn: date('completed_on', { mode: 'string' }),
    /** verwijtbaar (PVT, MAP): null when not judged. */
    culpable: boolean('culpable'),
    note: text('note'),
    /** 'koers', or 'import': from the previous system, already known to DUO. */
    source: text('source').notNull().default('koers'),
    createdBy: actorRef(),
    /** Optimistic locking: a PUT names the version it read (0 for a result never recorded). */
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('case_results_case_kind_key').on(t.caseId, t.kind), caseScoped('case_results')],
).enableRLS();

/** A user registered at DUO as contactpersoon for a gemeente (Contactpersoon API); DUO assigns the id. */
export const duoContactpersonen = pgTable(
  'duo_contactpersonen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** DUO's id, known once createContactpersoon is confirmed. */
    duoId: integer('duo_id'),
    naam: text('naam').notNull(),
    email: text('email').notNull(),
    telefoonnummer: text('telefoonnummer').notNull(),
    status: text('status').notNull().default('aan-te-melden'),
    ...timestamps,
  },
  (t) => [uniqueIndex('duo_contactpersonen_gemeente_user_key').on(t.gemeenteId, t.userId), caseScoped('duo_contactpersonen')],
).enableRLS();

/** Which contactpersoon DUO has (or is to have) for a case's person. */
export const caseDuoContacts = pgTable(
  'case_duo_contacts',
  {
    caseId: caseRef(),
    gemeenteId: gemeenteRef(),
    contactpersoonId: uuid('contactpersoon_id')
      .notNull()
      .references(() => duoContactpersonen.id),
    /** 'te-koppelen' until the link is sent, then 'gekoppeld'. */
    status: text('status').notNull().default('te-koppelen'),
    /** The outbox row of the link; its confirmation makes this 'gekoppeld' (ADR 0057). */
    linkMessageId: uuid('link_message_id').references(() => duoOutbox.id),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.caseId] }), index('case_duo_contacts_contactpersoon_idx').on(t.contactpersoonId), caseScoped('case_duo_contacts')],
).enableRLS();

/**
 * Financieel ontzorgen period of a case (art. 56a Participatiewet), as far as Koers knows it: today
 * only brought in by the caseload import. A later ontzorgen module takes this table over.
 */
export const caseReliefPeriods = pgTable(
  'case_relief_periods',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    gemeenteId: gemeenteRef(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    /** The day after the last day (periods are start-inclusive, end-exclusive); null: still running. */
    endExclusive: date('end_exclusive', { mode: 'string' }),
    /** 'import' (from the previous system) or 'koers'. */
    source: text('source').notNull().default('import'),
    version: integer('version').notNull().default(1),
    createdBy: actorRef(),
    ...timestamps,
  },
  () => [caseScoped('case_relief_periods')],
).enableRLS();

/**
 * The light process of a Wi2013 case (ondertussengroep, ELIP; R32, ADR 0109): the vrijwillig
 * ondersteuningsplan and the DUO facts it rests on (end of the Wi2013 termijn, loan status). One row
 * per case, made on the first save.
 */
export const supportPlans = pgTable(
  'support_plans',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    gemeenteId: gemeenteRef(),
    /** 'concept' | 'lopend' | 'afgerond' (rules core: supportPlanStatuses). */
    status: text('status').notNull().default('concept'),
    goal: text('goal'),
    /** SupportOffer[]: kind, description, provider, startOn, endOn. */
    offers: jsonb('offers').$type<SupportOffer[]>().notNull().default([]),
    /** Last day of the inburgeringstermijn under Wi2013, as DUO gave it (entered by hand). */
    dutyEndOn: date('duty_end_on', { mode: 'string' }),
    /** 'onbekend' | 'lopend' | 'bijna-op' | 'op' (ELIP). */
    loanStatus: text('loan_status').notNull().default('onbekend'),
    loanStatusOn: date('loan_status_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdBy: actorRef(),
    ...timestamps,
  },
  () => [caseScoped('support_plans')],
).enableRLS();

/** A request for ontheffing the gemeente helps a Wi2013 person make to DUO (A6; ADR 0109). */
export const ontheffingRequests = pgTable(
  'ontheffing_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    /** 'medisch' | 'aantoonbare-inspanningen' | 'bijzondere-omstandigheden'. */
    ground: text('ground').notNull(),
    /** 'in-voorbereiding' | 'ingediend' | 'toegekend' | 'afgewezen' | 'ingetrokken'. */
    status: text('status').notNull(),
    requestedOn: date('requested_on', { mode: 'string' }),
    duoDecisionOn: date('duo_decision_on', { mode: 'string' }),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdBy: actorRef(),
    ...timestamps,
  },
  (t) => [index('ontheffing_requests_case_idx').on(t.caseId), caseScoped('ontheffing_requests')],
).enableRLS();

/**
 * Import jobs (COA/TVS linkage file, running caseload): status, counts and who started it. Stored so
 * progress and the report survive a restart; a job left 'bezig' by a crash is marked 'mislukt' at
 * start-up (src/imports/job-store.ts). Visible only to the user who started it.
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** The gemeente chosen at the import (TVS rows may name their own with a gemeentecode). */
    gemeenteId: uuid('gemeente_id').references(() => gemeenten.id),
    /** 'tvs' | 'caseload'. */
    kind: text('kind').notNull(),
    /** A dry run (proefimport) checks and reports, and writes nothing else. */
    dryRun: boolean('dry_run').notNull().default(false),
    /** The dry run this real run was started from. */
    dryRunId: uuid('dry_run_id'),
    /** 'bezig' | 'klaar' | 'mislukt'. */
    status: text('status').notNull().default('bezig'),
    fileName: text('file_name'),
    /** 'csv' | 'xlsx'. */
    fileKind: text('file_kind').notNull(),
    /** The uploaded files ([{ name, base64 }]) until the real run is done; then cleared. */
    files: jsonb('files').$type<{ name: string; base64: string }[]>(),
    total: integer('total').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    rejectedCount: integer('rejected_count').notNull().default(0),
    error: text('error'),
    /** Written with every batch: a running job whose heartbeat is old was left by a stopped process. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** Reconciliation with DUO after a real caseload import: 'n.v.t.' | 'wachtend' | 'bezig' | 'uitgesteld' | 'klaar' | 'mislukt'. */
    reconciliationStatus: text('reconciliation_status').notNull().default('n.v.t.'),
    reconciliationTotal: integer('reconciliation_total').notNull().default(0),
    reconciliationDone: integer('reconciliation_done').notNull().default(0),
    reconciliationDifferences: integer('reconciliation_differences').notNull().default(0),
    reconciliationAttempts: integer('reconciliation_attempts').notNull().default(0),
    reconciliationNextAt: timestamp('reconciliation_next_at', { withTimezone: true }),
    reconciliationError: text('reconciliation_error'),
    ...timestamps,
  },
  (t) => [
    index('import_jobs_user_idx').on(t.userId, t.startedAt),
    index('import_jobs_status_idx').on(t.status),
    pgPolicy('import_jobs_organisation_isolation', { for: 'all', to: appRole, using: organisationScope, withCheck: organisationScope }),
  ],
).enableRLS();

/**
 * One line of an import report per unit (a TVS row; a person with their PIP and placement rows):
 * what was (or would be) done, or why it was refused. Personal data stays in the cases; this holds
 * row numbers, Dutch column labels and reasons only.
 */
export const importJobRows = pgTable(
  'import_job_rows',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => importJobs.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull(),
    seq: integer('seq').notNull(),
    sheet: text('sheet'),
    row: integer('row').notNull(),
    /** 'nieuw' | 'bijgewerkt' | 'ongewijzigd' | 'afgewezen'. */
    outcome: text('outcome').notNull(),
    /** The case created or changed (no foreign key: the report outlives nothing it must protect). */
    caseId: uuid('case_id'),
    /** What is (or would be) created or changed, in Dutch; for a refusal: [{ sheet, row, field, reason }]. */
    details: jsonb('details').$type<string[] | ImportRejection[]>().notNull().default([]),
    reconciledAt: timestamp('reconciled_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.jobId, t.seq] }),
    pgPolicy('import_job_rows_organisation_isolation', { for: 'all', to: appRole, using: organisationScope, withCheck: organisationScope }),
  ],
).enableRLS();

/**
 * A difference between Koers and DUO found by the reconciliation after a caseload import: a work
 * item in the werkvoorraad (signal 'duo-difference') until the case manager resolves it or a new
 * reconciliation no longer finds it.
 */
export const caseDuoDifferences = pgTable(
  'case_duo_differences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    jobId: uuid('job_id'),
    /** 'plicht' | 'pip' | 'termijn' | 'uren'. */
    kind: text('kind').notNull(),
    /** What differs, e.g. 'dagtekening', 'leerroute', 'einddatum'. */
    field: text('field').notNull(),
    koersValue: text('koers_value'),
    duoValue: text('duo_value'),
    reason: text('reason').notNull(),
    foundOn: date('found_on', { mode: 'string' }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_duo_differences_case_idx').on(t.caseId), caseScoped('case_duo_differences')],
).enableRLS();

/**
 * State of the installation itself, not of a gemeente (e.g. which version of the werkvoorraad rules
 * the stored signals were computed with). Row-level security without a policy: only system work
 * (the owner, through its system policy) reads and writes it; a request's role sees nothing.
 */
export const appState = pgTable('app_state', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}).enableRLS();

/**
 * The daily retention job (ADR 0099): one row per job; a process claims it with a lease
 * (`lease_token`, `lease_until`) and records the day it finished, so that with several Koers
 * processes the job runs once a day. System only: no policy, so the application role sees nothing.
 */
export const scheduledJobs = pgTable('scheduled_jobs', {
  name: text('name').primaryKey(),
  lastRunOn: date('last_run_on', { mode: 'string' }),
  leaseToken: uuid('lease_token'),
  leaseUntil: timestamp('lease_until', { withTimezone: true }),
}).enableRLS();

/** What one retention run did, per gemeente (counts only, no personal data); null gemeente: the organisation's own log rows. */
export const retentionRuns = pgTable(
  'retention_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    gemeenteId: uuid('gemeente_id').references(() => gemeenten.id),
    ranAt: timestamp('ran_at', { withTimezone: true }).notNull().defaultNow(),
    ranOn: date('ran_on', { mode: 'string' }).notNull(),
    caseFiles: integer('case_files').notNull().default(0),
    coreData: integer('core_data').notNull().default(0),
    closedWithoutDate: integer('closed_without_date').notNull().default(0),
    processingLog: integer('processing_log').notNull().default(0),
  },
  (t) => [
    index('retention_runs_gemeente_idx').on(t.gemeenteId, t.ranAt),
    pgPolicy('retention_runs_isolation', {
      for: 'all',
      to: appRole,
      using: sql`(gemeente_id IS NULL AND ${organisationScope}) OR ${gemeenteScope}`,
      withCheck: sql`(gemeente_id IS NULL AND ${organisationScope}) OR ${gemeenteScope}`,
    }),
  ],
).enableRLS();

/**
 * Financieel ontzorgen (B15, art. 56a Participatiewet; ADR 0136): the agreement with one person. One
 * row per case; every change is a new version with its history in record_history. Money in cents.
 */
export const reliefAgreements = pgTable(
  'relief_agreements',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    gemeenteId: gemeenteRef(),
    /** 'actief' | 'geweigerd' | 'beeindigd' (@koers/domain agreementStatuses). */
    status: text('status').$type<AgreementStatus>().notNull(),
    /** The PIP (and its Participatiewet decision) the agreement belongs to. */
    pipId: uuid('pip_id').references(() => pips.id, { onDelete: 'set null' }),
    bijstandFrom: date('bijstand_from', { mode: 'string' }).notNull(),
    bijstandMonthlyCents: integer('bijstand_monthly_cents').notNull(),
    /** FixedCost[]: id, kind, payeeName, iban, reference, amountCents, dayOfMonth. */
    fixedCosts: jsonb('fixed_costs').$type<FixedCost[]>().notNull().default([]),
    /** 'gemeente' | 'budgetbeheer'. */
    executor: text('executor').$type<ReliefExecutor>().notNull(),
    partnerName: text('partner_name'),
    /** 'YYYY-MM': first paid month, first month no longer paid. */
    startMonth: text('start_month').notNull(),
    endMonthExclusive: text('end_month_exclusive').notNull(),
    /** The rules core's explanation of the period (financialRelief), as shown when it was made. */
    explanation: text('explanation').notNull(),
    /** Refusal (C7: not fineable): the note for the bijstand consulent. */
    refusalNote: text('refusal_note'),
    /** HeldCheckpoint[]. */
    checkpoints: jsonb('checkpoints').$type<HeldCheckpoint[]>().notNull().default([]),
    housedOn: date('housed_on', { mode: 'string' }),
    trainingPlannedOn: date('training_planned_on', { mode: 'string' }),
    trainingAttendedOn: date('training_attended_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdBy: actorRef(),
    ...timestamps,
  },
  (t) => [
    caseScoped('relief_agreements'),
    check('relief_agreements_cents_check', sql`${t.bijstandMonthlyCents} >= 0`),
  ],
).enableRLS();

/**
 * A month's payment batch of one gemeente (ADR 0137): a proposal until a second person approves it;
 * approved, it is immutable (trigger) and carries its SEPA message id and pain.001.001.09 file.
 */
export const reliefBatches = pgTable(
  'relief_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    /** 'YYYY-MM'. */
    month: text('month').notNull(),
    /** 'voorstel' | 'goedgekeurd'. */
    status: text('status').notNull().default('voorstel'),
    debtorName: text('debtor_name').notNull(),
    debtorIban: text('debtor_iban').notNull(),
    /** The gemeente's BIC from its setting ontzorgenAccount (ADR 0147); null on batches made before that setting. */
    debtorBic: text('debtor_bic'),
    totalCents: integer('total_cents').notNull(),
    paymentCount: integer('payment_count').notNull(),
    /** Persons not paid this month, with the reason: { caseId, name, reason }[]. */
    flagged: jsonb('flagged').$type<FlaggedCase[]>().notNull().default([]),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    messageId: text('message_id'),
    xml: text('xml'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('relief_batches_message_id_key').on(t.messageId),
    // One open proposal per gemeente and month; approved batches of a month may be several (later agreements).
    uniqueIndex('relief_batches_open_proposal_key').on(t.gemeenteId, t.month).where(sql`status = 'voorstel'`),
    check('relief_batches_four_eyes_check', sql`${t.approvedBy} IS NULL OR ${t.approvedBy} <> ${t.createdBy}`),
    check('relief_batches_approved_check', sql`${t.status} = 'voorstel' OR (${t.approvedBy} IS NOT NULL AND ${t.messageId} IS NOT NULL AND ${t.xml} IS NOT NULL)`),
    caseScoped('relief_batches'),
  ],
).enableRLS();

/** One payment of a fixed cost in one month: unique per case, month and cost, so a month never pays twice. */
export const reliefPayments = pgTable(
  'relief_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => reliefBatches.id, { onDelete: 'cascade' }),
    caseId: caseRef(),
    month: text('month').notNull(),
    costId: text('cost_id').notNull(),
    kind: text('kind').notNull(),
    payeeName: text('payee_name').notNull(),
    iban: text('iban').notNull(),
    reference: text('reference').notNull(),
    amountCents: integer('amount_cents').notNull(),
    executionDate: date('execution_date', { mode: 'string' }).notNull(),
    /** 'voorgesteld' | 'goedgekeurd' | 'betaald' | 'geweigerd'. */
    status: text('status').notNull().default('voorgesteld'),
    rejectionReason: text('rejection_reason'),
    statusOn: date('status_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('relief_payments_once_key').on(t.caseId, t.month, t.costId),
    index('relief_payments_batch_idx').on(t.batchId),
    check('relief_payments_amount_check', sql`${t.amountCents} > 0`),
    caseScoped('relief_payments'),
  ],
).enableRLS();

/**
 * A budgetbeheer partner's monthly report on one agreement (ADR 0147): the month's payments were
 * made, or not with the reason. One row per case and month; the partner may correct it (version).
 */
export const reliefPartnerReports = pgTable(
  'relief_partner_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    /** 'YYYY-MM'. */
    month: text('month').notNull(),
    /** 'uitgevoerd' | 'niet-uitgevoerd' (@koers/domain partnerReportStatuses). */
    status: text('status').notNull(),
    reason: text('reason'),
    reportedBy: uuid('reported_by')
      .notNull()
      .references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('relief_partner_reports_month_key').on(t.caseId, t.month),
    check('relief_partner_reports_reason_check', sql`${t.status} = 'uitgevoerd' OR ${t.reason} IS NOT NULL`),
    caseScoped('relief_partner_reports'),
  ],
).enableRLS();

/** A problem a budgetbeheer partner signals (arrears, a changed address): a werkvoorraad item until resolved (ADR 0147). */
export const reliefPartnerProblems = pgTable(
  'relief_partner_problems',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    /** @koers/domain partnerProblemKinds. */
    kind: text('kind').notNull(),
    note: text('note').notNull(),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    reportedBy: uuid('reported_by')
      .notNull()
      .references(() => users.id),
    resolvedOn: date('resolved_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('relief_partner_problems_case_idx').on(t.caseId), caseScoped('relief_partner_problems')],
).enableRLS();

/**
 * Exam results DUO reported (SS199 → GET examens/resultaten), one row per onderdeel and examendatum
 * (idempotent: the same result stored twice is one row). Until the case manager marks a row
 * reviewed, the werkvoorraad shows "nieuw examenresultaat beoordelen" (term-signals.ts, ADR 0128).
 */
export const duoExamResults = pgTable(
  'duo_exam_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    /** DUO Examenonderdeel: 'KNM' | 'LE' | 'LU' | 'SC' | 'SP'. */
    onderdeel: text('onderdeel').notNull(),
    /** DUO ExamenniveauWI2021 (A1, A2, B1, ...), when DUO gives one. */
    niveau: text('niveau'),
    /** DUO ExamenresultaatWI2021: 'Geslaagd' | 'Gezakt' | 'Geen'. */
    resultaat: text('resultaat').notNull(),
    redenGeenResultaat: text('reden_geen_resultaat'),
    examendatum: date('examendatum', { mode: 'string' }).notNull(),
    inboxId: uuid('inbox_id'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('duo_exam_results_case_part_date_key').on(t.caseId, t.onderdeel, t.examendatum), caseScoped('duo_exam_results')],
).enableRLS();

/**
 * Requests to extend the inburgeringstermijn and the decision on them (ADR 0129). A granted
 * extension keeps the end it leads to (`newEndExclusive`); the effective termijn is the later of
 * DUO's end and that (effectiveTerm in the rules core), so DUO's own update does not count it twice.
 */
export const termExtensions = pgTable(
  'term_extensions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    /** 'aanzienlijke-inspanningen' | 'onderwijsroute' | 'overig' (rules/term-extension.ts). */
    ground: text('ground').notNull(),
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    months: integer('months').notNull(),
    motivation: text('motivation'),
    /** Aanzienlijke inspanningen: what considerableEffortsExtension said at the request (Explained). */
    assessment: jsonb('assessment').$type<Explained<{ eligible: boolean }>>(),
    /** null while undecided; 'toegekend' | 'afgewezen'. */
    decision: text('decision'),
    decidedOn: date('decided_on', { mode: 'string' }),
    decisionMotivation: text('decision_motivation'),
    previousEndExclusive: date('previous_end_exclusive', { mode: 'string' }),
    newEndExclusive: date('new_end_exclusive', { mode: 'string' }),
    documentId: uuid('document_id').references(() => caseDocuments.id),
    version: integer('version').notNull().default(1),
    createdBy: actorRef(),
    ...timestamps,
  },
  (t) => [index('term_extensions_case_idx').on(t.caseId), caseScoped('term_extensions')],
).enableRLS();

/**
 * Providers of an organisation (ADR 0116): taalaanbieders, MAP and PVT providers, participation
 * organisations, budgetbeheerders. Scoped to the organisation like `users`; no personal data.
 */
export const providers = pgTable(
  'providers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    /** ProviderKind values of @koers/domain (providers/contracts.ts), as a JSON array. */
    kinds: jsonb('kinds').$type<ProviderKind[]>().notNull(),
    /** DUO's instellingsnummer (10 characters) when DUO knows the provider as cursusinstelling. */
    instellingsnummer: text('instellingsnummer'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('providers_organisation_idx').on(t.organisationId),
    pgPolicy('providers_organisation_isolation', { for: 'all', to: appRole, using: organisationScope, withCheck: organisationScope }),
  ],
).enableRLS();

/**
 * A contract with a provider, possibly covering several gemeenten of the organisation (seed 004):
 * routes with price, keurmerk, locations with start moments, reporting frequency, period.
 */
export const providerContracts = pgTable(
  'provider_contracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id),
    name: text('name').notNull(),
    /** The gemeenten of the organisation the contract covers, as a JSON array of ids. */
    gemeenteIds: jsonb('gemeente_ids').$type<string[]>().notNull(),
    /** [{ route, priceCents }]: @koers/domain ContractRoute. */
    routes: jsonb('routes').$type<ContractRoute[]>().notNull(),
    /** 'blik-op-werk', or null: no keurmerk. */
    keurmerk: text('keurmerk').$type<Keurmerk>(),
    keurmerkValidUntil: date('keurmerk_valid_until', { mode: 'string' }),
    /** [{ name, startMoments: IsoDate[] }]. */
    locations: jsonb('locations').$type<ContractLocation[]>().notNull(),
    reportingEveryWeeks: integer('reporting_every_weeks').notNull(),
    /**
     * How long after a placement ended (withdrawn) the provider still sees it (ADR 0150, X6): months.
     * Read by the row-level policy on case_placements, placement_reports and cases.
     */
    accessMonthsAfterEnd: integer('access_months_after_end').notNull().default(3),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('provider_contracts_organisation_idx').on(t.organisationId),
    pgPolicy('provider_contracts_organisation_isolation', { for: 'all', to: appRole, using: organisationScope, withCheck: organisationScope }),
  ],
).enableRLS();

/** Which provider a partner-aanbieder user reports for (ADR 0117): one provider per user. */
export const providerUsers = pgTable(
  'provider_users',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [pgPolicy('provider_users_organisation_isolation', { for: 'all', to: appRole, using: organisationScope, withCheck: organisationScope })],
).enableRLS();

/**
 * What a provider reports on a placement (ADR 0118): one row per (placement, kind, key) — a week's
 * attendance and hours, a skill's level on a date, an interim report, an exam registration. The
 * natural key makes a CSV upload idempotent.
 */
export const placementReports = pgTable(
  'placement_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    placementId: uuid('placement_id')
      .notNull()
      .references(() => casePlacements.id, { onDelete: 'cascade' }),
    /** 'week' | 'voortgang' | 'tussenrapportage' | 'examen'. */
    kind: text('kind').$type<ReportKind>().notNull(),
    key: text('key').notNull(),
    /** The week's Monday, the assessment date, the report date, the exam date. */
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    /** The shape `kind` names (report-payload.ts); written together with it. */
    payload: jsonb('payload').$type<ReportPayload>().notNull(),
    version: integer('version').notNull().default(1),
    createdBy: actorRef(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('placement_reports_natural_key').on(t.placementId, t.kind, t.key),
    index('placement_reports_case_idx').on(t.caseId),
    caseScoped('placement_reports'),
  ],
).enableRLS();

/**
 * PVT groups of a gemeente (R15, ADR 0124): the provider, the interpreter language and the signing
 * ceremony. The provider is free text until the provider register (work package Q) exists.
 */
export const pvtGroups = pgTable(
  'pvt_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    name: text('name').notNull(),
    providerName: text('provider_name').notNull(),
    /** The PVT provider from the register (ADR 0144); null for groups made before it (providerName only). */
    providerId: uuid('provider_id').references(() => providers.id),
    /** Language the interpreter speaks; null: no interpreter. */
    interpreterLanguage: text('interpreter_language'),
    /** The day of the signing ceremony (ondertekenmoment), once planned. */
    ceremonyOn: date('ceremony_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdBy: actorRef(),
    ...timestamps,
  },
  (t) => [index('pvt_groups_gemeente_idx').on(t.gemeenteId), caseScoped('pvt_groups')],
).enableRLS();

/** A session (dagdeel) of a PVT group; its attendance is kept in pvt_attendance. */
export const pvtSessions = pgTable(
  'pvt_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => pvtGroups.id, { onDelete: 'cascade' }),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    /** "HH:MM". */
    startTime: text('start_time').notNull(),
    /** Duration in minutes (hours × 60). */
    minutes: integer('minutes').notNull(),
    /** A topic of the programme (pvtTopics in @koers/domain). */
    topic: text('topic').notNull(),
    /** Bumped by every change of the session and of its attendance. */
    version: integer('version').notNull().default(1),
    createdBy: actorRef(),
    ...timestamps,
  },
  (t) => [index('pvt_sessions_group_idx').on(t.groupId), caseScoped('pvt_sessions')],
).enableRLS();

/** A case taking part in a PVT group, and its signing of the participatieverklaring. */
export const pvtParticipants = pgTable(
  'pvt_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => pvtGroups.id, { onDelete: 'cascade' }),
    caseId: caseRef(),
    /** Day the participatieverklaring was signed (feeds the PVT result and DUO). */
    signedOn: date('signed_on', { mode: 'string' }),
    /** The signed certificate in the case's documents. */
    certificateDocumentId: uuid('certificate_document_id').references(() => caseDocuments.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdBy: actorRef(),
    ...timestamps,
  },
  (t) => [uniqueIndex('pvt_participants_group_case_key').on(t.groupId, t.caseId), index('pvt_participants_case_idx').on(t.caseId), caseScoped('pvt_participants')],
).enableRLS();

/** Presence of one participant at one session (a row only for recorded attendance). */
export const pvtAttendance = pgTable(
  'pvt_attendance',
  {
    gemeenteId: gemeenteRef(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => pvtSessions.id, { onDelete: 'cascade' }),
    caseId: caseRef(),
    present: boolean('present').notNull(),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.caseId] }), index('pvt_attendance_case_idx').on(t.caseId), caseScoped('pvt_attendance')],
).enableRLS();

/** A practice activity of a case's MAP (R16): a theme of art. 3.2 Bi with date and hours. */
export const mapActivities = pgTable(
  'map_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    /** A MAP theme (mapThemes in @koers/domain). */
    theme: text('theme').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    /** Duration in minutes (hours × 60). */
    minutes: integer('minutes').notNull(),
    description: text('description').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: actorRef(),
    ...timestamps,
  },
  (t) => [index('map_activities_case_idx').on(t.caseId), caseScoped('map_activities')],
).enableRLS();


/**
 * Voortgangsgesprekken (R19): planned from the vastgesteld PIP's number over the termijn, moved or
 * added by the case manager, then held with a report per theme and an outcome (ADR 0120).
 * The gezondheid and gezin parts of the report are special categories: `sensitiveReport`, only for
 * `case:read-sensitive`. A `handhaving-starten` outcome is what package O's violation points to.
 */
export const progressMeetings = pgTable(
  'progress_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    /** The PIP version it was planned from (null: added by hand without a PIP). */
    pipId: uuid('pip_id').references(() => pips.id),
    plannedOn: date('planned_on', { mode: 'string' }).notNull(),
    /** Added by the case manager on top of the PIP's plan; never re-planned. */
    extra: boolean('extra').notNull().default(false),
    /** 'gepland' | 'gehouden' | 'vervallen' (a planned one dropped by a changed PIP). */
    status: text('status').notNull().default('gepland'),
    heldOn: date('held_on', { mode: 'string' }),
    attendees: text('attendees'),
    /** Report per theme: taal, participatie, map, pvt, ontzorgen. */
    report: jsonb('report').$type<Record<string, string>>().notNull().default({}),
    /** Report on gezondheid and gezin (special categories). */
    sensitiveReport: jsonb('sensitive_report').$type<Record<string, string>>().notNull().default({}),
    outcome: text('outcome'),
    outcomeReason: text('outcome_reason'),
    documentId: uuid('document_id'),
    createdBy: actorRef(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('progress_meetings_case_idx').on(t.caseId, t.plannedOn), caseScoped('progress_meetings')],
).enableRLS();

/** Interpreter (tolk) bookings per meeting, intake meetings and voortgangsgesprekken alike (R21). */
export const interpreterBookings = pgTable(
  'interpreter_bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    /** 'intake' (case_meetings) | 'voortgang' (progress_meetings). */
    meetingKind: text('meeting_kind').notNull(),
    meetingId: uuid('meeting_id').notNull(),
    /** The day the interpreter is booked for (the period of the budget report). */
    bookedOn: date('booked_on', { mode: 'string' }).notNull(),
    language: text('language').notNull(),
    kind: text('kind').notNull(),
    providerName: text('provider_name').notNull(),
    costCents: integer('cost_cents').notNull().default(0),
    status: text('status').notNull().default('aangevraagd'),
    createdBy: actorRef(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('interpreter_bookings_case_idx').on(t.caseId),
    index('interpreter_bookings_gemeente_idx').on(t.gemeenteId, t.bookedOn),
    caseScoped('interpreter_bookings'),
  ],
).enableRLS();

/** The sociale kaart of a gemeente: organisations to refer people to, by theme (R21, ADR 0122). */
export const socialeKaartOrganisations = pgTable(
  'sociale_kaart_organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    name: text('name').notNull(),
    theme: text('theme').notNull(),
    contact: text('contact'),
    notes: text('notes'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('sociale_kaart_gemeente_idx').on(t.gemeenteId, t.theme), caseScoped('sociale_kaart_organisations')],
).enableRLS();

/** A referral (doorverwijzing) from a case to an organisation of the sociale kaart, with its outcome. */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => socialeKaartOrganisations.id),
    /** The voortgangsgesprek whose outcome it was (null: referred outside a gesprek). */
    progressMeetingId: uuid('progress_meeting_id').references(() => progressMeetings.id, { onDelete: 'set null' }),
    referredOn: date('referred_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    /** 'lopend' | 'opgevolgd' | 'niet-opgevolgd' */
    outcome: text('outcome').notNull().default('lopend'),
    outcomeNote: text('outcome_note'),
    createdBy: actorRef(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('referrals_case_idx').on(t.caseId), caseScoped('referrals')],
).enableRLS();

/**
 * The half-year report to the council (R25, ADR 0142): the beleidsadviseur's short text per section,
 * per gemeente and half year ("2026-H1"). The numbers are never stored: they are counted when the
 * report is produced.
 */
export const halfjaarRapportages = pgTable(
  'halfjaar_rapportages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    halfYear: text('half_year').notNull(),
    /** Record<section key, text>: the sections of @koers/domain `halfjaarSections`. */
    texts: jsonb('texts').$type<Partial<Record<HalfjaarSectionKey, string>>>().notNull().default({}),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [uniqueIndex('halfjaar_rapportages_gemeente_half_year_key').on(t.gemeenteId, t.halfYear), caseScoped('halfjaar_rapportages')],
).enableRLS();

/**
 * Participation places of a gemeente (R14, ADR 0143): where people on the Z-route do activities
 * (vrijwilligerswerk, werkervaringsplaats, werkcarrousel, other). Not personal data: the contact is
 * the organisation's. Kept by the beheerder or a trajectregisseur (participatie:manage).
 */
export const participationPlaces = pgTable(
  'participation_places',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    /** The organisation that offers the place. */
    organisation: text('organisation').notNull(),
    /** What the place is, e.g. "Kringloopwinkel, magazijn". */
    name: text('name').notNull(),
    /** participationPlaceKinds of @koers/domain. */
    kind: text('kind').notNull(),
    hoursPerWeek: integer('hours_per_week').notNull(),
    contact: text('contact'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('participation_places_gemeente_idx').on(t.gemeenteId), caseScoped('participation_places')],
).enableRLS();

/** A case placed in a participation place, from/to with the agreed hours per week. */
export const participationPlacements = pgTable(
  'participation_placements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    placeId: uuid('place_id')
      .notNull()
      .references(() => participationPlaces.id),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** Last day; null while it runs. */
    endsOn: date('ends_on', { mode: 'string' }),
    hoursPerWeek: integer('hours_per_week').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: actorRef(),
    ...timestamps,
  },
  (t) => [index('participation_placements_case_idx').on(t.caseId), caseScoped('participation_placements')],
).enableRLS();

/** Hours actually done in a placement over a period; their sum is the case's activity hours for DUO. */
export const participationHours = pgTable(
  'participation_hours',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    placementId: uuid('placement_id')
      .notNull()
      .references(() => participationPlacements.id, { onDelete: 'cascade' }),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    hours: integer('hours').notNull(),
    createdBy: actorRef(),
    ...timestamps,
  },
  (t) => [index('participation_hours_case_idx').on(t.caseId), unique('participation_hours_period_uq').on(t.placementId, t.periodStart), caseScoped('participation_hours')],
).enableRLS();

// ---------------------------------------------------------------------------------------------
// Maatschappelijke begeleiding (R17, ADR 0149): what the partner-begeleiding records for its
// assigned cases. Gemeente-scoped like every case table; the begeleider reaches only the cases
// assigned to it (use cases) and, by the policy on cases, nothing else (ADR 0150).

/** A contact of the begeleider with the person (date, kind, duration, topic, text). Not changed afterwards. */
export const begeleidingContacts = pgTable(
  'begeleiding_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    contactOn: date('contact_on', { mode: 'string' }).notNull(),
    /** @koers/domain BegeleidingContactKind */
    kind: text('kind').notNull(),
    minutes: integer('minutes').notNull(),
    /** @koers/domain BegeleidingTopic */
    topic: text('topic').notNull(),
    text: text('text').notNull(),
    createdBy: actorRef(),
    ...timestamps,
  },
  (t) => [index('begeleiding_contacts_case_idx').on(t.caseId, t.contactOn), caseScoped('begeleiding_contacts')],
).enableRLS();

/**
 * One measurement of the zelfredzaamheid (ZRM-based) at a date: a score per life domain. The matrix
 * (domains and scale) as it was when measured is kept with it, so a later change of the
 * organisation's matrix does not change what an old score meant.
 */
export const zrmMeasurements = pgTable(
  'zrm_measurements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    measuredOn: date('measured_on', { mode: 'string' }).notNull(),
    /** [{ domain, score }] */
    scores: jsonb('scores').$type<{ domain: string; score: number }[]>().notNull(),
    /** @koers/domain ZrmMatrix at the time of measuring. */
    matrix: jsonb('matrix').$type<ZrmMatrix>().notNull(),
    createdBy: actorRef(),
    ...timestamps,
  },
  (t) => [index('zrm_measurements_case_idx').on(t.caseId, t.measuredOn), caseScoped('zrm_measurements')],
).enableRLS();

/** A problem the begeleider signals to the trajectregisseur; a werkvoorraad item while open. */
export const begeleidingProblems = pgTable(
  'begeleiding_problems',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
    /** 'open' | 'afgehandeld' */
    status: text('status').notNull().default('open'),
    handledOn: date('handled_on', { mode: 'string' }),
    handledNote: text('handled_note'),
    handledBy: uuid('handled_by').references(() => users.id),
    createdBy: actorRef(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('begeleiding_problems_case_idx').on(t.caseId), caseScoped('begeleiding_problems')],
).enableRLS();

/** The period of the begeleiding of a case: start, expected end (gemeente setting), actual end. */
export const begeleidingPeriods = pgTable(
  'begeleiding_periods',
  {
    caseId: caseRef().primaryKey(),
    gemeenteId: gemeenteRef(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    expectedEndOn: date('expected_end_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  () => [caseScoped('begeleiding_periods')],
).enableRLS();

/** The organisation's measuring instrument (ZRM-based domains and scale); absent = the ZRM 2017 default. */
export const zrmMatrices = pgTable(
  'zrm_matrices',
  {
    organisationId: uuid('organisation_id')
      .primaryKey()
      .references(() => organisations.id),
    /** @koers/domain ZrmMatrix, checked by zrmMatrixSchema. */
    matrix: jsonb('matrix').$type<ZrmMatrix>().notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  () => [pgPolicy('zrm_matrices_organisation_isolation', { for: 'all', to: appRole, using: organisationScope, withCheck: organisationScope })],
).enableRLS();

/**
 * A cost line of the SPUK spending that no other record gives (MAP, PVT, maatschappelijke
 * begeleiding bought outside a placement contract, ...): an amount per gemeente, year and voorziening
 * (@koers/domain `voorzieningen`), entered by finance or beleid (R27, ADR 0139). No personal data.
 */
export const costLines = pgTable(
  'cost_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    year: integer('year').notNull(),
    voorziening: text('voorziening').$type<Voorziening>().notNull(),
    description: text('description').notNull(),
    amountCents: integer('amount_cents').notNull(),
    /** Spent on the ondertussengroep (Wi2013), which has its own budget. */
    ondertussengroep: boolean('ondertussengroep').notNull().default(false),
    createdBy: actorRef(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('cost_lines_gemeente_year_idx').on(t.gemeenteId, t.year), caseScoped('cost_lines')],
).enableRLS();

/**
 * What the management dashboard counts of each case (R26, ADR 0140): one narrow row per case,
 * rewritten by refreshSignals in the transaction of every change of the case, so the dashboard
 * is a scan of this table instead of joins over cases, PIPs, results and agreements.
 */
export const caseSturing = pgTable(
  'case_sturing',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    gemeenteId: gemeenteRef(),
    caseManagerId: uuid('case_manager_id').references(() => users.id),
    wi2021Plichtig: boolean('wi2021_plichtig').notNull(),
    obliged: boolean('obliged').notNull(),
    inBeeldOn: date('in_beeld_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    linkedOn: date('linked_on', { mode: 'string' }),
    housedOn: date('housed_on', { mode: 'string' }),
    pipDeadline: date('pip_deadline', { mode: 'string' }),
    firstPipOn: date('first_pip_on', { mode: 'string' }),
    route: text('route'),
    routeSwitchedOn: date('route_switched_on', { mode: 'string' }),
    a2DowngradedOn: date('a2_downgraded_on', { mode: 'string' }),
    pvtDoneOn: date('pvt_done_on', { mode: 'string' }),
    mapDoneOn: date('map_done_on', { mode: 'string' }),
    reliefFrom: date('relief_from', { mode: 'string' }),
    reliefUntil: date('relief_until', { mode: 'string' }),
  },
  (t) => [index('case_sturing_gemeente_in_beeld_idx').on(t.gemeenteId, t.inBeeldOn), caseScoped('case_sturing')],
).enableRLS();

/** The huisvestingstaakstelling of a gemeente per half year (R3, ADR 0140): how many statushouders it is to house. */
export const huisvestingstaakstellingen = pgTable(
  'huisvestingstaakstellingen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    year: integer('year').notNull(),
    /** 1: January–June, 2: July–December. */
    half: integer('half').notNull(),
    aantal: integer('aantal').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: actorRef(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('huisvestingstaakstellingen_gemeente_half_key').on(t.gemeenteId, t.year, t.half),
    check('huisvestingstaakstellingen_half_check', sql`${t.half} in (1, 2)`),
    check('huisvestingstaakstellingen_aantal_check', sql`${t.aantal} >= 0`),
    caseScoped('huisvestingstaakstellingen'),
  ],
).enableRLS();

/**
 * Sessions of inburgeraars in the portal (issue 17, ADR 0152): not employees, so not in `sessions`.
 * A session belongs to exactly one case; the database derives the portal wall from it (the token is
 * the setting `koers.portaal_session`). Like `sessions`: row-level security without any policy for
 * koers_app, read only through SECURITY DEFINER functions and the owner's login path.
 */
export const portaalSessions = pgTable(
  'portaal_sessions',
  {
    /** SHA-256 of the session token; the token itself only lives in the cookie. */
    id: text('id').primaryKey(),
    caseId: caseRef(),
    gemeenteId: gemeenteRef(),
    /** The processing log's pseudonym of the case: the only log rows this session may read (X7). */
    subjectPseudonym: text('subject_pseudonym').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** The absolute lifetime by the database's clock, checked by the wall's functions. */
    databaseExpiresAt: timestamp('database_expires_at', { withTimezone: true })
      .notNull()
      .default(sql`now() + interval '2 hours'`),
  },
  (t) => [index('portaal_sessions_case_idx').on(t.caseId)],
).enableRLS();

/** The inburgeraar's answer to an appointment (confirm or ask to move it); the latest one counts. */
export const portaalAppointmentResponses = pgTable(
  'portaal_appointment_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    /** An appointmentKinds code of @koers/domain. */
    appointmentKind: text('appointment_kind').$type<AppointmentKind>().notNull(),
    /** The id of the row the appointment lives in (case_meetings, progress_meetings, pvt_sessions, …). */
    appointmentId: uuid('appointment_id').notNull(),
    /** 'bevestigd' | 'verzetten'. */
    response: text('response').$type<AppointmentResponse>().notNull(),
    reason: text('reason'),
    /** A request to move it, seen and handled by the regisseur (ends its werkvoorraad item). */
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledBy: uuid('handled_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('portaal_appointment_responses_case_idx').on(t.caseId, t.appointmentId), caseScoped('portaal_appointment_responses')],
).enableRLS();

/** Messages the inburgeraar sends to the trajectregisseur through the portal. */
export const portaalMessages = pgTable(
  'portaal_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    text: text('text').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    /** 'inburgeraar' (sent in the portal) or 'gemeente' (the regisseur's answer, ADR 0163). */
    sender: text('sender').$type<'inburgeraar' | 'gemeente'>().notNull().default('inburgeraar'),
    /** An answer: the person's message it answers. */
    answerTo: uuid('answer_to').references((): AnyPgColumn => portaalMessages.id),
    /** An answer: the regisseur who wrote it. */
    sentBy: uuid('sent_by').references(() => users.id),
    /** An answer: when the person first saw it in the portal (null: unread). */
    readAt: timestamp('read_at', { withTimezone: true }),
    /** Seen and handled by the regisseur (ends its werkvoorraad item). */
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledBy: uuid('handled_by').references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('portaal_messages_case_idx').on(t.caseId, t.sentAt), caseScoped('portaal_messages')],
).enableRLS();

/**
 * A document the trajectregisseur asks the inburgeraar for through the portal (ADR 0163). The files
 * sent for it are case_documents with origin 'portaal' and this id; the request's werkvoorraad item
 * stays while a file waits for the regisseur's verdict.
 */
export const portaalDocumentRequests = pgTable(
  'portaal_document_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: gemeenteRef(),
    caseId: caseRef(),
    /** What is asked, in the regisseur's words (Dutch), e.g. "Kopie huurcontract". */
    description: text('description').notNull(),
    /** An uploadedDocumentKinds code the files get; null: 'overig'. */
    kind: text('kind'),
    /** The day by which the gemeente would like it; null: no date. */
    dueOn: date('due_on', { mode: 'string' }),
    /** A portaalDocumentRequestStates code. */
    status: text('status').$type<PortaalDocumentRequestState>().notNull().default('open'),
    /** Why the regisseur asks again (shown in the portal); null otherwise. */
    againReason: text('again_reason'),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledBy: uuid('handled_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdBy: actorRef(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('portaal_document_requests_case_idx').on(t.caseId, t.createdAt), caseScoped('portaal_document_requests')],
).enableRLS();
