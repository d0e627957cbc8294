import { and, asc, eq } from 'drizzle-orm';
import { interpreterCostCounts, interpreterStatuses } from '@koers/domain';
import { caseMeetings, interpreterBookings, progressMeetings, referrals, socialeKaartOrganisations } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import { currentPip } from './plan-progress.ts';
import { interpreterBookingView, organisationView, progressMeetingView, readsSensitiveProgress, referralView, type VoortgangView } from './voortgang.view.ts';
import { knownValue } from '../known-value.ts';

/** The voortgang part of a case: gesprekken (planned and held), tolken, doorverwijzingen. */
export async function getVoortgang(ctx: UseCaseContext, caseId: string): Promise<VoortgangView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId);
    const pip = await currentPip(tx, caseId);
    const meetings = await tx.select().from(progressMeetings).where(and(eq(progressMeetings.caseId, caseId))).orderBy(asc(progressMeetings.plannedOn), asc(progressMeetings.createdAt));
    const bookings = await tx.select().from(interpreterBookings).where(eq(interpreterBookings.caseId, caseId)).orderBy(asc(interpreterBookings.bookedOn));
    const refs = await tx
      .select({ referral: referrals, name: socialeKaartOrganisations.name, theme: socialeKaartOrganisations.theme })
      .from(referrals)
      .innerJoin(socialeKaartOrganisations, eq(socialeKaartOrganisations.id, referrals.organisationId))
      .where(eq(referrals.caseId, caseId))
      .orderBy(asc(referrals.referredOn));
    const organisations = await tx
      .select()
      .from(socialeKaartOrganisations)
      .where(and(eq(socialeKaartOrganisations.gemeenteId, kase.gemeenteId), eq(socialeKaartOrganisations.active, true)))
      .orderBy(asc(socialeKaartOrganisations.theme), asc(socialeKaartOrganisations.name));
    const intake = await tx.select({ id: caseMeetings.id, kind: caseMeetings.kind, plannedAt: caseMeetings.plannedAt }).from(caseMeetings).where(eq(caseMeetings.caseId, caseId)).orderBy(asc(caseMeetings.createdAt));
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getVoortgang', [
      { resourceType: 'progress_meetings', resourceId: kase.id, subject: { type: 'case', id: kase.id }, gemeenteId: kase.gemeenteId },
    ]);
    return {
      pip: pip ? { id: pip.id, version: pip.version, progressMeetings: pip.progressMeetings, issuedOn: pip.issuedOn } : null,
      term: kase.termStart && kase.termEndExclusive ? { start: kase.termStart, endExclusive: kase.termEndExclusive } : null,
      meetings: meetings.map((m) => progressMeetingView(m, ctx.principal)),
      interpreterBookings: bookings.map(interpreterBookingView),
      interpreterCostCents: bookings.filter((b) => interpreterCostCounts(knownValue(interpreterStatuses, b.status, 'interpreter_bookings.status'))).reduce((sum, b) => sum + b.costCents, 0),
      referrals: refs.map((r) => referralView(r.referral, r)),
      organisations: organisations.map(organisationView),
      intakeMeetings: intake.map((m) => ({ id: m.id, kind: m.kind, plannedAt: m.plannedAt?.toISOString() ?? null })),
      readsSensitive: readsSensitiveProgress(ctx.principal),
    };
  });
}
