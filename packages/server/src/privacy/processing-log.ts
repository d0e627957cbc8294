import { sql, type SQL } from 'drizzle-orm';
import { processingActivities, type ProcessingActivityKey } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { isReadOnly } from '../db/scope.ts';
import { atNextStatement } from '../db/combining-client.ts';
import { quotedLiteral } from '../db/quoted-literal.ts';
import { processingLog } from '../db/schema.ts';
import { hmac, randomHex } from '../auth/tokens.ts';
import type { Principal } from '../auth/principal.ts';

/** Trace context of one request (W3C trace ids), shared by all log entries it writes. */
export interface TraceContext {
  traceId: string;
  spanId: string;
}

export function newTraceContext(traceparent?: string): TraceContext {
  const match = traceparent?.match(/^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/);
  return { traceId: match?.[1] ?? randomHex(16), spanId: randomHex(8) };
}

export type ProcessingAction = 'read' | 'create' | 'update' | 'delete';

export interface ProcessingEntry {
  activity: ProcessingActivityKey;
  action: ProcessingAction;
  operationName: string;
  resourceType: string;
  resourceId: string | null;
  /** The data subject: a case (person) or a staff account. */
  subject: { type: 'case' | 'user' | 'bsn' | 'gemeente'; id: string };
  gemeenteId: string | null;
  startTime: Date;
  endTime: Date;
  status?: 'OK' | 'ERROR';
}

/** Who processed: an employee (Principal), or an inburgeraar in the portal (no user id; ADR 0152). */
export type ProcessingActor = Pick<Principal, 'role'> & { userId: string | null } | { userId: null; role: 'inburgeraar' };

export interface ProcessingLogger {
  trace: TraceContext;
  pseudonymKey: string;
}

/** Pseudonymises a data subject id: the log can be searched for a person with the key, never read back. */
export function pseudonymise(key: string, subject: ProcessingEntry['subject']): string {
  const cacheKey = `${key}\u0000${subject.type}:${subject.id}`;
  let pseudonym = pseudonyms.get(cacheKey);
  if (pseudonym === undefined) {
    if (pseudonyms.size >= maxCachedPseudonyms) pseudonyms.clear();
    pseudonym = hmac(key, `${subject.type}:${subject.id}`);
    pseudonyms.set(cacheKey, pseudonym);
  }
  return pseudonym;
}

// The same cases are shown again and again (werkvoorraad, case file): their HMAC is remembered.
const pseudonyms = new Map<string, string>();
const maxCachedPseudonyms = 50_000;

/** Span ids (8 random bytes each) for n entries, from one call to the random source. */
function spanIds(n: number): string[] {
  const hex = randomHex(8 * n);
  return Array.from({ length: n }, (_, i) => hex.slice(16 * i, 16 * (i + 1)));
}

/**
 * Writes processing-log entries in the caller's transaction (Logboek Dataverwerkingen: one span
 * per processing operation, with processing activity, data subject, actor and status).
 *
 * One statement whatever the number of entries: the rows travel as one JSON value (a bound parameter,
 * or for a read-only transaction a quoted literal) and `json_to_recordset` unpacks them. A werkvoorraad page logs 50 entries; as a multi-row VALUES
 * insert that was 850 bind parameters and ~7 ms of query building and serialisation per request,
 * against ~1 ms in the database (docs/adr/0060-request-overhead.md).
 */
export async function logProcessing(
  tx: Tx,
  logger: ProcessingLogger,
  actor: ProcessingActor | null,
  organisationId: string,
  entries: readonly ProcessingEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  // A read's rows may travel with the transaction's next statement or its COMMIT (one round trip less on
  // PostgreSQL; combining-client.ts): as a statement without parameters, its values quoted literals.
  const statement = isReadOnly(tx) ? sql.raw(literalStatement(logger, actor, organisationId, entries)) : processingLogStatement(logger, actor, organisationId, entries);
  if (statement) await tx.execute(statement);
}

/** The insert `logProcessing` runs (undefined for no entries), for a caller that sends it with other inserts. */
export function processingLogStatement(logger: ProcessingLogger, actor: ProcessingActor | null, organisationId: string, entries: readonly ProcessingEntry[]): SQL | undefined {
  if (entries.length === 0) return undefined;
  return sql`
    INSERT INTO ${processingLog} (${sql.raw(insertColumns)})
    SELECT ${logger.trace.traceId}, ${logger.trace.spanId}, ${actor?.userId ?? null}::uuid, ${actor?.role ?? null}::text, ${organisationId}::uuid, ${sql.raw(selectColumns)}
      FROM json_to_recordset(${JSON.stringify(logRows(logger, entries))}::json) AS ${sql.raw(recordType)}`;
}

/** The same insert with its values as quoted literals, marked to travel with the next statement. */
function literalStatement(logger: ProcessingLogger, actor: ProcessingActor | null, organisationId: string, entries: readonly ProcessingEntry[]): string {
  const literal = (value: string | null) => (value === null ? 'NULL' : quotedLiteral(value));
  return `${atNextStatement} INSERT INTO processing_log (${insertColumns})
    SELECT ${literal(logger.trace.traceId)}, ${literal(logger.trace.spanId)}, ${literal(actor?.userId ?? null)}::uuid, ${literal(actor?.role ?? null)}::text, ${literal(organisationId)}::uuid, ${selectColumns}
      FROM json_to_recordset(${literal(JSON.stringify(logRows(logger, entries)))}::json) AS ${recordType}`;
}

const insertColumns = `trace_id, parent_span_id, actor_user_id, actor_role, organisation_id, span_id, operation_name, start_time, end_time, status_code,
                       processing_activity_id, data_subject_id_type, data_subject_id, action, resource_type, resource_id, gemeente_id`;
const selectColumns = `r.span_id, r.operation_name, r.start_time, r.end_time, r.status_code,
           r.processing_activity_id, r.data_subject_id_type, r.data_subject_id, r.action, r.resource_type, r.resource_id, r.gemeente_id`;
const recordType = `r(span_id text, operation_name text, start_time timestamptz, end_time timestamptz, status_code text,
           processing_activity_id text, data_subject_id_type text, data_subject_id text, action text, resource_type text, resource_id text, gemeente_id uuid)`;

function logRows(logger: ProcessingLogger, entries: readonly ProcessingEntry[]): LogRow[] {
  const spans = spanIds(entries.length);
  // The entries of one operation share their start and end (log-helpers.ts): each instant written out once.
  const instants = new Map<Date, string>();
  const iso = (d: Date): string => {
    let text = instants.get(d);
    if (text === undefined) {
      text = d.toISOString();
      instants.set(d, text);
    }
    return text;
  };
  return entries.map((e, i) => ({
    span_id: spans[i]!,
    operation_name: e.operationName,
    start_time: iso(e.startTime),
    end_time: iso(e.endTime),
    status_code: e.status ?? 'OK',
    processing_activity_id: processingActivities[e.activity].id,
    data_subject_id_type: e.subject.type,
    data_subject_id: pseudonymise(logger.pseudonymKey, e.subject),
    action: e.action,
    resource_type: e.resourceType,
    resource_id: e.resourceId,
    gemeente_id: e.gemeenteId,
  }));
}

/** One entry as json_to_recordset reads it (column names of processing_log). */
interface LogRow {
  span_id: string;
  operation_name: string;
  start_time: string;
  end_time: string;
  status_code: 'OK' | 'ERROR';
  processing_activity_id: string;
  data_subject_id_type: ProcessingEntry['subject']['type'];
  data_subject_id: string;
  action: ProcessingAction;
  resource_type: string;
  resource_id: string | null;
  gemeente_id: string | null;
}
