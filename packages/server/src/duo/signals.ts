/**
 * The DUO part of the werkvoorraad: the case's inbox and outbox rows as a snapshot for the pure
 * rule `computeDuoSignals` (@koers/domain). `refreshSignals` adds these to the case's signals, so
 * every refresh — from DUO code or any other use case — keeps them (docs/adr/0050).
 */
import { computeDuoSignals, type DuoSignal } from '@koers/domain';
import { eventInfo } from '@koers/duo';
import type { CaseRow } from '../case-file/find-case.ts';
import type { SignalInputs } from '../workqueue/signal-inputs.ts';
import { personalDataIncomplete } from '../use-cases/registration/personal-data.ts';
import { outboxLabel } from './outbox-operations.ts';
import { dateInNetherlands } from '../case-file/today.ts';

/** The open DUO items of one case as werkvoorraad signals, from the case and its rows refreshSignals read (signal-inputs.ts). */
export function duoSignalsFor(c: Pick<CaseRow, 'givenNames' | 'familyName' | 'birthDate' | 'nationality' | 'status' | 'createdAt'>, i: Pick<SignalInputs, 'duoEvents' | 'duoMessages'>): DuoSignal[] {
  const { duoEvents: events, duoMessages: messages } = i;
  return computeDuoSignals({
    events: events.map((e) => {
      const info = eventInfo(e.eventCode);
      return { id: e.id, code: e.eventCode, description: info?.omschrijving ?? null, meaning: info?.betekenis ?? null, status: e.status, receivedOn: dateInNetherlands(e.receivedAt), lastError: e.lastError };
    }),
    messages: messages.map((m) => ({ id: m.id, label: outboxLabel(m.operation), status: m.status, createdOn: dateInNetherlands(m.createdAt), lastError: m.lastError })),
    // Placeholders from a DUO registration (use-cases/registration/personal-data.ts); not for a closed case.
    personalDataMissing: c.status !== 'gesloten' && personalDataIncomplete(c) ? { since: dateInNetherlands(c.createdAt) } : null,
  });
}
