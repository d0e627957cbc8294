// The steps of an invitation for the brede intake (send-invitation.ts): which step the rules core
// allows, the dates of the form, and the two letters (written warning, invitation) as stored PDFs.
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { isBefore, languageCode, type IsoDate } from '@koers/domain';
import { caseMeetings, intakeInvitations } from '../../db/schema.ts';
import type { Tx } from '../../db/database.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { caseNumberOf } from '../cases/case.view.ts';
import { invitationLetter, warningLetter, type InterpreterOnFile, type IntakeLetterBase } from '../../documents/intake-letters.ts';
import { renderLetterPdf } from '../../documents/letter-pdf.ts';
import { loadLetterSender } from '../../documents/letter-sender.ts';
import { storeDocument } from '../../documents/store-document.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { dutchDateTime, recordCaseWrite } from '../voorbereiding/case-write.ts';
import type { SendInvitationInput } from './intake.types.ts';
import { asOutcome, isCompleted, outcomeLabels, type IntakeState, type InvitationRow } from './intake.view.ts';

function letterBase(kase: CaseRow, gemeenteName: string, date: string): IntakeLetterBase {
  return {
    gemeenteName,
    person: { givenNames: kase.givenNames, familyName: kase.familyName, address: kase.address },
    caseReference: caseNumberOf(kase),
    date,
  };
}

/** The parts every intake letter shares, with the gemeente's letter settings. */
export async function intakeLetterBase(tx: Tx, kase: CaseRow, today: IsoDate): Promise<IntakeLetterBase> {
  const { gemeenteName, sender } = await loadLetterSender(tx, kase.gemeenteId);
  return { ...letterBase(kase, gemeenteName, today), sender };
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

/** The step the rules core allows now: a first invitation, or a written warning with a repeat invitation. */
export function invitingStep(state: IntakeState): 'invite' | 'warn-and-reinvite' {
  if (isCompleted(state.intake)) {
    throw new AppError('STEP_NOT_ALLOWED', { field: 'status', message: 'De brede intake is al afgerond; een nieuwe uitnodiging is niet mogelijk (veld status).' });
  }
  const action = state.step.value.action;
  const last = state.invitations[state.invitations.length - 1];
  switch (action) {
    case 'invite':
    case 'warn-and-reinvite':
      return action;
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
}

/** The reply date and the appointment checked: not in the past, the appointment on or before the reply date. */
export function checkedAppointment(input: SendInvitationInput, today: IsoDate, now: Date): Date | null {
  if (isBefore(input.respondBy, today)) {
    throw new AppError('VALIDATION_FAILED', { field: 'respondBy', message: "Veld 'respondBy': de uiterste reactiedatum mag niet in het verleden liggen." });
  }
  const appointmentAt = input.appointmentAt ? new Date(input.appointmentAt) : null;
  if (appointmentAt) {
    if (appointmentAt.getTime() < now.getTime()) {
      throw new AppError('VALIDATION_FAILED', { field: 'appointmentAt', message: "Veld 'appointmentAt': de afspraak mag niet in het verleden liggen." });
    }
    if (isBefore(input.respondBy, todayIn(appointmentAt))) {
      throw new AppError('VALIDATION_FAILED', { field: 'appointmentAt', message: "Veld 'appointmentAt': de afspraak moet op of vóór de uiterste reactiedatum liggen." });
    }
  }
  return appointmentAt;
}

/** The written warning about the last invitation (no-show or insufficient cooperation), stored and noted on it; returns its document. */
export async function sendWarning(tx: Tx, ctx: UseCaseContext, kase: CaseRow, warned: { base: IntakeLetterBase; last: InvitationRow; state: IntakeState; newRespondBy: IsoDate }): Promise<string> {
  const { base, last, state } = warned;
  const today = todayIn(ctx.now);
  const outcome = asOutcome(last.outcome);
  const warning = warningLetter({
    ...base,
    sequence: last.sequence,
    sentOn: last.sentOn,
    respondBy: last.respondBy,
    outcome: outcome === 'insufficient-cooperation' ? 'insufficient-cooperation' : 'no-show',
    newRespondBy: warned.newRespondBy,
  });
  const pdf = await renderLetterPdf(warning, languageCode(kase.preferredLanguage));
  const documentId = await storeDocument(
    tx,
    ctx.principal,
    { caseId: kase.id, gemeenteId: kase.gemeenteId, kind: 'waarschuwing', title: `Schriftelijke waarschuwing brede intake (oproep ${last.sequence})`, mimeType: 'application/pdf', content: pdf, letterSummary: warning.summary },
    ctx.now,
  );
  const [updated] = await tx.update(intakeInvitations).set({ warningSentOn: today }).where(eq(intakeInvitations.id, last.id)).returning();
  await recordCaseWrite(tx, ctx, kase, {
    entityType: 'intake-invitation',
    entityId: last.id,
    action: 'update',
    changes: { warningSentOn: { from: last.warningSentOn, to: updated?.warningSentOn ?? today } },
    operationName: 'sendIntakeWarning',
    event: {
      kind: 'intake.warning-sent',
      summary: `Schriftelijke waarschuwing brede intake verstuurd (oproep ${last.sequence}: ${outcomeLabels[outcome]})`,
      section: 'intake',
      data: { invitationId: last.id, documentId, sequence: last.sequence, fineable: state.step.value.fineable },
    },
  });
  return documentId;
}

/** The invitation letter (with the interpreter the file records), stored in the case's documents; returns its document. */
export async function storeInvitationLetter(
  tx: Tx,
  ctx: UseCaseContext,
  kase: CaseRow,
  invitation: { base: IntakeLetterBase; sequence: number; input: SendInvitationInput; appointmentAt: Date | null },
): Promise<string> {
  const { base, sequence, input, appointmentAt } = invitation;
  const letter = invitationLetter({
    ...base,
    sequence,
    respondBy: input.respondBy,
    appointment: appointmentAt ? { date: todayIn(appointmentAt), text: dutchDateTime(appointmentAt) } : null,
    location: input.location ?? null,
    interpreter: await interpreterOnFile(tx, kase),
  });
  const pdf = await renderLetterPdf(letter, languageCode(kase.preferredLanguage));
  return storeDocument(
    tx,
    ctx.principal,
    {
      caseId: kase.id,
      gemeenteId: kase.gemeenteId,
      kind: 'uitnodiging-brede-intake',
      title: sequence === 1 ? 'Uitnodiging brede intake' : `Herhaalde uitnodiging brede intake (oproep ${sequence})`,
      mimeType: 'application/pdf',
      content: pdf,
      letterSummary: letter.summary,
    },
    ctx.now,
  );
}
