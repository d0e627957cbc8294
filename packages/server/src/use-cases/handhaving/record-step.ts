// One step of a violation's handhaving other than the decision (which is four-eyes: decide.ts):
// the Participatiewet decision (C4), the written warning (letter), the voornemen (letter with the
// computation), the zienswijze, bezwaar and beroep with their outcome, and the day the fine became final.
import { eq } from 'drizzle-orm';
import { fineContextFor, fineFor, formatEuro, type HandhavingStep } from '@koers/domain';
import { handhavingFines } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { yearSettingsOf } from '../../gemeenten/settings.ts';
import { buildHandhavingWarningLetter, buildVoornemenLetter } from '../../documents/handhaving-letters.ts';
import type { UseCaseContext } from '../context.ts';
import type { StepInput } from './handhaving.types.ts';
import {
  checkDocuments,
  historyFields,
  loadViolations,
  lockViolation,
  saveStep,
  stateOf,
  storedViolations,
  termOf,
  transition,
} from './handhaving-support.ts';
import { letterBase, storeLetter } from './handhaving-letter.ts';
import { stepLabel } from './handhaving.view.ts';
import { checkMayDecideRemedy, recordRemedyOutcome } from './remedy-outcome.ts';

export async function recordHandhavingStep(
  ctx: UseCaseContext,
  caseId: string,
  violationId: string,
  input: StepInput,
): Promise<{ id: string; version: number; documentId: string | null }> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    checkMayDecideRemedy(ctx, input);
    const kase = await findCase(tx, caseId, { forUpdate: true });
    const row = await lockViolation(tx, caseId, violationId, input.version);
    const before = stateOf(row);
    const on = input.kind === 'bijstand-verlaagd' ? input.decisionOn : input.on;
    const given = 'documentId' in input ? (input.documentId ?? null) : null;
    if (given) await checkDocuments(tx, caseId, [given], 'documentId');
    const settings = await yearSettingsOf(tx, kase.gemeenteId, on);
    const all = storedViolations(await loadViolations(tx, caseId));
    const context = fineContextFor(row.id, all, (await termOf(tx, caseId)).value);
    const step: HandhavingStep = ((): HandhavingStep => {
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
      }
    })();
    const after = transition(ctx, before, step, settings.objectionPeriodWeeks);

    let documentId = given;
    let data: Record<string, unknown> = {};
    let summary = `${stepLabel[input.kind]}.`;
    switch (input.kind) {
      case 'waarschuwing':
        if (!documentId && after.warning) {
          const base = await letterBase(tx, ctx, kase, after, input.on);
          documentId = await storeLetter(
            tx,
            ctx,
            kase,
            'handhaving-waarschuwing',
            buildHandhavingWarningLetter({ ...base, respondBy: after.warning.respondBy }),
          );
        }
        summary = `Schriftelijke waarschuwing (art. ${after.article} Wet inburgering 2021).`;
        break;
      case 'voornemen': {
        const computed = fineFor(before, input.culpability, input.reduction, context);
        const v = after.voornemen;
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
        data = {
          explanation: computed.explanation,
          culpability: input.culpability,
          reduction: input.reduction,
          summary: `Voornemen: ${formatEuro(computed.value)}.`,
        };
        summary = `Voornemen tot boete van ${formatEuro(computed.value)} (art. ${after.article} Wet inburgering 2021).`;
        break;
      }
      case 'zienswijze':
        data = { form: input.form, summary: input.summary };
        break;
      case 'bezwaar-beslist':
      case 'beroep-beslist': {
        const outcome = await recordRemedyOutcome(tx, ctx, kase, row.id, before, after, input, context);
        documentId = outcome.documentId;
        data = outcome.data;
        summary = outcome.summary;
        break;
      }
      case 'bijstand-verlaagd':
        summary = 'De bijstand is voor dezelfde gedraging al verlaagd: geen boete (art. 27 Wet inburgering 2021).';
        break;
      case 'bezwaar':
      case 'beroep':
      case 'onherroepelijk':
        break;
    }
    const saved = await saveStep(tx, ctx, row, after, { kind: input.kind, occurredOn: on, documentId, data });

    // The fine follows the legal outcome: gegrond → vervallen; final → onherroepelijk.
    if (after.stage !== before.stage && (after.stage === 'vervallen' || after.stage === 'onherroepelijk')) {
      const [fine] = await tx.select().from(handhavingFines).where(eq(handhavingFines.violationId, row.id)).for('update');
      if (fine)
        await tx
          .update(handhavingFines)
          .set({ status: after.stage, version: fine.version + 1, updatedAt: ctx.now })
          .where(eq(handhavingFines.id, fine.id));
    }
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'handhaving-violation',
      entityId: row.id,
      action: 'update',
      changes: {
        ...diff(historyFields(row), historyFields(saved)),
        // Who decided the bezwaar (or recorded the court's uitspraak) stays in the history.
        ...(input.kind === 'bezwaar-beslist' || input.kind === 'beroep-beslist' ? { uitkomst: { from: null, to: input.outcome }, besloten: { from: null, to: ctx.principal.name } } : {}),
      },
      reason: stepLabel[input.kind],
      event: {
        kind: `handhaving.${input.kind}`,
        section: 'handhaving',
        occurredOn: on,
        summary,
        data: { violationId: row.id, documentId },
      },
      operationName: 'recordHandhavingStep',
    });
    return { id: row.id, version: saved.version, documentId };
  });
}
