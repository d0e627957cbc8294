// IJkmomenten of financieel ontzorgen (seed 002 §4.3; months are the gemeente setting reliefCheckpointsMonths).
import type { IsoDate } from '../rules/dates.ts';
import { reliefCheckpoints } from '../rules/relief.ts';
import { addMonthsToMonth, monthAtOrAfter, type IsoMonth, type ReliefAgreement } from './agreement.ts';

export const checkpointOutcomes = ['verlengen', 'afbouwen', 'opschalen', 'teruggeven'] as const;
export type CheckpointOutcome = (typeof checkpointOutcomes)[number];
export const checkpointOutcomeLabels: Readonly<Record<CheckpointOutcome, string>> = {
  verlengen: 'Verlengen',
  afbouwen: 'Afbouwen',
  opschalen: 'Opschalen naar volledig budgetbeheer',
  teruggeven: 'Teruggeven aan de persoon',
};

export interface HeldCheckpoint {
  readonly dueOn: IsoDate;
  readonly heldOn: IsoDate;
  readonly outcome: CheckpointOutcome;
  readonly note: string | null;
  /** Verlengen: months added to the period. */
  readonly extensionMonths: number | null;
  /** Teruggeven: first month the person pays themselves. */
  readonly handBackMonth: IsoMonth | null;
}

export interface CheckpointState {
  readonly dueOn: IsoDate;
  readonly held: HeldCheckpoint | null;
  /** Not held and no longer due: the person was handed back (teruggeven) at an earlier checkpoint. */
  readonly lapsed: boolean;
}

/** The agreement was handed back to the person at a checkpoint: it ends, no later checkpoint is due. */
export function isHandedBack(held: readonly HeldCheckpoint[]): boolean {
  return held.some((h) => h.outcome === 'teruggeven');
}

// art. 56a Participatiewet (ijkmomenten: lokaal beleid) — which checkpoints exist, which are held, which lapsed
export function checkpointStates(bijstandFrom: IsoDate, months: readonly number[], held: readonly HeldCheckpoint[]): CheckpointState[] {
  const handedBack = isHandedBack(held);
  return reliefCheckpoints(bijstandFrom, months).value.map((dueOn) => {
    const h = held.find((x) => x.dueOn === dueOn) ?? null;
    return { dueOn, held: h, lapsed: h === null && handedBack };
  });
}

/** The agreement's end after a checkpoint outcome; other outcomes keep the period. */
export function endAfterCheckpoint(agreement: Pick<ReliefAgreement, 'endMonthExclusive' | 'startMonth'>, outcome: CheckpointOutcome, extensionMonths: number | null, handBackMonth: IsoMonth | null): IsoMonth {
  switch (outcome) {
    case 'verlengen':
      return addMonthsToMonth(agreement.endMonthExclusive, Math.max(0, extensionMonths ?? 0));
    case 'teruggeven': {
      const month = handBackMonth ?? agreement.endMonthExclusive;
      return month < agreement.startMonth ? agreement.startMonth : month < agreement.endMonthExclusive ? month : agreement.endMonthExclusive;
    }
    case 'afbouwen':
    case 'opschalen':
      return agreement.endMonthExclusive;
  }
}

/** The period of an agreement from financialRelief's dates (localToExclusive includes the local extension). */
export function agreementMonths(from: IsoDate, localToExclusive: IsoDate): { startMonth: IsoMonth; endMonthExclusive: IsoMonth } {
  return { startMonth: monthAtOrAfter(from), endMonthExclusive: monthAtOrAfter(localToExclusive) };
}
