import { and, desc, eq } from 'drizzle-orm';
import { processingLog } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { logProcessing, pseudonymise } from '../../privacy/processing-log.ts';
import type { UseCaseContext } from '../context.ts';
import type { ProcessingLogEntryView } from './privacy.view.ts';

export interface ProcessingLogQuery {
  subjectType: 'case' | 'user';
  subjectId: string;
  limit: number;
}

/** All processing of one data subject's data (for an inzageverzoek, art. 15 AVG). */
export function searchProcessingLog(ctx: UseCaseContext, query: ProcessingLogQuery): Promise<ProcessingLogEntryView[]> {
  const subject = pseudonymise(ctx.log.pseudonymKey, { type: query.subjectType, id: query.subjectId });
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const rows = await tx
      .select()
      .from(processingLog)
      .where(and(eq(processingLog.dataSubjectId, subject), eq(processingLog.dataSubjectIdType, query.subjectType)))
      .orderBy(desc(processingLog.startTime), desc(processingLog.id))
      .limit(query.limit);
    // Reading the log is itself a processing of the subject's data (ADR 0098).
    const end = new Date(Math.max(Date.now(), ctx.now.getTime()));
    await logProcessing(tx, ctx.log, ctx.principal, ctx.principal.organisation.id, [
      { activity: 'toezichtGegevensbescherming', action: 'read', operationName: 'searchProcessingLogBySubject', resourceType: 'processing_log', resourceId: null, subject: { type: query.subjectType, id: query.subjectId }, gemeenteId: null, startTime: ctx.now, endTime: end },
    ]);
    return rows.map((r) => ({
      traceId: r.traceId,
      spanId: r.spanId,
      parentSpanId: r.parentSpanId,
      operationName: r.operationName,
      startTime: r.startTime.toISOString(),
      endTime: r.endTime.toISOString(),
      statusCode: r.statusCode,
      processingActivityId: r.processingActivityId,
      action: r.action,
      resourceType: r.resourceType,
      resourceId: r.resourceId,
      actorUserId: r.actorUserId,
      gemeenteId: r.gemeenteId,
    }));
  }, { readOnly: true });
}
