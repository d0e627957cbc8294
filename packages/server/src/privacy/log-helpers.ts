import type { ProcessingActivityKey } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import type { UseCaseContext } from '../use-cases/context.ts';
import { logProcessing, type ProcessingAction } from './processing-log.ts';

export interface Processed {
  resourceType: string;
  resourceId: string;
  subject: { type: 'case' | 'user' | 'bsn' | 'gemeente'; id: string };
  gemeenteId: string | null;
}

/** Logs one processing operation per data subject, in the use case's transaction. */
export function logProcessed(
  tx: Tx,
  ctx: UseCaseContext,
  activity: ProcessingActivityKey,
  action: ProcessingAction,
  operationName: string,
  items: readonly Processed[],
): Promise<void> {
  const end = new Date();
  return logProcessing(
    tx,
    ctx.log,
    ctx.principal,
    ctx.principal.organisation.id,
    items.map((item) => ({ ...item, activity, action, operationName, startTime: ctx.now, endTime: end < ctx.now ? ctx.now : end })),
  );
}
