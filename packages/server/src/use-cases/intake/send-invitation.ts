import { formatDutchDate } from '@koers/domain';
import { intakeInvitations } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { advanceCaseStatus, dutchDateTime, recordCaseWrite } from '../voorbereiding/case-write.ts';
import { scenarioForCase, scenarioOfGemeente } from '../voorbereiding/intake-scenario.ts';
import type { SendInvitationInput } from './intake.types.ts';
import { loadIntakeState, intakeView, type SentInvitation } from './intake.view.ts';
import { intakeHistoryFields, writeIntake } from './intake-record.ts';
import { checkedAppointment, intakeLetterBase, invitingStep, sendWarning, storeInvitationLetter } from './send-invitation-support.ts';

/**
 * Sends an invitation for the brede intake with a term (art. 14 lid 1 Wi 2021). Only the step the
 * rules core allows: the first invitation, or — after a no-show or insufficient cooperation — a
 * written warning together with a repeat invitation. Generates the letters as PDF documents.
 */
export function sendInvitation(ctx: UseCaseContext, caseId: string, input: SendInvitationInput): Promise<SentInvitation> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const today = todayIn(ctx.now);
    const state = await loadIntakeState(tx, kase.id, { forUpdate: true });
    const action = invitingStep(state);
    const last = state.invitations[state.invitations.length - 1];
    if (action === 'invite') {
      const scenario = scenarioForCase(await scenarioOfGemeente(tx, kase.gemeenteId), kase, today);
      if (!scenario.invitationAllowed) {
        throw new AppError('STEP_NOT_ALLOWED', { field: 'housedOn', message: `${scenario.explanation} (veld housedOn)` });
      }
    }
    const appointmentAt = checkedAppointment(input, today, ctx.now);
    const base = await intakeLetterBase(tx, kase, today);
    const sequence = (last?.sequence ?? 0) + 1;
    const warningDocumentId = action === 'warn-and-reinvite' && last ? await sendWarning(tx, ctx, kase, { base, last, state, newRespondBy: input.respondBy }) : null;
    const documentId = await storeInvitationLetter(tx, ctx, kase, { base, sequence, input, appointmentAt });
    const [invitation] = await tx
      .insert(intakeInvitations)
      .values({
        caseId: kase.id,
        gemeenteId: kase.gemeenteId,
        sequence,
        sentOn: today,
        respondBy: input.respondBy,
        appointmentAt,
        location: input.location ?? null,
        documentId,
        createdBy: ctx.principal.userId,
        createdAt: ctx.now,
      })
      .returning();
    if (!invitation) throw new AppError('INTERNAL');
    const intakeBefore = state.intake;
    const intakeAfter = await writeIntake(
      tx,
      kase,
      intakeBefore,
      { status: intakeBefore?.status === 'in-gesprek' ? 'in-gesprek' : 'uitgenodigd', startedOn: intakeBefore?.startedOn ?? today },
      ctx.now,
    );
    await recordCaseWrite(tx, ctx, kase, {
      entityType: 'case-intake',
      entityId: kase.id,
      action: intakeBefore ? 'update' : 'create',
      changes: diff(intakeHistoryFields(intakeBefore), intakeHistoryFields(intakeAfter) ?? {}),
      operationName: 'sendIntakeInvitation',
    });
    const what = sequence === 1 ? 'Uitnodiging brede intake' : `Herhaalde uitnodiging brede intake (oproep ${sequence})`;
    const appointmentText = appointmentAt ? dutchDateTime(appointmentAt) : null;
    await recordCaseWrite(tx, ctx, kase, {
      entityType: 'intake-invitation',
      entityId: invitation.id,
      action: 'create',
      changes: diff(null, { sequence, sentOn: today, respondBy: input.respondBy, appointmentAt: appointmentAt?.toISOString() ?? null, location: input.location ?? null, documentId }),
      operationName: 'sendIntakeInvitation',
      event: {
        kind: 'intake.invitation-sent',
        summary: `${what} verstuurd, reageren uiterlijk ${formatDutchDate(input.respondBy)}${appointmentText ? `; afspraak op ${appointmentText}` : ''}`,
        section: 'intake',
        data: { invitationId: invitation.id, documentId, sequence, respondBy: input.respondBy },
      },
    });
    await advanceCaseStatus(tx, ctx, kase, 'intake');
    return {
      invitationId: invitation.id,
      documentId,
      warningDocumentId,
      intake: await intakeView(tx, ctx, kase),
    };
  });
}
