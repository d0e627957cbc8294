import { eq } from 'drizzle-orm';
import { learningRouteToLeerroute, type PIP } from '@koers/duo';
import { integrationTerm, languageCode, isAfter, routeChangeAllowed, routeLabel, formatDutchDate, type IsoDate, type LearningRoute } from '@koers/domain';
import { cases, pips } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { AppError } from '../../errors.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff, recordChange } from '../../audit/history.ts';
import { findCase, findOpenCase } from '../../case-file/find-case.ts';
import { assertStepAllowed } from '../ondertussengroep/ondertussengroep-support.ts';
import { caseNumberOf } from '../case.view.ts';
import { addCaseEvent } from '../../case-file/events.ts';
import { queueDuoMessage } from '../duo/queue-duo-message.ts';
import { todayIn } from '../../case-file/today.ts';
import { buildPipLetter, changeReasonText } from '../../documents/pip-beschikking.ts';
import { renderLetterPdf } from '../../documents/letter-pdf.ts';
import { loadLetterSender } from '../../documents/letter-sender.ts';
import { storeDocument } from '../../documents/store-document.ts';
import type { UseCaseContext } from '../context.ts';
import type { IssueInput } from './pip.types.ts';
import { duoPipInput, kindFor, latestAdvice, settingsOf, storedMotivation, storedRelief, validateDraft, validationDetails, type PipRow } from './pip-support.ts';
import { pipHistoryFields } from './draft-fields.ts';
import { issuedVersions, loadVersions } from './get-pip-overview.ts';
import { lockedDraft } from './update-draft.ts';
import { nextUpdatedAt, recordPipWrite } from './record-pip-write.ts';
import { replanProgressMeetings } from '../voortgang/plan-progress.ts';
import { pipView, type PipView } from './pip.view.ts';

/** The DUO PIP message (PIP API, POST /personen/{bsn}/PIP) for a vastgesteld version. */
export function duoPipPayload(row: PipRow, route: LearningRoute, issuedOn: IsoDate): PIP {
  const estimate = row.estimatedB1Intensity === null ? undefined : Number(row.estimatedB1Intensity);
  const pip: PIP = {
    dagtekeningPip: issuedOn,
    leerroute: learningRouteToLeerroute(route),
    ...(row.level === 'A2' || row.level === 'B1' ? { niveau: row.level } : {}),
    ...(estimate !== undefined && Number.isInteger(estimate) ? { geschatteIntensiteitB1Route: estimate } : {}),
  };
  return pip;
}

/**
 * Vaststellen: the concept becomes an immutable version with a dagtekening, a Dutch PDF
 * (beschikking or advies), the termijn on the case (first PIP only) and a message for DUO.
 */
export async function issuePip(ctx: UseCaseContext, caseId: string, pipId: string, input: IssueInput): Promise<PipView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findOpenCase(tx, caseId);
    // art. 54 lid 1 Wi2021: the ondertussengroep (Wi2013) has no PIP (ADR 0109).
    assertStepAllowed(caseRow, 'pip');
    const draft = await lockedDraft(tx, caseId, pipId, input.updatedAt);
    const today = todayIn(ctx.now);
    const issuedOn = input.issuedOn ?? today;
    if (isAfter(issuedOn, today)) {
      throw new AppError('VALIDATION_FAILED', { field: 'issuedOn', message: 'De dagtekening mag niet in de toekomst liggen.' });
    }
    const versions = await loadVersions(tx, caseId);
    const advice = await latestAdvice(tx, caseId);
    const validation = validateDraft({ caseRow, versions, advice }, draft, issuedOn);
    if (!validation.accepted || draft.route === null) {
      const details = validationDetails(validation);
      throw new AppError('PIP_INVALID', {
        message: `Het PIP kan nog niet worden vastgesteld: ${details.map((d) => d.message).join(' ')}`,
        details,
        extra: { validation },
      });
    }
    const route = draft.route as LearningRoute;
    const issued = issuedVersions(versions);
    const current = issued.find((v) => v.status === 'vastgesteld') ?? null;
    const first = issued.length === 0;
    const motivation = storedMotivation(draft.motivation);

    // A route change is judged again on the decision date (art. 17 lid 2 Wi 2021, art. 5.4 Besluit).
    if (motivation.change?.reason === 'route-change' && current?.route && current.route !== route && caseRow.termStart) {
      const allowed = routeChangeAllowed({
        termStart: caseRow.termStart,
        decidedOn: issuedOn,
        from: current.route as LearningRoute,
        to: route,
        exception: motivation.change.exception ?? null,
      });
      if (!allowed.value) throw new AppError('PIP_CHANGE_REFUSED', { field: 'issuedOn', message: allowed.explanation.summary, extra: { explanation: allowed.explanation } });
    }

    const settings = await settingsOf(tx, caseRow.gemeenteId, issuedOn);
    const kind = kindFor(caseRow.targetGroup);
    const term = caseRow.termStart === null ? integrationTerm({ pipIssuedOn: issuedOn }).value : null;
    const termForLetter = term ?? (caseRow.termStart && caseRow.termEndExclusive ? { start: caseRow.termStart, endExclusive: caseRow.termEndExclusive } : null);
    const relief = storedRelief(draft.relief);
    const previous = draft.supersedesId ? versions.find((v) => v.id === draft.supersedesId) : undefined;
    const letter = buildPipLetter({
      kind,
      ...(await loadLetterSender(tx, caseRow.gemeenteId)),
      person: { name: `${caseRow.givenNames} ${caseRow.familyName}`, familyName: caseRow.familyName, address: caseRow.address },
      caseNumber: caseNumberOf(caseRow),
      version: draft.version,
      issuedOn,
      issuerName: ctx.principal.name,
      route,
      level: draft.level === 'A2' || draft.level === 'B1' ? draft.level : null,
      a2Skills: draft.a2Skills,
      intensity: draft.intensity,
      hoursPerWeek: draft.hoursPerWeek,
      estimatedB1Intensity: draft.estimatedB1Intensity === null ? null : Number(draft.estimatedB1Intensity),
      motivation: motivation.routes,
      support: draft.support,
      pvtIntensity: draft.pvtIntensity,
      mapIntensity: draft.mapIntensity,
      mapThemesOmitted: pipView(draft).mapThemesOmitted,
      vve: draft.vve,
      participation: draft.participation,
      participatiewet: draft.participatiewet,
      relief: relief ? { applies: relief.applies, explanation: relief.explanation } : null,
      progressMeetings: draft.progressMeetings,
      change: previous
        ? { previousVersion: previous.version, previousIssuedOn: previous.issuedOn, reasonText: changeReasonText(draft.changeReason), note: draft.changeNote }
        : draft.changeReason === 'move'
          ? { previousVersion: 0, previousIssuedOn: null, reasonText: changeReasonText('move'), note: draft.changeNote }
          : null,
      term: termForLetter,
      objectionPeriodWeeks: settings.objectionPeriodWeeks,
    });
    const pdf = await renderLetterPdf(letter, languageCode(caseRow.preferredLanguage));
    const documentId = await storeDocument(
      tx,
      ctx.principal,
      {
        caseId,
        gemeenteId: caseRow.gemeenteId,
        kind: kind === 'advies' ? 'pip-advies' : 'pip-beschikking',
        title: `PIP versie ${draft.version} – ${kind} van ${formatDutchDate(issuedOn)}`,
        mimeType: 'application/pdf',
        content: pdf,
        letterSummary: letter.summary,
      },
      ctx.now,
    );

    if (current) {
      await tx.update(pips).set({ status: 'gewijzigd', updatedAt: nextUpdatedAt(ctx.now, current.updatedAt) }).where(eq(pips.id, current.id));
    }
    const [after] = await tx
      .update(pips)
      .set({
        status: 'vastgesteld',
        kind,
        issuedOn,
        issuedBy: ctx.principal.userId,
        documentId,
        duoValidation: validation,
        deviatesFromAdvice: validation.deviatesFromAdvice,
        updatedAt: nextUpdatedAt(ctx.now, draft.updatedAt),
      })
      .where(eq(pips.id, pipId))
      .returning();
    if (!after) throw new AppError('INTERNAL');

    const caseChanges = {
      status: 'pip-vastgesteld',
      ...(term ? { termStart: term.start, termEndExclusive: term.endExclusive } : {}),
    };
    await tx
      .update(cases)
      .set({ ...(caseRow.closedOn === null ? caseChanges : {}), version: caseRow.version + 1, updatedAt: nextUpdatedAt(ctx.now, caseRow.updatedAt) })
      .where(eq(cases.id, caseId));
    // The melding for DUO, in this transaction (the outbox worker sends it). DUO identifies the person by BSN.
    const duoInput = duoPipInput({ caseRow, versions, advice }, draft, issuedOn);
    const payload = duoPipPayload(after, route, issuedOn);
    const operation = first ? 'pip.register' : 'pip.change';
    if (caseRow.bsn !== null && duoInput !== null) {
      await queueDuoMessage(tx, {
        gemeenteId: caseRow.gemeenteId,
        caseId,
        operation,
        payload: { bsn: caseRow.bsn, pip: { ...payload } },
        precheck: { rule: 'pip', input: duoInput },
        actor: ctx.principal,
        now: ctx.now,
      });
    } else {
      await addCaseEvent(
        tx,
        ctx.principal,
        {
          caseId,
          gemeenteId: caseRow.gemeenteId,
          kind: 'duo.bericht.geen-bsn',
          summary: 'Het PIP is niet aan DUO gemeld: het BSN is nog niet bekend. Meld het PIP zodra het BSN bekend is.',
          occurredOn: issuedOn,
          section: 'pip',
          data: { pipId: after.id, operation },
        },
        ctx.now,
      );
    }
    await recordChange(
      tx,
      ctx.principal,
      {
        organisationId: ctx.principal.organisation.id,
        gemeenteId: caseRow.gemeenteId,
        entityType: 'case',
        entityId: caseRow.id,
        action: 'update',
        changes: diff({ status: caseRow.status, termStart: caseRow.termStart, termEndExclusive: caseRow.termEndExclusive }, caseRow.closedOn === null ? caseChanges : {}),
        reason: `PIP versie ${after.version} vastgesteld`,
      },
      ctx.now,
    );
    // The voortgangsgesprekken follow the PIP in force (ADR 0120), before the signals are recomputed.
    await replanProgressMeetings(tx, ctx, await findCase(tx, caseId));
    await recordPipWrite(tx, ctx, caseRow, {
      entityType: 'pip',
      entityId: after.id,
      action: 'update',
      changes: diff(pipHistoryFields(draft), pipHistoryFields(after)),
      event: {
        kind: 'pip.vastgesteld',
        occurredOn: issuedOn,
        summary: `PIP versie ${after.version} vastgesteld als ${kind} (${routeLabel(route)}), dagtekening ${formatDutchDate(issuedOn)}.${term ? ` Inburgeringstermijn ${formatDutchDate(term.start)} tot ${formatDutchDate(term.endExclusive)}.` : ''} Document gemaakt en klaargezet voor DUO.`,
        data: { pipId: after.id, version: after.version, documentId, kind, route, issuedOn, first, operation: first ? 'pip.register' : 'pip.change' },
      },
      operationName: 'issuePip',
    });
    return pipView(after);
  });
}
