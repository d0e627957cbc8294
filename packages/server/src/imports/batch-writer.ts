// The rows one import batch writes, gathered per table and written inside the batch's transaction
// (ADR 0076): one insert per table, all of them sent as one statement (insertTogether, ADR 0077
// addendum of 2026-12-07).
import type { Tx } from '../db/database.ts';
import {
  caseDuoContacts,
  caseEvents,
  caseHours,
  casePlacements,
  caseReliefPeriods,
  caseResults,
  cases,
  caseSignals,
  caseSturing,
  duoOutbox,
  pips,
  recordHistory,
} from '../db/schema.ts';
import { bulkInsertStatement, insertTogether } from '../db/bulk-insert.ts';
import { processingLogStatement, type ProcessingEntry } from '../privacy/processing-log.ts';
import type { UseCaseContext } from '../use-cases/context.ts';
import { todayIn } from '../case-file/today.ts';
import { assignCaseNumbers } from '../case-file/case-numbers.ts';

export class BatchWriter {
  readonly cases: (typeof cases.$inferInsert)[] = [];
  readonly pips: (typeof pips.$inferInsert)[] = [];
  readonly placements: (typeof casePlacements.$inferInsert)[] = [];
  readonly hours: (typeof caseHours.$inferInsert)[] = [];
  readonly results: (typeof caseResults.$inferInsert)[] = [];
  readonly relief: (typeof caseReliefPeriods.$inferInsert)[] = [];
  readonly duoContacts: (typeof caseDuoContacts.$inferInsert)[] = [];
  readonly outbox: (typeof duoOutbox.$inferInsert)[] = [];
  readonly events: (typeof caseEvents.$inferInsert)[] = [];
  readonly history: (typeof recordHistory.$inferInsert)[] = [];
  readonly signals: (typeof caseSignals.$inferInsert)[] = [];
  readonly sturing: (typeof caseSturing.$inferInsert)[] = [];
  readonly log: ProcessingEntry[] = [];

  readonly today: string;

  /**
   * Work that needs no database, run while this writer's insert is in PostgreSQL (plan ahead, ADR 0077
   * addendum of the twelfth session): given `written()`, which turns true once the insert has answered,
   * so the work stops then and never holds the transaction open longer. Used by the next flush only.
   */
  whileWriting: ((written: () => boolean) => Promise<void>) | undefined;

  constructor(private readonly ctx: UseCaseContext) {
    this.today = todayIn(ctx.now);
  }

  /** A history row as `recordChange` writes it (an update without changes is not written). */
  addHistory(row: Omit<typeof recordHistory.$inferInsert, 'actorUserId' | 'actorName' | 'at' | 'organisationId'>): void {
    if (row.action === 'update' && Object.keys(row.changes).length === 0) return;
    this.history.push({ ...row, reason: row.reason ?? null, organisationId: this.ctx.principal.organisation.id, actorUserId: this.ctx.principal.userId, actorName: this.ctx.principal.name, at: this.ctx.now });
  }

  /** A timeline row as `addCaseEvent` writes it. */
  addEvent(row: { caseId: string; gemeenteId: string; kind: string; summary: string; occurredOn: string; section: string | null; data: Record<string, unknown>; source?: 'koers' | 'duo' | 'coa' }): void {
    this.events.push({ ...row, source: row.source ?? 'koers', actorUserId: this.ctx.principal.userId, actorName: this.ctx.principal.name, at: this.ctx.now });
  }

  /** A processing-log entry as `logProcessed` writes it (activity 'dossierInburgering'). */
  addLog(action: ProcessingEntry['action'], operationName: string, resourceType: string, resourceId: string, caseId: string, gemeenteId: string): void {
    this.log.push({ activity: 'dossierInburgering', action, operationName, resourceType, resourceId, subject: { type: 'case', id: caseId }, gemeenteId, startTime: this.ctx.now, endTime: this.ctx.now });
  }

  /** Adds the rows `other` gathered (one person's, planned apart) after the ones gathered so far. */
  take(other: BatchWriter): void {
    for (const key of tables) {
      const from = other[key];
      const to: unknown[] = this[key];
      for (const row of from) to.push(row);
    }
  }

  /**
   * Writes everything gathered, in one statement (foreign keys are checked at its end), after one
   * statement that numbers the new cases together (ADR 0106 addendum of 2026-12-07).
   */
  async flush(tx: Tx): Promise<void> {
    await assignCaseNumbers(tx, this.cases);
    const end = new Date();
    const log = this.log.splice(0);
    const written = insertTogether(tx, [
      bulkInsertStatement(cases, this.cases.splice(0)),
      bulkInsertStatement(pips, this.pips.splice(0)),
      bulkInsertStatement(casePlacements, this.placements.splice(0)),
      bulkInsertStatement(caseHours, this.hours.splice(0)),
      bulkInsertStatement(caseResults, this.results.splice(0)),
      bulkInsertStatement(caseReliefPeriods, this.relief.splice(0)),
      bulkInsertStatement(caseDuoContacts, this.duoContacts.splice(0)),
      bulkInsertStatement(duoOutbox, this.outbox.splice(0)),
      bulkInsertStatement(caseEvents, this.events.splice(0)),
      bulkInsertStatement(recordHistory, this.history.splice(0)),
      bulkInsertStatement(caseSignals, this.signals.splice(0)),
      bulkInsertStatement(caseSturing, this.sturing.splice(0)),
      processingLogStatement(this.ctx.log, this.ctx.principal, this.ctx.principal.organisation.id, log.map((e) => ({ ...e, endTime: end < e.startTime ? e.startTime : end }))),
    ]);
    const meanwhile = this.whileWriting;
    this.whileWriting = undefined;
    if (meanwhile) await alongside(written, meanwhile);
    else await written;
  }
}

/** The writer's row lists, as `take` joins them. */
const tables = ['cases', 'pips', 'placements', 'hours', 'results', 'relief', 'duoContacts', 'outbox', 'events', 'history', 'signals', 'sturing', 'log'] as const;
/** A row list added to the writer but not to `tables` would be dropped by `take`: the typecheck refuses it. */
type RowLists = { [K in keyof BatchWriter]: BatchWriter[K] extends readonly unknown[] ? K : never }[keyof BatchWriter];
const everyRowList: [Exclude<RowLists, (typeof tables)[number]>] extends [never] ? true : never = true;
void everyRowList;

/**
 * Runs `work` while `written` is under way, then waits for `written` (its failure is the caller's: the
 * batch rolls back). `work` is told when `written` has settled, so it stops then.
 */
async function alongside(written: Promise<void>, work: (written: () => boolean) => Promise<void>): Promise<void> {
  let settled = false;
  const done = written.then(
    () => (settled = true),
    () => (settled = true),
  );
  await work(() => settled);
  await done;
  await written;
}
