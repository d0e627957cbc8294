// The voortgangsgesprekken's werkvoorraad item (R19, R20): the stored state the pure rule
// `computeProgressSignals` (@koers/domain) reads.
import { and, desc, eq, ne } from 'drizzle-orm';
import { computeProgressSignals, type Signal } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { cases, pips, progressMeetings } from '../db/schema.ts';

export async function progressSignalsFor(tx: Tx, caseId: string): Promise<Signal[]> {
  const [kase] = await tx.select({ status: cases.status, closedOn: cases.closedOn }).from(cases).where(eq(cases.id, caseId));
  if (!kase) return [];
  const meetings = await tx
    .select({ plannedOn: progressMeetings.plannedOn, status: progressMeetings.status })
    .from(progressMeetings)
    .where(and(eq(progressMeetings.caseId, caseId), ne(progressMeetings.status, 'vervallen')));
  if (meetings.length === 0) return [];
  const [pip] = await tx.select({ version: pips.version }).from(pips).where(and(eq(pips.caseId, caseId), eq(pips.status, 'vastgesteld'))).orderBy(desc(pips.version)).limit(1);
  return computeProgressSignals({ closed: kase.status === 'gesloten' || kase.closedOn !== null, pipVersion: pip?.version ?? null, meetings });
}
