import { eq } from 'drizzle-orm';
import { integrationTerm, routeLabel, formatDutchDate } from '@koers/domain';
import { cases } from '../../db/schema.ts';
import type { Tx } from '../../db/database.ts';
import { inScope } from '../../db/scope.ts';
import { AppError } from '../../errors.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff, type FieldChanges } from '../../audit/history.ts';
import { findOpenCase, type CaseRow } from '../../case-file/find-case.ts';
import { assertStepAllowed } from '../ondertussengroep/ondertussengroep-support.ts';
import type { UseCaseContext } from '../context.ts';
import type { IssueInput } from './pip.types.ts';
import { kindFor, latestAdvice, storedMotivation } from './pip-support.ts';
import { pipHistoryFields } from './draft-fields.ts';
import { issuedVersions, loadVersions } from './get-pip-overview.ts';
import { lockedDraft } from './update-draft.ts';
import { nextUpdatedAt, recordPipWrite } from './record-pip-write.ts';
import { replanProgressMeetings } from '../voortgang/plan-progress.ts';
import { pipView, type PipView } from './pip.view.ts';
import { acceptedDraft, assertRouteChangeAllowed, checkedIssuedOn, markIssued, reportIssueToDuo, storeIssuedLetter, type Term } from './issue-pip-support.ts';

/**
 * Vaststellen: the concept becomes an immutable version with a dagtekening, a Dutch PDF
 * (beschikking or advies), the termijn on the case (first PIP only) and a message for DUO.
 * The case row is read once (locked) and passed on; every trace goes through `recordPipWrite`.
 */
export async function issuePip(ctx: UseCaseContext, caseId: string, pipId: string, input: IssueInput): Promise<PipView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findOpenCase(tx, caseId);
    // art. 54 lid 1 Wi2021: the ondertussengroep (Wi2013) has no PIP (ADR 0109).
    assertStepAllowed(caseRow, 'pip');
    const draft = await lockedDraft(tx, caseId, pipId, input.updatedAt);
    const issuedOn = checkedIssuedOn(input.issuedOn, ctx.now);
    const versions = await loadVersions(tx, caseId);
    const context = { caseRow, versions, advice: await latestAdvice(tx, caseId) };
    const { validation, route } = acceptedDraft(context, draft, issuedOn);
    const issued = issuedVersions(versions);
    const current = issued.find((v) => v.status === 'vastgesteld') ?? null;
    const first = issued.length === 0;
    assertRouteChangeAllowed(caseRow, current, route, storedMotivation(draft.motivation), issuedOn);

    const kind = kindFor(caseRow.targetGroup);
    const term = caseRow.termStart === null ? integrationTerm({ pipIssuedOn: issuedOn }).value : null;
    const documentId = await storeIssuedLetter(tx, ctx, { caseRow, draft, versions, kind, route, issuedOn, term });
    const after = await markIssued(tx, ctx, { draft, current, kind, issuedOn, documentId, validation });
    const { updated, changes } = await startPipPhase(tx, ctx, caseRow, term);
    const operation = first ? 'pip.register' : 'pip.change';
    await reportIssueToDuo(tx, ctx, context, { draft, after, route, issuedOn, operation });
    // The voortgangsgesprekken follow the PIP in force (ADR 0120), before the signals are recomputed.
    await replanProgressMeetings(tx, ctx, updated);
    await recordPipWrite(tx, ctx, updated, {
      entityType: 'pip',
      entityId: after.id,
      action: 'update',
      changes: diff(pipHistoryFields(draft), pipHistoryFields(after)),
      related: [{ entityType: 'case', entityId: caseRow.id, action: 'update', changes, reason: `PIP versie ${after.version} vastgesteld` }],
      event: {
        kind: 'pip.vastgesteld',
        occurredOn: issuedOn,
        summary: `PIP versie ${after.version} vastgesteld als ${kind} (${routeLabel(route)}), dagtekening ${formatDutchDate(issuedOn)}.${term ? ` Inburgeringstermijn ${formatDutchDate(term.start)} tot ${formatDutchDate(term.endExclusive)}.` : ''} Document gemaakt en klaargezet voor DUO.`,
        data: { pipId: after.id, version: after.version, documentId, kind, route, issuedOn, first, operation },
      },
      operationName: 'issuePip',
    });
    return pipView(after);
  });
}

/** The case enters the phase 'pip-vastgesteld' and, with its first PIP, gets its termijn; returns the row as written. */
async function startPipPhase(tx: Tx, ctx: UseCaseContext, caseRow: CaseRow, term: Term | null): Promise<{ updated: CaseRow; changes: FieldChanges }> {
  const caseChanges = {
    status: 'pip-vastgesteld',
    ...(term ? { termStart: term.start, termEndExclusive: term.endExclusive } : {}),
  };
  const applied = caseRow.closedOn === null ? caseChanges : {};
  const [updated] = await tx
    .update(cases)
    .set({ ...applied, version: caseRow.version + 1, updatedAt: nextUpdatedAt(ctx.now, caseRow.updatedAt) })
    .where(eq(cases.id, caseRow.id))
    .returning();
  if (!updated) throw new AppError('INTERNAL');
  return { updated, changes: diff({ status: caseRow.status, termStart: caseRow.termStart, termEndExclusive: caseRow.termEndExclusive }, applied) };
}
