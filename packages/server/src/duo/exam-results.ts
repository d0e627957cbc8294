// SS199 "Uitslag examen bekend": the exam results DUO returns (GET examens/resultaten) stored per
// case, one row per onderdeel and examendatum (ADR 0128). Idempotent: a result already stored is
// left alone; a result DUO corrected is updated (its earlier value in the history) and must be
// reviewed again. New or changed rows raise "nieuw examenresultaat beoordelen" (term-signals.ts).
import { eq } from 'drizzle-orm';
import { examPartLabel, examResultLabel, formatDutchDate, isExamPart } from '@koers/domain';
import type { Examenresultaat } from '@koers/duo';
import type { Tx } from '../db/database.ts';
import { duoExamResults } from '../db/schema.ts';
import { diff, recordChange } from '../audit/history.ts';

export interface ExamResultsSource {
  gemeente: { id: string; organisationId: string };
  caseId: string;
  inboxId: string;
  reason: string;
  at: Date;
}

const partName = (onderdeel: string): string => (isExamPart(onderdeel) ? examPartLabel[onderdeel] : onderdeel);

/** Stores what DUO reported; returns a Dutch line per new or corrected result for the timeline. */
export async function storeExamResults(tx: Tx, source: ExamResultsSource, results: readonly Examenresultaat[]): Promise<string[]> {
  const lines: string[] = [];
  const existing = await tx.select().from(duoExamResults).where(eq(duoExamResults.caseId, source.caseId));
  for (const r of results) {
    const fields = { niveau: r.niveau ?? null, resultaat: r.resultaat, redenGeenResultaat: r.redenGeenResultaat ?? null };
    const text = `${partName(r.onderdeel)}${r.niveau ? ` ${r.niveau}` : ''} ${examResultLabel(r.resultaat)} op ${formatDutchDate(r.examendatum)}`;
    const same = existing.find((e) => e.onderdeel === r.onderdeel && e.examendatum === r.examendatum);
    if (same) {
      const changes = diff({ niveau: same.niveau, resultaat: same.resultaat, redenGeenResultaat: same.redenGeenResultaat }, fields);
      if (Object.keys(changes).length === 0) continue;
      await tx
        .update(duoExamResults)
        .set({ ...fields, inboxId: source.inboxId, reviewedAt: null, reviewedBy: null, version: same.version + 1, updatedAt: source.at })
        .where(eq(duoExamResults.id, same.id));
      await recordChange(tx, null, { organisationId: source.gemeente.organisationId, gemeenteId: source.gemeente.id, entityType: 'duo_exam_result', entityId: same.id, action: 'update', changes, reason: source.reason }, source.at);
      lines.push(`Examenresultaat gecorrigeerd door DUO: ${text}.`);
      continue;
    }
    const [row] = await tx
      .insert(duoExamResults)
      .values({ gemeenteId: source.gemeente.id, caseId: source.caseId, onderdeel: r.onderdeel, examendatum: r.examendatum, ...fields, inboxId: source.inboxId, createdAt: source.at, updatedAt: source.at })
      .onConflictDoNothing()
      .returning({ id: duoExamResults.id });
    if (!row) continue;
    await recordChange(tx, null, { organisationId: source.gemeente.organisationId, gemeenteId: source.gemeente.id, entityType: 'duo_exam_result', entityId: row.id, action: 'create', changes: diff(null, { onderdeel: r.onderdeel, examendatum: r.examendatum, ...fields }), reason: source.reason }, source.at);
    lines.push(`Examenresultaat: ${text}.`);
  }
  return lines;
}
