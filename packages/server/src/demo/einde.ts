// Demo of the end of the road (ADR 0128/0129): Ahmad Karimi (PIP vastgesteld, B1-route) has exam
// results from DUO, two of them still to review, PVT signed, and a granted extension of his termijn.
import { and, eq } from 'drizzle-orm';
import { addDays, extendedEnd, formatDutchDate, type IsoDate } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { addCaseEvent } from '../case-file/events.ts';
import { todayIn } from '../case-file/today.ts';
import { caseResults, cases, duoExamResults, termExtensions } from '../db/schema.ts';
import { refreshSignals } from '../workqueue/refresh-signals.ts';

export async function seedDemoEinde(tx: Tx, gemeenteId: string, now: Date): Promise<void> {
  const [c] = await tx.select().from(cases).where(and(eq(cases.gemeenteId, gemeenteId), eq(cases.bsn, '999990093')));
  if (!c || c.termEndExclusive === null) return;
  const today = todayIn(now);
  const day = (n: number): IsoDate => addDays(today, n);
  const at = (d: IsoDate) => new Date(`${d}T10:00:00Z`);
  await tx.insert(duoExamResults).values([
    { gemeenteId, caseId: c.id, onderdeel: 'KNM', resultaat: 'Geslaagd', examendatum: day(-30), reviewedAt: at(day(-25)), createdAt: at(day(-28)), updatedAt: at(day(-25)) },
    { gemeenteId, caseId: c.id, onderdeel: 'LE', niveau: 'B1', resultaat: 'Geslaagd', examendatum: day(-10), createdAt: at(day(-7)), updatedAt: at(day(-7)) },
    { gemeenteId, caseId: c.id, onderdeel: 'SP', niveau: 'B1', resultaat: 'Gezakt', examendatum: day(-10), createdAt: at(day(-7)), updatedAt: at(day(-7)) },
  ]);
  await tx.insert(caseResults).values({ gemeenteId, caseId: c.id, kind: 'pvt', completedOn: day(-40), note: 'Ondertekend bij de bijeenkomst in het gemeentehuis.' }).onConflictDoNothing();
  const newEnd = extendedEnd(c.termEndExclusive, 3);
  await tx.insert(termExtensions).values({
    gemeenteId,
    caseId: c.id,
    ground: 'niet-verwijtbaar',
    requestedOn: day(-5),
    months: 3,
    motivation: 'Drie maanden opgenomen geweest in het ziekenhuis.',
    decision: 'toegekend',
    decidedOn: day(-2),
    decisionMotivation: 'Het overschrijden van de termijn valt niet te verwijten: ziekenhuisopname met verklaring.',
    previousEndExclusive: c.termEndExclusive,
    newEndExclusive: newEnd,
    createdAt: at(day(-5)),
    updatedAt: at(day(-2)),
  });
  await tx.update(cases).set({ termEndExclusive: newEnd, version: c.version + 1 }).where(eq(cases.id, c.id));
  await addCaseEvent(tx, null, { caseId: c.id, gemeenteId, kind: 'term-extension.decided', summary: `Verlenging van de termijn toegekend: de termijn loopt nu tot ${formatDutchDate(newEnd)}.`, occurredOn: day(-2), section: 'resultaten', data: {} }, at(day(-2)));
  await refreshSignals(tx, c.id, today);
}
