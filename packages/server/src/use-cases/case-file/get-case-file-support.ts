// The parts of the case file (get-case-file.ts): the agreements of the PIP in force, the partner's
// view, the open deadlines with their explanation, the signals and the counts of each tab.
import { sql } from 'drizzle-orm';
import { addDays, formatDutchDate, integrationTerm, isBefore, isDue, isOverdue, pipDeadline, wi, type Explanation, type IsoDate } from '@koers/domain';
import { caseChecklistItems, caseDocuments, caseEvents, caseMeetings, learnabilityTests, type caseSignals, type intakeInvitations, type pips } from '../../db/schema.ts';
import type { Read } from '../../db/read-together.ts';
import { isRecord } from '../../util/guards.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import type { Principal } from '../../auth/principal.ts';
import { caseNumberOf } from '../cases/case.view.ts';
import type { AgreementsView, CaseFileView, DeadlineView, PartnerCaseView, SignalView } from './case-file.view.ts';

type PipRow = typeof pips.$inferSelect;
type InvitationRow = typeof intakeInvitations.$inferSelect;

const plain = (e: Explanation): DeadlineView['explanation'] => ({ summary: e.summary, steps: e.steps.map((s) => ({ text: s.text, articles: [...s.articles] })) });

/** What the PIP in force agreed, for the case file's summary; null without one. */
export function agreementsOf(current: PipRow | undefined): AgreementsView | null {
  if (!current) return null;
  return {
    pipVersion: current.version,
    issuedOn: current.issuedOn,
    route: current.route,
    level: current.level,
    intensity: current.intensity,
    hoursPerWeek: current.hoursPerWeek,
    support: current.support,
    participation: current.participation,
    pvtIntensity: current.pvtIntensity,
    mapIntensity: current.mapIntensity,
    progressMeetings: current.progressMeetings,
  };
}

/** A partner (access 'assigned') sees name and contact only. */
export function partnerCaseOf(row: CaseRow): PartnerCaseView {
  return {
    id: row.id,
    gemeenteId: row.gemeenteId,
    caseNumber: caseNumberOf(row),
    givenNames: row.givenNames,
    familyName: row.familyName,
    status: row.status,
    phone: row.phone,
    email: row.email,
    address: row.address,
    preferredLanguage: row.preferredLanguage,
    interpreterNeeded: row.interpreterNeeded,
  };
}

/** The PIP deadline while no PIP is in force (art. 14 and 15 Wi 2021, via pipDeadline). */
function pipDeadlineOf(row: CaseRow, today: IsoDate): DeadlineView | null {
  const tg = row.targetGroup === 'asiel' || row.targetGroup === 'gezin-overig' ? row.targetGroup : null;
  if (!row.obliged || !tg) return null;
  const d = pipDeadline({
    targetGroup: tg,
    duoNoticeOn: row.duoNoticeOn,
    registeredOn: row.registeredOn,
    movedInOn: row.movedInOn,
    thirdPartyInfoReceivedOn: row.thirdPartyInfoReceivedOn,
  });
  return d.value
    ? { kind: 'pip', label: 'PIP vaststellen uiterlijk', date: d.value, overdue: isBefore(d.value, today), explanation: plain(d.explanation), section: 'pip' }
    : { kind: 'pip', label: 'PIP vaststellen', date: '', overdue: false, explanation: plain(d.explanation), section: 'pip' };
}

/** The inburgeringstermijn: from the first PIP, or as DUO registers it when that differs. */
function termDeadlineOf(row: CaseRow, first: PipRow | undefined, today: IsoDate): DeadlineView | null {
  if (!row.termEndExclusive && !first?.issuedOn) return null;
  const term = first?.issuedOn ? integrationTerm({ pipIssuedOn: first.issuedOn }) : null;
  const end = row.termEndExclusive ?? term?.value.endExclusive ?? '';
  const start = row.termStart ?? term?.value.start ?? '';
  const explanation =
    term && (!row.termEndExclusive || row.termEndExclusive === term.value.endExclusive)
      ? plain(term.explanation)
      : {
          summary: `Inburgeringstermijn van ${formatDutchDate(start)} tot en met ${formatDutchDate(addDays(end, -1))}, zoals DUO die registreert.`,
          steps: [{ text: 'De termijn is drie jaar vanaf de dag na de dagtekening van het eerste PIP, eventueel verlengd door DUO.', articles: [wi('11', 1), wi('12', 1)] }],
        };
  // Like every other deadline here, `date` is the last day that still counts (inclusive); the
  // termijn itself is stored with an exclusive end (the day after), see domain rules/term.ts.
  const lastDay = end === '' ? '' : addDays(end, -1);
  return { kind: 'termijn', label: 'Inburgeringstermijn', date: lastDay, overdue: lastDay !== '' && isBefore(lastDay, today), explanation, section: 'pip' };
}

/** The reply term of each invitation still waiting for an answer (art. 14 lid 1 Wi 2021). */
function invitationDeadlineOf(inv: InvitationRow, today: IsoDate): DeadlineView {
  return {
    kind: 'oproep',
    label: `Reactietermijn oproep ${inv.sequence} brede intake`,
    date: inv.respondBy,
    overdue: isBefore(inv.respondBy, today),
    explanation: {
      summary: `Oproep ${inv.sequence} verstuurd op ${formatDutchDate(inv.sentOn)} met een termijn tot en met ${formatDutchDate(inv.respondBy)}.`,
      steps: [{ text: 'Het college roept op voor de brede intake en stelt daarbij een termijn.', articles: [wi('14', 1)] }],
    },
    section: 'intake',
  };
}

/** The open deadlines, soonest first; those without a date last. */
export function deadlinesOf(row: CaseRow, pipsInForce: { issued: readonly PipRow[]; current: PipRow | undefined }, invitations: readonly InvitationRow[], today: IsoDate): DeadlineView[] {
  const deadlines: DeadlineView[] = [];
  const pip = pipsInForce.current ? null : pipDeadlineOf(row, today);
  if (pip) deadlines.push(pip);
  const term = termDeadlineOf(row, pipsInForce.issued[0], today);
  if (term) deadlines.push(term);
  for (const inv of invitations.filter((i) => i.outcome === 'pending')) deadlines.push(invitationDeadlineOf(inv, today));
  return deadlines.sort((a, b) => (a.date === '' ? 1 : b.date === '' ? -1 : a.date.localeCompare(b.date)));
}

/** The `deadline` a signal's data may carry (a date later than its dueOn). */
function signalDeadline(data: unknown): string | null {
  return typeof data === 'object' && data !== null && 'deadline' in data && typeof data.deadline === 'string' ? data.deadline : null;
}

type SignalRow = typeof caseSignals.$inferSelect;

/** The case's signals as the case file shows them (rows in due order). */
export function signalViews(signalRows: readonly SignalRow[], today: IsoDate): SignalView[] {
  return signalRows.map((s) => {
    const deadline = signalDeadline(s.data);
    return { kind: s.kind, dueOn: s.dueOn, deadline, due: isDue(s, today), overdue: isOverdue({ dueOn: s.dueOn, deadline }, today), reason: s.reason, section: s.section };
  });
}

type TabCounts = Omit<CaseFileView['counts'], 'invitations' | 'pipVersions'>;

/** The counts of the case file's tabs, as one read of `readTogether` (one JSON object). */
export function tabCountsRead(principal: Principal, caseId: string): Read<TabCounts> {
  // A medische verklaring exists only for case:read-sensitive (ADR 0101).
  const documents = principal.permissions.includes('case:read-sensitive')
    ? sql`(select count(*) from ${caseDocuments} where ${caseDocuments.caseId} = ${caseId})`
    : sql`(select count(*) from ${caseDocuments} where ${caseDocuments.caseId} = ${caseId} and ${caseDocuments.kind} <> 'medische-verklaring')`;
  return {
    query: sql`(select json_build_object(
      'timeline', (select count(*) from ${caseEvents} where ${caseEvents.caseId} = ${caseId}),
      'documents', ${documents},
      'meetings', (select count(*) from ${caseMeetings} where ${caseMeetings.caseId} = ${caseId}),
      'toetsen', (select count(*) from ${learnabilityTests} where ${learnabilityTests.caseId} = ${caseId}),
      'checklistTotal', (select count(*) from ${caseChecklistItems} where ${caseChecklistItems.caseId} = ${caseId}),
      'checklistDone', (select count(*) from ${caseChecklistItems} where ${caseChecklistItems.caseId} = ${caseId} and ${caseChecklistItems.status} <> 'open')))`,
    decode: (value) => {
      const counted = isRecord(value) ? value : {};
      const count = (key: keyof TabCounts): number => {
        const n = counted[key];
        return typeof n === 'number' ? n : 0;
      };
      return { timeline: count('timeline'), documents: count('documents'), meetings: count('meetings'), toetsen: count('toetsen'), checklistTotal: count('checklistTotal'), checklistDone: count('checklistDone') };
    },
  };
}
