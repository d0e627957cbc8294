// The schema definition. Migrations in ../../drizzle are generated from this file with
// `npm run db:generate`; test/schema-drift.test.ts fails when the two disagree.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgRole,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** The role every request runs as (SET LOCAL ROLE): not the owner, so row-level security applies. */
export const appRole = pgRole('koers_app').existing();

const gemeenteScope = sql`gemeente_id = ANY (koers_scope_gemeenten())`;
const organisationScope = sql`organisation_id = koers_scope_organisation()`;

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  ...timestamps,
});

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
    oin: text('oin'),
    settings: jsonb('settings').notNull().default({}),
    ...timestamps,
  },
  (t) => [uniqueIndex('gemeenten_code_key').on(t.code)],
);

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
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    uniqueIndex('users_oidc_subject_key').on(t.oidcSubject),
    index('users_organisation_idx').on(t.organisationId),
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
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** One case (dossier) per person per gemeente. */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gemeenteId: uuid('gemeente_id')
      .notNull()
      .references(() => gemeenten.id),
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
    ...timestamps,
  },
  (t) => [
    uniqueIndex('cases_gemeente_bsn_key').on(t.gemeenteId, t.bsn),
    uniqueIndex('cases_gemeente_v_number_key').on(t.gemeenteId, t.vNumber),
    index('cases_case_manager_idx').on(t.caseManagerId),
    pgPolicy('cases_gemeente_isolation', { for: 'all', to: appRole, using: gemeenteScope, withCheck: gemeenteScope }),
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
    changes: jsonb('changes').notNull(),
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
    actorUserId: uuid('actor_user_id').references(() => users.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    gemeenteId: uuid('gemeente_id').references(() => gemeenten.id),
  },
  (t) => [
    index('processing_log_subject_idx').on(t.dataSubjectId),
    index('processing_log_trace_idx').on(t.traceId),
    pgPolicy('processing_log_isolation', {
      for: 'all',
      to: appRole,
      using: sql`(gemeente_id IS NULL AND ${organisationScope}) OR ${gemeenteScope}`,
      withCheck: sql`(gemeente_id IS NULL AND ${organisationScope}) OR ${gemeenteScope}`,
    }),
  ],
).enableRLS();
