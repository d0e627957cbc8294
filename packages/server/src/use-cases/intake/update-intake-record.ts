import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { advanceCaseStatus, canReadSensitive, recordCaseWrite } from '../voorbereiding/case-write.ts';
import type { UpdateIntakeRecordInput } from './intake.types.ts';
import { intakeView, isCompleted, loadIntakeState, type IntakeView } from './intake.view.ts';
import { assertIntakeActivityHours, intakeHistoryFields, writeIntake } from './intake-record.ts';
import { intakeThemeKeys, mergeThemes, missingThemes, parseStoredThemes } from './themes.types.ts';

/** Saves the written record of the brede intake (themes, notes); optimistic locking on `version`. */
export function updateIntakeRecord(ctx: UseCaseContext, caseId: string, input: UpdateIntakeRecordInput): Promise<IntakeView> {
  const sensitive = canReadSensitive(ctx);
  assertIntakeActivityHours(input.activityHours);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const state = await loadIntakeState(tx, kase.id, { forUpdate: true });
    if (isCompleted(state.intake)) {
      throw new AppError('STEP_NOT_ALLOWED', { field: 'status', message: 'De brede intake is afgerond; het verslag kan niet meer worden gewijzigd (veld status).' });
    }
    const themes = mergeThemes(parseStoredThemes(state.intake?.themes ?? {}), input.themes, sensitive);
    const after = await writeIntake(
      tx,
      kase,
      state.intake,
      {
        themes,
        ...(input.summary !== undefined ? { summary: input.summary } : {}),
        ...(input.activityHours !== undefined ? { activityHours: input.activityHours } : {}),
        ...(input.sensitiveNotes !== undefined && sensitive ? { sensitiveNotes: input.sensitiveNotes } : {}),
      },
      ctx.now,
      input.version,
    );
    const filled = intakeThemeKeys.length - missingThemes(themes).length;
    await recordCaseWrite(tx, ctx, kase, {
      entityType: 'case-intake',
      entityId: kase.id,
      action: state.intake ? 'update' : 'create',
      changes: diff(intakeHistoryFields(state.intake), intakeHistoryFields(after) ?? {}),
      operationName: 'updateIntakeRecord',
      event: {
        kind: 'intake.record-updated',
        summary: `Verslag brede intake bijgewerkt: ${filled} van ${intakeThemeKeys.length} thema's ingevuld`,
        section: 'intake',
      },
    });
    await advanceCaseStatus(tx, ctx, kase, 'intake');
    return intakeView(tx, ctx, kase);
  });
}
