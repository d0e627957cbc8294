import type { IsoDate, LearningRoute } from '@koers/domain';
import { todayIn } from '../../case-file/today.ts';
import { culpabilityOn, kindLabels, operationFor, type CulpabilityView, type ResultsState } from './results-support.ts';
import { resultKinds, type ResultKind } from './results.types.ts';

export interface ResultDuoStatus {
  messageId: string;
  berichtId: string;
  /** Outbox status: wachtend, verzenden, bevestigd, afgewezen, fout, opnieuw-aangeboden. */
  status: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface ResultView {
  kind: ResultKind;
  label: string;
  completedOn: IsoDate | null;
  culpable: boolean | null;
  note: string | null;
  /** Optimistic locking: 0 while never recorded. */
  version: number;
  updatedAt: string | null;
  /** The latest message to DUO for this result. */
  duo: ResultDuoStatus | null;
  /** PVT and MAP: what the D4 rule says about 'verwijtbaar' (null: Z-route, or termijn unknown). */
  culpability: CulpabilityView | null;
}

export interface ResultsOverview {
  caseId: string;
  bsnKnown: boolean;
  term: { start: IsoDate; endExclusive: IsoDate } | null;
  hasCurrentPip: boolean;
  currentPipRoute: LearningRoute | null;
  results: ResultView[];
}

export function resultsOverview(state: ResultsState, now: Date, on?: IsoDate): ResultsOverview {
  const { caseRow } = state;
  const judgedOn = on ?? todayIn(now);
  return {
    caseId: caseRow.id,
    bsnKnown: caseRow.bsn !== null,
    term: caseRow.termStart && caseRow.termEndExclusive ? { start: caseRow.termStart, endExclusive: caseRow.termEndExclusive } : null,
    hasCurrentPip: state.currentPip !== null,
    currentPipRoute: state.currentPip?.route ?? null,
    results: resultKinds.map((kind) => {
      const row = state.stored.get(kind);
      const m = state.messages.find((x) => x.operation === operationFor[kind]);
      return {
        kind,
        label: kindLabels[kind],
        completedOn: row?.completedOn ?? null,
        culpable: row?.culpable ?? null,
        note: row?.note ?? null,
        version: row?.version ?? 0,
        updatedAt: row?.updatedAt.toISOString() ?? null,
        duo: m
          ? { messageId: m.id, berichtId: m.berichtId, status: m.status, lastError: m.lastError, createdAt: m.createdAt.toISOString(), sentAt: m.sentAt?.toISOString() ?? null }
          : null,
        culpability: kind === 'zroute' ? null : culpabilityOn(caseRow.termStart, caseRow.termEndExclusive, judgedOn),
      };
    }),
  };
}
