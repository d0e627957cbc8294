// Shared by the result use cases: what Koers knows about a case that DUO's rules for results
// (D4, Z-route completion) need, and what the 'verwijtbaar' rule says for a given date.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { validateResultDateForDuo, type DuoResultInput, type IsoDate, type LearningRoute } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { caseResults, duoOutbox, pips } from '../../db/schema.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import type { OutboxOperation } from '../../duo/outbox-operations.ts';
import { isLearningRoute } from '../pip/pip-support.ts';
import type { ResultKind } from './results.types.ts';
import type { CulpabilityView } from './results.view.ts';

export type ResultRow = typeof caseResults.$inferSelect;
type OutboxRow = typeof duoOutbox.$inferSelect;

export const operationFor = {
  pvt: 'pvt.result',
  map: 'map.result',
  zroute: 'zroute.result',
} as const satisfies Record<ResultKind, OutboxOperation>;

export const kindLabels: Record<ResultKind, string> = {
  pvt: 'ondertekening PVT',
  map: 'eindgesprek MAP',
  zroute: 'afronding Z-route',
};

export interface ResultsState {
  caseRow: CaseRow;
  /** The current vastgesteld PIP version, if any. */
  currentPip: { id: string; route: LearningRoute | null; issuedOn: IsoDate | null } | null;
  stored: Map<ResultKind, ResultRow>;
  /** Outbox rows of the three result operations, latest first. */
  messages: OutboxRow[];
}

/** The outbox rows of the three result operations of a case, latest first (with `resultMessagesOrder`). */
export const resultMessagesOf = (caseId: string) => and(eq(duoOutbox.caseId, caseId), inArray(duoOutbox.operation, Object.values(operationFor)));
export const resultMessagesOrder = [desc(duoOutbox.createdAt), desc(duoOutbox.seq)];

export async function loadResultsState(tx: Tx, caseRow: CaseRow): Promise<ResultsState> {
  const [pip] = await tx
    .select({ id: pips.id, route: pips.route, issuedOn: pips.issuedOn })
    .from(pips)
    .where(and(eq(pips.caseId, caseRow.id), eq(pips.status, 'vastgesteld')))
    .orderBy(desc(pips.version))
    .limit(1);
  const rows = await tx.select().from(caseResults).where(eq(caseResults.caseId, caseRow.id));
  const messages = await tx.select().from(duoOutbox).where(resultMessagesOf(caseRow.id)).orderBy(...resultMessagesOrder);
  return resultsStateOf(caseRow, pip, rows, messages);
}

/** The state from the stored rows: `pip` is the current vastgesteld version (the werkvoorraad reads them together, ADR 0059 addendum). */
export function resultsStateOf(caseRow: CaseRow, pip: { id: string; route: string | null; issuedOn: IsoDate | null } | undefined, rows: readonly ResultRow[], messages: OutboxRow[]): ResultsState {
  const stored = new Map<ResultKind, ResultRow>();
  for (const r of rows) if (r.kind === 'pvt' || r.kind === 'map' || r.kind === 'zroute') stored.set(r.kind, r);
  return {
    caseRow,
    currentPip: pip ? { id: pip.id, route: isLearningRoute(pip.route) ? pip.route : null, issuedOn: pip.issuedOn } : null,
    stored,
    messages,
  };
}

/** Statuses of a melding DUO may have received: confirmed, being sent, or given up on without an answer. */
const mayHaveReachedDuo = new Set(['bevestigd', 'verzenden', 'fout']);

/**
 * Whether DUO may already hold a result of this kind from this gemeente: a melding for it was
 * confirmed, is being sent, or failed without a definitive answer. Meldingen still waiting (about to
 * be replaced, ADR 0058), replaced, or refused by DUO never reached DUO's register.
 */
export function duoMayHoldResult(messages: readonly OutboxRow[], kind: ResultKind): boolean {
  return messages.some((m) => m.operation === operationFor[kind] && mayHaveReachedDuo.has(m.status));
}

/**
 * DUO's D4 input for a PVT or MAP date (null when the termijn is not known yet). "Earlier date
 * sent by this gemeente" = an earlier message for this operation that DUO confirmed; a change is a
 * new message while DUO may already hold one (`duoMayHoldResult`) — so correcting a melding that is
 * still waiting in the outbox is judged as the first melding it replaces (ADR 0058).
 * `messages` are the case's result meldingen without the ones the correction replaces.
 */
export function duoResultInput(state: ResultsState, kind: 'pvt' | 'map', date: IsoDate | null, culpable: boolean | null, today: IsoDate): DuoResultInput | null {
  const { caseRow } = state;
  if (caseRow.termStart === null || caseRow.termEndExclusive === null) return null;
  return {
    date,
    culpable,
    today,
    termStart: caseRow.termStart,
    termEndExclusive: caseRow.termEndExclusive,
    zRouteCompletedOn: state.stored.get('zroute')?.completedOn ?? null,
    hasCurrentPip: state.currentPip !== null,
    isChange: duoMayHoldResult(state.messages, kind),
    earlierDateSentByThisGemeente: state.messages.some((m) => m.operation === operationFor[kind] && m.status === 'bevestigd'),
  };
}

/**
 * What the D4 rule says about 'verwijtbaar' on a date. The rule itself lives in the rules core;
 * this asks it three times (not sent / Ja / Nee) with nothing else that could fail.
 */
export function culpabilityOn(termStart: IsoDate | null, termEndExclusive: IsoDate | null, on: IsoDate): CulpabilityView | null {
  if (termStart === null || termEndExclusive === null) return null;
  const probe = (culpable: boolean | null) =>
    validateResultDateForDuo({ date: null, culpable, today: on, termStart, termEndExclusive, zRouteCompletedOn: null, hasCurrentPip: true });
  const none = probe(null);
  const yes = probe(true);
  const no = probe(false);
  const required = none.errors.includes('culpable-missing');
  const allowed = !yes.errors.includes('culpable-not-allowed');
  const noAllowed = allowed && !no.errors.some((e) => e === 'culpable-not-allowed' || e === 'culpable-no-too-late');
  const text = (c: typeof none) => c.explanation.steps.map((s) => s.text).join(' ');
  const explanation = !allowed ? text(yes) : [text(none), noAllowed ? "Kies 'Ja' of 'Nee'." : text(no)].filter((s) => s !== '').join(' ');
  return { on, required, allowed, noAllowed, explanation };
}
