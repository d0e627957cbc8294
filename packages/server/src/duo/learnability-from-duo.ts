// The leerbaarheidstoets as DUO reports it (SS137 aangemeld with examennummer, SS131 result):
// rows in learnability_tests with source 'duo', each change in the history.
import { and, eq } from 'drizzle-orm';
import type { FetchBodies } from '@koers/duo';
import { formatDutchDate } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { learnabilityTests } from '../db/schema.ts';
import { diff, recordChange } from '../audit/history.ts';
import type { CaseRow } from '../case-file/find-case.ts';
import type { GemeenteRef } from './system.ts';

export interface LearnabilityInput {
  at: Date;
  gemeente: GemeenteRef;
  eventCode: string;
  fetched: { getExamennummerByBsn?: FetchBodies['getExamennummerByBsn'] | null; getLbtResultatenByBsn?: FetchBodies['getLbtResultatenByBsn'] | null };
  /** The reason in the history: the DUO event. */
  reason: string;
}

const nl = (d: string | null | undefined): string => (d ? formatDutchDate(d) : 'onbekend');

/** A test's result details (jsonb): an object, or nothing to merge. */
function detailsOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {};
}

/** SS137 (aangemeld, examennummer) and SS131 (result): rows in learnability_tests with source 'duo'. */
export async function recordLearnability(tx: Tx, input: LearnabilityInput, c: Pick<CaseRow, 'id'>, lines: string[]): Promise<void> {
  const { at, gemeente } = input;
  const existing = await tx.select().from(learnabilityTests).where(and(eq(learnabilityTests.caseId, c.id), eq(learnabilityTests.source, 'duo')));
  const examennummer = input.fetched.getExamennummerByBsn?.examennummer;
  if (input.eventCode === 'SS137') {
    if (examennummer === undefined) {
      lines.push('DUO gaf geen examennummer terug.');
      return;
    }
    const known = existing.find((t) => detailsOf(t.resultDetails).examennummer === examennummer);
    if (known) return;
    const [row] = await tx
      .insert(learnabilityTests)
      .values({ gemeenteId: gemeente.id, caseId: c.id, status: 'aangemeld', source: 'duo', resultDetails: { examennummer }, createdAt: at, updatedAt: at })
      .returning({ id: learnabilityTests.id });
    await recordChange(tx, null, { organisationId: gemeente.organisationId, gemeenteId: gemeente.id, entityType: 'learnability_test', entityId: row?.id ?? c.id, action: 'create', changes: diff(null, { status: 'aangemeld', examennummer }), reason: input.reason }, at);
    lines.push(`Aangemeld voor de leerbaarheidstoets (examennummer ${examennummer}).`);
    return;
  }
  const results = input.fetched.getLbtResultatenByBsn ?? [];
  for (const r of results) {
    const details = { resultaat: r.resultaat, behaaldeScore: r.behaaldeScore, benodigdeScore: r.benodigdeScore };
    const advisedRoute = r.resultaat === 'B1-route haalbaar' ? 'B1' : null;
    const same = existing.find((t) => t.resultOn === r.datumAfname);
    if (same) {
      const before = { status: same.status, advisedRoute: same.advisedRoute, ...detailsOf(same.resultDetails) };
      const after = { status: 'afgenomen', advisedRoute, ...detailsOf(same.resultDetails), ...details };
      const changes = diff(before, after);
      if (Object.keys(changes).length === 0) continue;
      await tx.update(learnabilityTests).set({ status: 'afgenomen', advisedRoute, resultDetails: { ...detailsOf(same.resultDetails), ...details }, updatedAt: at }).where(eq(learnabilityTests.id, same.id));
      await recordChange(tx, null, { organisationId: gemeente.organisationId, gemeenteId: gemeente.id, entityType: 'learnability_test', entityId: same.id, action: 'update', changes, reason: input.reason }, at);
      lines.push(`Leerbaarheidstoets van ${nl(r.datumAfname)} gecorrigeerd door DUO: ${r.resultaat} (score ${r.behaaldeScore}, nodig ${r.benodigdeScore}).`);
      continue;
    }
    const pending = existing.find((t) => t.status === 'aangemeld' && t.resultOn === null);
    if (pending) {
      await tx.update(learnabilityTests).set({ status: 'afgenomen', resultOn: r.datumAfname, advisedRoute, resultDetails: { ...detailsOf(pending.resultDetails), ...details }, updatedAt: at }).where(eq(learnabilityTests.id, pending.id));
      await recordChange(tx, null, { organisationId: gemeente.organisationId, gemeenteId: gemeente.id, entityType: 'learnability_test', entityId: pending.id, action: 'update', changes: diff({ status: pending.status, resultOn: null, advisedRoute: pending.advisedRoute }, { status: 'afgenomen', resultOn: r.datumAfname, advisedRoute }), reason: input.reason }, at);
      pending.status = 'afgenomen';
      pending.resultOn = r.datumAfname;
    } else {
      const [row] = await tx
        .insert(learnabilityTests)
        .values({ gemeenteId: gemeente.id, caseId: c.id, status: 'afgenomen', source: 'duo', resultOn: r.datumAfname, advisedRoute, resultDetails: details, createdAt: at, updatedAt: at })
        .returning();
      if (row) {
        existing.push(row);
        await recordChange(tx, null, { organisationId: gemeente.organisationId, gemeenteId: gemeente.id, entityType: 'learnability_test', entityId: row.id, action: 'create', changes: diff(null, { status: 'afgenomen', resultOn: r.datumAfname, advisedRoute, ...details }), reason: input.reason }, at);
      }
    }
    lines.push(`Leerbaarheidstoets ${nl(r.datumAfname)}: ${r.resultaat} (score ${r.behaaldeScore}, nodig ${r.benodigdeScore}).`);
  }
  if (results.length === 0) lines.push('DUO gaf nog geen resultaat van de leerbaarheidstoets terug.');
}
