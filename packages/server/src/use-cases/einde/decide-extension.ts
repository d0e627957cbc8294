// The decision on a request to extend the termijn: toegekend (the termijn moves; the new end is
// the one every screen shows, effectiveTermEnd) or afgewezen, with a motivation and a letter in the
// documents. DUO is not sent anything: its M2M koppelvlak has no operation to report an extension
// (Inburgeringstermijn API: GET only) — DUO decides extensions itself (ADR 0129).
import { and, eq } from 'drizzle-orm';
import { effectiveTermEnd, extendedEnd, extensionGroundLabel, formatDutchDate, isBefore, languageCode, isExtensionGround } from '@koers/domain';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { cases, termExtensions } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { diff, recordChange } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { renderLetterPdf } from '../../documents/letter-pdf.ts';
import { loadLetterSender } from '../../documents/letter-sender.ts';
import { buildTermExtensionLetter } from '../../documents/term-extension-letter.ts';
import { storeDocument } from '../../documents/store-document.ts';
import { caseNumberOf } from '../cases/case.view.ts';
import type { UseCaseContext } from '../context.ts';
import { extendProgressPlan } from '../voortgang/plan-progress.ts';
import { grantedExtensions, loadEindeState } from './einde-support.ts';
import { eindeOverview, type EindeOverview } from './einde.view.ts';
import type { DecideExtensionInput } from './einde.types.ts';

/** Why DUO hears nothing of it; also on the timeline so nobody looks for a melding. */
export const NO_DUO_OPERATION = 'DUO krijgt hierover geen bericht: het koppelvlak van DUO heeft geen melding voor verlenging van de termijn (DUO beslist daar zelf over en meldt een verlengde termijn met SS103 of SS104).';

export async function decideExtension(ctx: UseCaseContext, caseId: string, extensionId: string, input: DecideExtensionInput): Promise<EindeOverview> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findOpenCase(tx, caseId);
    const [ext] = await tx.select().from(termExtensions).where(and(eq(termExtensions.id, extensionId), eq(termExtensions.caseId, caseRow.id)));
    if (!ext) throw new AppError('NOT_FOUND', { message: 'Dit verzoek om verlenging bestaat niet in dit dossier.' });
    if (ext.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'Dit verzoek is intussen door iemand anders gewijzigd. Laad het opnieuw.' });
    if (ext.decision !== null) throw new AppError('STEP_NOT_ALLOWED', { field: 'decision', message: 'Op dit verzoek is al beslist.' });
    if (isBefore(input.decidedOn, ext.requestedOn)) throw new AppError('VALIDATION_FAILED', { field: 'decidedOn', message: `Datum beslissing: ligt vóór de datum van het verzoek (${formatDutchDate(ext.requestedOn)}).` });
    const assessment = ext.assessment;
    if (input.decision === 'toegekend' && assessment && !assessment.value.eligible) {
      throw new AppError('STEP_NOT_ALLOWED', { field: 'decision', message: `Beslissing: niet aan de voorwaarden voor verlenging na aanzienlijke inspanningen voldaan. ${assessment.explanation.summary}`, extra: { explanation: assessment.explanation } });
    }
    const state = await loadEindeState(tx, caseRow.id);
    const previousEnd = effectiveTermEnd(caseRow.termEndExclusive, grantedExtensions(state.extensions)).value;
    if (input.decision === 'toegekend' && previousEnd === null) throw new AppError('STEP_NOT_ALLOWED', { field: 'decision', message: 'Er is geen inburgeringstermijn bekend om te verlengen.' });
    const newEnd = input.decision === 'toegekend' && previousEnd !== null ? extendedEnd(previousEnd, ext.months) : null;

    const groundText = isExtensionGround(ext.ground) ? extensionGroundLabel[ext.ground] : ext.ground;
    const letter = buildTermExtensionLetter({
      ...(await loadLetterSender(tx, caseRow.gemeenteId)),
      person: { name: `${caseRow.givenNames} ${caseRow.familyName}`, familyName: caseRow.familyName, address: caseRow.address },
      caseNumber: caseNumberOf(caseRow),
      requestedOn: ext.requestedOn,
      groundText,
      decision: input.decision,
      decidedOn: input.decidedOn,
      months: ext.months,
      previousEndExclusive: previousEnd,
      newEndExclusive: newEnd,
      motivation: input.motivation,
      issuerName: ctx.principal.name,
    });
    const documentId = await storeDocument(
      tx,
      ctx.principal,
      {
        caseId: caseRow.id,
        gemeenteId: caseRow.gemeenteId,
        kind: 'verlenging-termijn',
        title: `Verlenging termijn ${input.decision} (${formatDutchDate(input.decidedOn)})`,
        mimeType: 'application/pdf',
        content: await renderLetterPdf(letter, languageCode(caseRow.preferredLanguage)),
        letterSummary: letter.summary,
      },
      ctx.now,
    );
    const before = { decision: null, decidedOn: null, decisionMotivation: null, previousEndExclusive: null, newEndExclusive: null };
    const after = { decision: input.decision, decidedOn: input.decidedOn, decisionMotivation: input.motivation, previousEndExclusive: previousEnd, newEndExclusive: newEnd };
    const [updated] = await tx
      .update(termExtensions)
      .set({ ...after, documentId, version: ext.version + 1, updatedAt: ctx.now })
      .where(and(eq(termExtensions.id, ext.id), eq(termExtensions.version, input.version)))
      .returning();
    if (!updated) throw new AppError('VERSION_CONFLICT', { field: 'version' });

    let kase = caseRow;
    if (newEnd !== null && newEnd !== caseRow.termEndExclusive) {
      // The case's termijn is the effective one: every screen and rule that reads it sees the extension.
      const [moved] = await tx.update(cases).set({ termEndExclusive: newEnd, version: caseRow.version + 1, updatedAt: ctx.now }).where(eq(cases.id, caseRow.id)).returning();
      if (!moved) throw new AppError('INTERNAL');
      await recordChange(
        tx,
        ctx.principal,
        { organisationId: ctx.principal.organisation.id, gemeenteId: caseRow.gemeenteId, entityType: 'case', entityId: caseRow.id, action: 'update', changes: { termEndExclusive: { from: caseRow.termEndExclusive, to: newEnd } }, reason: `Verlenging van de termijn toegekend (${groundText.toLowerCase()})` },
        ctx.now,
      );
      kase = moved;
      // The added months get their voortgangsgesprekken too (ADR 0120).
      if (caseRow.termEndExclusive !== null) await extendProgressPlan(tx, ctx, kase, caseRow.termEndExclusive);
    }
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'term_extension',
      entityId: ext.id,
      action: 'update',
      changes: diff(before, after),
      reason: input.motivation,
      event: {
        kind: 'term-extension.decided',
        summary: `Verlenging van de termijn ${input.decision}${newEnd ? `: de termijn loopt nu tot ${formatDutchDate(newEnd)}` : ''}. De brief staat bij de documenten. ${NO_DUO_OPERATION}`,
        occurredOn: input.decidedOn,
        section: 'resultaten',
        data: { extensionId: ext.id, documentId, duoOperation: null },
      },
      operationName: 'decideTermExtension',
    });
    return eindeOverview(kase, await loadEindeState(tx, caseRow.id));
  });
}
