// Closing a case by hand (issue 12): the pure rule decides (@koers/domain closeCase); this writes the
// closure, its history, timeline and processing log in one transaction, stops the werkvoorraad items
// (refreshSignals: a closed case has none), and for a move records where the person went, links the
// new gemeente's case when it is in this installation and stores the overdrachtsdossier (PDF + JSON).
// Nothing goes to DUO: the M2M koppelvlak has no melding for it (DUO ends the duty itself).
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { closeCase, closeFollowUps, closeReasonLabel, formatDutchDate, type CloseFollowUp, type CloseRefusal } from '@koers/domain';
import { explanation } from '../../contract/view-fields.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { caseLinks, cases, gemeentenInScope, pips } from '../../db/schema.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { findCase, type CaseRow } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { storeDocument } from '../../documents/store-document.ts';
import { renderHandoverDossierPdf } from '../../documents/handover-dossier.ts';
import type { UseCaseContext } from '../context.ts';
import { caseView, caseViewSchema, historyFields } from '../cases/case.view.ts';
import type { CloseCaseInput } from './case-closing.types.ts';
import { buildHandoverExport } from './handover-export.ts';
import { linkMoves } from './link-moves.ts';
import { assertDutyMet } from '../einde/assert-duty-met.ts';

export const followUpViewSchema = z.object({ code: z.enum(closeFollowUps), text: z.string() });
export type FollowUpView = z.output<typeof followUpViewSchema>;

export const closeCaseResultSchema = z
  .object({
    case: caseViewSchema,
    followUps: z.array(followUpViewSchema),
    explanation,
    /** Verhuisd: the stored overdrachtsdossier (PDF) and export (JSON). */
    handover: z.object({ pdfDocumentId: z.string(), exportDocumentId: z.string(), linkedInInstallation: z.boolean() }).nullable(),
  })
  .meta({ id: 'DossierGesloten' });
export type CloseCaseResult = z.output<typeof closeCaseResultSchema>;

export const followUpText: Record<CloseFollowUp, string> = {
  'withdraw-pip-verhuizing': 'Er is een vastgesteld PIP: trek het in met reden ‘verhuisd naar een andere gemeente’ (onderdeel PIP). DUO krijgt de intrekking als melding.',
  'handover-on-request': 'Het overdrachtsdossier (PDF en export) staat bij de documenten. Verstrek het op verzoek aan de nieuwe gemeente (art. 35 lid 4 Wet inburgering 2021).',
  'retention-deceased': 'Persoonsgegevens worden verwijderd als de betrokkene is overleden (art. 9.9 lid 1 onder b Besluit inburgering 2021): de opschoning rekent vanaf de datum van afsluiten.',
  'check-duo-duty-ended': 'DUO beëindigt de inburgeringsplicht zelf; controleer bij de DUO-gegevens dat DUO dit heeft gemeld.',
};

const refusals: Record<CloseRefusal, () => AppError> = {
  'already-closed': () => new AppError('STEP_NOT_ALLOWED', { field: 'reason', message: 'Het dossier is al gesloten. Heropen het eerst als u de reden wilt wijzigen.' }),
  'unknown-status': () => new AppError('STEP_NOT_ALLOWED', { field: 'reason', message: 'Dit dossier heeft een status waarin het niet met de hand kan worden gesloten.' }),
  'date-in-future': () => new AppError('VALIDATION_FAILED', { field: 'effectiveOn', message: 'Datum: de datum van afsluiten mag niet in de toekomst liggen.' }),
  'date-before-registration': () => new AppError('VALIDATION_FAILED', { field: 'effectiveOn', message: 'Datum: de datum van afsluiten ligt vóór de registratie van het dossier.' }),
};

/**
 * The earliest day a case can have been closed on: its registration, or what stands in for it. Not
 * the day the row was created: an imported case may have ended before it came into Koers.
 */
const registeredOnOf = (c: CaseRow): string => c.registeredOn ?? c.linkedOn ?? c.dutyStartOn ?? '1900-01-01';

export async function closeCaseByHand(ctx: UseCaseContext, caseId: string, input: CloseCaseInput): Promise<CloseCaseResult> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const before = await findCase(tx, caseId, { forUpdate: true });
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    const today = todayIn(ctx.now);
    const [currentPip] = await tx.select({ id: pips.id }).from(pips).where(and(eq(pips.caseId, caseId), eq(pips.status, 'vastgesteld'))).limit(1);
    const decision = closeCase({ status: before.status, reason: input.reason, effectiveOn: input.effectiveOn, today, hasCurrentPip: currentPip !== undefined, registeredOn: registeredOnOf(before) });
    if (!decision.value.ok) throw refusals[decision.value.refusal]();
    if (input.reason === 'plicht-voldaan') await assertDutyMet(tx, caseId);
    const [own] = await tx.select({ code: gemeentenInScope.code, name: gemeentenInScope.name }).from(gemeentenInScope).where(eq(gemeentenInScope.id, before.gemeenteId));
    if (!own) throw new AppError('NOT_FOUND');
    const movedTo = input.movedTo ?? null;
    if (movedTo && movedTo.code === own.code) throw new AppError('VALIDATION_FAILED', { field: 'movedTo.code', message: 'Nieuwe gemeente: dat is de gemeente van dit dossier; kies de gemeente waarnaar de persoon is verhuisd.' });

    const label = closeReasonLabel[input.reason];
    const closedReason = movedTo ? `${label}: ${movedTo.name}` : label;
    const [after] = await tx
      .update(cases)
      .set({ status: 'gesloten', closedOn: input.effectiveOn, closedReason, closedReasonCode: input.reason, statusBeforeClose: before.status, version: before.version + 1, updatedAt: ctx.now })
      .where(and(eq(cases.id, caseId), eq(cases.version, input.version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });

    const followUps = decision.value.followUps.map((code) => ({ code, text: followUpText[code] }));
    const note = input.note ?? null;
    await recordCaseWriteTraces(tx, ctx, after, {
      entityType: 'case',
      entityId: after.id,
      action: 'update',
      changes: diff(historyFields(before), historyFields(after)),
      reason: note ? `${closedReason} — ${note}` : closedReason,
      event: {
        kind: 'case.closed',
        summary: `Dossier gesloten per ${formatDutchDate(input.effectiveOn)}: ${closedReason.toLowerCase()}.${note ? ` ${note}` : ''}${followUps.length ? ` ${followUps.map((f) => f.text).join(' ')}` : ''}`.slice(0, 2000),
        occurredOn: input.effectiveOn,
        section: 'overzicht',
        data: { reason: input.reason, previousStatus: before.status, followUps: decision.value.followUps, ...(movedTo ? { movedTo: movedTo.code } : {}) },
      },
      operationName: 'closeCase',
    });

    const handover = movedTo ? await recordMove(tx, ctx, after, own, movedTo, input.effectiveOn) : null;
    return { case: caseView(after, ctx.principal), followUps, explanation: decision.explanation, handover };
  });
}

/** The move: where the person went, the link when the new gemeente is in this installation, and the overdrachtsdossier. */
async function recordMove(tx: Tx, ctx: UseCaseContext, c: CaseRow, own: { code: string; name: string }, to: { code: string; name: string }, movedOn: string): Promise<NonNullable<CloseCaseResult['handover']>> {
  await tx.insert(caseLinks).values({ caseId: c.id, gemeenteId: c.gemeenteId, kind: 'verhuisd-naar', otherGemeenteCode: to.code, otherGemeenteName: to.name, movedOn, createdBy: ctx.principal.userId, createdAt: ctx.now });
  const linked = await linkMoves(tx, c.id, ctx.now);
  const exported = await buildHandoverExport(tx, c, { from: own, to, movedOn }, ctx.now);
  const base = `Overdrachtsdossier ${c.givenNames} ${c.familyName} (${formatDutchDate(movedOn)})`;
  const pdfDocumentId = await storeDocument(tx, ctx.principal, { caseId: c.id, gemeenteId: c.gemeenteId, kind: 'overdrachtsdossier', title: base, mimeType: 'application/pdf', content: await renderHandoverDossierPdf(exported) }, ctx.now);
  const exportDocumentId = await storeDocument(tx, ctx.principal, { caseId: c.id, gemeenteId: c.gemeenteId, kind: 'overdracht-export', title: `${base} (export)`, mimeType: 'application/json', content: Buffer.from(JSON.stringify(exported, null, 2)) }, ctx.now);
  return { pdfDocumentId, exportDocumentId, linkedInInstallation: linked > 0 };
}
