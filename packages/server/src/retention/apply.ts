// What retention does to one gemeente's data (ADR 0099), as the owner (outside RLS), in the
// caller's transaction. Counting (the dry run) and applying use the same conditions.
//
// A case is closed when its status is 'gesloten' or it has a closing date (the end of the
// inburgeringsplicht, as DUO reports it or as recorded); the periods run from `closed_on`. A case
// marked 'gesloten' without a date is never removed: it is counted so the beheerder can fill it in.
//
// Stage 'kerngegevens' (case-file period passed): the case file goes — timeline, meetings, intake,
// checklist, PIPs and their bezwaren and withdrawals, placements, hours, documents, signals, DUO data;
// the non-core columns of the case are cleared; the values in the record history of the case are
// redacted (who did what and when stays); DUO messages keep their row (foreign keys, BerichtId) but
// lose their content. What stays is the core data of art. 9.9 lid 2 Besluit inburgering 2021: BSN,
// V-number, name, address, birth date, exemption/ontheffing (learnability tests), results and how
// the duty ended.
// A case closed because the person died goes through both stages at the next run (art. 9.9 lid 1
// sub b: the 50-year exception of lid 2 does not apply to it).
// Stage 'verwijderd' (core-data period passed): the rest goes; the case row stays as a stub without
// anything that identifies the person, so foreign keys (DUO messages) and the audit chain hold.
import { sql, type SQL } from 'drizzle-orm';
import { closingReasonsRemovedAtOnce, retentionCutoffs, type RetentionPeriods } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { startOfDayInAmsterdam } from '../privacy/period.ts';
import { rawRows } from '../db/raw-rows.ts';

export interface RetentionCounts {
  /** Cases whose case file is (or would be) removed; the core data stays. */
  caseFiles: number;
  /** Cases whose core data is (or would be) removed too. */
  coreData: number;
  /** Closed cases without a closing date: not touched. */
  closedWithoutDate: number;
  /** Processing-log entries of the gemeente past their period. */
  processingLog: number;
}

const closed = sql`(status = 'gesloten' OR closed_on IS NOT NULL)`;
/** Closed because the person died: everything goes at once, core data too (art. 9.9 lid 1 sub b Bi). */
const atOnce = sql`closed_reason_code IN (${sql.join(closingReasonsRemovedAtOnce.map((r) => sql`${r}`), sql`, `)})`;

function conditions(gemeenteId: string, periods: RetentionPeriods, today: string) {
  const cut = retentionCutoffs(today, periods);
  return {
    caseFile: sql`gemeente_id = ${gemeenteId} AND retention_stage IS NULL AND closed_on IS NOT NULL AND (closed_on <= ${cut.caseFileClosedOnOrBefore}::date OR ${atOnce})`,
    coreData: sql`gemeente_id = ${gemeenteId} AND retention_stage IS DISTINCT FROM 'verwijderd' AND closed_on IS NOT NULL AND (closed_on <= ${cut.coreDataClosedOnOrBefore}::date OR ${atOnce})`,
    withoutDate: sql`gemeente_id = ${gemeenteId} AND ${closed} AND closed_on IS NULL`,
    log: sql`gemeente_id = ${gemeenteId} AND start_time < ${startOfDayInAmsterdam(cut.processingLogBefore).toISOString()}::timestamptz`,
  };
}


async function count(tx: Tx, table: string, where: SQL): Promise<number> {
  const [row] = await rawRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE ${where}`);
  return Number(row?.n ?? 0);
}

/** What retention would do now (the dry run): counts only. */
export async function countDue(tx: Tx, gemeenteId: string, periods: RetentionPeriods, today: string): Promise<RetentionCounts> {
  const c = conditions(gemeenteId, periods, today);
  return {
    caseFiles: await count(tx, 'cases', c.caseFile),
    coreData: await count(tx, 'cases', c.coreData),
    closedWithoutDate: await count(tx, 'cases', c.withoutDate),
    processingLog: await count(tx, 'processing_log', c.log),
  };
}

/**
 * Tables of the case file, children before parents (foreign keys). Kept until stage 2 (core data,
 * art. 9.9 lid 2 Bi 2021 names ontheffing): learnability_tests, case_results, ontheffing_requests
 * (without its free-text note, which may hold health details).
 */
const caseFileTables = [
  'case_events',
  'case_meetings',
  'case_checklist_items',
  'case_intakes',
  'intake_invitations',
  'learnability_evidence',
  // Handhaving (ADR 0132): steps and fines before their violation; steps name a document.
  'handhaving_steps',
  'handhaving_fines',
  'handhaving_violations',
  // DUO's own fines (ADR 0145) name a document: before the documents.
  'duo_fines',
  // An uploaded document may name a PIP or a bezwaar (pip_id, objection_id): before them.
  'case_documents',
  'case_journal_entries',
  'pip_withdrawals',
  'pip_objections',
  'pips',
  'case_signals',
  'case_assignments',
  'case_duo_data',
  'case_placements',
  'case_hours',
  'case_duo_contacts',
  'case_relief_periods',
  'case_duo_differences',
  // Household and move links (ADR 0103): only this side's rows; the other gemeente keeps its own.
  'case_links',
  'support_plans',
  'relief_payments',
  'relief_agreements',
] as const;
const coreTables = ['learnability_tests', 'case_results', 'ontheffing_requests'] as const;
/** Child tables with their own id, which the record history may name as the entity. */
const withOwnId = ['case_meetings', 'intake_invitations', 'learnability_tests', 'learnability_evidence', 'pips', 'pip_objections', 'pip_withdrawals', 'case_documents', 'case_journal_entries', 'case_placements', 'case_results', 'case_duo_differences', 'ontheffing_requests', 'handhaving_violations', 'handhaving_fines', 'duo_fines'] as const;

const redacted = sql`'{"from":"[verwijderd]","to":"[verwijderd]"}'::jsonb`;

async function removeCaseFile(tx: Tx, caseIds: readonly string[]): Promise<void> {
  const ids = sql`(SELECT unnest(${`{${caseIds.join(',')}}`}::uuid[]))`;
  // The record history names the case or one of its parts: redact the values, keep who/what/when.
  const entities = sql.join(
    [sql`SELECT unnest(${`{${caseIds.join(',')}}`}::uuid[]) AS id`, ...withOwnId.map((t) => sql`SELECT id FROM ${sql.identifier(t)} WHERE case_id IN ${ids}`)],
    sql` UNION ALL `,
  );
  await tx.execute(sql`
    UPDATE record_history
       SET changes = coalesce((SELECT jsonb_object_agg(key, ${redacted}) FROM jsonb_each(record_history.changes)), '{}'::jsonb), reason = NULL
     WHERE entity_id IN (${entities})`);
  for (const table of caseFileTables) await tx.execute(sql`DELETE FROM ${sql.identifier(table)} WHERE case_id IN ${ids}`);
  await tx.execute(sql`UPDATE ontheffing_requests SET note = NULL, version = version + 1 WHERE case_id IN ${ids} AND note IS NOT NULL`);
  await tx.execute(sql`UPDATE duo_outbox SET payload = '{}'::jsonb, response = NULL, last_error = NULL WHERE case_id IN ${ids}`);
  await tx.execute(sql`UPDATE duo_inbox SET payload = '{}'::jsonb, last_error = NULL WHERE case_id IN ${ids}`);
  await tx.execute(sql`
    UPDATE cases
       SET retention_stage = 'kerngegevens', case_manager_id = NULL, permit_purpose = NULL, duty_explanation = NULL,
           coa_reference = NULL, coa_location = NULL, preferred_language = NULL, interpreter_needed = false,
           phone = NULL, email = NULL, third_party_info_received_on = NULL, housed_on = NULL, version = version + 1
     WHERE id IN ${ids}`);
}

async function removeCoreData(tx: Tx, caseIds: readonly string[]): Promise<void> {
  const ids = sql`(SELECT unnest(${`{${caseIds.join(',')}}`}::uuid[]))`;
  for (const table of coreTables) await tx.execute(sql`DELETE FROM ${sql.identifier(table)} WHERE case_id IN ${ids}`);
  await tx.execute(sql`UPDATE duo_inbox SET bsn = NULL WHERE case_id IN ${ids}`);
  await tx.execute(sql`
    UPDATE cases
       SET retention_stage = 'verwijderd', bsn = NULL, v_number = NULL, given_names = '—', family_name = 'Verwijderd (bewaartermijn verstreken)',
           birth_date = '1900-01-01', nationality = '', address = NULL, not_obliged_reason = NULL, closed_reason = NULL,
           linked_on = NULL, duty_start_on = NULL, duo_notice_on = NULL, registered_on = NULL, moved_in_on = NULL,
           term_start = NULL, term_end_exclusive = NULL, target_group = NULL, regime = NULL, obliged = NULL, version = version + 1
     WHERE id IN ${ids}`);
}

/** At most this many cases per statement group, so one transaction stays short. */
const BATCH = 200;

async function dueIds(tx: Tx, where: SQL): Promise<string[]> {
  return (await rawRows<{ id: string }>(tx, sql`SELECT id FROM cases WHERE ${where} ORDER BY closed_on, id LIMIT ${BATCH}`)).map((r) => r.id);
}

/** Applies retention to one gemeente in the caller's (owner) transaction. */
export async function applyRetention(tx: Tx, gemeenteId: string, periods: RetentionPeriods, today: string): Promise<RetentionCounts> {
  const c = conditions(gemeenteId, periods, today);
  await tx.execute(sql`SELECT set_config('koers.retention', 'on', true)`);
  const done: RetentionCounts = { caseFiles: 0, coreData: 0, closedWithoutDate: await count(tx, 'cases', c.withoutDate), processingLog: 0 };
  for (let ids = await dueIds(tx, c.caseFile); ids.length > 0; ids = await dueIds(tx, c.caseFile)) {
    await removeCaseFile(tx, ids);
    done.caseFiles += ids.length;
  }
  for (let ids = await dueIds(tx, c.coreData); ids.length > 0; ids = await dueIds(tx, c.coreData)) {
    await removeCoreData(tx, ids);
    done.coreData += ids.length;
  }
  const [pruned] = await rawRows<{ n: number }>(tx, sql`WITH gone AS (DELETE FROM processing_log WHERE ${c.log} RETURNING 1) SELECT count(*)::int AS n FROM gone`);
  done.processingLog = Number(pruned?.n ?? 0);
  await tx.execute(sql`SELECT set_config('koers.retention', 'off', true)`);
  return done;
}

/** The organisation's own log rows (logins, user management: no gemeente) after the longest period of its gemeenten. */
export async function pruneOrganisationLog(tx: Tx, organisationId: string, processingLogYears: number, today: string): Promise<number> {
  const cut = retentionCutoffs(today, { caseFileYears: 0, coreDataYears: 0, processingLogYears });
  const [pruned] = await rawRows<{ n: number }>(
    tx,
    sql`WITH gone AS (DELETE FROM processing_log WHERE gemeente_id IS NULL AND organisation_id = ${organisationId} AND start_time < ${startOfDayInAmsterdam(cut.processingLogBefore).toISOString()}::timestamptz RETURNING 1) SELECT count(*)::int AS n FROM gone`,
  );
  return Number(pruned?.n ?? 0);
}
