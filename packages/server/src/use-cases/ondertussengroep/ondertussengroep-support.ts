// Shared by the use cases of the light process (ondertussengroep, ADR 0109): reading the stored rows
// back into the rules core's types, and the guard that a step fits the case's regime.
import { asc, eq } from 'drizzle-orm';
import {
  isIsoDate,
  loanStatuses,
  ontheffingGrounds,
  ontheffingStatuses,
  stepAllowed,
  supportOfferKinds,
  supportPlanStatuses,
  type CaseStep,
  type LoanStatus,
  type OndertussengroepSnapshot,
  type OntheffingGround,
  type OntheffingStatus,
  type PlanProblem,
  type Regime,
  type SupportOffer,
  type SupportPlanStatus,
} from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { ontheffingRequests, supportPlans } from '../../db/schema.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { AppError } from '../../errors.ts';
import { todayIn } from '../../case-file/today.ts';
import { isRecord } from '../../util/guards.ts';

export type SupportPlanRow = typeof supportPlans.$inferSelect;
export type OntheffingRow = typeof ontheffingRequests.$inferSelect;

function oneOf<T extends string>(list: readonly T[], value: string, fallback: T): T {
  return list.find((v) => v === value) ?? fallback;
}
export const asPlanStatus = (v: string): SupportPlanStatus => oneOf(supportPlanStatuses, v, 'concept');
export const asLoanStatus = (v: string): LoanStatus => oneOf(loanStatuses, v, 'onbekend');
export const asGround = (v: string): OntheffingGround => oneOf(ontheffingGrounds, v, 'bijzondere-omstandigheden');
export const asOntheffingStatus = (v: string): OntheffingStatus => oneOf(ontheffingStatuses, v, 'in-voorbereiding');

export function regimeOf(c: Pick<CaseRow, 'regime'>): Regime | null {
  return c.regime === 'Wi2013' || c.regime === 'Wi2021' ? c.regime : null;
}

/** Stored offers (jsonb) back to the rules core's shape; anything unreadable is left out. */
export function offersOf(value: unknown): SupportOffer[] {
  if (!Array.isArray(value)) return [];
  const dateOrNull = (v: unknown) => (isIsoDate(v) ? v : null);
  const textOrNull = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  return value.flatMap((o: unknown): SupportOffer[] => {
    if (!isRecord(o)) return [];
    const r = o;
    const kind = supportOfferKinds.find((k) => k === r.kind);
    if (!kind) return [];
    return [{ kind, description: textOrNull(r.description), provider: textOrNull(r.provider), startOn: dateOrNull(r.startOn), endOn: dateOrNull(r.endOn) }];
  });
}

/** Refuses a step that does not belong to the case's regime, with the rules core's Dutch reason. */
export function assertStepAllowed(c: Pick<CaseRow, 'regime'>, step: CaseStep, field?: string): void {
  const allowed = stepAllowed(regimeOf(c), step);
  if (!allowed.value) {
    throw new AppError('STEP_NOT_ALLOWED', { ...(field ? { field } : {}), message: allowed.explanation.summary, extra: { explanation: allowed.explanation } });
  }
}

export function refuseProblems(problems: readonly PlanProblem[]): void {
  const [first] = problems;
  if (!first) return;
  throw new AppError('VALIDATION_FAILED', { field: first.field, message: first.message, details: problems.map((p) => ({ field: p.field, message: p.message })) });
}

export interface OndertussengroepState {
  plan: SupportPlanRow | null;
  ontheffingen: OntheffingRow[];
}

export async function loadOndertussengroep(tx: Tx, caseId: string): Promise<OndertussengroepState> {
  const [plan] = await tx.select().from(supportPlans).where(eq(supportPlans.caseId, caseId));
  const ontheffingen = await tx.select().from(ontheffingRequests).where(eq(ontheffingRequests.caseId, caseId)).orderBy(asc(ontheffingRequests.createdAt));
  return { plan: plan ?? null, ontheffingen };
}

/**
 * What the signal rules need. Without a plan row, a case the import marked ELIP counts as
 * 'loan op' from the day the case was opened (ADR 0109).
 */
export function ondertussengroepSnapshot(c: Pick<CaseRow, 'elip' | 'createdAt'>, s: OndertussengroepState): OndertussengroepSnapshot {
  const loanStatus = s.plan ? asLoanStatus(s.plan.loanStatus) : c.elip ? 'op' : 'onbekend';
  const loanStatusOn = s.plan?.loanStatusOn ?? (c.elip ? todayIn(c.createdAt) : null);
  return {
    dutyEndOn: s.plan?.dutyEndOn ?? null,
    loanStatus,
    loanStatusOn,
    planStatus: s.plan ? asPlanStatus(s.plan.status) : null,
    ontheffingen: s.ontheffingen.map((o) => ({ status: asOntheffingStatus(o.status), requestedOn: o.requestedOn })),
  };
}
