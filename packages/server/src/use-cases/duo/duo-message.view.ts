import { z } from 'zod';
import type { duoOutbox } from '../../db/schema.ts';
import { outboxLabel } from '../../duo/outbox-operations.ts';

/** A melding for DUO as the case file and the DUO page show it. */
export const duoMessageViewSchema = z.object({
  id: z.string(),
  operation: z.string(),
  label: z.string(),
  berichtId: z.string(),
  status: z.string(),
  attempts: z.number(),
  /** Only while waiting for the next attempt. */
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  /** DUO's answer: { status, body } (a refusal's body holds DUO's fouttekst). */
  response: z.unknown(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type DuoMessageView = z.output<typeof duoMessageViewSchema>;

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
