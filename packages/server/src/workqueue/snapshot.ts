import type { CaseSnapshot, IntakeScenario, InvitationOutcome } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { yearSettingsOf } from '../gemeenten/settings.ts';
import type { CaseRow } from '../case-file/find-case.ts';
import { isOneOf, isRecord, stringProperty } from '../util/guards.ts';
import { dateInNetherlands, todayIn } from '../case-file/today.ts';
import { ondertussengroepSnapshot } from '../use-cases/ondertussengroep/ondertussengroep-support.ts';
import type { SignalInputs } from './signal-inputs.ts';

const outcomes: readonly InvitationOutcome[] = ['pending', 'appeared', 'no-show', 'insufficient-cooperation'];
const asOutcome = (value: string): InvitationOutcome => (isOneOf(outcomes, value) ? value : 'pending');

/** Default when a gemeente has not chosen (seed 002): brede intake and PIP in the azc. */
export const DEFAULT_INTAKE_SCENARIO: IntakeScenario = 2;

const codeOf = (e: unknown): string | undefined => (typeof e === 'string' ? e : stringProperty(e, 'code'));

/**
 * DUO's verdict on a draft as the PIP use cases store it: `{ duo: { accepted, errors, explanation }, … }`
 * (only DUO's own rules count here, not Koers' completeness checks); a plain `{ accepted, errors }` is read too.
 */
export function duoValidationOf(value: unknown): CaseSnapshot['pips'][number]['duoValidation'] {
  if (!isRecord(value)) return null;
  const v = 'duo' in value ? value.duo : value;
  if (!isRecord(v) || typeof v.accepted !== 'boolean') return null;
  const errors = Array.isArray(v.errors) ? v.errors.map(codeOf).filter((e): e is string => e !== undefined) : [];
  const summary = stringProperty(v.explanation, 'summary') ?? (typeof v.summary === 'string' ? v.summary : undefined);
  return { accepted: v.accepted, errors, ...(summary === undefined ? {} : { summary }) };
}

type CaseFacts = Pick<
  CaseSnapshot,
  'closed' | 'openedOn' | 'hasCaseManager' | 'regime' | 'obliged' | 'targetGroup' | 'linkedOn' | 'housedOn' | 'duoNoticeOn' | 'registeredOn' | 'movedInOn' | 'thirdPartyInfoReceivedOn'
>;

/** What the signal rules read from the case row itself (also for new cases built in memory). */
export function caseFacts(c: Pick<CaseRow, 'status' | 'closedOn' | 'createdAt' | 'caseManagerId' | 'regime' | 'obliged' | 'targetGroup' | 'linkedOn' | 'housedOn' | 'duoNoticeOn' | 'registeredOn' | 'movedInOn' | 'thirdPartyInfoReceivedOn'>): CaseFacts {
  return {
    closed: c.status === 'gesloten' || c.closedOn !== null,
    openedOn: todayIn(c.createdAt),
    hasCaseManager: c.caseManagerId !== null,
    regime: c.regime === 'Wi2013' || c.regime === 'Wi2021' ? c.regime : null,
    obliged: c.obliged,
    targetGroup: c.targetGroup === 'asiel' || c.targetGroup === 'gezin-overig' ? c.targetGroup : null,
    linkedOn: c.linkedOn,
    housedOn: c.housedOn,
    duoNoticeOn: c.duoNoticeOn,
    registeredOn: c.registeredOn,
    movedInOn: c.movedInOn,
    thirdPartyInfoReceivedOn: c.thirdPartyInfoReceivedOn,
  };
}

/** Everything the signal rules need about one case, from the rows refreshSignals read (signal-inputs.ts). */
export async function loadSnapshot(tx: Tx, c: CaseRow, year: number, i: SignalInputs): Promise<CaseSnapshot> {
  const settings = await yearSettingsOf(tx, c.gemeenteId, `${year}-01-01`);
  const [intake] = i.intake;
  const { invitations, toetsen, pips: pipRows } = i;
  return {
    ...caseFacts(c),
    intakeScenario: settings.intakeScenario ?? DEFAULT_INTAKE_SCENARIO,
    intake: intake ? { status: intake.status, startedOn: intake.startedOn, completedOn: intake.completedOn } : null,
    invitations: invitations.map((i) => ({
      sequence: i.sequence,
      sentOn: i.sentOn,
      respondBy: i.respondBy,
      outcome: asOutcome(i.outcome),
      outcomeOn: i.outcomeOn,
      warningSentOn: i.warningSentOn,
    })),
    toetsen,
    pips: pipRows.map((p) => ({ version: p.version, status: p.status, duoValidation: duoValidationOf(p.duoValidation), updatedOn: dateInNetherlands(p.updatedAt) })),
    ondertussengroep: c.regime === 'Wi2013' ? ondertussengroepSnapshot(c, { plan: i.supportPlan[0] ?? null, ontheffingen: i.ontheffingen }) : null,
  };
}
