// The parts of a handhaving step (record-step.ts): the domain's step from the form, what the step
// produces (letter, data, timeline text), and the fine following the legal outcome.
import { eq } from 'drizzle-orm';
import { fineFor, formatEuro, type FineContext, type HandhavingState, type HandhavingStep } from '@koers/domain';
import { handhavingFines } from '../../db/schema.ts';
import type { Tx } from '../../db/database.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { buildHandhavingWarningLetter, buildVoornemenLetter } from '../../documents/handhaving-letters.ts';
import type { UseCaseContext } from '../context.ts';
import type { StepInput } from './handhaving.types.ts';
import { letterBase, storeLetter } from './handhaving-letter.ts';
import { stepLabel } from './handhaving.view.ts';
import { recordRemedyOutcome } from './remedy-outcome.ts';

/** The rules core's step for this form; the decisions carry who took them and the fine context. */
export function stepOf(ctx: UseCaseContext, input: StepInput, context: FineContext): HandhavingStep {
  switch (input.kind) {
    case 'bijstand-verlaagd':
      return { kind: input.kind, decisionOn: input.decisionOn, documentId: input.documentId };
    case 'waarschuwing':
      return { kind: input.kind, on: input.on, responseDays: input.responseDays };
    case 'voornemen':
      return {
        kind: input.kind,
        on: input.on,
        by: ctx.principal.userId,
        culpability: input.culpability,
        motivation: input.motivation,
        reduction: input.reduction,
        zienswijzeDays: input.zienswijzeDays,
        context,
      };
    case 'zienswijze':
      return { kind: input.kind, on: input.on, form: input.form, summary: input.summary };
    case 'bezwaar':
    case 'beroep':
    case 'onherroepelijk':
      return { kind: input.kind, on: input.on };
    case 'bezwaar-beslist':
      return { kind: input.kind, on: input.on, outcome: input.outcome, by: ctx.principal.userId, revision: input.revision, context };
    case 'beroep-beslist':
      return { kind: input.kind, on: input.on, outcome: input.outcome, by: ctx.principal.userId, revision: input.revision, context };
    default:
      return input satisfies never;
  }
}

export interface StepOutcome {
  documentId: string | null;
  data: Record<string, unknown>;
  summary: string;
}

export interface TakenStep {
  kase: CaseRow;
  violationId: string;
  before: HandhavingState;
  after: HandhavingState;
  input: StepInput;
  context: FineContext;
  /** The document the user named for this step, if any. */
  given: string | null;
}

/** What the step produces: its letter (warning, voornemen, decision on a remedy), the stored data and the timeline text. */
export async function outcomeOf(tx: Tx, ctx: UseCaseContext, step: TakenStep): Promise<StepOutcome> {
  const { kase, before, after, input, context } = step;
  const plain: StepOutcome = { documentId: step.given, data: {}, summary: `${stepLabel[input.kind]}.` };
  switch (input.kind) {
    case 'waarschuwing': {
      let documentId = step.given;
      if (!documentId && after.warning) {
        const base = await letterBase(tx, ctx, kase, after, input.on);
        documentId = await storeLetter(tx, ctx, kase, 'handhaving-waarschuwing', buildHandhavingWarningLetter({ ...base, respondBy: after.warning.respondBy }));
      }
      return { ...plain, documentId, summary: `Schriftelijke waarschuwing (art. ${after.article} Wet inburgering 2021).` };
    }
    case 'voornemen': {
      const computed = fineFor(before, input.culpability, input.reduction, context);
      const v = after.voornemen;
      let documentId = step.given;
      if (v) {
        const base = await letterBase(tx, ctx, kase, after, input.on);
        documentId = await storeLetter(
          tx,
          ctx,
          kase,
          'handhaving-voornemen',
          buildVoornemenLetter({
            ...base,
            amountCents: v.amountCents,
            steps: computed.explanation.steps,
            motivation: v.motivation,
            zienswijzeBy: v.zienswijzeBy,
            warningSentOn: after.warning?.sentOn ?? null,
          }),
        );
      }
      return {
        documentId,
        data: { explanation: computed.explanation, culpability: input.culpability, reduction: input.reduction, summary: `Voornemen: ${formatEuro(computed.value)}.` },
        summary: `Voornemen tot boete van ${formatEuro(computed.value)} (art. ${after.article} Wet inburgering 2021).`,
      };
    }
    case 'zienswijze':
      return { ...plain, data: { form: input.form, summary: input.summary } };
    case 'bezwaar-beslist':
    case 'beroep-beslist':
      return recordRemedyOutcome(tx, ctx, kase, step.violationId, before, after, input, context);
    case 'bijstand-verlaagd':
      return { ...plain, summary: 'De bijstand is voor dezelfde gedraging al verlaagd: geen boete (art. 27 Wet inburgering 2021).' };
    case 'bezwaar':
    case 'beroep':
    case 'onherroepelijk':
      return plain;
    default:
      return input satisfies never;
  }
}

/** The fine follows the legal outcome: gegrond → vervallen; final → onherroepelijk. */
export async function followFine(tx: Tx, ctx: UseCaseContext, violationId: string, before: HandhavingState, after: HandhavingState): Promise<void> {
  if (after.stage === before.stage || (after.stage !== 'vervallen' && after.stage !== 'onherroepelijk')) return;
  const [fine] = await tx.select().from(handhavingFines).where(eq(handhavingFines.violationId, violationId)).for('update');
  if (fine) await tx.update(handhavingFines).set({ status: after.stage, version: fine.version + 1, updatedAt: ctx.now }).where(eq(handhavingFines.id, fine.id));
}
