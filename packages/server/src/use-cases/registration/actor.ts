/**
 * Who registers a newcomer: a signed-in user (hand entry, COA import) or the DUO koppeling (a
 * notification, no Principal). Both go through `registerNewcomer`; this file keeps the difference
 * in one place — the actor name in the history and the timeline, and the processing activity.
 */
import type { Tx } from '../../db/database.ts';
import { recordHistory } from '../../db/schema.ts';
import { recordChange, type HistoryRecord } from '../../audit/history.ts';
import { addCaseEvent, type CaseEventInput } from '../../case-file/events.ts';
import { logProcessing, type ProcessingAction, type ProcessingLogger } from '../../privacy/processing-log.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';

/**
 * The DUO koppeling acting for one gemeente, inside the transaction the notification processor
 * opened with `inGemeente` (row-level security scoped to that one gemeente).
 */
export interface SystemContext {
  now: Date;
  log: ProcessingLogger;
  system: { name: 'DUO'; organisationId: string; gemeenteId: string };
}

export type RegistrationContext = UseCaseContext | SystemContext;

export const isSystem = (ctx: RegistrationContext): ctx is SystemContext => 'system' in ctx;

export const organisationOf = (ctx: RegistrationContext): string => (isSystem(ctx) ? ctx.system.organisationId : ctx.principal.organisation.id);

/** History row; the system actor is named (e.g. "DUO") rather than the generic "Koers (systeem)". */
export async function recordBy(tx: Tx, ctx: RegistrationContext, record: HistoryRecord): Promise<void> {
  if (!isSystem(ctx)) return recordChange(tx, ctx.principal, record, ctx.now);
  if (record.action === 'update' && Object.keys(record.changes).length === 0) return;
  await tx.insert(recordHistory).values({ ...record, reason: record.reason ?? null, actorUserId: null, actorName: ctx.system.name, at: ctx.now });
}

/** Timeline entry; a system actor writes as source 'duo' (actor name "DUO"). */
export function eventBy(tx: Tx, ctx: RegistrationContext, event: CaseEventInput): Promise<void> {
  if (!isSystem(ctx)) return addCaseEvent(tx, ctx.principal, event, ctx.now);
  return addCaseEvent(tx, null, { ...event, source: 'duo' }, ctx.now);
}

/** Processing log: 'dossierInburgering' for a user, 'duoGegevensuitwisseling' for the DUO koppeling. */
export function logBy(tx: Tx, ctx: RegistrationContext, action: ProcessingAction, operationName: string, caseId: string, gemeenteId: string): Promise<void> {
  const item = { resourceType: 'case', resourceId: caseId, subject: { type: 'case' as const, id: caseId }, gemeenteId };
  if (!isSystem(ctx)) return logProcessed(tx, ctx, 'dossierInburgering', action, operationName, [item]);
  return logProcessing(tx, ctx.log, null, ctx.system.organisationId, [
    { ...item, activity: 'duoGegevensuitwisseling', action, operationName, startTime: ctx.now, endTime: ctx.now },
  ]);
}
