// One step of a violation's handhaving other than the decision (which is four-eyes: decide.ts):
// the Participatiewet decision (C4), the written warning (letter), the voornemen (letter with the
// computation), the zienswijze, bezwaar and beroep with their outcome, and the day the fine became final.
import { fineContextFor } from '@koers/domain';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { yearSettingsOf } from '../../gemeenten/settings.ts';
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
import { stepLabel, type HandhavingWritten } from './handhaving.view.ts';
import { checkMayDecideRemedy } from './remedy-outcome.ts';
import { followFine, outcomeOf, stepOf } from './record-step-support.ts';

export async function recordHandhavingStep(
  ctx: UseCaseContext,
  caseId: string,
  violationId: string,
  input: StepInput,
): Promise<HandhavingWritten> {
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
    const after = transition(ctx, before, stepOf(ctx, input, context), settings.objectionPeriodWeeks);
    const { documentId, data, summary } = await outcomeOf(tx, ctx, { kase, violationId: row.id, before, after, input, context, given });
    const saved = await saveStep(tx, ctx, row, after, { kind: input.kind, occurredOn: on, documentId, data });
    await followFine(tx, ctx, row.id, before, after);
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
