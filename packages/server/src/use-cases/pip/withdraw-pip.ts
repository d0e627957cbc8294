/**
 * Intrekken: the current vastgesteld PIP version is withdrawn. DUO's D2 rule runs first (DUO
 * removes a PIP only while it has not set the inburgeringstermijn and no course hours are
 * registered for the current aanbod); when DUO would refuse, nothing changes. Otherwise: the
 * version's status becomes 'ingetrokken' (its content stays immutable, migration 0003), a
 * pip_withdrawals row, a letter (besluit intrekking, with the bezwaar clause), history, timeline,
 * the case consequences below, and the melding 'pip.withdraw' for DUO. The case row is read once
 * (locked) and passed on; every history row goes through `recordPipWrite`.
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
import { eq } from 'drizzle-orm';
import { formatDutchDate } from '@koers/domain';
import { pipWithdrawals, pips } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { AppError } from '../../errors.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { addCaseEvent } from '../../case-file/events.ts';
import type { UseCaseContext } from '../context.ts';
import { loadVersions } from './get-pip-overview.ts';
import { nextUpdatedAt, recordPipWrite } from './record-pip-write.ts';
import { replanProgressMeetings } from '../voortgang/plan-progress.ts';
import { pipView, type PipView } from './pip.view.ts';
import { withdrawalReasonLabels, type WithdrawPipInput } from './withdraw-pip.types.ts';
import { queueWithdrawal, reinstateReplaced, storeWithdrawalLetter, withdrawableVersion, withdrawFromCase } from './withdraw-pip-support.ts';

export async function withdrawPip(ctx: UseCaseContext, caseId: string, pipId: string, input: WithdrawPipInput): Promise<PipView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findOpenCase(tx, caseId);
    const versions = await loadVersions(tx, caseId);
    const pip = withdrawableVersion(versions, pipId, input, ctx.now);
    // D2 first, before anything is written.
    await queueWithdrawal(tx, ctx, caseRow);

    const reasonText = withdrawalReasonLabels[input.reason];
    const note = input.note ?? null;
    const documentId = await storeWithdrawalLetter(tx, ctx, caseRow, pip, input);
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
    const reinstated = await reinstateReplaced(tx, ctx, versions, pip);
    const replaced = reinstated?.replaced;
    const { updated, clearTerm, history: caseHistory } = await withdrawFromCase(tx, ctx, caseRow, { versions, pip, reinstated: reinstated !== null });
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
    await replanProgressMeetings(tx, ctx, updated);
    await recordPipWrite(tx, ctx, updated, {
      entityType: 'pip',
      entityId: pip.id,
      action: 'update',
      changes: { status: { from: pip.status, to: 'ingetrokken' } },
      reason: `Ingetrokken: ${reasonText}`,
      related: [
        ...(reinstated ? [reinstated.history] : []),
        caseHistory,
        { entityType: 'pip-withdrawal', entityId: withdrawal.id, action: 'create', changes: diff(null, { pipId: pip.id, withdrawnOn: input.withdrawnOn, reason: input.reason, note, documentId }) },
      ],
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
