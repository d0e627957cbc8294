import { eq } from 'drizzle-orm';
import { formatDutchDate, isAfter, isBefore, nextIntakeStep } from '@koers/domain';
import { intakeInvitations } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { advanceCaseStatus, recordCaseWrite } from '../voorbereiding/case-write.ts';
import type { RegisterOutcomeInput } from './intake.types.ts';
import { asOutcome, intakeView, isCompleted, loadIntakeState, outcomeLabels, type IntakeView } from './intake.view.ts';
import { intakeHistoryFields, writeIntake } from './intake-record.ts';

/** Registers what happened with the latest invitation: appeared, no-show or insufficient cooperation. */
export function registerInvitationOutcome(ctx: UseCaseContext, caseId: string, invitationId: string, input: RegisterOutcomeInput): Promise<IntakeView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const today = todayIn(ctx.now);
    const state = await loadIntakeState(tx, kase.id, { forUpdate: true });
    const invitation = state.invitations.find((i) => i.id === invitationId);
    if (!invitation) throw new AppError('NOT_FOUND', { message: 'Deze uitnodiging bestaat niet in dit dossier.' });
    if (isCompleted(state.intake)) {
      throw new AppError('STEP_NOT_ALLOWED', { field: 'status', message: 'De brede intake is al afgerond; de uitkomst van een uitnodiging kan niet meer worden vastgelegd (veld status).' });
    }
    const last = state.invitations[state.invitations.length - 1];
    if (asOutcome(invitation.outcome) !== 'pending') {
      throw new AppError('STEP_NOT_ALLOWED', {
        field: 'outcome',
        message: `De uitkomst van oproep ${invitation.sequence} is al vastgelegd (${outcomeLabels[asOutcome(invitation.outcome)]}) (veld outcome).`,
      });
    }
    if (last?.id !== invitation.id) {
      throw new AppError('STEP_NOT_ALLOWED', { field: 'outcome', message: `Alleen de uitkomst van de laatste oproep (${last?.sequence ?? 1}) kan worden vastgelegd (veld outcome).` });
    }
    const outcomeOn = input.outcomeOn ?? today;
    if (isBefore(outcomeOn, invitation.sentOn)) {
      throw new AppError('VALIDATION_FAILED', { field: 'outcomeOn', message: `Veld 'outcomeOn': de datum ligt vóór de verzending van de uitnodiging (${formatDutchDate(invitation.sentOn)}).` });
    }
    if (isAfter(outcomeOn, today)) {
      throw new AppError('VALIDATION_FAILED', { field: 'outcomeOn', message: "Veld 'outcomeOn': de datum mag niet in de toekomst liggen." });
    }
    await tx.update(intakeInvitations).set({ outcome: input.outcome, outcomeOn }).where(eq(intakeInvitations.id, invitation.id));
    const outcomes = state.invitations.map((i) => (i.id === invitation.id ? input.outcome : asOutcome(i.outcome)));
    const next = nextIntakeStep({ outcomes });
    await recordCaseWrite(tx, ctx, kase, {
      entityType: 'intake-invitation',
      entityId: invitation.id,
      action: 'update',
      changes: diff({ outcome: invitation.outcome, outcomeOn: invitation.outcomeOn }, { outcome: input.outcome, outcomeOn }),
      operationName: 'registerIntakeInvitationOutcome',
      event: {
        kind: 'intake.invitation-outcome',
        summary: `Oproep ${invitation.sequence} brede intake: ${outcomeLabels[input.outcome]} (${formatDutchDate(outcomeOn)}). ${next.explanation.summary}`,
        occurredOn: outcomeOn,
        section: 'intake',
        data: { invitationId: invitation.id, outcome: input.outcome, nextAction: next.value.action, fineable: next.value.fineable },
      },
    });
    if (input.outcome === 'appeared' && state.intake?.status !== 'in-gesprek') {
      const after = await writeIntake(tx, kase, state.intake, { status: 'in-gesprek', startedOn: state.intake?.startedOn ?? outcomeOn }, ctx.now);
      await recordCaseWrite(tx, ctx, kase, {
        entityType: 'case-intake',
        entityId: kase.id,
        action: state.intake ? 'update' : 'create',
        changes: diff(intakeHistoryFields(state.intake), intakeHistoryFields(after) ?? {}),
        operationName: 'registerIntakeInvitationOutcome',
      });
    }
    await advanceCaseStatus(tx, ctx, kase, 'intake');
    return intakeView(tx, ctx, kase);
  });
}
