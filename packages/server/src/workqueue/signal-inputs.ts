// Everything refreshSignals reads about one case, in one statement (ADR 0059 addendum of the tenth
// session): the case row, the gemeente's settings and the stored rows of every signal family. Each
// family's rule module gets the rows it used to read itself, filtered and ordered as it read them.
import { and, asc, desc, eq, inArray, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import {
  begeleidingPeriods,
  begeleidingProblems,
  caseDocuments,
  caseDuoDifferences,
  caseIntakes,
  casePlacements,
  caseResults,
  cases,
  duoExamResults,
  duoFines,
  duoInbox,
  duoOutbox,
  gemeentenInScope,
  handhavingViolations,
  intakeInvitations,
  learnabilityTests,
  mapActivities,
  ontheffingRequests,
  pips,
  placementReports,
  portaalAppointmentResponses,
  portaalMessages,
  progressMeetings,
  providerContracts,
  pvtParticipants,
  providers,
  reliefAgreements,
  reliefPartnerProblems,
  reliefPartnerReports,
  reliefPayments,
  supportPlans,
  termExtensions,
  users,
} from '../db/schema.ts';
import { fieldsOf, readTogether, rowsOf } from '../db/read-together.ts';
import { rememberLoadedGemeente } from '../gemeenten/settings.ts';
import { portaalDocumentOrigin } from './portaal-signals.ts';
import { resultMessagesOf, resultMessagesOrder } from '../use-cases/results/results-support.ts';
import { mapActivitiesOrder } from '../use-cases/pvt-map/case-pvt-map.view.ts';

function readsOf(caseId: string) {
  return {
    kase: rowsOf(cases, eq(cases.id, caseId)),
    gemeente: fieldsOf(
      gemeentenInScope,
      { id: gemeentenInScope.id, code: gemeentenInScope.code, name: gemeentenInScope.name, organisationId: gemeentenInScope.organisationId, oin: gemeentenInScope.oin, version: gemeentenInScope.version, settings: gemeentenInScope.settings },
      sql`${gemeentenInScope.id} = (SELECT ${cases.gemeenteId} FROM ${cases} WHERE ${cases.id} = ${caseId})`,
    ),
    pips: rowsOf(pips, eq(pips.caseId, caseId)),
    results: rowsOf(caseResults, eq(caseResults.caseId, caseId)),
    relief: rowsOf(reliefAgreements, eq(reliefAgreements.caseId, caseId)),
    intake: rowsOf(caseIntakes, eq(caseIntakes.caseId, caseId)),
    invitations: rowsOf(intakeInvitations, eq(intakeInvitations.caseId, caseId), [asc(intakeInvitations.sequence)]),
    toetsen: fieldsOf(learnabilityTests, { status: learnabilityTests.status, exemption: learnabilityTests.exemption }, eq(learnabilityTests.caseId, caseId)),
    supportPlan: rowsOf(supportPlans, eq(supportPlans.caseId, caseId)),
    ontheffingen: rowsOf(ontheffingRequests, eq(ontheffingRequests.caseId, caseId), [asc(ontheffingRequests.createdAt)]),
    // 'ontvangen' with a reason: failed at least once and being retried (duo/inbox.ts).
    duoEvents: fieldsOf(
      duoInbox,
      { id: duoInbox.id, eventCode: duoInbox.eventCode, status: duoInbox.status, receivedAt: duoInbox.receivedAt, lastError: duoInbox.lastError },
      and(eq(duoInbox.caseId, caseId), or(inArray(duoInbox.status, ['actie-nodig', 'fout']), and(eq(duoInbox.status, 'ontvangen'), isNotNull(duoInbox.lastError)))),
    ),
    duoMessages: fieldsOf(
      duoOutbox,
      { id: duoOutbox.id, operation: duoOutbox.operation, status: duoOutbox.status, lastError: duoOutbox.lastError, createdAt: duoOutbox.createdAt },
      and(eq(duoOutbox.caseId, caseId), inArray(duoOutbox.status, ['afgewezen', 'fout'])),
    ),
    differences: fieldsOf(caseDuoDifferences, { id: caseDuoDifferences.id, foundOn: caseDuoDifferences.foundOn, reason: caseDuoDifferences.reason }, and(eq(caseDuoDifferences.caseId, caseId), isNull(caseDuoDifferences.resolvedAt))),
    rejectedPayments: rowsOf(reliefPayments, and(eq(reliefPayments.caseId, caseId), eq(reliefPayments.status, 'geweigerd'))),
    partnerProblems: rowsOf(reliefPartnerProblems, and(eq(reliefPartnerProblems.caseId, caseId), isNull(reliefPartnerProblems.resolvedOn))),
    partnerReports: rowsOf(reliefPartnerReports, eq(reliefPartnerReports.caseId, caseId)),
    examResults: rowsOf(duoExamResults, eq(duoExamResults.caseId, caseId), [desc(duoExamResults.examendatum), asc(duoExamResults.onderdeel)]),
    extensions: rowsOf(termExtensions, eq(termExtensions.caseId, caseId), [desc(termExtensions.createdAt)]),
    violations: fieldsOf(handhavingViolations, { id: handhavingViolations.id, state: handhavingViolations.state, gemeenteId: handhavingViolations.gemeenteId }, eq(handhavingViolations.caseId, caseId)),
    placements: fieldsOf(
      casePlacements,
      {
        placement: casePlacements,
        // What a left join with the contract and its provider would add.
        reportingEveryWeeks: sql<number | null>`(SELECT ${providerContracts.reportingEveryWeeks} FROM ${providerContracts} WHERE ${providerContracts.id} = ${casePlacements.contractId})`,
        providerName: sql<string | null>`(SELECT ${providers.name} FROM ${providerContracts} JOIN ${providers} ON ${providers.id} = ${providerContracts.providerId} WHERE ${providerContracts.id} = ${casePlacements.contractId})`,
      },
      and(eq(casePlacements.caseId, caseId), eq(casePlacements.status, 'actief')),
    ),
    placementReports: rowsOf(
      placementReports,
      inArray(placementReports.placementId, sql`(SELECT ${casePlacements.id} FROM ${casePlacements} WHERE ${casePlacements.caseId} = ${caseId} AND ${casePlacements.status} = 'actief')`),
    ),
    meetings: fieldsOf(progressMeetings, { plannedOn: progressMeetings.plannedOn, status: progressMeetings.status }, and(eq(progressMeetings.caseId, caseId), ne(progressMeetings.status, 'vervallen'))),
    problems: fieldsOf(
      begeleidingProblems,
      {
        reportedOn: begeleidingProblems.reportedOn,
        status: begeleidingProblems.status,
        name: sql<string | null>`(SELECT ${users.name} FROM ${users} WHERE ${users.id} = ${begeleidingProblems.createdBy})`,
      },
      eq(begeleidingProblems.caseId, caseId),
    ),
    period: rowsOf(begeleidingPeriods, eq(begeleidingPeriods.caseId, caseId)),
    duoFines: rowsOf(duoFines, eq(duoFines.caseId, caseId), [asc(duoFines.decisionOn), asc(duoFines.createdAt)]),
    // PVT and MAP (case-pvt-map.view.ts): whether the person is in a PVT group (then the groups are read as the view reads them).
    pvtMemberships: fieldsOf(pvtParticipants, { id: pvtParticipants.id }, eq(pvtParticipants.caseId, caseId)),
    resultMessages: rowsOf(duoOutbox, resultMessagesOf(caseId), resultMessagesOrder),
    mapActivities: rowsOf(mapActivities, eq(mapActivities.caseId, caseId), mapActivitiesOrder),
    ...portaalReadsOf(caseId),
  };
}

/** The portal's open items of a case: also read on their own by a portal write (portaal-signals.ts). */
export function portaalReadsOf(caseId: string) {
  return {
    openMessages: fieldsOf(portaalMessages, { sentAt: portaalMessages.sentAt }, and(eq(portaalMessages.caseId, caseId), eq(portaalMessages.sender, 'inburgeraar'), isNull(portaalMessages.handledAt))),
    openMoves: fieldsOf(
      portaalAppointmentResponses,
      { at: portaalAppointmentResponses.createdAt },
      and(eq(portaalAppointmentResponses.caseId, caseId), eq(portaalAppointmentResponses.response, 'verzetten'), isNull(portaalAppointmentResponses.handledAt)),
    ),
    openDocuments: fieldsOf(caseDocuments, { at: caseDocuments.createdAt }, and(eq(caseDocuments.caseId, caseId), eq(caseDocuments.origin, portaalDocumentOrigin), isNull(caseDocuments.portaalReview))),
  };
}

export type SignalInputs = Awaited<ReturnType<typeof readSignalInputs>>;

/** The stored state of one case the signal rules read, in one statement; the gemeente read is kept for the transaction. */
export async function readSignalInputs(tx: Tx, caseId: string) {
  const inputs = await readTogether(tx, readsOf(caseId));
  const [gemeente] = inputs.gemeente;
  if (gemeente) rememberLoadedGemeente(tx, gemeente);
  return inputs;
}

/** The latest vastgesteld PIP among a case's versions (as `… WHERE status = 'vastgesteld' ORDER BY version DESC LIMIT 1`). */
export function currentVastgesteld<P extends { status: string; version: number }>(versions: readonly P[]): P | undefined {
  return versions.filter((p) => p.status === 'vastgesteld').reduce<P | undefined>((best, p) => (best === undefined || p.version > best.version ? p : best), undefined);
}
