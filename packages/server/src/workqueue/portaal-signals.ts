// The portal's werkvoorraad items of one case (issue 17), from the stored rows: refreshSignals adds
// them for every change of the case, and a portal write rewrites just these kinds in its own
// transaction (the portal's scope cannot, and need not, recompute the rest of the case).
import { and, eq, inArray } from 'drizzle-orm';
import { computePortaalSignals, type Signal } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { cases, caseSignals } from '../db/schema.ts';
import { readTogether, rowsOf } from '../db/read-together.ts';
import { insertTogether } from '../db/bulk-insert.ts';
import { isClosedCase, type CaseRow } from '../case-file/find-case.ts';
import { todayIn } from '../case-file/today.ts';
import { signalRows } from './refresh-signals.ts';
import { portaalReadsOf, type SignalInputs } from './signal-inputs.ts';

/** The origin of a document the inburgeraar supplied through the portal. */
export const portaalDocumentOrigin = 'portaal';

type PortaalInputs = Pick<SignalInputs, 'openMessages' | 'openMoves' | 'openDocuments'>;

export function portaalSignalsFor(c: CaseRow, i: PortaalInputs): Signal[] {
  if (isClosedCase(c)) return [];
  return computePortaalSignals({
    closed: false,
    openMessages: i.openMessages.map((m) => todayIn(m.sentAt)),
    openMoveRequests: i.openMoves.map((m) => todayIn(m.at)),
    openDocuments: i.openDocuments.map((d) => todayIn(d.at)),
  });
}

const portaalKinds = ['portaal-bericht', 'portaal-afspraak-verzetten', 'portaal-document'] as const;

/** Rewrites only the portal's signals of the case, in the caller's (portal) transaction: one read, one write. */
export async function refreshPortaalSignals(tx: Tx, caseId: string): Promise<void> {
  const { kase, ...inputs } = await readTogether(tx, { kase: rowsOf(cases, eq(cases.id, caseId)), ...portaalReadsOf(caseId) });
  const [row] = kase;
  const rows = row ? signalRows(row, [], portaalSignalsFor(row, inputs)) : [];
  const remove = tx.delete(caseSignals).where(and(eq(caseSignals.caseId, caseId), inArray(caseSignals.kind, [...portaalKinds])));
  await insertTogether(tx, [remove.getSQL(), rows.length > 0 ? tx.insert(caseSignals).values(rows).getSQL() : undefined]);
}
