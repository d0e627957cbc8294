/**
 * Record a result DUO must hear about: PVT signed, MAP final interview, Z-route completed (or, for
 * PVT and MAP, that the termijn was exceeded culpably or not). One row per case and kind; an
 * earlier value stays in record_history. The melding (DUO MAP/PVT/Z-route API, PUT: the whole
 * resource is replaced, so leaving a field out withdraws it) is queued in the same transaction.
 */
import { validateResultDateForDuo, validateZRouteCompletion, formatDutchDate, type DuoCheck } from '@koers/domain';
import { caseResults } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff, recordChange } from '../../audit/history.ts';
import { type CaseRow, findOpenCase } from '../../case-file/find-case.ts';
import type { Tx } from '../../db/database.ts';
import { addCaseEvent } from '../../case-file/events.ts';
import { todayIn } from '../../case-file/today.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { refreshSignals } from '../../workqueue/refresh-signals.ts';
import { AppError } from '../../errors.ts';
import { queueDuoMessage } from '../duo/queue-duo-message.ts';
import type { UseCaseContext } from '../context.ts';
import { duoMayHoldResult, duoResultInput, kindLabels, loadResultsState, operationFor } from './results-support.ts';
import { pendingMeldingen, supersedePendingMeldingen } from '../duo/supersede-pending.ts';
import { resultsOverview, type ResultsOverview } from './results.view.ts';
import type { RecordResultInput, ResultKind } from './results.types.ts';

const verwijtbaar = (c: boolean): 'Ja' | 'Nee' => (c ? 'Ja' : 'Nee');

/** Where a DUO error code belongs in the form. */
const fieldOf = (code: string): string => (code.startsWith('culpable') ? 'culpable' : 'completedOn');

function refuse(check: DuoCheck<string>): never {
  throw new AppError('DUO_PREVALIDATION_FAILED', {
    message: check.explanation.summary,
    details: check.findings.map((f) => ({ field: fieldOf(f.error), message: f.text })),
    extra: { duoErrors: check.errors, explanation: check.explanation },
  });
}

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

  if (kind === 'zroute' && culpable !== null) {
    throw new AppError('VALIDATION_FAILED', { field: 'culpable', message: "'Verwijtbaar' hoort niet bij de afronding van de Z-route." });
  }
  if (date === null && culpable === null && (earlier === null || (earlier.completedOn === null && earlier.culpable === null))) {
    throw new AppError('VALIDATION_FAILED', {
      field: 'completedOn',
      message:
        kind === 'zroute'
          ? 'Vul de datum afronding Z-route in.'
          : "Vul een datum in, of geef bij een overschreden termijn 'verwijtbaar' op.",
    });
  }

  // The rules before anything is written. PVT/MAP: DUO's D4 (queueDuoMessage runs it again when
  // it queues; without a BSN it is checked here so the record is right when the BSN comes).
  let resultPrecheck: ReturnType<typeof duoResultInput> = null;
  if (kind === 'zroute') {
    const z = validateZRouteCompletion({ date, today, currentPipRoute: state.currentPip?.route ?? null, termStart: caseRow.termStart });
    if (!z.value.accepted) {
      throw new AppError('VALIDATION_FAILED', {
        field: 'completedOn',
        message: z.explanation.summary,
        details: z.value.errors.map(() => ({ field: 'completedOn', message: z.explanation.summary })),
        extra: { explanation: z.explanation },
      });
    }
  } else {
    resultPrecheck = duoResultInput(state, kind, date, culpable, today);
    if (resultPrecheck === null && caseRow.bsn !== null) {
      throw new AppError('STEP_NOT_ALLOWED', {
        field: 'completedOn',
        message:
          'De inburgeringstermijn is nog niet bekend. DUO verwerkt een resultaat pas als het PIP is vastgesteld en de termijn loopt.',
      });
    }
    if (resultPrecheck !== null && caseRow.bsn === null) {
      const check = validateResultDateForDuo(resultPrecheck);
      if (!check.accepted) refuse(check);
    }
  }

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

  const operation = operationFor[kind];
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
  // Withdrawing a result DUO never received: replacing the waiting melding is all there is to do.
  const nothingToWithdraw =
    date === null && (culpable === null || kind === 'zroute') && pending.length > 0 && !duoMayHoldResult(state.messages, kind);
  if (caseRow.bsn !== null && nothingToWithdraw) {
    await addCaseEvent(
      tx,
      ctx.principal,
      {
        caseId,
        gemeenteId: caseRow.gemeenteId,
        kind: 'duo.bericht.niet-nodig',
        summary: `De ${kindLabels[kind]} is ingetrokken voordat DUO hem ontving; er gaat niets naar DUO.`,
        occurredOn: today,
        section: 'resultaten',
        data: { resultId: row.id, operation },
      },
      ctx.now,
    );
  } else if (caseRow.bsn !== null) {
    const culpableField = culpable === null || kind === 'zroute' ? {} : { verwijtbaar: verwijtbaar(culpable) };
    switch (kind) {
      case 'pvt':
      case 'map': {
        if (resultPrecheck === null) throw new AppError('INTERNAL');
        const dateField = date === null ? {} : kind === 'pvt' ? { datumOndertekeningPvt: date } : { datumEindgesprekMap: date };
        await queueDuoMessage(tx, {
          gemeenteId: caseRow.gemeenteId,
          caseId,
          operation: kind === 'pvt' ? 'pvt.result' : 'map.result',
          payload: { bsn: caseRow.bsn, resultaat: { ...dateField, ...culpableField } },
          precheck: { rule: 'result-date', input: resultPrecheck },
          actor: ctx.principal,
          now: ctx.now,
        });
        break;
      }
      case 'zroute':
        await queueDuoMessage(tx, {
          gemeenteId: caseRow.gemeenteId,
          caseId,
          operation: 'zroute.result',
          payload: { bsn: caseRow.bsn, resultaat: date === null ? {} : { datumAfrondingZroute: date } },
          precheck: { rule: 'none' },
          actor: ctx.principal,
          now: ctx.now,
        });
        break;
      default:
        kind satisfies never;
    }
  } else {
    await addCaseEvent(
      tx,
      ctx.principal,
      {
        caseId,
        gemeenteId: caseRow.gemeenteId,
        kind: 'duo.bericht.geen-bsn',
        summary: `De ${kindLabels[kind]} is niet aan DUO gemeld: het BSN is nog niet bekend. Meld het resultaat opnieuw zodra het BSN bekend is.`,
        occurredOn: today,
        section: 'resultaten',
        data: { resultId: row.id, operation },
      },
      ctx.now,
    );
  }

  const before = earlier ? { completedOn: earlier.completedOn, culpable: earlier.culpable, note: earlier.note } : null;
  await recordChange(
    tx,
    ctx.principal,
    {
      organisationId: ctx.principal.organisation.id,
      gemeenteId: caseRow.gemeenteId,
      entityType: 'case-result',
      entityId: row.id,
      action: earlier ? 'update' : 'create',
      changes: diff(before, values),
      reason: `Resultaat ${kindLabels[kind]}`,
    },
    ctx.now,
  );
  const what =
    date === null
      ? earlier?.completedOn
        ? `Datum ${kindLabels[kind]} ingetrokken`
        : `Geen datum ${kindLabels[kind]}`
      : `Datum ${kindLabels[kind]}: ${formatDutchDate(date)}`;
  const culpableText = culpable === null || kind === 'zroute' ? '' : `, verwijtbaar: ${verwijtbaar(culpable)}`;
  await addCaseEvent(
    tx,
    ctx.principal,
    {
      caseId,
      gemeenteId: caseRow.gemeenteId,
      kind: `resultaat.${kind}`,
      summary: `${what}${culpableText}.`,
      occurredOn: date ?? today,
      section: 'resultaten',
      data: { resultId: row.id, kind, completedOn: date, culpable: values.culpable, operation },
    },
    ctx.now,
  );
  await logProcessed(tx, ctx, 'dossierInburgering', earlier ? 'update' : 'create', 'recordResult', [
    { resourceType: 'case-result', resourceId: row.id, subject: { type: 'case', id: caseRow.id }, gemeenteId: caseRow.gemeenteId },
  ]);
  await refreshSignals(tx, caseRow.id, today);
}
