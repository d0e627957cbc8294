/**
 * Record a result DUO must hear about: PVT signed, MAP final interview, Z-route completed (or, for
 * PVT and MAP, that the termijn was exceeded culpably or not). One row per case and kind; an
 * earlier value stays in record_history. The melding (DUO MAP/PVT/Z-route API, PUT: the whole
 * resource is replaced, so leaving a field out withdraws it) is queued in the same transaction.
 */
import { formatDutchDate } from '@koers/domain';
import { caseResults } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { type CaseRow, findOpenCase } from '../../case-file/find-case.ts';
import type { Tx } from '../../db/database.ts';
import { todayIn } from '../../case-file/today.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { duoMayHoldResult, kindLabels, loadResultsState, operationFor } from './results-support.ts';
import { assertResultGiven, checkedResult, reportResultToDuo, verwijtbaar } from './record-result-support.ts';
import { pendingMeldingen, supersedePendingMeldingen } from '../duo/supersede-pending.ts';
import { resultsOverview, type ResultsOverview } from './results.view.ts';
import type { RecordResultInput, ResultKind } from './results.types.ts';

export async function recordResult(
  ctx: UseCaseContext,
  caseId: string,
  kind: ResultKind,
  input: RecordResultInput,
): Promise<ResultsOverview> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findOpenCase(tx, caseId);
    await applyResult(tx, ctx, caseRow, kind, input);
    return resultsOverview(await loadResultsState(tx, caseRow), ctx.now);
  });
}

/**
 * The result written, its melding queued and its history kept, in the caller's transaction (the
 * case row locked by the caller). The PVT signing and the MAP eindgesprek (use-cases/pvt-map) derive
 * their result through this same path (ADR 0125); there is no second way to DUO.
 */
export async function applyResult(
  tx: Tx,
  ctx: UseCaseContext,
  caseRow: CaseRow,
  kind: ResultKind,
  input: RecordResultInput,
): Promise<void> {
  const caseId = caseRow.id;
  const today = todayIn(ctx.now);
  const loaded = await loadResultsState(tx, caseRow);
  const earlier = loaded.stored.get(kind) ?? null;
  if ((earlier?.version ?? 0) !== input.version) {
    throw new AppError('VERSION_CONFLICT', {
      field: 'version',
      message: 'Dit resultaat is intussen door iemand anders gewijzigd. Laad het opnieuw.',
    });
  }
  // A melding of this result still waiting in the outbox is replaced by this one, not sent first
  // (ADR 0058); DUO's rules judge the correction against what DUO may already hold.
  const pending = caseRow.bsn !== null ? await pendingMeldingen(tx, caseId, operationFor[kind]) : [];
  const replaced = new Set(pending.map((m) => m.id));
  const state = { ...loaded, messages: loaded.messages.filter((m) => !replaced.has(m.id)) };
  const date = input.completedOn;
  const culpable = input.culpable;
  assertResultGiven(kind, date, culpable, earlier);
  const precheck = checkedResult(caseRow, state, { kind, date, culpable, today });

  const values = { completedOn: date, culpable: kind === 'zroute' ? null : culpable, note: input.note ?? null };
  const [row] = await tx
    .insert(caseResults)
    .values({
      gemeenteId: caseRow.gemeenteId,
      caseId,
      kind,
      ...values,
      createdBy: ctx.principal.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .onConflictDoUpdate({
      target: [caseResults.caseId, caseResults.kind],
      set: { ...values, version: input.version + 1, updatedAt: ctx.now },
    })
    .returning();
  if (!row) throw new AppError('INTERNAL');

  if (pending.length > 0) {
    await supersedePendingMeldingen(tx, {
      caseId,
      gemeenteId: caseRow.gemeenteId,
      organisationId: ctx.principal.organisation.id,
      rows: pending,
      actor: ctx.principal,
      now: ctx.now,
      reason: `Correctie ${kindLabels[kind]} vóór verzending`,
      section: 'resultaten',
    });
  }
  const nothingToWithdraw = date === null && values.culpable === null && pending.length > 0 && !duoMayHoldResult(state.messages, kind);
  await reportResultToDuo(tx, ctx, caseRow, { kind, row, date, culpable: values.culpable, precheck, nothingToWithdraw, today });

  const before = earlier ? { completedOn: earlier.completedOn, culpable: earlier.culpable, note: earlier.note } : null;
  const what =
    date === null
      ? earlier?.completedOn
        ? `Datum ${kindLabels[kind]} ingetrokken`
        : `Geen datum ${kindLabels[kind]}`
      : `Datum ${kindLabels[kind]}: ${formatDutchDate(date)}`;
  const culpableText = values.culpable === null ? '' : `, verwijtbaar: ${verwijtbaar(values.culpable)}`;
  await recordCaseWriteTraces(tx, ctx, caseRow, {
    entityType: 'case-result',
    entityId: row.id,
    action: earlier ? 'update' : 'create',
    changes: diff(before, values),
    reason: `Resultaat ${kindLabels[kind]}`,
    event: {
      kind: `resultaat.${kind}`,
      summary: `${what}${culpableText}.`,
      occurredOn: date ?? today,
      section: 'resultaten',
      data: { resultId: row.id, kind, completedOn: date, culpable: values.culpable, operation: operationFor[kind] },
    },
    operationName: 'recordResult',
  });
}
