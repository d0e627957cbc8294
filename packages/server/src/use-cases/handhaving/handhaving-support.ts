// Shared by the handhaving use cases: the stored violations of a case as the domain sees them, the
// termijn in force, applying a step with the domain's refusal mapped to a typed error, and saving.
import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  applyStep,
  duoFinesInForce,
  termInForce,
  type FineTerm,
  type HandhavingState,
  type HandhavingStep,
  type StoredViolation,
  type Explained,
  type Explanation,
} from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { caseDocuments, handhavingSteps, handhavingViolations } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import { loadDuoFines, recordedOf } from './duo-fine-support.ts';

export type ViolationRow = typeof handhavingViolations.$inferSelect;

/**
 * What a step keeps besides its columns (`handhaving_steps.data`), per kind: the timeline's summary,
 * the voornemen's fine explanation, the besluit's four-eyes pair, a remedy's form, the evidence.
 */
export type HandhavingStepData = { summary?: string; explanation?: Explanation; [detail: string]: unknown };

/** The stored state is written only by these use cases from the domain's transitions. */
export const stateOf = (row: ViolationRow): HandhavingState => row.state;

export async function loadViolations(tx: Tx, caseId: string): Promise<ViolationRow[]> {
  return tx
    .select()
    .from(handhavingViolations)
    .where(eq(handhavingViolations.caseId, caseId))
    .orderBy(asc(handhavingViolations.establishedOn), asc(handhavingViolations.createdAt));
}

export const storedViolations = (rows: readonly ViolationRow[]): StoredViolation[] => rows.map((r) => ({ id: r.id, state: stateOf(r) }));

/**
 * The termijn whose cap applies: the whole (extended) termijn with € 2.400, or the new termijn after a
 * DUO fine with its lower cap (C6; `termInForce` in the domain). DUO's fines are recorded from its
 * beschikking until the koppeling delivers them (ADR 0145, replacing 0133).
 */
export async function termOf(tx: Tx, caseId: string): Promise<Explained<FineTerm>> {
  return termInForce(duoFinesInForce((await loadDuoFines(tx, caseId)).map(recordedOf)));
}

export async function lockViolation(tx: Tx, caseId: string, violationId: string, version: number): Promise<ViolationRow> {
  const [row] = await tx
    .select()
    .from(handhavingViolations)
    .where(and(eq(handhavingViolations.id, violationId), eq(handhavingViolations.caseId, caseId)))
    .for('update');
  if (!row) throw new AppError('NOT_FOUND', { message: 'Deze overtreding bestaat niet in dit dossier.' });
  if (row.version !== version)
    throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De handhaving is intussen gewijzigd. Laad het dossier opnieuw.' });
  return row;
}

/** Applies a step through the rules core; a refusal becomes a 409 naming the field and the article. */
export function transition(
  ctx: UseCaseContext,
  state: HandhavingState,
  step: HandhavingStep,
  objectionPeriodWeeks: number,
): HandhavingState {
  const result = applyStep(state, step, todayIn(ctx.now), objectionPeriodWeeks);
  if (!result.ok) {
    const code =
      result.refusal.code === 'invalid-date' || result.refusal.code === 'invalid-amount' ? 'VALIDATION_FAILED' : 'STEP_NOT_ALLOWED';
    throw new AppError(code, { field: result.refusal.field, message: result.refusal.message });
  }
  return result.state;
}

/** Documents named as evidence or as the Participatiewet decision must be this case's own. */
export async function checkDocuments(tx: Tx, caseId: string, ids: readonly string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: caseDocuments.id })
    .from(caseDocuments)
    .where(and(eq(caseDocuments.caseId, caseId), inArray(caseDocuments.id, [...ids])));
  if (found.length !== new Set(ids).size)
    throw new AppError('VALIDATION_FAILED', { field, message: 'Document: dit document hoort niet bij dit dossier.' });
}

/** Saves the new state (version + 1) and the step row; the caller adds history and traces. */
export async function saveStep(
  tx: Tx,
  ctx: UseCaseContext,
  row: ViolationRow,
  state: HandhavingState,
  step: { kind: string; occurredOn: string; documentId: string | null; data: HandhavingStepData },
): Promise<ViolationRow> {
  const [after] = await tx
    .update(handhavingViolations)
    .set({ state, stage: state.stage, version: row.version + 1, updatedAt: ctx.now })
    .where(eq(handhavingViolations.id, row.id))
    .returning();
  if (!after) throw new AppError('INTERNAL');
  await tx.insert(handhavingSteps).values({
    gemeenteId: row.gemeenteId,
    caseId: row.caseId,
    violationId: row.id,
    kind: step.kind,
    occurredOn: step.occurredOn,
    createdBy: ctx.principal.userId,
    documentId: step.documentId,
    data: step.data,
    createdAt: ctx.now,
  });
  return after;
}

export const historyFields = (row: ViolationRow) => ({
  ground: row.ground,
  establishedOn: row.establishedOn,
  stage: row.stage,
  version: row.version,
});
