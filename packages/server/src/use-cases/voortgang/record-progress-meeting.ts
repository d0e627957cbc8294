import { and, desc, eq, lt } from 'drizzle-orm';
import { formatDutchDate, outcomeNeedsReason } from '@koers/domain';
import { interpreterBookings, pips, progressMeetings, referrals, socialeKaartOrganisations } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase, type CaseRow } from '../../case-file/find-case.ts';
import type { Tx } from '../../db/database.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { caseNumberOf } from '../cases/case.view.ts';
import { loadLetterSender } from '../../documents/letter-sender.ts';
import { storeDocument } from '../../documents/store-document.ts';
import { progressOutcomeLabel, renderProgressReportPdf } from '../../documents/progress-report-pdf.ts';
import { nextUpdatedAt } from '../pip/record-pip-write.ts';
import type { UseCaseContext } from '../context.ts';
import type { RecordProgressMeetingInput } from './voortgang.types.ts';
import { lockedProgressMeeting, type ProgressMeetingRow } from './load-progress-meeting.ts';
import { providerReportsSince } from './provider-reports-since.ts';
import { progressMeetingFields, progressMeetingView, readsSensitiveProgress, referralFields, type ProgressMeetingView } from './voortgang.view.ts';

const present = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim() !== '';
const compact = (o: Record<string, string | undefined>): Record<string, string> => Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => present(e[1])));

/**
 * Records a voortgangsgesprek as held: who was there, the report per theme, the outcome; a
 * doorverwijzing creates its referral; the report goes into the case's documents as a PDF. All in
 * one transaction. The gesprek's id with outcome 'handhaving-starten' is what a handhaving
 * violation points to (package O).
 */
export async function recordProgressMeeting(ctx: UseCaseContext, caseId: string, meetingId: string, input: RecordProgressMeetingInput): Promise<ProgressMeetingView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const before = await lockedProgressMeeting(tx, caseId, meetingId, input.version);
    if (before.status === 'vervallen') {
      throw new AppError('STEP_NOT_ALLOWED', { message: 'Dit gesprek is vervallen door een gewijzigd PIP en kan niet worden vastgelegd. Plan zo nodig een extra gesprek.' });
    }
    if (input.sensitiveReport !== undefined && !readsSensitiveProgress(ctx.principal)) {
      throw new AppError('FORBIDDEN', { field: 'sensitiveReport', message: 'Gezondheid en gezin: u mag deze bijzondere persoonsgegevens niet vastleggen.' });
    }
    const reason = present(input.outcomeReason) ? input.outcomeReason.trim() : null;
    if (outcomeNeedsReason(input.outcome) && reason === null) {
      throw new AppError('VALIDATION_FAILED', { field: 'outcomeReason', message: 'Toelichting uitkomst: geef de reden van deze uitkomst.' });
    }
    const organisation = await referredOrganisation(tx, kase, input);

    const sensitiveReport = input.sensitiveReport === undefined ? before.sensitiveReport : compact(input.sensitiveReport);
    const report = compact(input.report);
    const pdf = await progressReportPdf(tx, ctx, kase, { before, input, report, sensitiveReport, reason, organisation });
    const documentId = await storeDocument(
      tx,
      ctx.principal,
      { caseId, gemeenteId: kase.gemeenteId, kind: 'voortgangsverslag', title: `Verslag voortgangsgesprek ${formatDutchDate(input.heldOn)}`, mimeType: 'application/pdf', content: pdf },
      ctx.now,
    );

    const [after] = await tx
      .update(progressMeetings)
      .set({
        status: 'gehouden',
        heldOn: input.heldOn,
        attendees: input.attendees,
        report,
        sensitiveReport,
        outcome: input.outcome,
        outcomeReason: reason,
        documentId,
        version: before.version + 1,
        updatedAt: nextUpdatedAt(ctx.now, before.updatedAt),
      })
      .where(eq(progressMeetings.id, meetingId))
      .returning();
    if (!after) throw new AppError('INTERNAL');

    if (organisation && input.referral) {
      const [referral] = await tx
        .insert(referrals)
        .values({ gemeenteId: kase.gemeenteId, caseId, organisationId: organisation.id, progressMeetingId: meetingId, referredOn: input.heldOn, reason: input.referral.reason, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
        .returning();
      if (!referral) throw new AppError('INTERNAL');
      await recordCaseWriteTraces(tx, ctx, kase, {
        entityType: 'referral',
        entityId: referral.id,
        action: 'create',
        changes: diff(null, referralFields(referral)),
        operationName: 'recordProgressMeeting',
        event: { kind: 'voortgang.doorverwezen', summary: `Doorverwezen naar ${organisation.name}.`, occurredOn: input.heldOn, section: 'voortgang', data: { referralId: referral.id, progressMeetingId: meetingId } },
      });
    }
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'progress-meeting',
      entityId: after.id,
      action: 'update',
      changes: diff(progressMeetingFields(before), progressMeetingFields(after)),
      operationName: 'recordProgressMeeting',
      event: {
        kind: input.outcome === 'handhaving-starten' ? 'voortgang.handhaving-starten' : 'voortgang.gehouden',
        summary: `Voortgangsgesprek gehouden op ${formatDutchDate(input.heldOn)}. Uitkomst: ${progressOutcomeLabel(input.outcome).toLowerCase()}. Verslag in de documenten.`,
        occurredOn: input.heldOn,
        section: 'voortgang',
        data: { progressMeetingId: after.id, outcome: input.outcome, documentId },
      },
    });
    return progressMeetingView(after, ctx.principal);
  });
}

/** The organisation of the sociale kaart a doorverwijzing goes to (active, this gemeente's); null for another outcome. */
async function referredOrganisation(tx: Tx, kase: CaseRow, input: RecordProgressMeetingInput): Promise<{ id: string; name: string } | null> {
  if (input.outcome !== 'doorverwijzing') return null;
  if (!input.referral) throw new AppError('VALIDATION_FAILED', { field: 'referral', message: 'Doorverwijzing: kies een organisatie van de sociale kaart en geef de reden.' });
  const [org] = await tx
    .select({ id: socialeKaartOrganisations.id, name: socialeKaartOrganisations.name })
    .from(socialeKaartOrganisations)
    .where(and(eq(socialeKaartOrganisations.id, input.referral.organisationId), eq(socialeKaartOrganisations.gemeenteId, kase.gemeenteId), eq(socialeKaartOrganisations.active, true)));
  if (!org) throw new AppError('VALIDATION_FAILED', { field: 'referral.organisationId', message: 'Organisatie: kies een organisatie van de sociale kaart van deze gemeente.' });
  return org;
}

interface HeldMeeting {
  before: ProgressMeetingRow;
  input: RecordProgressMeetingInput;
  report: Record<string, string>;
  sensitiveReport: Record<string, string>;
  reason: string | null;
  organisation: { id: string; name: string } | null;
}

/** The verslag as PDF: with the PIP version, the interpreter and what providers reported since the previous gesprek. */
async function progressReportPdf(tx: Tx, ctx: UseCaseContext, kase: CaseRow, held: HeldMeeting): Promise<Buffer> {
  const { before, input, organisation } = held;
  const [previous] = await tx
    .select({ heldOn: progressMeetings.heldOn })
    .from(progressMeetings)
    .where(and(eq(progressMeetings.caseId, kase.id), eq(progressMeetings.status, 'gehouden'), lt(progressMeetings.heldOn, input.heldOn)))
    .orderBy(desc(progressMeetings.heldOn))
    .limit(1);
  const providerReports = await providerReportsSince(tx, kase.id, previous?.heldOn ?? null, input.heldOn);
  const [pip] = before.pipId ? await tx.select({ version: pips.version }).from(pips).where(eq(pips.id, before.pipId)) : [];
  const [interpreter] = await tx
    .select({ language: interpreterBookings.language })
    .from(interpreterBookings)
    .where(and(eq(interpreterBookings.meetingKind, 'voortgang'), eq(interpreterBookings.meetingId, before.id)));
  const { gemeenteName, sender } = await loadLetterSender(tx, kase.gemeenteId);
  return renderProgressReportPdf({
    gemeenteName,
    sender,
    personName: `${kase.givenNames} ${kase.familyName}`,
    caseNumber: caseNumberOf(kase),
    pipVersion: pip?.version ?? null,
    plannedOn: before.plannedOn,
    heldOn: input.heldOn,
    attendees: input.attendees,
    interpreter: interpreter ? interpreter.language : null,
    report: held.report,
    hasSensitiveParts: Object.keys(held.sensitiveReport).length > 0,
    outcome: input.outcome,
    outcomeReason: held.reason,
    referral: organisation && input.referral ? { organisationName: organisation.name, reason: input.referral.reason } : null,
    providerReports,
    authorName: ctx.principal.name,
  });
}
