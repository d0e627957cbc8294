/**
 * Werkvoorraad signals caused by the DUO koppeling, derived from the inbox and outbox state of a
 * case (never stored on their own): a DUO event that needs action, a message DUO rejected, a
 * message that could not be delivered, a notification that could not be processed.
 *
 * Kinds start with 'duo.'; {@link syncDuoSignals} replaces exactly those rows of the case, so it
 * composes with `refreshSignals` (which owns the other kinds). See docs/adr/0050.
 */
import { and, eq, inArray, like } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { cases, caseSignals, duoInbox, duoOutbox } from '../db/schema.ts';
import { refreshSignals } from '../workqueue/refresh-signals.ts';
import { eventInfo } from '@koers/duo';
import { outboxLabel } from './outbox-operations.ts';

export type DuoSignalKind = 'duo.gebeurtenis' | 'duo.bericht-afgewezen' | 'duo.bericht-fout' | 'duo.verwerking-fout';

export interface DuoSignal {
  kind: DuoSignalKind;
  dueOn: string;
  reason: string;
  section: 'duo';
  data: Record<string, unknown>;
}

const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** The DUO signals of one case, from the current inbox/outbox rows. */
export async function duoSignalsFor(tx: Tx, caseId: string): Promise<DuoSignal[]> {
  const inbox = await tx
    .select({ id: duoInbox.id, eventCode: duoInbox.eventCode, status: duoInbox.status, receivedAt: duoInbox.receivedAt, lastError: duoInbox.lastError })
    .from(duoInbox)
    .where(and(eq(duoInbox.caseId, caseId), inArray(duoInbox.status, ['actie-nodig', 'fout'])));
  const outbox = await tx
    .select({ id: duoOutbox.id, operation: duoOutbox.operation, status: duoOutbox.status, lastError: duoOutbox.lastError, createdAt: duoOutbox.createdAt, berichtId: duoOutbox.berichtId })
    .from(duoOutbox)
    .where(and(eq(duoOutbox.caseId, caseId), inArray(duoOutbox.status, ['afgewezen', 'fout'])));
  const signals: DuoSignal[] = [];
  for (const row of inbox) {
    const info = eventInfo(row.eventCode);
    const what = info ? `${row.eventCode}: ${info.omschrijving}` : `onbekende gebeurtenis ${row.eventCode}`;
    signals.push(
      row.status === 'fout'
        ? { kind: 'duo.verwerking-fout', dueOn: isoDate(row.receivedAt), reason: `DUO-notificatie ${what} kon niet worden verwerkt: ${row.lastError ?? 'onbekende fout'}`, section: 'duo', data: { inboxId: row.id, eventCode: row.eventCode } }
        : { kind: 'duo.gebeurtenis', dueOn: isoDate(row.receivedAt), reason: `DUO ${what}${info ? ` — ${info.betekenis}` : ''}`, section: 'duo', data: { inboxId: row.id, eventCode: row.eventCode } },
    );
  }
  for (const row of outbox) {
    const label = outboxLabel(row.operation);
    signals.push(
      row.status === 'afgewezen'
        ? { kind: 'duo.bericht-afgewezen', dueOn: isoDate(row.createdAt), reason: `DUO heeft ${label} afgewezen: ${row.lastError ?? ''}`.trim(), section: 'duo', data: { messageId: row.id, berichtId: row.berichtId, operation: row.operation } }
        : { kind: 'duo.bericht-fout', dueOn: isoDate(row.createdAt), reason: `${label} kon niet aan DUO worden geleverd: ${row.lastError ?? ''}`.trim(), section: 'duo', data: { messageId: row.id, berichtId: row.berichtId, operation: row.operation } },
    );
  }
  return signals;
}

/** Replace the 'duo.*' signals of a case with the current ones. */
export async function syncDuoSignals(tx: Tx, caseId: string): Promise<void> {
  const [c] = await tx.select({ gemeenteId: cases.gemeenteId, caseManagerId: cases.caseManagerId }).from(cases).where(eq(cases.id, caseId));
  if (!c) return;
  await tx.delete(caseSignals).where(and(eq(caseSignals.caseId, caseId), like(caseSignals.kind, 'duo.%')));
  const signals = await duoSignalsFor(tx, caseId);
  if (signals.length === 0) return;
  await tx.insert(caseSignals).values(signals.map((s) => ({ ...s, caseId, gemeenteId: c.gemeenteId, caseManagerId: c.caseManagerId })));
}

/** After a DUO-caused change: the werkvoorraad's own signals, then the DUO signals. */
export async function refreshCaseSignals(tx: Tx, caseId: string, today: string): Promise<void> {
  await refreshSignals(tx, caseId, today);
  await syncDuoSignals(tx, caseId);
}
