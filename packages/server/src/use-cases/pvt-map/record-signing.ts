/**
 * The signing of the participatieverklaring by one participant (at the group's ceremony or later).
 * The PVT result that goes to DUO is derived from it through the one result path (`applyResult`,
 * ADR 0125), and the certificate is generated into the case's documents.
 */
import { and, eq } from 'drizzle-orm';
import { formatDutchDate, isAfter, languageCode } from '@koers/domain';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { pvtParticipants } from '../../db/schema.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { todayIn } from '../../case-file/today.ts';
import { renderLetterPdf } from '../../documents/letter-pdf.ts';
import { loadLetterSender } from '../../documents/letter-sender.ts';
import { buildPvtCertificate } from '../../documents/pvt-certificate.ts';
import { storeDocument } from '../../documents/store-document.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { applyResult } from '../results/record-result.ts';
import { loadResultsState } from '../results/results-support.ts';
import { findPvtGroup, pvtGroupView, type PvtGroupView } from './pvt-support.ts';
import { logParticipantsShown } from './pvt-group-traces.ts';
import type { RecordSigningInput } from './pvt-map.types.ts';

export async function recordSigning(ctx: UseCaseContext, groupId: string, caseId: string, input: RecordSigningInput): Promise<PvtGroupView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const group = await findPvtGroup(tx, groupId, { forUpdate: true });
    const kase = await findOpenCase(tx, caseId);
    const [participant] = await tx.select().from(pvtParticipants).where(and(eq(pvtParticipants.groupId, groupId), eq(pvtParticipants.caseId, caseId))).for('update');
    if (!participant) throw new AppError('NOT_FOUND', { message: 'Deze persoon is geen deelnemer van deze PVT-groep.' });
    if (participant.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De ondertekening van deze deelnemer is intussen door iemand anders gewijzigd. Laad de groep opnieuw.' });
    }
    const today = todayIn(ctx.now);
    if (input.signedOn !== null && isAfter(input.signedOn, today)) {
      throw new AppError('VALIDATION_FAILED', { field: 'signedOn', message: 'Datum ondertekening: mag niet in de toekomst liggen.' });
    }
    if (input.signedOn === participant.signedOn) return pvtGroupView(tx, group);

    // The result for DUO first: when DUO's rules refuse the date, nothing is written (one transaction).
    const results = await loadResultsState(tx, kase);
    const stored = results.stored.get('pvt');
    if (stored?.completedOn !== input.signedOn && !(input.signedOn === null && (stored?.completedOn ?? null) === null)) {
      await applyResult(tx, ctx, kase, 'pvt', {
        version: stored?.version ?? 0,
        completedOn: input.signedOn,
        culpable: stored?.culpable ?? null,
        note: input.signedOn === null ? `Ondertekening bij PVT-groep ${group.name} ingetrokken` : `Ondertekend bij PVT-groep ${group.name}`,
      });
    }

    let certificateDocumentId: string | null = null;
    if (input.signedOn !== null) {
      const view = await pvtGroupView(tx, group);
      const hoursAttended = view.participants.find((p) => p.caseId === caseId)?.hoursAttended ?? 0;
      const { gemeenteName, sender } = await loadLetterSender(tx, kase.gemeenteId);
      const certificate = buildPvtCertificate({
          gemeenteName,
          sender,
          person: { name: `${kase.givenNames} ${kase.familyName}`, address: kase.address },
          caseNumber: kase.caseNumber,
          signedOn: input.signedOn,
          groupName: group.name,
          providerName: group.providerName,
          hoursAttended,
        });
      const pdf = await renderLetterPdf(certificate, languageCode(kase.preferredLanguage));
      certificateDocumentId = await storeDocument(
        tx,
        ctx.principal,
        { caseId, gemeenteId: kase.gemeenteId, kind: 'participatieverklaring', title: `Certificaat participatieverklaring ${formatDutchDate(input.signedOn)}`, mimeType: 'application/pdf', content: pdf, letterSummary: certificate.summary },
        ctx.now,
      );
    }
    await tx
      .update(pvtParticipants)
      .set({ signedOn: input.signedOn, certificateDocumentId, version: participant.version + 1, updatedAt: ctx.now })
      .where(eq(pvtParticipants.id, participant.id));
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'pvt-participant',
      entityId: participant.id,
      action: 'update',
      changes: { signedOn: { from: participant.signedOn, to: input.signedOn } },
      event: {
        kind: 'pvt.ondertekening',
        summary:
          input.signedOn === null
            ? `Ondertekening participatieverklaring (PVT-groep ${group.name}) ingetrokken.`
            : `Participatieverklaring ondertekend op ${formatDutchDate(input.signedOn)} (PVT-groep ${group.name}); het certificaat staat bij de documenten.`,
        occurredOn: input.signedOn ?? today,
        section: 'pvt-map',
        data: { groupId, participantId: participant.id, certificateDocumentId },
      },
      operationName: 'recordPvtSigning',
    });
    const view = await pvtGroupView(tx, group);
    await logParticipantsShown(tx, ctx, view, 'recordPvtSigning');
    return view;
  });
}
