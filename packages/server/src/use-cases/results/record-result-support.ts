// The steps of recording a result (record-result.ts): the checks before anything is written, and
// the melding that tells DUO (or the timeline line that says why nothing goes to DUO).
import { validateResultDateForDuo, validateZRouteCompletion, type DuoCheck, type DuoResultInput, type IsoDate } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { addCaseEvent } from '../../case-file/events.ts';
import { AppError } from '../../errors.ts';
import { queueDuoMessage } from '../duo/queue-duo-message.ts';
import type { UseCaseContext } from '../context.ts';
import { duoResultInput, kindLabels, operationFor, type ResultRow, type ResultsState } from './results-support.ts';
import type { ResultKind } from './results.types.ts';

export const verwijtbaar = (c: boolean): 'Ja' | 'Nee' => (c ? 'Ja' : 'Nee');

/** Where a DUO error code belongs in the form. */
const fieldOf = (code: string): string => (code.startsWith('culpable') ? 'culpable' : 'completedOn');

function refuse(check: DuoCheck<string>): never {
  throw new AppError('DUO_PREVALIDATION_FAILED', {
    message: check.explanation.summary,
    details: check.findings.map((f) => ({ field: fieldOf(f.error), message: f.text })),
    extra: { duoErrors: check.errors, explanation: check.explanation },
  });
}

/** What the form gave: a date or (PVT, MAP) 'verwijtbaar', unless an earlier value is withdrawn. */
export function assertResultGiven(kind: ResultKind, date: IsoDate | null, culpable: boolean | null, earlier: ResultRow | null): void {
  if (kind === 'zroute' && culpable !== null) {
    throw new AppError('VALIDATION_FAILED', { field: 'culpable', message: "'Verwijtbaar' hoort niet bij de afronding van de Z-route." });
  }
  if (date === null && culpable === null && (earlier === null || (earlier.completedOn === null && earlier.culpable === null))) {
    throw new AppError('VALIDATION_FAILED', {
      field: 'completedOn',
      message: kind === 'zroute' ? 'Vul de datum afronding Z-route in.' : "Vul een datum in, of geef bij een overschreden termijn 'verwijtbaar' op.",
    });
  }
}

/**
 * The rules before anything is written; returns the input of DUO's D4 check (PVT, MAP) or null.
 * PVT/MAP: queueDuoMessage runs D4 again when it queues; without a BSN it is checked here so the
 * record is right when the BSN comes. Z-route: the completion rules of the rules core.
 */
export function checkedResult(caseRow: CaseRow, state: ResultsState, result: { kind: ResultKind; date: IsoDate | null; culpable: boolean | null; today: IsoDate }): DuoResultInput | null {
  const { kind, date, culpable, today } = result;
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
    return null;
  }
  const precheck = duoResultInput(state, kind, date, culpable, today);
  if (precheck === null && caseRow.bsn !== null) {
    throw new AppError('STEP_NOT_ALLOWED', {
      field: 'completedOn',
      message: 'De inburgeringstermijn is nog niet bekend. DUO verwerkt een resultaat pas als het PIP is vastgesteld en de termijn loopt.',
    });
  }
  if (precheck !== null && caseRow.bsn === null) {
    const check = validateResultDateForDuo(precheck);
    if (!check.accepted) refuse(check);
  }
  return precheck;
}

export interface ResultMelding {
  kind: ResultKind;
  row: ResultRow;
  date: IsoDate | null;
  culpable: boolean | null;
  precheck: DuoResultInput | null;
  /** A result DUO never received is withdrawn: replacing the waiting melding is all there is to do. */
  nothingToWithdraw: boolean;
  today: IsoDate;
}

/** The melding for DUO (PUT: the whole resource), or the timeline line saying why nothing goes to DUO. */
export async function reportResultToDuo(tx: Tx, ctx: UseCaseContext, caseRow: CaseRow, melding: ResultMelding): Promise<void> {
  const { kind, row, date, culpable } = melding;
  const note = (eventKind: string, summary: string) =>
    addCaseEvent(
      tx,
      ctx.principal,
      { caseId: caseRow.id, gemeenteId: caseRow.gemeenteId, kind: eventKind, summary, occurredOn: melding.today, section: 'resultaten', data: { resultId: row.id, operation: operationFor[kind] } },
      ctx.now,
    );
  if (caseRow.bsn === null) {
    await note('duo.bericht.geen-bsn', `De ${kindLabels[kind]} is niet aan DUO gemeld: het BSN is nog niet bekend. Meld het resultaat opnieuw zodra het BSN bekend is.`);
    return;
  }
  if (melding.nothingToWithdraw) {
    await note('duo.bericht.niet-nodig', `De ${kindLabels[kind]} is ingetrokken voordat DUO hem ontving; er gaat niets naar DUO.`);
    return;
  }
  const base = { gemeenteId: caseRow.gemeenteId, caseId: caseRow.id, actor: ctx.principal, now: ctx.now };
  switch (kind) {
    case 'pvt':
    case 'map': {
      if (melding.precheck === null) throw new AppError('INTERNAL');
      const dateField = date === null ? {} : kind === 'pvt' ? { datumOndertekeningPvt: date } : { datumEindgesprekMap: date };
      const culpableField = culpable === null ? {} : { verwijtbaar: verwijtbaar(culpable) };
      await queueDuoMessage(tx, {
        ...base,
        operation: kind === 'pvt' ? 'pvt.result' : 'map.result',
        payload: { bsn: caseRow.bsn, resultaat: { ...dateField, ...culpableField } },
        precheck: { rule: 'result-date', input: melding.precheck },
      });
      return;
    }
    case 'zroute':
      await queueDuoMessage(tx, { ...base, operation: 'zroute.result', payload: { bsn: caseRow.bsn, resultaat: date === null ? {} : { datumAfrondingZroute: date } }, precheck: { rule: 'none' } });
      return;
    default:
      kind satisfies never;
  }
}
