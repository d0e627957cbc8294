// The portal's werkvoorraad items of one case (issue 17), from the stored rows: refreshSignals adds
// them for every change of the case, and a portal write rewrites just these kinds in its own
// transaction (the portal's scope cannot, and need not, recompute the rest of the case).
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { computePortaalSignals, type Signal } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { caseDocuments, cases, caseSignals, portaalAppointmentResponses, portaalMessages } from '../db/schema.ts';
import { isClosedCase, type CaseRow } from '../case-file/find-case.ts';
import { todayIn } from '../case-file/today.ts';
import { signalRows } from './refresh-signals.ts';

/** The origin of a document the inburgeraar supplied through the portal. */
export const portaalDocumentOrigin = 'portaal';

export async function portaalSignalsFor(tx: Tx, c: CaseRow): Promise<Signal[]> {
  if (isClosedCase(c)) return [];
  const messages = await tx
    .select({ sentAt: portaalMessages.sentAt })
    .from(portaalMessages)
    .where(and(eq(portaalMessages.caseId, c.id), eq(portaalMessages.sender, 'inburgeraar'), isNull(portaalMessages.handledAt)));
  const moves = await tx
    .select({ at: portaalAppointmentResponses.createdAt })
    .from(portaalAppointmentResponses)
    .where(
      and(
        eq(portaalAppointmentResponses.caseId, c.id),
        eq(portaalAppointmentResponses.response, 'verzetten'),
        isNull(portaalAppointmentResponses.handledAt),
      ),
    );
  const documents = await tx
    .select({ at: caseDocuments.createdAt })
    .from(caseDocuments)
    .where(and(eq(caseDocuments.caseId, c.id), eq(caseDocuments.origin, portaalDocumentOrigin), isNull(caseDocuments.portaalReview)));
  return computePortaalSignals({
    closed: false,
    openMessages: messages.map((m) => todayIn(m.sentAt)),
    openMoveRequests: moves.map((m) => todayIn(m.at)),
    openDocuments: documents.map((d) => todayIn(d.at)),
  });
}

const portaalKinds = ['portaal-bericht', 'portaal-afspraak-verzetten', 'portaal-document'] as const;

/** Rewrites only the portal's signals of the case, in the caller's (portal) transaction. */
export async function refreshPortaalSignals(tx: Tx, caseId: string): Promise<void> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, caseId));
  await tx.delete(caseSignals).where(and(eq(caseSignals.caseId, caseId), inArray(caseSignals.kind, [...portaalKinds])));
  if (!row) return;
  const rows = signalRows(row, [], await portaalSignalsFor(tx, row));
  if (rows.length > 0) await tx.insert(caseSignals).values(rows);
}
