import { formatDutchDate, isAfter } from '@koers/domain';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { advanceCaseStatus, recordCaseWrite } from '../voorbereiding/case-write.ts';
import type { CompleteIntakeInput } from './intake.types.ts';
import { intakeView, isCompleted, loadIntakeState, type IntakeView } from './intake.view.ts';
import { assertIntakeActivityHours, intakeHistoryFields, writeIntake } from './intake-record.ts';
import { intakeThemeLabels, missingThemes, parseStoredThemes } from './themes.types.ts';

/**
 * Completes the brede intake: with the person when every legally required theme has content, or
 * without the person when the rules core says so after three failed invitations (art. 14 lid 2 Wi 2021).
 */
export function completeIntake(ctx: UseCaseContext, caseId: string, input: CompleteIntakeInput): Promise<IntakeView> {
  assertIntakeActivityHours(input.activityHours);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const today = todayIn(ctx.now);
    const state = await loadIntakeState(tx, kase.id, { forUpdate: true });
    if (isCompleted(state.intake)) {
      throw new AppError('STEP_NOT_ALLOWED', { field: 'status', message: 'De brede intake is al afgerond (veld status).' });
    }
    const completedOn = input.completedOn ?? today;
    if (isAfter(completedOn, today)) {
      throw new AppError('VALIDATION_FAILED', { field: 'completedOn', message: "Veld 'completedOn': de datum mag niet in de toekomst liggen." });
    }
    const action = state.step.value.action;
    if (input.withoutPerson) {
      if (action !== 'complete-in-absence') {
        throw new AppError('STEP_NOT_ALLOWED', {
          field: 'withoutPerson',
          message: `Afronden zonder betrokkene kan pas na drie oproepen zonder verschijnen of medewerking (veld withoutPerson). Nu: ${state.step.explanation.summary}`,
        });
      }
    } else {
      if (!state.completion.value) {
        throw new AppError('STEP_NOT_ALLOWED', { field: 'outcome', message: state.completion.explanation.summary });
      }
      const missing = missingThemes(parseStoredThemes(state.intake?.themes ?? {}));
      if (missing.length > 0) {
        throw new AppError('VALIDATION_FAILED', {
          field: `themes.${missing[0] ?? ''}`,
          message: `Vul eerst alle wettelijke thema's van de brede intake in. Nog leeg: ${missing.map((k) => intakeThemeLabels[k]).join(', ')}.`,
          details: missing.map((k) => ({ field: `themes.${k}`, message: `Vul het thema '${intakeThemeLabels[k]}' in.` })),
        });
      }
    }
    const after = await writeIntake(
      tx,
      kase,
      state.intake,
      {
        status: input.withoutPerson ? 'afgerond-zonder-betrokkene' : 'afgerond',
        completedOn,
        completedWithoutPerson: input.withoutPerson,
        startedOn: state.intake?.startedOn ?? completedOn,
        ...(input.summary !== undefined ? { summary: input.summary } : {}),
        ...(input.activityHours !== undefined ? { activityHours: input.activityHours } : {}),
      },
      ctx.now,
      input.version,
    );
    await recordCaseWrite(tx, ctx, kase, {
      entityType: 'case-intake',
      entityId: kase.id,
      action: state.intake ? 'update' : 'create',
      changes: diff(intakeHistoryFields(state.intake), intakeHistoryFields(after) ?? {}),
      operationName: 'completeIntake',
      event: {
        kind: input.withoutPerson ? 'intake.completed-without-person' : 'intake.completed',
        summary: input.withoutPerson
          ? `Brede intake afgerond zonder betrokkene op ${formatDutchDate(completedOn)}, na ${state.invitations.length} oproepen (art. 14 lid 2 Wi 2021)`
          : `Brede intake afgerond op ${formatDutchDate(completedOn)}`,
        occurredOn: completedOn,
        section: 'intake',
        data: { withoutPerson: input.withoutPerson },
      },
    });
    await advanceCaseStatus(tx, ctx, kase, 'intake');
    return intakeView(tx, ctx, kase);
  });
}
