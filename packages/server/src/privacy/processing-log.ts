import { processingActivities, type ProcessingActivityKey } from '@koers/domain';
import type { Tx } from '../db/database.ts';
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
  subject: { type: 'case' | 'user' | 'bsn'; id: string };
  gemeenteId: string | null;
  startTime: Date;
  endTime: Date;
  status?: 'OK' | 'ERROR';
}

export interface ProcessingLogger {
  trace: TraceContext;
  pseudonymKey: string;
}

/** Pseudonymises a data subject id: the log can be searched for a person with the key, never read back. */
export function pseudonymise(key: string, subject: ProcessingEntry['subject']): string {
  return hmac(key, `${subject.type}:${subject.id}`);
}

/**
 * Writes processing-log entries in the caller's transaction (Logboek Dataverwerkingen: one span
 * per processing operation, with processing activity, data subject, actor and status).
 */
export async function logProcessing(
  tx: Tx,
  logger: ProcessingLogger,
  actor: Principal | null,
  organisationId: string,
  entries: readonly ProcessingEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(processingLog).values(
    entries.map((e) => ({
      traceId: logger.trace.traceId,
      spanId: randomHex(8),
      parentSpanId: logger.trace.spanId,
      operationName: e.operationName,
      startTime: e.startTime,
      endTime: e.endTime,
      statusCode: e.status ?? 'OK',
      processingActivityId: processingActivities[e.activity].id,
      dataSubjectIdType: e.subject.type,
      dataSubjectId: pseudonymise(logger.pseudonymKey, e.subject),
      action: e.action,
      resourceType: e.resourceType,
      resourceId: e.resourceId,
      actorUserId: actor?.userId ?? null,
      organisationId,
      gemeenteId: e.gemeenteId,
    })),
  );
}
