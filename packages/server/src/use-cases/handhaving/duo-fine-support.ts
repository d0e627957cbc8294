// DUO's own fines (C6, ADR 0145) as the rules core sees them, their view, and their effect on the case's
// termijn (the one every screen shows: `cases.term_end_exclusive`, via effectiveTermEnd).
import { and, asc, eq } from 'drizzle-orm';
import {
  duoFineArticle,
  duoFineEffect,
  duoFineKindLabel,
  duoFineTerms,
  effectiveTermEnd,
  formatDutchDate,
  isDuoFineKind,
  newTermLengths,
  type IsoDate,
  type RecordedDuoFine,
} from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { cases, duoFines } from '../../db/schema.ts';
import { recordChange } from '../../audit/history.ts';
import { AppError } from '../../errors.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import type { UseCaseContext } from '../context.ts';
import { extendProgressPlan } from '../voortgang/plan-progress.ts';
import type { DuoFineView } from './handhaving.view.ts';

export type DuoFineRow = typeof duoFines.$inferSelect;

/** The stored kind and term length were checked by the rules core when written. */
export function recordedOf(row: DuoFineRow): RecordedDuoFine {
  if (!isDuoFineKind(row.kind)) throw new AppError('INTERNAL');
  return {
    kind: row.kind,
    decisionOn: row.decisionOn,
    amountCents: row.amountCents,
    newTermMonths: newTermLengths.find((n) => n === row.newTermMonths) ?? null,
    withdrawnOn: row.withdrawnOn,
  };
}

export async function loadDuoFines(tx: Tx, caseId: string): Promise<DuoFineRow[]> {
  return tx.select().from(duoFines).where(eq(duoFines.caseId, caseId)).orderBy(asc(duoFines.decisionOn), asc(duoFines.createdAt));
}

/** The new termijn ends of a case's DUO fines in force, for `effectiveTermEnd` (also when DUO reports a termijn). */
export async function loadDuoFineTerms(tx: Tx, caseId: string): Promise<{ decidedOn: IsoDate; newEndExclusive: IsoDate }[]> {
  return duoFineTerms((await loadDuoFines(tx, caseId)).map(recordedOf));
}

export async function lockDuoFine(tx: Tx, caseId: string, id: string, version: number): Promise<DuoFineRow> {
  const [row] = await tx
    .select()
    .from(duoFines)
    .where(and(eq(duoFines.id, id), eq(duoFines.caseId, caseId)))
    .for('update');
  if (!row) throw new AppError('NOT_FOUND', { message: 'Deze boete van DUO bestaat niet in dit dossier.' });
  if (row.version !== version)
    throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De boete van DUO is intussen gewijzigd. Laad het dossier opnieuw.' });
  return row;
}

export function duoFineView(row: DuoFineRow): DuoFineView {
  const recorded = recordedOf(row);
  const effect = duoFineEffect(recorded);
  return {
    id: row.id,
    kind: recorded.kind,
    kindLabel: duoFineKindLabel[recorded.kind],
    article: duoFineArticle(recorded.kind),
    decisionOn: row.decisionOn,
    amountCents: row.amountCents,
    newTermMonths: row.newTermMonths,
    newTermEnd: effect.value.newTermEnd,
    capCents: effect.value.capCents,
    effect: effect.explanation,
    documentId: row.documentId,
    note: row.note,
    source: row.source,
    withdrawnOn: row.withdrawnOn,
    reviewedOn: row.reviewedOn,
    version: row.version,
  };
}

/**
 * Moves the case's termijn to `newEnd` when it differs (history, and the voortgangsgesprekken for added
 * months like a granted extension, ADR 0120). Returns the case row as it is now.
 */
export async function applyTermEnd(tx: Tx, ctx: UseCaseContext, kase: CaseRow, newEnd: IsoDate | null, reason: string): Promise<CaseRow> {
  if (newEnd === kase.termEndExclusive) return kase;
  const [moved] = await tx
    .update(cases)
    .set({ termEndExclusive: newEnd, version: kase.version + 1, updatedAt: ctx.now })
    .where(eq(cases.id, kase.id))
    .returning();
  if (!moved) throw new AppError('INTERNAL');
  await recordChange(
    tx,
    ctx.principal,
    {
      organisationId: ctx.principal.organisation.id,
      gemeenteId: kase.gemeenteId,
      entityType: 'case',
      entityId: kase.id,
      action: 'update',
      changes: { termEndExclusive: { from: kase.termEndExclusive, to: newEnd } },
      reason,
    },
    ctx.now,
  );
  if (kase.termEndExclusive !== null && newEnd !== null && newEnd > kase.termEndExclusive) await extendProgressPlan(tx, ctx, moved, kase.termEndExclusive);
  return moved;
}

/** The termijn after a DUO fine's new termijn: never earlier than the termijn in force (effectiveTermEnd). */
export function termEndAfter(current: IsoDate | null, fines: readonly RecordedDuoFine[]): IsoDate | null {
  return effectiveTermEnd(current, [], duoFineTerms(fines)).value;
}

export const termSentence = (end: IsoDate | null): string => (end ? `de termijn loopt nu tot ${formatDutchDate(end)}` : 'geen termijn bekend');
