import type { duoOutbox } from '../../db/schema.ts';
import { outboxLabel } from '../../duo/outbox-operations.ts';

/** A melding for DUO as the case file and the DUO page show it. */
export interface DuoMessageView {
  id: string;
  operation: string;
  label: string;
  berichtId: string;
  status: string;
  attempts: number;
  /** Only while waiting for the next attempt. */
  nextAttemptAt: string | null;
  lastError: string | null;
  /** DUO's answer: { status, body } (a refusal's body holds DUO's fouttekst). */
  response: unknown;
  createdAt: string;
  sentAt: string | null;
}

export function duoMessageView(m: typeof duoOutbox.$inferSelect): DuoMessageView {
  return {
    id: m.id,
    operation: m.operation,
    label: outboxLabel(m.operation),
    berichtId: m.berichtId,
    status: m.status,
    attempts: m.attempts,
    nextAttemptAt: m.status === 'wachtend' ? m.nextAttemptAt.toISOString() : null,
    lastError: m.lastError,
    response: m.response ?? null,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  };
}
