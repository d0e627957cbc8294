// One client of the begeleider (R17): name, contact data and language, the PIP agreements, the
// appointments that exist, and the begeleiding itself. Never the BSN, the intake's themes or
// sensitive notes, or a gesprek's report: those are not selected at all (ADR 0149).
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { caseMeetings, gemeentenInScope, pips, progressMeetings, pvtGroups, pvtParticipants, pvtSessions, users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { caseNumberOf } from '../cases/case.view.ts';
import type { UseCaseContext } from '../context.ts';
import { meetingKindLabels } from '../voorbereiding/meeting.types.ts';
import { assignedClient } from './access.ts';
import { loadBegeleiding, type ClientAppointmentView, type ClientView } from './begeleiding.view.ts';
import { isKeyOf } from '../../util/guards.ts';

const meetingStatusLabel: Record<string, string> = { gepland: 'Gepland', gehouden: 'Gehouden', 'niet-verschenen': 'Niet verschenen', geannuleerd: 'Geannuleerd', vervallen: 'Vervallen' };

export async function getClient(ctx: UseCaseContext, caseId: string): Promise<ClientView> {
  return inScope(
    ctx.db,
    scopeOf(ctx.principal),
    async (tx) => {
      const row = await assignedClient(tx, ctx.principal, caseId);
      const [gemeente] = await tx.select({ name: gemeentenInScope.name }).from(gemeentenInScope).where(eq(gemeentenInScope.id, row.gemeenteId));
      const [manager] = row.caseManagerId ? await tx.select({ name: users.name }).from(users).where(eq(users.id, row.caseManagerId)) : [];
      const [pip] = await tx
        .select()
        .from(pips)
        .where(and(eq(pips.caseId, caseId), inArray(pips.status, ['vastgesteld', 'gewijzigd'])))
        .orderBy(desc(pips.version))
        .limit(1);
      const meetings = await tx
        .select({ kind: caseMeetings.kind, plannedAt: caseMeetings.plannedAt, location: caseMeetings.location, interpreterLanguage: caseMeetings.interpreterLanguage, interpreter: caseMeetings.interpreter, status: caseMeetings.status })
        .from(caseMeetings)
        .where(eq(caseMeetings.caseId, caseId));
      const progress = await tx
        .select({ plannedOn: progressMeetings.plannedOn, heldOn: progressMeetings.heldOn, status: progressMeetings.status })
        .from(progressMeetings)
        .where(eq(progressMeetings.caseId, caseId));
      const pvt = await tx
        .select({ heldOn: pvtSessions.heldOn, startTime: pvtSessions.startTime, group: pvtGroups.name, provider: pvtGroups.providerName, interpreterLanguage: pvtGroups.interpreterLanguage })
        .from(pvtParticipants)
        .innerJoin(pvtGroups, eq(pvtGroups.id, pvtParticipants.groupId))
        .innerJoin(pvtSessions, eq(pvtSessions.groupId, pvtParticipants.groupId))
        .where(eq(pvtParticipants.caseId, caseId))
        .orderBy(asc(pvtSessions.heldOn));
      const appointments: ClientAppointmentView[] = [
        ...meetings
          .filter((m) => m.plannedAt !== null)
          .map((m) => {
            const at = m.plannedAt?.toISOString() ?? '';
            return {
              kind: 'gesprek' as const,
              label: isKeyOf(meetingKindLabels, m.kind) ? meetingKindLabels[m.kind] : 'Gesprek',
              date: at.slice(0, 10),
              time: at.slice(11, 16) || null,
              place: m.location,
              interpreter: m.interpreter ? (m.interpreterLanguage ?? 'Ja') : null,
              status: meetingStatusLabel[m.status] ?? m.status,
            };
          }),
        ...progress.map((p) => ({ kind: 'voortgangsgesprek' as const, label: 'Voortgangsgesprek', date: p.heldOn ?? p.plannedOn, time: null, place: null, interpreter: null, status: meetingStatusLabel[p.status] ?? p.status })),
        ...pvt.map((s) => ({ kind: 'pvt' as const, label: `PVT-bijeenkomst (${s.group}, ${s.provider})`, date: s.heldOn, time: s.startTime, place: null, interpreter: s.interpreterLanguage, status: 'Gepland' })),
      ].sort((a, b) => a.date.localeCompare(b.date));
      const begeleiding = await loadBegeleiding(tx, ctx.principal, row);
      await logProcessed(tx, ctx, 'maatschappelijkeBegeleiding', 'read', 'getClient', [
        { resourceType: 'case', resourceId: row.id, subject: { type: 'case', id: row.id }, gemeenteId: row.gemeenteId },
      ]);
      return {
        person: {
          id: row.id,
          caseNumber: caseNumberOf(row),
          givenNames: row.givenNames,
          familyName: row.familyName,
          phone: row.phone,
          email: row.email,
          address: row.address,
          preferredLanguage: row.preferredLanguage,
          interpreterNeeded: row.interpreterNeeded,
        },
        gemeente: gemeente?.name ?? '',
        caseManager: manager?.name ?? null,
        agreements: pip
          ? {
              pipVersion: pip.version,
              issuedOn: pip.issuedOn,
              route: pip.route,
              level: pip.level,
              intensity: pip.intensity,
              hoursPerWeek: pip.hoursPerWeek,
              support: pip.support,
              participation: pip.participation,
              pvtIntensity: pip.pvtIntensity,
              mapIntensity: pip.mapIntensity,
              progressMeetings: pip.progressMeetings,
            }
          : null,
        appointments,
        begeleiding,
      };
    },
    { readOnly: true },
  );
}
