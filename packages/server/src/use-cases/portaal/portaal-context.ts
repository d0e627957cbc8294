// What every portal use case shares (issue 17, ADR 0152): the inburgeraar's own scope (the portal
// wall in the database) and the processing-log entries about their case.
import type { Db, Tx } from '../../db/database.ts';
import { inScope } from '../../db/scope.ts';
import { portaalScopeOf, type PortaalPrincipal } from '../../auth/portaal-sessions.ts';
import { logProcessing, type ProcessingAction, type ProcessingLogger } from '../../privacy/processing-log.ts';

export interface PortaalContext {
  db: Db;
  now: Date;
  principal: PortaalPrincipal;
  log: ProcessingLogger;
}

/** Runs `work` as the inburgeraar: koers_app behind the portal wall, one transaction. */
export function inPortaal<T>(ctx: PortaalContext, work: (tx: Tx) => Promise<T>, options: { readOnly?: boolean } = {}): Promise<T> {
  return inScope(ctx.db, portaalScopeOf(ctx.principal), work, options);
}

/** One processing-log entry about the inburgeraar's own case, by the inburgeraar. */
export async function logPortaal(tx: Tx, ctx: PortaalContext, operationName: string, action: ProcessingAction, resourceType: string, resourceId: string | null = null): Promise<void> {
  await logProcessing(tx, ctx.log, { userId: null, role: 'inburgeraar' }, ctx.principal.organisation.id, [
    {
      activity: 'portaalInburgeraar',
      action,
      operationName,
      resourceType,
      resourceId,
      subject: { type: 'case', id: ctx.principal.caseId },
      gemeenteId: ctx.principal.gemeente.id,
      startTime: ctx.now,
      endTime: ctx.now,
    },
  ]);
}
