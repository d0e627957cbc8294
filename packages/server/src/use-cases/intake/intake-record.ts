// Writing the case_intakes row (status, record) with optimistic locking on `version`.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { caseIntakes } from '../../db/schema.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { AppError } from '../../errors.ts';
import { masked } from '../voorbereiding/case-write.ts';
import type { IntakeRow } from './intake.view.ts';
import { parseStoredThemes, themesFor } from './themes.types.ts';
import { checkIntakeActivityHours } from '@koers/domain';

type IntakeChange = Partial<Pick<IntakeRow, 'status' | 'startedOn' | 'completedOn' | 'completedWithoutPerson' | 'themes' | 'sensitiveNotes' | 'summary' | 'activityHours'>>;

/** Creates or changes the intake row; `expectedVersion` (0 = none yet) is checked when given. */
export async function writeIntake(tx: Tx, kase: CaseRow, existing: IntakeRow | undefined, change: IntakeChange, now: Date, expectedVersion?: number): Promise<IntakeRow> {
  const current = existing?.version ?? 0;
  if (expectedVersion !== undefined && expectedVersion !== current) {
    throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De brede intake is intussen door iemand anders gewijzigd. Laad het opnieuw.' });
  }
  if (!existing) {
    const [row] = await tx
      .insert(caseIntakes)
      .values({ caseId: kase.id, gemeenteId: kase.gemeenteId, status: 'open', ...change, version: 1, createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    return row;
  }
  const [row] = await tx
    .update(caseIntakes)
    .set({ ...change, version: current + 1, updatedAt: now })
    .where(and(eq(caseIntakes.caseId, kase.id), eq(caseIntakes.version, current)))
    .returning();
  if (!row) throw new AppError('VERSION_CONFLICT', { field: 'version' });
  return row;
}

/** History fields of the intake; health and personal circumstances only as a mark. */
export function intakeHistoryFields(row: IntakeRow | undefined): Record<string, unknown> | null {
  if (!row) return null;
  const themes = parseStoredThemes(row.themes);
  return {
    status: row.status,
    startedOn: row.startedOn,
    completedOn: row.completedOn,
    completedWithoutPerson: row.completedWithoutPerson,
    themes: themesFor(themes, false),
    sensitiveThemes: themes.persoonlijkeOmstandigheden === undefined ? null : masked('x'),
    sensitiveNotes: masked(row.sensitiveNotes),
    summary: row.summary,
    activityHours: row.activityHours,
  };
}

/** The rules core's check of the intake hours counted for the Z-route (art. 3.14 lid 6 Bi). */
export function assertIntakeActivityHours(hours: number | null | undefined): void {
  if (hours === undefined) return;
  const check = checkIntakeActivityHours(hours);
  if (!check.value.accepted) throw new AppError('VALIDATION_FAILED', { field: 'activityHours', message: `Uren activiteiten tijdens de brede intake: ${check.explanation.steps.map((s) => s.text).join(' ')}` });
}
