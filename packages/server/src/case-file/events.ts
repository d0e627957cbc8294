import type { Tx } from '../db/database.ts';
import { caseEvents } from '../db/schema.ts';
import type { Principal } from '../auth/principal.ts';

export interface CaseEventInput {
  caseId: string;
  gemeenteId: string;
  /** Machine-readable kind, e.g. 'intake.invitation-sent', 'pip.issued', 'duo.SS102'. */
  kind: string;
  /** One Dutch sentence for the timeline. */
  summary: string;
  occurredOn: string;
  /** The part of the case file where this is shown or resolved ('voorbereiding', 'intake', 'pip', …). */
  section?: string;
  data?: Record<string, unknown>;
  source?: 'koers' | 'duo' | 'coa';
}

const row = (actor: Principal | null, event: CaseEventInput, at: Date): typeof caseEvents.$inferInsert => ({
  caseId: event.caseId,
  gemeenteId: event.gemeenteId,
  kind: event.kind,
  summary: event.summary,
  occurredOn: event.occurredOn,
  section: event.section ?? null,
  data: event.data ?? {},
  source: event.source ?? 'koers',
  actorUserId: actor?.userId ?? null,
  actorName: actor?.name ?? (event.source === 'duo' ? 'DUO' : event.source === 'coa' ? 'COA' : 'Koers (systeem)'),
  at,
});

/** Appends to the case timeline in the caller's transaction. */
export async function addCaseEvents(tx: Tx, actor: Principal | null, events: ReadonlyArray<CaseEventInput & { at: Date }>): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(caseEvents).values(events.map((e) => row(actor, e, e.at)));
}

/** Appends one entry to the case timeline in the caller's transaction. */
export async function addCaseEvent(tx: Tx, actor: Principal | null, event: CaseEventInput, at: Date): Promise<void> {
  await tx.insert(caseEvents).values(row(actor, event, at));
}
