/**
 * Holds an ijkmoment of financieel ontzorgen (seed 002 §4.3; ADR 0136): verlengen adds months,
 * teruggeven ends the agreement from the hand-back month (payments stop from then) and prepares the
 * letter; afbouwen and opschalen are recorded with the note.
 */
import { and, desc, eq, gte, inArray } from 'drizzle-orm';
import { addMonthsToMonth, checkpointOutcomeLabels, checkpointStates, endAfterCheckpoint, formatDutchDate, languageCode, type HeldCheckpoint, type IsoMonth } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { reliefAgreements, reliefPayments } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { agreementOf, loadAgreement, ontzorgenView, reliefRuleFor } from './ontzorgen-support.ts';
import type { OntzorgenView } from './ontzorgen.view.ts';
import type { HoldCheckpointInput } from './ontzorgen.types.ts';
import { dropStaleFromOpenProposals } from './stale-payments.ts';
import { buildHandBackLetter } from '../../documents/ontzorgen-handback-letter.ts';
import { renderLetterPdf } from '../../documents/letter-pdf.ts';
import { loadLetterSender } from '../../documents/letter-sender.ts';
import { storeDocument } from '../../documents/store-document.ts';
import { caseNumberOf } from '../cases/case.view.ts';

/** A hand-back cannot start in a month the gemeente already paid (approved batch): the letter would be untrue. */
async function assertNotPaidFrom(tx: Tx, caseId: string, handBackMonth: IsoMonth): Promise<void> {
  const [last] = await tx
    .select({ month: reliefPayments.month })
    .from(reliefPayments)
    .where(and(eq(reliefPayments.caseId, caseId), inArray(reliefPayments.status, ['goedgekeurd', 'betaald']), gte(reliefPayments.month, handBackMonth)))
    .orderBy(desc(reliefPayments.month))
    .limit(1);
  if (!last) return;
  const from = formatDutchDate(`${addMonthsToMonth(last.month, 1)}-01`);
  throw new AppError('VALIDATION_FAILED', { field: 'handBackMonth', message: `De gemeente heeft de vaste lasten tot en met ${formatDutchDate(`${last.month}-01`).replace(/^1 /, '')} al betaald. De persoon kan zelf betalen vanaf ${from}.` });
}

export async function holdCheckpoint(ctx: UseCaseContext, caseId: string, input: HoldCheckpointInput): Promise<OntzorgenView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const before = await loadAgreement(tx, kase.id, true);
    if (!before) throw new AppError('NOT_FOUND', { message: 'Er is geen afspraak over ontzorgen voor dit dossier.' });
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De afspraak over ontzorgen is intussen door iemand anders gewijzigd. Laad haar opnieuw.' });
    if (before.status !== 'actief') throw new AppError('STEP_NOT_ALLOWED', { field: 'outcome', message: 'Een ijkmoment kan alleen bij een lopende afspraak.' });
    const today = todayIn(ctx.now);
    const { checkpointMonths } = await reliefRuleFor(tx, kase, before.bijstandFrom, today);
    const state = checkpointStates(before.bijstandFrom, checkpointMonths, before.checkpoints).find((c) => c.dueOn === input.dueOn);
    if (!state) throw new AppError('VALIDATION_FAILED', { field: 'dueOn', message: 'Op deze datum is er geen ijkmoment.' });
    if (state.held) throw new AppError('STEP_NOT_ALLOWED', { field: 'dueOn', message: 'Dit ijkmoment is al gehouden.' });
    if (state.lapsed) throw new AppError('STEP_NOT_ALLOWED', { field: 'dueOn', message: 'Het ontzorgen is al teruggegeven aan de persoon; er is geen ijkmoment meer te houden.' });
    if (input.outcome === 'verlengen' && input.extensionMonths === null) throw new AppError('VALIDATION_FAILED', { field: 'extensionMonths', message: 'Vul in met hoeveel maanden het ontzorgen verlengd wordt.' });
    if (input.outcome === 'teruggeven' && input.handBackMonth === null) throw new AppError('VALIDATION_FAILED', { field: 'handBackMonth', message: 'Vul in vanaf welke maand de persoon zelf betaalt.' });
    if (input.outcome === 'teruggeven' && input.handBackMonth !== null) await assertNotPaidFrom(tx, kase.id, input.handBackMonth);

    const held: HeldCheckpoint = {
      dueOn: input.dueOn,
      heldOn: today,
      outcome: input.outcome,
      note: input.note,
      extensionMonths: input.outcome === 'verlengen' ? input.extensionMonths : null,
      handBackMonth: input.outcome === 'teruggeven' ? input.handBackMonth : null,
    };
    const endMonthExclusive = endAfterCheckpoint(agreementOf(before), input.outcome, held.extensionMonths, held.handBackMonth);
    const [after] = await tx
      .update(reliefAgreements)
      .set({ checkpoints: [...before.checkpoints, held], endMonthExclusive, version: before.version + 1, updatedAt: ctx.now })
      .where(and(eq(reliefAgreements.caseId, kase.id), eq(reliefAgreements.version, input.version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    // Payments stop from the hand-back month: also those already in an open proposal.
    const dropped = await dropStaleFromOpenProposals(tx, kase.id, ctx.now);
    if (input.outcome === 'teruggeven') {
      const letter = buildHandBackLetter({
        ...(await loadLetterSender(tx, kase.gemeenteId)),
        person: { name: `${kase.givenNames} ${kase.familyName}`, familyName: kase.familyName, address: kase.address },
        caseNumber: caseNumberOf(kase),
        fromDate: `${endMonthExclusive}-01`,
        writtenOn: today,
        costs: before.fixedCosts,
        issuerName: ctx.principal.name,
      });
      await storeDocument(tx, ctx.principal, { caseId: kase.id, gemeenteId: kase.gemeenteId, kind: 'ontzorgen-teruggave', title: `Brief teruggave ontzorgen per ${formatDutchDate(`${endMonthExclusive}-01`)}`, mimeType: 'application/pdf', content: await renderLetterPdf(letter, languageCode(kase.preferredLanguage)), letterSummary: letter.summary }, ctx.now);
    }
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'relief-agreement',
      entityId: kase.id,
      action: 'update',
      changes: { checkpoint: { from: null, to: held }, ...(endMonthExclusive !== before.endMonthExclusive ? { endMonthExclusive: { from: before.endMonthExclusive, to: endMonthExclusive } } : {}), ...(dropped > 0 ? { paymentsInOpenProposal: { from: dropped, to: 0 } } : {}) },
      reason: `IJkmoment ontzorgen: ${checkpointOutcomeLabels[input.outcome]}`,
      operationName: 'holdCheckpoint',
      event: { kind: 'ontzorgen.ijkmoment', summary: `IJkmoment ontzorgen gehouden: ${checkpointOutcomeLabels[input.outcome].toLowerCase()}.`, section: 'ontzorgen' },
    });
    return ontzorgenView(tx, kase, today);
  });
}
