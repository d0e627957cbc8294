// What the case file shows of the light process: the steps, the support plan with the DUO facts, the
// ontheffing requests, and the signals that apply now — every code with its Dutch label.
import { z } from 'zod';
import {
  caseProcess,
  caseSteps,
  elipFromLoan,
  loanStatuses,
  loanStatusLabels,
  ondertussengroepSignals,
  ontheffingGroundLabels,
  ontheffingGrounds,
  ontheffingStatuses,
  ontheffingStatusLabels,
  signalKindLabel,
  stepAllowed,
  supportOfferKindLabels,
  supportOfferKinds,
  supportPlanStatuses,
  supportPlanStatusLabels,
} from '@koers/domain';
import type { CaseRow } from '../../case-file/find-case.ts';
import { masked } from '../voorbereiding/case-write.ts';
import { asGround, asLoanStatus, asOntheffingStatus, asPlanStatus, offersOf, ondertussengroepSnapshot, regimeOf, type OndertussengroepState, type OntheffingRow } from './ondertussengroep-support.ts';

export const ontheffingViewSchema = z
  .object({
    id: z.string(),
    ground: z.enum(ontheffingGrounds),
    groundLabel: z.string(),
    status: z.enum(ontheffingStatuses),
    statusLabel: z.string(),
    requestedOn: z.string().nullable(),
    duoDecisionOn: z.string().nullable(),
    /** Only for roles with case:read-sensitive (it may hold health details). */
    note: z.string().nullable().describe('Alleen voor rollen met case:read-sensitive'),
    noteHidden: z.boolean(),
    version: z.number(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Ontheffingsverzoek' });
export type OntheffingView = z.output<typeof ontheffingViewSchema>;

export const ondertussengroepViewSchema = z
  .object({
    caseId: z.string(),
    regime: z.string().nullable(),
    process: z.enum(['wi2021', 'licht']),
    /** The light process applies (a Wi2013 case). */
    applies: z.boolean(),
    elip: z.boolean(),
    steps: z.array(z.object({ step: z.enum(caseSteps), allowed: z.boolean(), explanation: z.string() })),
    /** DUO's inburgeringstermijn as Koers knows it from DUO (API Inburgeringstermijn), if any. */
    duoTerm: z.object({ start: z.string().nullable(), endExclusive: z.string().nullable() }),
    plan: z.object({
      exists: z.boolean(),
      status: z.enum(supportPlanStatuses),
      statusLabel: z.string(),
      goal: z.string().nullable(),
      offers: z.array(
        z.object({
          kind: z.enum(supportOfferKinds),
          kindLabel: z.string(),
          description: z.string().nullable(),
          provider: z.string().nullable(),
          startOn: z.string().nullable(),
          endOn: z.string().nullable(),
        }),
      ),
      dutyEndOn: z.string().nullable(),
      loanStatus: z.enum(loanStatuses),
      loanStatusLabel: z.string(),
      loanStatusOn: z.string().nullable(),
      version: z.number().describe('0 voor een dossier zonder ondersteuningsplan'),
      updatedAt: z.string().nullable(),
    }),
    ontheffingen: z.array(ontheffingViewSchema),
    signals: z.array(z.object({ kind: z.string(), label: z.string(), dueOn: z.string(), deadline: z.string().nullable(), reason: z.string() })),
  })
  .meta({ id: 'Ondertussengroep' });
export type OndertussengroepView = z.output<typeof ondertussengroepViewSchema>;

const countRecord = <K extends string>(keys: readonly [K, ...K[]]) => z.record(z.enum(keys), z.number());

/** Counts of one gemeente for the ondertussengroep report: aggregates only, no names, no ids of cases. */
export const ondertussengroepCountsSchema = z.object({
  gemeente: z.object({ id: z.string(), name: z.string() }),
  /** Open cases with the duty under the Wet inburgering 2021. */
  wi2021: z.number(),
  /** Open cases with the duty under the Wet inburgering (2013): the ondertussengroep. */
  ondertussengroep: z.number(),
  /** Of which ELIP (loan used up). */
  elip: z.number(),
  plans: countRecord([...supportPlanStatuses, 'geen']),
  /** Cases with a running or finished plan holding at least one offer of this kind. */
  offers: countRecord(supportOfferKinds),
  loan: countRecord(loanStatuses),
  ontheffingen: countRecord(ontheffingStatuses),
});
export type OndertussengroepCounts = z.output<typeof ondertussengroepCountsSchema>;

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
