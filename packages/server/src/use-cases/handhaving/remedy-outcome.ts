// The outcome of bezwaar and beroep against a boetebeschikking (issue 14, ADR 0146): the fine follows it
// (revoked/annulled → vervallen; deels gegrond/verlaagd → the rules core's lower amount and computation),
// and a decided bezwaar gets the beslissing-op-bezwaar letter. Called by record-step.ts in its transaction.
import { eq } from 'drizzle-orm';
import { formatEuro, revisedFine, type FineContext, type HandhavingState } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { handhavingFines } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { buildBezwaarDecisionLetter } from '../../documents/bezwaar-decision-letter.ts';
import type { UseCaseContext } from '../context.ts';
import type { StepInput } from './handhaving.types.ts';
import { letterBase, storeLetter } from './handhaving-letter.ts';

type RemedyInput = Extract<StepInput, { kind: 'bezwaar-beslist' | 'beroep-beslist' }>;

export const bezwaarOutcomeLabel: Record<string, string> = {
  gegrond: 'gegrond (boete vervalt)',
  'deels-gegrond': 'deels gegrond (boete verlaagd)',
  ongegrond: 'ongegrond (boete blijft)',
  'niet-ontvankelijk': 'niet-ontvankelijk (boete blijft)',
  ingetrokken: 'bezwaar ingetrokken',
  vernietigd: 'boete vernietigd door de rechter',
  verlaagd: 'boete verlaagd door de rechter',
  'in-stand': 'boete in stand gelaten door de rechter',
};

/** Only the college decides on bezwaar (handhaving:decide); the court's uitspraak is recorded by the case's team. */
export function checkMayDecideRemedy(ctx: UseCaseContext, input: StepInput): void {
  if (input.kind === 'bezwaar-beslist' && !ctx.principal.permissions.includes('handhaving:decide'))
    throw new AppError('FORBIDDEN', { message: 'Alleen wie over handhaving beslist (teamleider) neemt de beslissing op bezwaar.' });
}

export async function recordRemedyOutcome(
  tx: Tx,
  ctx: UseCaseContext,
  kase: CaseRow,
  violationId: string,
  before: HandhavingState,
  after: HandhavingState,
  input: RemedyInput,
  context: FineContext,
): Promise<{ documentId: string | null; data: Record<string, unknown>; summary: string }> {
  const remedy = input.kind === 'bezwaar-beslist' ? after.bezwaar : after.beroep;
  const imposed = before.beschikking?.amountCents ?? 0;
  const now = after.stage === 'vervallen' ? 0 : (after.beschikking?.amountCents ?? 0);
  const why = input.kind === 'bezwaar-beslist' ? 'het bezwaar' : 'de uitspraak';
  const computed = remedy?.revision ? revisedFine(before, remedy.revision, context, why) : null;

  const [fine] = await tx.select().from(handhavingFines).where(eq(handhavingFines.violationId, violationId)).for('update');
  if (fine && computed && now !== imposed) {
    await tx
      .update(handhavingFines)
      .set({ amountCents: now, computation: computed.explanation, version: fine.version + 1, updatedAt: ctx.now })
      .where(eq(handhavingFines.id, fine.id));
  }

  let documentId = input.documentId ?? null;
  if (input.kind === 'bezwaar-beslist' && input.outcome !== 'ingetrokken' && before.bezwaar && before.beschikking) {
    const base = await letterBase(tx, ctx, kase, after, input.on);
    documentId = await storeLetter(
      tx,
      ctx,
      kase,
      'handhaving-beslissing-op-bezwaar',
      buildBezwaarDecisionLetter({
        ...base,
        outcome: input.outcome,
        beschikkingOn: before.beschikking.notifiedOn,
        receivedOn: before.bezwaar.receivedOn,
        imposedCents: imposed,
        newAmountCents: now,
        steps: computed?.explanation.steps ?? [],
        motivation: input.motivation,
      }),
    );
  }
  const label = bezwaarOutcomeLabel[input.outcome] ?? input.outcome;
  const amountText = now !== imposed ? ` Boete ${formatEuro(imposed)} → ${formatEuro(now)}.` : '';
  return {
    documentId,
    data: {
      outcome: input.outcome,
      decidedBy: ctx.principal.userId,
      decidedByName: ctx.principal.name,
      amountBeforeCents: imposed,
      amountAfterCents: now,
      ...(computed ? { explanation: computed.explanation } : {}),
      ...(input.kind === 'bezwaar-beslist' ? { motivation: input.motivation } : {}),
      summary: `Uitkomst: ${label}.${amountText}`,
    },
    summary: `${input.kind === 'bezwaar-beslist' ? 'Beslissing op bezwaar' : 'Uitspraak in beroep'}: ${label}.${amountText} ${input.kind === 'bezwaar-beslist' ? 'Besloten' : 'Vastgelegd'} door ${ctx.principal.name}.`,
  };
}

