import { learningRoutes, type IsoDate } from '@koers/domain';
import { z } from 'zod';
import { todayIn } from '../../case-file/today.ts';
import { culpabilityOn, kindLabels, operationFor, type ResultsState } from './results-support.ts';
import { resultKinds } from './results.types.ts';

/** What the D4 rule says about 'verwijtbaar' on a date (PVT and MAP). */
export const culpabilityViewSchema = z
  .object({
    /** The date judged: the date entered, or today. */
    on: z.string(),
    /** 'Verwijtbaar (Ja/Nee)' must be sent. */
    required: z.boolean(),
    /** 'Verwijtbaar' may be sent at all. */
    allowed: z.boolean(),
    /** 'Nee' is allowed (only within two months after the end of the termijn). */
    noAllowed: z.boolean(),
    /** Dutch, from the rules core. */
    explanation: z.string(),
  })
  .meta({ id: 'Verwijtbaarheid' });
export type CulpabilityView = z.output<typeof culpabilityViewSchema>;

export const resultDuoStatusSchema = z.object({
  messageId: z.string(),
  berichtId: z.string(),
  /** Outbox status: wachtend, verzenden, bevestigd, afgewezen, fout, opnieuw-aangeboden. */
  status: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type ResultDuoStatus = z.output<typeof resultDuoStatusSchema>;

/** A PVT, MAP or Z-route result of a case as the API answers it: the results overview and the case's PVT/MAP part name it the same way. */
export const resultViewSchema = z.object({
  kind: z.enum(resultKinds),
  label: z.string(),
  completedOn: z.string().nullable(),
  culpable: z.boolean().nullable(),
  note: z.string().nullable(),
  /** Optimistic locking: 0 while never recorded. */
  version: z.number().describe('0 voor een resultaat dat nog nooit is vastgelegd'),
  updatedAt: z.string().nullable(),
  /** The latest message to DUO for this result. */
  duo: resultDuoStatusSchema.nullable(),
  /** PVT and MAP: what the D4 rule says about 'verwijtbaar' (null: Z-route, or termijn unknown). */
  culpability: culpabilityViewSchema.nullable(),
});
export type ResultView = z.output<typeof resultViewSchema>;

export const resultsOverviewSchema = z
  .object({
    caseId: z.string(),
    bsnKnown: z.boolean(),
    term: z.object({ start: z.string(), endExclusive: z.string() }).nullable(),
    hasCurrentPip: z.boolean(),
    currentPipRoute: z.enum(learningRoutes).nullable(),
    results: z.array(resultViewSchema),
  })
  .meta({ id: 'Resultaten' });
export type ResultsOverview = z.output<typeof resultsOverviewSchema>;

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
