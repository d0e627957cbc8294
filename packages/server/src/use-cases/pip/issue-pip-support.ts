// The steps of vaststellen (issue-pip.ts): the checks on the dagtekening and the concept, the
// beschikking or advies as a stored PDF, the new status of the versions, and the melding for DUO.
import { eq } from 'drizzle-orm';
import { learningRouteToLeerroute, type PIP } from '@koers/duo';
import { formatDutchDate, isAfter, languageCode, routeChangeAllowed, type IsoDate, type LearningRoute } from '@koers/domain';
import { pips } from '../../db/schema.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { addCaseEvent } from '../../case-file/events.ts';
import { todayIn } from '../../case-file/today.ts';
import { buildPipLetter, changeReasonText } from '../../documents/pip-beschikking.ts';
import { renderLetterPdf } from '../../documents/letter-pdf.ts';
import { loadLetterSender } from '../../documents/letter-sender.ts';
import { storeDocument } from '../../documents/store-document.ts';
import { caseNumberOf } from '../cases/case.view.ts';
import { queueDuoMessage } from '../duo/queue-duo-message.ts';
import type { UseCaseContext } from '../context.ts';
import { duoPipInput, isLearningRoute, settingsOf, storedMotivation, storedRelief, validateDraft, validationDetails, type PipRow, type PipValidation, type StoredMotivation, type ValidationContext } from './pip-support.ts';
import { nextUpdatedAt } from './record-pip-write.ts';
import { pipView } from './pip.view.ts';

/** The inburgeringstermijn as stored on the case: start and the day after its end. */
export interface Term {
  start: IsoDate;
  endExclusive: IsoDate;
}

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

/** The dagtekening asked for (today when none), refused when it lies in the future. */
export function checkedIssuedOn(issuedOn: IsoDate | undefined, now: Date): IsoDate {
  const today = todayIn(now);
  const chosen = issuedOn ?? today;
  if (isAfter(chosen, today)) {
    throw new AppError('VALIDATION_FAILED', { field: 'issuedOn', message: 'De dagtekening mag niet in de toekomst liggen.' });
  }
  return chosen;
}

/** The concept judged on the dagtekening (DUO's D1 and completeness); refused with every point to solve. */
export function acceptedDraft(context: ValidationContext, draft: PipRow, issuedOn: IsoDate): { validation: PipValidation; route: LearningRoute } {
  const validation = validateDraft(context, draft, issuedOn);
  const route = draft.route;
  if (!validation.accepted || !isLearningRoute(route)) {
    const details = validationDetails(validation);
    throw new AppError('PIP_INVALID', {
      message: `Het PIP kan nog niet worden vastgesteld: ${details.map((d) => d.message).join(' ')}`,
      details,
      extra: { validation },
    });
  }
  return { validation, route };
}

/** A route change is judged again on the decision date (art. 17 lid 2 Wi 2021, art. 5.4 Besluit). */
export function assertRouteChangeAllowed(caseRow: CaseRow, current: PipRow | null, route: LearningRoute, motivation: StoredMotivation, issuedOn: IsoDate): void {
  if (motivation.change?.reason !== 'route-change' || current === null || !isLearningRoute(current.route) || current.route === route || !caseRow.termStart) return;
  const allowed = routeChangeAllowed({
    termStart: caseRow.termStart,
    decidedOn: issuedOn,
    from: current.route,
    to: route,
    exception: motivation.change.exception ?? null,
  });
  if (!allowed.value) throw new AppError('PIP_CHANGE_REFUSED', { field: 'issuedOn', message: allowed.explanation.summary, extra: { explanation: allowed.explanation } });
}

export interface IssuedLetter {
  caseRow: CaseRow;
  draft: PipRow;
  versions: readonly PipRow[];
  kind: 'beschikking' | 'advies';
  route: LearningRoute;
  issuedOn: IsoDate;
  /** The termijn this PIP starts (first PIP), else null. */
  term: Term | null;
}

/** The beschikking or advies of this version, built, rendered as PDF and stored in the case's documents. */
export async function storeIssuedLetter(tx: Tx, ctx: UseCaseContext, issued: IssuedLetter): Promise<string> {
  const { caseRow, draft, versions, kind, route, issuedOn, term } = issued;
  const motivation = storedMotivation(draft.motivation);
  const settings = await settingsOf(tx, caseRow.gemeenteId, issuedOn);
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
  return storeDocument(
    tx,
    ctx.principal,
    {
      caseId: caseRow.id,
      gemeenteId: caseRow.gemeenteId,
      kind: kind === 'advies' ? 'pip-advies' : 'pip-beschikking',
      title: `PIP versie ${draft.version} – ${kind} van ${formatDutchDate(issuedOn)}`,
      mimeType: 'application/pdf',
      content: pdf,
      letterSummary: letter.summary,
    },
    ctx.now,
  );
}

export interface IssuedVersion {
  draft: PipRow;
  /** The version in force until now; it becomes 'gewijzigd'. */
  current: PipRow | null;
  kind: 'beschikking' | 'advies';
  issuedOn: IsoDate;
  documentId: string;
  validation: PipValidation;
}

/** The concept becomes the vastgesteld version; the version in force until now becomes 'gewijzigd'. */
export async function markIssued(tx: Tx, ctx: UseCaseContext, issued: IssuedVersion): Promise<PipRow> {
  const { draft, current, validation } = issued;
  if (current) {
    await tx.update(pips).set({ status: 'gewijzigd', updatedAt: nextUpdatedAt(ctx.now, current.updatedAt) }).where(eq(pips.id, current.id));
  }
  const [after] = await tx
    .update(pips)
    .set({
      status: 'vastgesteld',
      kind: issued.kind,
      issuedOn: issued.issuedOn,
      issuedBy: ctx.principal.userId,
      documentId: issued.documentId,
      duoValidation: validation,
      deviatesFromAdvice: validation.deviatesFromAdvice,
      updatedAt: nextUpdatedAt(ctx.now, draft.updatedAt),
    })
    .where(eq(pips.id, draft.id))
    .returning();
  if (!after) throw new AppError('INTERNAL');
  return after;
}

/**
 * The melding for DUO, in this transaction (the outbox worker sends it); DUO identifies the person
 * by BSN, so without one the timeline says the PIP still has to be reported.
 */
export async function reportIssueToDuo(
  tx: Tx,
  ctx: UseCaseContext,
  context: ValidationContext,
  issued: { draft: PipRow; after: PipRow; route: LearningRoute; issuedOn: IsoDate; operation: 'pip.register' | 'pip.change' },
): Promise<void> {
  const { caseRow } = context;
  const { after, issuedOn, operation } = issued;
  const duoInput = duoPipInput(context, issued.draft, issuedOn);
  if (caseRow.bsn !== null && duoInput !== null) {
    await queueDuoMessage(tx, {
      gemeenteId: caseRow.gemeenteId,
      caseId: caseRow.id,
      operation,
      payload: { bsn: caseRow.bsn, pip: { ...duoPipPayload(after, issued.route, issuedOn) } },
      precheck: { rule: 'pip', input: duoInput },
      actor: ctx.principal,
      now: ctx.now,
    });
    return;
  }
  await addCaseEvent(
    tx,
    ctx.principal,
    {
      caseId: caseRow.id,
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
