// The steps of intrekken (withdraw-pip.ts): which version may be withdrawn, DUO's D2 rule, the
// besluit as a stored PDF, the version that applies again, and what the case loses.
import { and, eq } from 'drizzle-orm';
import { formatDutchDate, integrationTerm, isAfter, isBefore, languageCode } from '@koers/domain';
import { caseDuoData, cases, pips } from '../../db/schema.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import type { RelatedChange } from '../../case-file/write-traces.ts';
import { todayIn } from '../../case-file/today.ts';
import { caseNumberOf } from '../cases/case.view.ts';
import { renderLetterPdf } from '../../documents/letter-pdf.ts';
import { loadLetterSender } from '../../documents/letter-sender.ts';
import { buildPipWithdrawalLetter } from '../../documents/pip-withdrawal-letter.ts';
import { storeDocument } from '../../documents/store-document.ts';
import { queueDuoMessage } from '../duo/queue-duo-message.ts';
import { courseHoursRegistered } from '../traject/course-hours.ts';
import type { UseCaseContext } from '../context.ts';
import { issuedVersions } from './get-pip-overview.ts';
import { settingsOf, type PipRow } from './pip-support.ts';
import { nextUpdatedAt } from './record-pip-write.ts';
import { withdrawalReasonLabels, type WithdrawPipInput } from './withdraw-pip.types.ts';

/** DUO has set the inburgeringstermijn: it sent us its 'inburgeringstermijn' resource with a start date. */
export async function duoTermSet(tx: Tx, caseId: string): Promise<boolean> {
  const [row] = await tx
    .select({ data: caseDuoData.data })
    .from(caseDuoData)
    .where(and(eq(caseDuoData.caseId, caseId), eq(caseDuoData.resource, 'inburgeringstermijn')));
  const data: unknown = row?.data;
  return typeof data === 'object' && data !== null && 'startdatum' in data && typeof data.startdatum === 'string';
}

/** The version to withdraw: the current vastgesteld one, withdrawn on or after its dagtekening and not in the future. */
export function withdrawableVersion(versions: readonly PipRow[], pipId: string, input: WithdrawPipInput, now: Date): PipRow & { issuedOn: string } {
  const pip = versions.find((v) => v.id === pipId);
  if (!pip) throw new AppError('NOT_FOUND', { message: 'Deze PIP-versie bestaat niet in dit dossier.' });
  const issuedOn = pip.issuedOn;
  if (pip.status !== 'vastgesteld' || issuedOn === null) {
    throw new AppError('STEP_NOT_ALLOWED', { message: 'Alleen de actuele, vastgestelde versie van het PIP kan worden ingetrokken.' });
  }
  if (isAfter(input.withdrawnOn, todayIn(now))) throw new AppError('VALIDATION_FAILED', { field: 'withdrawnOn', message: 'De datum van intrekking mag niet in de toekomst liggen.' });
  if (isBefore(input.withdrawnOn, issuedOn)) {
    throw new AppError('VALIDATION_FAILED', { field: 'withdrawnOn', message: `De datum van intrekking ligt vóór de dagtekening van het PIP (${formatDutchDate(issuedOn)}).` });
  }
  return { ...pip, issuedOn };
}

/**
 * DUO's D2 rule before anything is written: with a BSN the melding is queued now (queueDuoMessage
 * runs the rule and throws DUO_PREVALIDATION_FAILED with DUO's reasons; the transaction then writes nothing).
 */
export async function queueWithdrawal(tx: Tx, ctx: UseCaseContext, caseRow: CaseRow): Promise<void> {
  const precheck = { rule: 'pip-withdrawal' as const, input: { termSet: await duoTermSet(tx, caseRow.id), courseHoursRegistered: await courseHoursRegistered(tx, caseRow.id) } };
  if (caseRow.bsn === null) return;
  await queueDuoMessage(tx, { gemeenteId: caseRow.gemeenteId, caseId: caseRow.id, operation: 'pip.withdraw', payload: { bsn: caseRow.bsn }, precheck, actor: ctx.principal, now: ctx.now });
}

/** The besluit intrekking (with the bezwaar clause), rendered as PDF and stored in the case's documents. */
export async function storeWithdrawalLetter(tx: Tx, ctx: UseCaseContext, caseRow: CaseRow, pip: PipRow & { issuedOn: string }, input: WithdrawPipInput): Promise<string> {
  const settings = await settingsOf(tx, caseRow.gemeenteId, input.withdrawnOn);
  const letter = buildPipWithdrawalLetter({
    kind: pip.kind === 'advies' ? 'advies' : 'beschikking',
    ...(await loadLetterSender(tx, caseRow.gemeenteId)),
    person: { name: `${caseRow.givenNames} ${caseRow.familyName}`, familyName: caseRow.familyName, address: caseRow.address },
    caseNumber: caseNumberOf(caseRow),
    version: pip.version,
    pipIssuedOn: pip.issuedOn,
    withdrawnOn: input.withdrawnOn,
    reasonText: withdrawalReasonLabels[input.reason],
    note: input.note ?? null,
    issuerName: ctx.principal.name,
    objectionPeriodWeeks: settings.objectionPeriodWeeks,
  });
  return storeDocument(
    tx,
    ctx.principal,
    {
      caseId: caseRow.id,
      gemeenteId: caseRow.gemeenteId,
      kind: 'pip-intrekking',
      title: `Intrekking PIP versie ${pip.version} van ${formatDutchDate(input.withdrawnOn)}`,
      mimeType: 'application/pdf',
      content: await renderLetterPdf(letter, languageCode(caseRow.preferredLanguage)),
      letterSummary: letter.summary,
    },
    ctx.now,
  );
}

/** A withdrawn changed PIP makes the version it replaced ('gewijzigd') the current one again; null when there is none. */
export async function reinstateReplaced(tx: Tx, ctx: UseCaseContext, versions: readonly PipRow[], pip: PipRow): Promise<{ replaced: PipRow; history: RelatedChange } | null> {
  const replaced = versions.filter((v) => v.id !== pip.id && v.status === 'gewijzigd').sort((a, b) => b.version - a.version)[0];
  if (!replaced) return null;
  await tx.update(pips).set({ status: 'vastgesteld', updatedAt: nextUpdatedAt(ctx.now, replaced.updatedAt) }).where(eq(pips.id, replaced.id));
  return {
    replaced,
    history: {
      entityType: 'pip',
      entityId: replaced.id,
      action: 'update',
      changes: { status: { from: 'gewijzigd', to: 'vastgesteld' } },
      reason: `PIP versie ${pip.version} ingetrokken: versie ${replaced.version} geldt weer`,
    },
  };
}

/**
 * With no vastgesteld PIP left the case goes back to the 'pip' phase; the termijn Koers derived
 * from the only version ever vastgesteld is cleared (art. 11 lid 2 Wi 2021). Returns the row as
 * written, whether the termijn was cleared, and the case's history row.
 */
export async function withdrawFromCase(
  tx: Tx,
  ctx: UseCaseContext,
  caseRow: CaseRow,
  change: { versions: readonly PipRow[]; pip: PipRow & { issuedOn: string }; reinstated: boolean },
): Promise<{ updated: CaseRow; clearTerm: boolean; history: RelatedChange }> {
  const onlyVersion = issuedVersions(change.versions).length === 1;
  const derivedTerm = integrationTerm({ pipIssuedOn: change.pip.issuedOn }).value;
  const clearTerm = onlyVersion && caseRow.termStart === derivedTerm.start && caseRow.termEndExclusive === derivedTerm.endExclusive;
  const caseChanges: { status?: string; termStart?: null; termEndExclusive?: null } =
    caseRow.closedOn === null && !change.reinstated ? { status: 'pip', ...(clearTerm ? { termStart: null, termEndExclusive: null } : {}) } : {};
  const [updated] = await tx
    .update(cases)
    .set({ ...caseChanges, version: caseRow.version + 1, updatedAt: nextUpdatedAt(ctx.now, caseRow.updatedAt) })
    .where(eq(cases.id, caseRow.id))
    .returning();
  if (!updated) throw new AppError('INTERNAL');
  return {
    updated,
    clearTerm,
    history: {
      entityType: 'case',
      entityId: caseRow.id,
      action: 'update',
      changes: diff({ status: caseRow.status, termStart: caseRow.termStart, termEndExclusive: caseRow.termEndExclusive }, caseChanges),
      reason: `PIP versie ${change.pip.version} ingetrokken`,
    },
  };
}
