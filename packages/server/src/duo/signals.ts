/**
 * The DUO part of the werkvoorraad: the case's inbox and outbox rows as a snapshot for the pure
 * rule `computeDuoSignals` (@koers/domain). `refreshSignals` adds these to the case's signals, so
 * every refresh — from DUO code or any other use case — keeps them (docs/adr/0050).
 */
import { and, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { computeDuoSignals, type DuoSignal } from '@koers/domain';
import { eventInfo } from '@koers/duo';
import type { Tx } from '../db/database.ts';
import { cases, duoInbox, duoOutbox } from '../db/schema.ts';
import { personalDataIncomplete } from '../use-cases/registration/personal-data.ts';
import { outboxLabel } from './outbox-operations.ts';

const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** The open DUO items of one case as werkvoorraad signals. */
export async function duoSignalsFor(tx: Tx, caseId: string): Promise<DuoSignal[]> {
  const [c] = await tx
    .select({ givenNames: cases.givenNames, familyName: cases.familyName, birthDate: cases.birthDate, nationality: cases.nationality, status: cases.status, createdAt: cases.createdAt })
    .from(cases)
    .where(eq(cases.id, caseId));
  const events = await tx
    .select({ id: duoInbox.id, eventCode: duoInbox.eventCode, status: duoInbox.status, receivedAt: duoInbox.receivedAt, lastError: duoInbox.lastError })
    .from(duoInbox)
    // 'ontvangen' with a reason: failed at least once and being retried (inbox.ts).
    .where(and(eq(duoInbox.caseId, caseId), or(inArray(duoInbox.status, ['actie-nodig', 'fout']), and(eq(duoInbox.status, 'ontvangen'), isNotNull(duoInbox.lastError)))));
  const messages = await tx
    .select({ id: duoOutbox.id, operation: duoOutbox.operation, status: duoOutbox.status, lastError: duoOutbox.lastError, createdAt: duoOutbox.createdAt })
    .from(duoOutbox)
    .where(and(eq(duoOutbox.caseId, caseId), inArray(duoOutbox.status, ['afgewezen', 'fout'])));
  return computeDuoSignals({
    events: events.map((e) => {
      const info = eventInfo(e.eventCode);
      return { id: e.id, code: e.eventCode, description: info?.omschrijving ?? null, meaning: info?.betekenis ?? null, status: e.status, receivedOn: isoDate(e.receivedAt), lastError: e.lastError };
    }),
    messages: messages.map((m) => ({ id: m.id, label: outboxLabel(m.operation), status: m.status, createdOn: isoDate(m.createdAt), lastError: m.lastError })),
    // Placeholders from a DUO registration (use-cases/registration/personal-data.ts); not for a closed case.
    personalDataMissing: c && c.status !== 'gesloten' && personalDataIncomplete(c) ? { since: isoDate(c.createdAt) } : null,
  });
}
