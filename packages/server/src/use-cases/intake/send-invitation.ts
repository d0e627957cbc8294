import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { formatDutchDate, isBefore, languageCode } from '@koers/domain';
import { caseMeetings, intakeInvitations } from '../../db/schema.ts';
import type { Tx } from '../../db/database.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { type CaseRow, findOpenCase } from '../../case-file/find-case.ts';
import { caseNumberOf } from '../case.view.ts';
import { todayIn } from '../../case-file/today.ts';
import { invitationLetter, warningLetter, type InterpreterOnFile } from '../../documents/intake-letters.ts';
import { renderLetterPdf } from '../../documents/letter-pdf.ts';
import { loadLetterSender } from '../../documents/letter-sender.ts';
import { storeDocument } from '../../documents/store-document.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { advanceCaseStatus, dutchDateTime, recordCaseWrite } from '../voorbereiding/case-write.ts';
import { scenarioForCase, scenarioOfGemeente } from '../voorbereiding/intake-scenario.ts';
import type { SendInvitationInput } from './intake.types.ts';
import { asOutcome, isCompleted, loadIntakeState, intakeView, outcomeLabels, type IntakeView } from './intake.view.ts';
import { intakeHistoryFields, writeIntake } from './intake-record.ts';

export interface SentInvitation {
  invitationId: string;
  /** The invitation letter (PDF): GET /api/cases/:id/documents/:documentId. */
  documentId: string;
  /** The written warning sent with a repeat invitation, else null. */
  warningDocumentId: string | null;
  intake: IntakeView;
}

function letterBase(kase: CaseRow, gemeenteName: string, date: string) {
  return {
    gemeenteName,
    person: { givenNames: kase.givenNames, familyName: kase.familyName, address: kase.address },
    caseReference: caseNumberOf(kase),
    date,
  };
}

function amsterdamDate(at: Date): string {
  return todayIn(at);
}

/**
 * What the file knows about an interpreter: the language of the latest meeting that had one, else
 * the case's "tolk nodig" with its preferred language; null when the file records no interpreter.
 */
async function interpreterOnFile(tx: Tx, kase: CaseRow): Promise<InterpreterOnFile> {
  const [meeting] = await tx
    .select({ language: caseMeetings.interpreterLanguage })
    .from(caseMeetings)
    .where(and(eq(caseMeetings.caseId, kase.id), eq(caseMeetings.interpreter, true), isNotNull(caseMeetings.interpreterLanguage)))
    .orderBy(desc(caseMeetings.createdAt))
    .limit(1);
  const language = meeting?.language?.trim() || (kase.interpreterNeeded ? kase.preferredLanguage?.trim() : '') || null;
  if (language !== null) return { language };
  return kase.interpreterNeeded ? { language: null } : null;
}

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
    if (isCompleted(state.intake)) {
      throw new AppError('STEP_NOT_ALLOWED', { field: 'status', message: 'De brede intake is al afgerond; een nieuwe uitnodiging is niet mogelijk (veld status).' });
    }
    const action = state.step.value.action;
    const last = state.invitations[state.invitations.length - 1];
    switch (action) {
      case 'invite':
      case 'warn-and-reinvite':
        break;
      case 'await-response':
        throw new AppError('STEP_NOT_ALLOWED', {
          field: 'outcome',
          message: `${state.step.explanation.summary} Registreer eerst de uitkomst van oproep ${last?.sequence ?? 1} (veld outcome) voordat u opnieuw uitnodigt.`,
        });
      case 'conduct-intake':
        throw new AppError('STEP_NOT_ALLOWED', {
          field: 'outcome',
          message: `De inburgeringsplichtige is op oproep ${last?.sequence ?? 1} verschenen (veld outcome); een nieuwe uitnodiging is niet nodig. Neem de brede intake af.`,
        });
      case 'complete-in-absence':
        throw new AppError('STEP_NOT_ALLOWED', {
          field: 'withoutPerson',
          message: `${state.step.explanation.summary} Een vierde uitnodiging is niet de volgende stap: rond de brede intake af zonder betrokkene (veld withoutPerson).`,
        });
      default:
        return action satisfies never;
    }
    if (action === 'invite') {
      const scenario = scenarioForCase(await scenarioOfGemeente(tx, kase.gemeenteId), kase, today);
      if (!scenario.invitationAllowed) {
        throw new AppError('STEP_NOT_ALLOWED', { field: 'housedOn', message: `${scenario.explanation} (veld housedOn)` });
      }
    }
    if (isBefore(input.respondBy, today)) {
      throw new AppError('VALIDATION_FAILED', { field: 'respondBy', message: "Veld 'respondBy': de uiterste reactiedatum mag niet in het verleden liggen." });
    }
    const appointmentAt = input.appointmentAt ? new Date(input.appointmentAt) : null;
    if (appointmentAt) {
      if (appointmentAt.getTime() < ctx.now.getTime()) {
        throw new AppError('VALIDATION_FAILED', { field: 'appointmentAt', message: "Veld 'appointmentAt': de afspraak mag niet in het verleden liggen." });
      }
      if (isBefore(input.respondBy, amsterdamDate(appointmentAt))) {
        throw new AppError('VALIDATION_FAILED', { field: 'appointmentAt', message: "Veld 'appointmentAt': de afspraak moet op of vóór de uiterste reactiedatum liggen." });
      }
    }
    const { gemeenteName, sender } = await loadLetterSender(tx, kase.gemeenteId);
    const base = { ...letterBase(kase, gemeenteName, today), sender };
    const sequence = (last?.sequence ?? 0) + 1;

    let warningDocumentId: string | null = null;
    if (action === 'warn-and-reinvite' && last) {
      const outcome = asOutcome(last.outcome);
      const warning = warningLetter({
        ...base,
        sequence: last.sequence,
        sentOn: last.sentOn,
        respondBy: last.respondBy,
        outcome: outcome === 'insufficient-cooperation' ? 'insufficient-cooperation' : 'no-show',
        newRespondBy: input.respondBy,
      });
      const pdf = await renderLetterPdf(warning, languageCode(kase.preferredLanguage));
      warningDocumentId = await storeDocument(
        tx,
        ctx.principal,
        { caseId: kase.id, gemeenteId: kase.gemeenteId, kind: 'waarschuwing', title: `Schriftelijke waarschuwing brede intake (oproep ${last.sequence})`, mimeType: 'application/pdf', content: pdf, letterSummary: warning.summary },
        ctx.now,
      );
      const [warned] = await tx.update(intakeInvitations).set({ warningSentOn: today }).where(eq(intakeInvitations.id, last.id)).returning();
      await recordCaseWrite(tx, ctx, kase, {
        entityType: 'intake-invitation',
        entityId: last.id,
        action: 'update',
        changes: { warningSentOn: { from: last.warningSentOn, to: warned?.warningSentOn ?? today } },
        operationName: 'sendIntakeWarning',
        event: {
          kind: 'intake.warning-sent',
          summary: `Schriftelijke waarschuwing brede intake verstuurd (oproep ${last.sequence}: ${outcomeLabels[outcome]})`,
          section: 'intake',
          data: { invitationId: last.id, documentId: warningDocumentId, sequence: last.sequence, fineable: state.step.value.fineable },
        },
      });
    }

    const appointmentText = appointmentAt ? dutchDateTime(appointmentAt) : null;
    const invitationPdfLetter = invitationLetter({
      ...base,
      sequence,
      respondBy: input.respondBy,
      appointment: appointmentAt && appointmentText ? { date: amsterdamDate(appointmentAt), text: appointmentText } : null,
      location: input.location ?? null,
      interpreter: await interpreterOnFile(tx, kase),
    });
    const pdf = await renderLetterPdf(invitationPdfLetter, languageCode(kase.preferredLanguage));
    const documentId = await storeDocument(
      tx,
      ctx.principal,
      {
        caseId: kase.id,
        gemeenteId: kase.gemeenteId,
        kind: 'uitnodiging-brede-intake',
        title: sequence === 1 ? 'Uitnodiging brede intake' : `Herhaalde uitnodiging brede intake (oproep ${sequence})`,
        mimeType: 'application/pdf',
        content: pdf,
        letterSummary: invitationPdfLetter.summary,
      },
      ctx.now,
    );
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
