// What the case file shows of the light process: the steps, the support plan with the DUO facts, the
// ontheffing requests, and the signals that apply now — every code with its Dutch label.
import {
  caseProcess,
  caseSteps,
  elipFromLoan,
  loanStatusLabels,
  ondertussengroepSignals,
  ontheffingGroundLabels,
  ontheffingStatusLabels,
  signalKindLabel,
  stepAllowed,
  supportOfferKindLabels,
  supportPlanStatusLabels,
  type CaseProcess,
  type CaseStep,
  type LoanStatus,
  type OntheffingGround,
  type OntheffingStatus,
  type SupportOfferKind,
  type SupportPlanStatus,
} from '@koers/domain';
import type { CaseRow } from '../../case-file/find-case.ts';
import { masked } from '../voorbereiding/case-write.ts';
import { asGround, asLoanStatus, asOntheffingStatus, asPlanStatus, offersOf, ondertussengroepSnapshot, regimeOf, type OndertussengroepState, type OntheffingRow } from './ondertussengroep-support.ts';

export interface OntheffingView {
  id: string;
  ground: OntheffingGround;
  groundLabel: string;
  status: OntheffingStatus;
  statusLabel: string;
  requestedOn: string | null;
  duoDecisionOn: string | null;
  /** Only for roles with case:read-sensitive (it may hold health details). */
  note: string | null;
  noteHidden: boolean;
  version: number;
  updatedAt: string;
}

export interface OndertussengroepView {
  caseId: string;
  regime: string | null;
  process: CaseProcess;
  /** The light process applies (a Wi2013 case). */
  applies: boolean;
  elip: boolean;
  steps: Array<{ step: CaseStep; allowed: boolean; explanation: string }>;
  /** DUO's inburgeringstermijn as Koers knows it from DUO (API Inburgeringstermijn), if any. */
  duoTerm: { start: string | null; endExclusive: string | null };
  plan: {
    exists: boolean;
    status: SupportPlanStatus;
    statusLabel: string;
    goal: string | null;
    offers: Array<{ kind: SupportOfferKind; kindLabel: string; description: string | null; provider: string | null; startOn: string | null; endOn: string | null }>;
    dutyEndOn: string | null;
    loanStatus: LoanStatus;
    loanStatusLabel: string;
    loanStatusOn: string | null;
    /** 0 when the case has no plan yet. */
    version: number;
    updatedAt: string | null;
  };
  ontheffingen: OntheffingView[];
  signals: Array<{ kind: string; label: string; dueOn: string; deadline: string | null; reason: string }>;
}

/** History never holds the note's content (it may name a health condition), only that it changed. */
export function ontheffingHistoryFields(r: OntheffingRow) {
  return { ground: r.ground, status: r.status, requestedOn: r.requestedOn, duoDecisionOn: r.duoDecisionOn, note: masked(r.note) };
}

export function ontheffingView(r: OntheffingRow, sensitive: boolean): OntheffingView {
  const ground = asGround(r.ground);
  const status = asOntheffingStatus(r.status);
  return {
    id: r.id,
    ground,
    groundLabel: ontheffingGroundLabels[ground],
    status,
    statusLabel: ontheffingStatusLabels[status],
    requestedOn: r.requestedOn,
    duoDecisionOn: r.duoDecisionOn,
    note: sensitive ? r.note : null,
    noteHidden: !sensitive && r.note !== null,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function ondertussengroepView(c: CaseRow, s: OndertussengroepState, sensitive: boolean): OndertussengroepView {
  const regime = regimeOf(c);
  const snapshot = ondertussengroepSnapshot(c, s);
  const planStatus = s.plan ? asPlanStatus(s.plan.status) : 'concept';
  const loanStatus = s.plan ? asLoanStatus(s.plan.loanStatus) : snapshot.loanStatus;
  const applies = regime === 'Wi2013';
  return {
    caseId: c.id,
    regime: c.regime,
    process: caseProcess(regime),
    applies,
    elip: elipFromLoan(loanStatus, c.elip),
    steps: caseSteps.map((step) => {
      const a = stepAllowed(regime, step);
      return { step, allowed: a.value, explanation: a.explanation.summary };
    }),
    duoTerm: { start: c.termStart, endExclusive: c.termEndExclusive },
    plan: {
      exists: s.plan !== null,
      status: planStatus,
      statusLabel: supportPlanStatusLabels[planStatus],
      goal: s.plan?.goal ?? null,
      offers: offersOf(s.plan?.offers).map((o) => ({ ...o, kindLabel: supportOfferKindLabels[o.kind] })),
      dutyEndOn: s.plan?.dutyEndOn ?? null,
      loanStatus,
      loanStatusLabel: loanStatusLabels[loanStatus],
      loanStatusOn: snapshot.loanStatusOn,
      version: s.plan?.version ?? 0,
      updatedAt: s.plan?.updatedAt.toISOString() ?? null,
    },
    ontheffingen: s.ontheffingen.map((o) => ontheffingView(o, sensitive)),
    signals: applies && c.obliged === true && c.closedOn === null
      ? ondertussengroepSignals(snapshot).map((sig) => ({ kind: sig.kind, label: signalKindLabel(sig.kind), dueOn: sig.dueOn, deadline: sig.deadline, reason: sig.reason }))
      : [],
  };
}
