// The decision on a voornemen (art. 22/23 Wi 2021): four eyes — someone with handhaving:decide who did
// not prepare it. A fine stores the amount with the rules core's explanation and the boetebeschikking.
import { fineContextFor, fineFor, formatEuro } from '@koers/domain';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { handhavingFines, users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { yearSettingsOf } from '../../gemeenten/settings.ts';
import { buildBoetebeschikking } from '../../documents/handhaving-letters.ts';
import type { UseCaseContext } from '../context.ts';
import type { DecisionInput } from './handhaving.types.ts';
import type { HandhavingWritten } from './handhaving.view.ts';
import {
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

export async function decideHandhaving(
  ctx: UseCaseContext,
  caseId: string,
  violationId: string,
  input: DecisionInput,
): Promise<HandhavingWritten> {
  if (!ctx.principal.permissions.includes('handhaving:decide')) throw new AppError('FORBIDDEN');
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId, { forUpdate: true });
    const row = await lockViolation(tx, caseId, violationId, input.version);
    const before = stateOf(row);
    const settings = await yearSettingsOf(tx, kase.gemeenteId, input.on);
    const context = fineContextFor(row.id, storedViolations(await loadViolations(tx, caseId)), (await termOf(tx, caseId)).value);
    const after = transition(
      ctx,
      before,
      { kind: 'besluit', on: input.on, by: ctx.principal.userId, fine: input.fine, reason: input.reason, context },
      settings.objectionPeriodWeeks,
    );
    const decision = after.decision;
    if (!decision || !before.voornemen) throw new AppError('INTERNAL');

    let documentId: string | null = null;
    if (after.beschikking) {
      const computed = fineFor(before, before.voornemen.culpability, before.voornemen.reduction, context);
      const base = await letterBase(tx, ctx, kase, after, input.on);
      documentId = await storeLetter(
        tx,
        ctx,
        kase,
        'handhaving-boetebeschikking',
        buildBoetebeschikking({
          ...base,
          amountCents: after.beschikking.amountCents,
          steps: computed.explanation.steps,
          voornemenOn: before.voornemen.on,
          zienswijze: after.zienswijze,
          decisionReason: input.reason,
          newDeadline: after.beschikking.newDeadline,
          objectionPeriodWeeks: settings.objectionPeriodWeeks,
        }),
      );
      await tx.insert(handhavingFines).values({
        gemeenteId: kase.gemeenteId,
        caseId,
        violationId: row.id,
        amountCents: after.beschikking.amountCents,
        computation: computed.explanation,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
    }
    const saved = await saveStep(tx, ctx, row, after, {
      kind: 'besluit',
      occurredOn: input.on,
      documentId,
      data: {
        fine: decision.fine,
        reason: input.reason,
        amountCents: decision.amountCents,
        preparedBy: decision.preparedBy,
        decidedBy: decision.decidedBy,
        summary: decision.fine ? `Boete ${formatEuro(decision.amountCents)}.` : `Geen boete: ${input.reason ?? ''}`,
      },
    });
    const preparedByName = await preparerName(tx, decision.preparedBy);
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'handhaving-violation',
      entityId: row.id,
      action: 'update',
      changes: {
        ...diff(historyFields(row), historyFields(saved)),
        voorbereid: { from: null, to: preparedByName },
        besloten: { from: null, to: ctx.principal.name },
      },
      reason: decision.fine ? `Besluit: boete van ${formatEuro(decision.amountCents)}` : `Besluit: geen boete (${input.reason ?? ''})`,
      event: {
        kind: 'handhaving.besluit',
        section: 'handhaving',
        occurredOn: input.on,
        summary: decision.fine
          ? `Boetebeschikking: ${formatEuro(decision.amountCents)} (art. ${after.article} Wet inburgering 2021). Voorbereid door ${preparedByName}, besloten door ${ctx.principal.name}.`
          : `Besloten geen boete op te leggen. Voorbereid door ${preparedByName}, besloten door ${ctx.principal.name}.`,
        data: { violationId: row.id, documentId },
      },
      operationName: 'decideHandhaving',
    });
    return { id: row.id, version: saved.version, documentId };
  });
}

async function preparerName(tx: Tx, userId: string): Promise<string> {
  const [u] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return u?.name ?? 'onbekend';
}
