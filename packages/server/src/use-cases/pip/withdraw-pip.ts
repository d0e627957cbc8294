/**
 * Intrekken: the current vastgesteld PIP version is withdrawn. DUO's D2 rule runs first (DUO
 * removes a PIP only while it has not set the inburgeringstermijn and no course hours are
 * registered for the current aanbod); when DUO would refuse, nothing changes. Otherwise: the
 * version's status becomes 'ingetrokken' (its content stays immutable, migration 0003), a
 * pip_withdrawals row, a letter (besluit intrekking, with the bezwaar clause), history, timeline,
 * the case consequences below, and the melding 'pip.withdraw' for DUO.
 *
 * "Termijn set" (D2) means DUO's own termijn: the 'inburgeringstermijn' resource DUO sent us
 * (case_duo_data), not cases.term_*, which Koers also fills itself from the first PIP's dagtekening.
 *
 * Case consequences (choice): a withdrawn changed PIP makes the version it replaced ('gewijzigd')
 * the current one again — as at DUO, where after the DELETE the earlier PIP is current — and the
 * case keeps its PIP. With no vastgesteld PIP left the case goes back to the 'pip' phase (a new PIP
 * is needed unless the duty ends; closing a case is DUO's notification or its own step).
 * When the withdrawn version was the only one ever vastgesteld, the termijn Koers derived from its
 * dagtekening is cleared: a withdrawn first PIP does not start the termijn (art. 11 lid 2 Wi 2021;
 * DUO has not set one, D2), and the next first PIP sets it again. Otherwise the termijn stays.
 */
import { and, eq } from 'drizzle-orm';
import { formatDutchDate, languageCode, integrationTerm, isAfter, isBefore } from '@koers/domain';
import { caseDuoData, cases, pipWithdrawals, pips } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { AppError } from '../../errors.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff, recordChange } from '../../audit/history.ts';
import { findCase, findOpenCase } from '../../case-file/find-case.ts';
import { caseNumberOf } from '../case.view.ts';
import { addCaseEvent } from '../../case-file/events.ts';
import { todayIn } from '../../case-file/today.ts';
import { renderLetterPdf } from '../../documents/letter-pdf.ts';
import { loadLetterSender } from '../../documents/letter-sender.ts';
import { buildPipWithdrawalLetter } from '../../documents/pip-withdrawal-letter.ts';
import { storeDocument } from '../../documents/store-document.ts';
import type { Tx } from '../../db/database.ts';
import { queueDuoMessage } from '../duo/queue-duo-message.ts';
import { courseHoursRegistered } from '../traject/course-hours.ts';
import type { UseCaseContext } from '../context.ts';
import { issuedVersions, loadVersions } from './get-pip-overview.ts';
import { settingsOf } from './pip-support.ts';
import { nextUpdatedAt, recordPipWrite } from './record-pip-write.ts';
import { replanProgressMeetings } from '../voortgang/plan-progress.ts';
import { pipView, type PipView } from './pip.view.ts';
import { withdrawalReasonLabels, type WithdrawPipInput } from './withdraw-pip.types.ts';

/** DUO has set the inburgeringstermijn: it sent us its 'inburgeringstermijn' resource with a start date. */
export async function duoTermSet(tx: Tx, caseId: string): Promise<boolean> {
  const [row] = await tx
    .select({ data: caseDuoData.data })
    .from(caseDuoData)
    .where(and(eq(caseDuoData.caseId, caseId), eq(caseDuoData.resource, 'inburgeringstermijn')));
  const data = row?.data;
  return typeof data === 'object' && data !== null && typeof (data as { startdatum?: unknown }).startdatum === 'string';
}

export async function withdrawPip(ctx: UseCaseContext, caseId: string, pipId: string, input: WithdrawPipInput): Promise<PipView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findOpenCase(tx, caseId);
    const today = todayIn(ctx.now);
    const versions = await loadVersions(tx, caseId);
    const pip = versions.find((v) => v.id === pipId);
    if (!pip) throw new AppError('NOT_FOUND', { message: 'Deze PIP-versie bestaat niet in dit dossier.' });
    if (pip.status !== 'vastgesteld' || pip.issuedOn === null) {
      throw new AppError('STEP_NOT_ALLOWED', { message: 'Alleen de actuele, vastgestelde versie van het PIP kan worden ingetrokken.' });
    }
    if (isAfter(input.withdrawnOn, today)) throw new AppError('VALIDATION_FAILED', { field: 'withdrawnOn', message: 'De datum van intrekking mag niet in de toekomst liggen.' });
    if (isBefore(input.withdrawnOn, pip.issuedOn)) {
      throw new AppError('VALIDATION_FAILED', { field: 'withdrawnOn', message: `De datum van intrekking ligt vóór de dagtekening van het PIP (${formatDutchDate(pip.issuedOn)}).` });
    }

    // D2 first, before anything is written (queueDuoMessage runs the same rule again when it queues).
    const precheck = { rule: 'pip-withdrawal' as const, input: { termSet: await duoTermSet(tx, caseId), courseHoursRegistered: await courseHoursRegistered(tx, caseId) } };
    if (caseRow.bsn !== null) {
      // Throws DUO_PREVALIDATION_FAILED with DUO's reasons; the transaction then writes nothing.
      await queueDuoMessage(tx, { gemeenteId: caseRow.gemeenteId, caseId, operation: 'pip.withdraw', payload: { bsn: caseRow.bsn }, precheck, actor: ctx.principal, now: ctx.now });
    }

    const reasonText = withdrawalReasonLabels[input.reason];
    const note = input.note ?? null;
    const settings = await settingsOf(tx, caseRow.gemeenteId, input.withdrawnOn);
    const letter = buildPipWithdrawalLetter({
      kind: pip.kind === 'advies' ? 'advies' : 'beschikking',
      ...(await loadLetterSender(tx, caseRow.gemeenteId)),
      person: { name: `${caseRow.givenNames} ${caseRow.familyName}`, familyName: caseRow.familyName, address: caseRow.address },
      caseNumber: caseNumberOf(caseRow),
      version: pip.version,
      pipIssuedOn: pip.issuedOn,
      withdrawnOn: input.withdrawnOn,
      reasonText,
      note,
      issuerName: ctx.principal.name,
      objectionPeriodWeeks: settings.objectionPeriodWeeks,
    });
    const documentId = await storeDocument(
      tx,
      ctx.principal,
      {
        caseId,
        gemeenteId: caseRow.gemeenteId,
        kind: 'pip-intrekking',
        title: `Intrekking PIP versie ${pip.version} van ${formatDutchDate(input.withdrawnOn)}`,
        mimeType: 'application/pdf',
        content: await renderLetterPdf(letter, languageCode(caseRow.preferredLanguage)),
        letterSummary: letter.summary,
      },
      ctx.now,
    );

    const [after] = await tx
      .update(pips)
      .set({ status: 'ingetrokken', updatedAt: nextUpdatedAt(ctx.now, pip.updatedAt) })
      .where(eq(pips.id, pip.id))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    const [withdrawal] = await tx
      .insert(pipWithdrawals)
      .values({ gemeenteId: caseRow.gemeenteId, caseId, pipId: pip.id, withdrawnOn: input.withdrawnOn, reason: input.reason, note, documentId, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!withdrawal) throw new AppError('INTERNAL');

    // Case consequences (see the header comment).
    const replaced = versions.filter((v) => v.id !== pip.id && v.status === 'gewijzigd').sort((a, b) => b.version - a.version)[0];
    if (replaced) {
      await tx.update(pips).set({ status: 'vastgesteld', updatedAt: nextUpdatedAt(ctx.now, replaced.updatedAt) }).where(eq(pips.id, replaced.id));
      await recordChange(
        tx,
        ctx.principal,
        {
          organisationId: ctx.principal.organisation.id,
          gemeenteId: caseRow.gemeenteId,
          entityType: 'pip',
          entityId: replaced.id,
          action: 'update',
          changes: { status: { from: 'gewijzigd', to: 'vastgesteld' } },
          reason: `PIP versie ${pip.version} ingetrokken: versie ${replaced.version} geldt weer`,
        },
        ctx.now,
      );
    }
    const onlyVersion = issuedVersions(versions).length === 1;
    const derivedTerm = integrationTerm({ pipIssuedOn: pip.issuedOn }).value;
    const clearTerm = onlyVersion && caseRow.termStart === derivedTerm.start && caseRow.termEndExclusive === derivedTerm.endExclusive;
    const caseChanges: { status?: string; termStart?: null; termEndExclusive?: null } =
      caseRow.closedOn === null && !replaced ? { status: 'pip', ...(clearTerm ? { termStart: null, termEndExclusive: null } : {}) } : {};
    await tx
      .update(cases)
      .set({ ...caseChanges, version: caseRow.version + 1, updatedAt: nextUpdatedAt(ctx.now, caseRow.updatedAt) })
      .where(eq(cases.id, caseId));
    await recordChange(
      tx,
      ctx.principal,
      {
        organisationId: ctx.principal.organisation.id,
        gemeenteId: caseRow.gemeenteId,
        entityType: 'case',
        entityId: caseRow.id,
        action: 'update',
        changes: diff({ status: caseRow.status, termStart: caseRow.termStart, termEndExclusive: caseRow.termEndExclusive }, caseChanges),
        reason: `PIP versie ${pip.version} ingetrokken`,
      },
      ctx.now,
    );
    await recordChange(
      tx,
      ctx.principal,
      {
        organisationId: ctx.principal.organisation.id,
        gemeenteId: caseRow.gemeenteId,
        entityType: 'pip-withdrawal',
        entityId: withdrawal.id,
        action: 'create',
        changes: diff(null, { pipId: pip.id, withdrawnOn: input.withdrawnOn, reason: input.reason, note, documentId }),
      },
      ctx.now,
    );
    if (caseRow.bsn === null) {
      await addCaseEvent(
        tx,
        ctx.principal,
        {
          caseId,
          gemeenteId: caseRow.gemeenteId,
          kind: 'duo.bericht.geen-bsn',
          summary: 'De intrekking van het PIP is niet aan DUO gemeld: het BSN is nog niet bekend.',
          occurredOn: input.withdrawnOn,
          section: 'pip',
          data: { pipId: pip.id, operation: 'pip.withdraw' },
        },
        ctx.now,
      );
    }
    // The voortgangsgesprekken follow the PIP in force (ADR 0120), before the signals are recomputed.
    await replanProgressMeetings(tx, ctx, await findCase(tx, caseId));
    await recordPipWrite(tx, ctx, caseRow, {
      entityType: 'pip',
      entityId: pip.id,
      action: 'update',
      changes: { status: { from: pip.status, to: 'ingetrokken' } },
      reason: `Ingetrokken: ${reasonText}`,
      event: {
        kind: 'pip.ingetrokken',
        occurredOn: input.withdrawnOn,
        summary: `PIP versie ${pip.version} ingetrokken per ${formatDutchDate(input.withdrawnOn)}: ${reasonText}.${replaced ? ` Versie ${replaced.version} is weer het geldende PIP.` : ''}${clearTerm ? ' De inburgeringstermijn van dit PIP vervalt.' : ''} Besluit gemaakt${caseRow.bsn ? ' en intrekking klaargezet voor DUO' : ''}.`,
        data: { pipId: pip.id, version: pip.version, withdrawalId: withdrawal.id, documentId, reason: input.reason, operation: 'pip.withdraw', currentAgainPipId: replaced?.id ?? null },
      },
      operationName: 'withdrawPip',
    });
    return pipView(after, withdrawal);
  });
}
