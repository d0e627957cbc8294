// The appointments Koers keeps for one case, as the portal shows them (issue 17): intake meetings,
// the brede intake, the leerbaarheidstoets, voortgangsgesprekken, PVT sessions and the signing,
// and exam registrations. Read behind the portal wall: only the session's own case comes back.
import { and, desc, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import { appointmentStatuses, languageCode, type AppointmentStatus } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import {
  caseMeetings,
  intakeInvitations,
  interpreterBookings,
  learnabilityTests,
  placementReports,
  portaalAppointmentResponses,
  progressMeetings,
  pvtGroups,
  pvtParticipants,
  pvtSessions,
} from '../../db/schema.ts';
import { amsterdamToUtc } from './amsterdam-time.ts';
import { isOneOf } from '../../util/guards.ts';
import { storedReport } from '../provider-reports/report-payload.ts';
import type { PortaalAppointment } from './portaal.view.ts';

type Draft = Omit<PortaalAppointment, 'myResponse' | 'canRespond'>;

const statusOf = (stored: string): AppointmentStatus => appointmentStatuses.find((s) => s === stored) ?? 'vervallen';
const interpreterOf = (language: string | null) => ({ language, languageCode: languageCode(language) });
const meetingKinds = ['warme-overdracht', 'kennismaking', 'intakegesprek'] as const;
const isMeetingKind = (k: string): k is (typeof meetingKinds)[number] => isOneOf(meetingKinds, k);

function invitationStatus(outcome: string): AppointmentStatus {
  switch (outcome) {
    case 'pending':
      return 'gepland';
    case 'appeared':
      return 'gehouden';
    default:
      return 'niet-verschenen';
  }
}

async function drafts(tx: Tx, caseId: string, today: string): Promise<Draft[]> {
  const out: Draft[] = [];
  const bookings = await tx
    .select({ meetingId: interpreterBookings.meetingId, language: interpreterBookings.language })
    .from(interpreterBookings)
    .where(and(eq(interpreterBookings.caseId, caseId), ne(interpreterBookings.status, 'geannuleerd')));
  const booked = (id: string) => bookings.find((b) => b.meetingId === id)?.language;

  for (const m of await tx.select().from(caseMeetings).where(and(eq(caseMeetings.caseId, caseId), isNotNull(caseMeetings.plannedAt)))) {
    if (!m.plannedAt || !isMeetingKind(m.kind)) continue;
    const language = booked(m.id) ?? (m.interpreter ? m.interpreterLanguage : undefined);
    out.push({ id: m.id, kind: m.kind, start: m.plannedAt.toISOString(), allDay: false, place: m.location, interpreter: language === undefined ? null : interpreterOf(language), status: statusOf(m.status) });
  }
  for (const i of await tx.select().from(intakeInvitations).where(and(eq(intakeInvitations.caseId, caseId), isNotNull(intakeInvitations.appointmentAt)))) {
    if (!i.appointmentAt) continue;
    out.push({ id: i.id, kind: 'brede-intake', start: i.appointmentAt.toISOString(), allDay: false, place: i.location, interpreter: null, status: invitationStatus(i.outcome) });
  }
  for (const t of await tx.select().from(learnabilityTests).where(and(eq(learnabilityTests.caseId, caseId), isNotNull(learnabilityTests.plannedAt)))) {
    if (!t.plannedAt) continue;
    out.push({ id: t.id, kind: 'leerbaarheidstoets', start: t.plannedAt.toISOString(), allDay: false, place: t.location, interpreter: null, status: statusOf(t.status) });
  }
  for (const p of await tx.select().from(progressMeetings).where(eq(progressMeetings.caseId, caseId))) {
    const language = booked(p.id);
    out.push({ id: p.id, kind: 'voortgangsgesprek', start: p.heldOn ?? p.plannedOn, allDay: true, place: null, interpreter: language === undefined ? null : interpreterOf(language), status: statusOf(p.status) });
  }
  const groups = await tx
    .select({ id: pvtGroups.id, interpreterLanguage: pvtGroups.interpreterLanguage, ceremonyOn: pvtGroups.ceremonyOn, signedOn: pvtParticipants.signedOn })
    .from(pvtParticipants)
    .innerJoin(pvtGroups, eq(pvtGroups.id, pvtParticipants.groupId))
    .where(eq(pvtParticipants.caseId, caseId));
  if (groups.length > 0) {
    const sessions = await tx.select().from(pvtSessions).where(inArray(pvtSessions.groupId, groups.map((g) => g.id)));
    for (const s of sessions) {
      const group = groups.find((g) => g.id === s.groupId);
      out.push({
        id: s.id,
        kind: 'pvt-bijeenkomst',
        start: amsterdamToUtc(s.heldOn, s.startTime),
        allDay: false,
        place: null,
        interpreter: group?.interpreterLanguage ? interpreterOf(group.interpreterLanguage) : null,
        status: s.heldOn < today ? 'gehouden' : 'gepland',
      });
    }
    for (const g of groups) {
      if (!g.ceremonyOn) continue;
      const status: AppointmentStatus = g.signedOn ? 'gehouden' : 'gepland';
      out.push({ id: g.id, kind: 'pvt-ondertekening', start: g.ceremonyOn, allDay: true, place: null, interpreter: g.interpreterLanguage ? interpreterOf(g.interpreterLanguage) : null, status });
    }
  }
  for (const r of await tx.select().from(placementReports).where(and(eq(placementReports.caseId, caseId), eq(placementReports.kind, 'examen')))) {
    const report = storedReport(r);
    if (report.kind !== 'examen') continue;
    const { examOn } = report.payload;
    out.push({ id: r.id, kind: 'examen', start: examOn, allDay: true, place: null, interpreter: null, status: examOn < today ? 'gehouden' : 'gepland' });
  }
  return out;
}

/** Every appointment of the case with the person's latest answer, soonest first. */
export async function loadAppointments(tx: Tx, caseId: string, now: Date, today: string): Promise<PortaalAppointment[]> {
  const responses = await tx.select().from(portaalAppointmentResponses).where(eq(portaalAppointmentResponses.caseId, caseId)).orderBy(desc(portaalAppointmentResponses.createdAt));
  return (await drafts(tx, caseId, today))
    .map((d) => {
      const latest = responses.find((r) => r.appointmentId === d.id && r.appointmentKind === d.kind);
      const upcoming = d.allDay ? d.start >= today : d.start >= now.toISOString();
      return {
        ...d,
        myResponse: latest ? { response: latest.response === 'verzetten' ? ('verzetten' as const) : ('bevestigd' as const), reason: latest.reason, at: latest.createdAt.toISOString() } : null,
        canRespond: d.status === 'gepland' && upcoming,
      };
    })
    .sort((a, b) => a.start.localeCompare(b.start));
}
