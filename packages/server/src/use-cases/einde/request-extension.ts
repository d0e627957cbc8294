// A request to extend the termijn (art. 12 Wi2021), recorded in the case. For "aanzienlijke
// inspanningen" the rules core says at once whether the conditions of art. 4.4 Bi are met; the
// assessment is stored with the request and shown with the decision (ADR 0129).
import { considerableEffortsExtension, extensionGroundLabel, extensionMonths, formatDutchDate, isExamPart, type Explained } from '@koers/domain';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { pips, termExtensions } from '../../db/schema.ts';
import { and, desc, eq } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { type CaseRow, findOpenCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import type { Tx } from '../../db/database.ts';
import type { UseCaseContext } from '../context.ts';
import { isLearningRoute } from '../pip/pip-support.ts';
import { loadEindeState, type EindeState } from './einde-support.ts';
import { eindeOverview, type EindeOverview } from './einde.view.ts';
import type { RequestExtensionInput } from './einde.types.ts';

async function assessConsiderableEfforts(tx: Tx, caseRow: CaseRow, state: EindeState, input: RequestExtensionInput): Promise<Explained<{ eligible: boolean; months: number }>> {
  if (input.allLessonsFollowed === undefined && caseRow.targetGroup !== 'gezin-overig') {
    throw new AppError('VALIDATION_FAILED', { field: 'allLessonsFollowed', message: 'Alle lessen gevolgd: kies ja of nee.' });
  }
  if (input.lessonHours === undefined && caseRow.targetGroup === 'gezin-overig') {
    throw new AppError('VALIDATION_FAILED', { field: 'lessonHours', message: 'Uren taalles en KNM: vul het aantal gevolgde uren in.' });
  }
  const [pip] = await tx.select({ route: pips.route, level: pips.level }).from(pips).where(and(eq(pips.caseId, caseRow.id), eq(pips.status, 'vastgesteld'))).orderBy(desc(pips.version)).limit(1);
  if (!pip?.route || !isLearningRoute(pip.route)) throw new AppError('STEP_NOT_ALLOWED', { field: 'ground', message: 'Grond: er is geen vastgesteld PIP met een leerroute; verlenging na aanzienlijke inspanningen kan alleen in de B1-route.' });
  const level = pip.level === 'A2' ? 'A2' : 'B1';
  const rank: Record<string, number> = { A2: 2, B1: 3, B2: 4 };
  const passed = new Set(state.examResults.filter((r) => r.resultaat === 'Geslaagd' && isExamPart(r.onderdeel) && (r.onderdeel === 'KNM' || (rank[r.niveau ?? ''] ?? 0) >= (rank[level] ?? 3))).map((r) => r.onderdeel));
  return considerableEffortsExtension({
    route: pip.route,
    targetGroup: caseRow.targetGroup === 'gezin-overig' ? 'gezin-overig' : 'asiel',
    examLevel: level,
    allLessonsFollowed: input.allLessonsFollowed ?? false,
    lessonHours: input.lessonHours ?? 0,
    languageExamsPassed: ['LE', 'LU', 'SC', 'SP'].filter((p) => passed.has(p)).length,
    knmPassed: passed.has('KNM'),
    pvtCompleted: state.pvtCompletedOn !== null,
    mapCompleted: state.mapCompletedOn !== null,
  });
}

export async function requestExtension(ctx: UseCaseContext, caseId: string, input: RequestExtensionInput): Promise<EindeOverview> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findOpenCase(tx, caseId);
    if (caseRow.status === 'gesloten') throw new AppError('STEP_NOT_ALLOWED', { field: 'ground', message: 'Het dossier is gesloten; een verzoek om verlenging kan niet meer.' });
    if (caseRow.termEndExclusive === null) throw new AppError('STEP_NOT_ALLOWED', { field: 'ground', message: 'Er is nog geen inburgeringstermijn bekend; verlengen kan pas als de termijn loopt.' });
    const state = await loadEindeState(tx, caseRow.id);
    if (state.extensions.some((e) => e.decision === null)) throw new AppError('STEP_NOT_ALLOWED', { field: 'ground', message: 'Er staat al een verzoek om verlenging open; beslis daar eerst op.' });
    const assessment = input.ground === 'aanzienlijke-inspanningen' ? await assessConsiderableEfforts(tx, caseRow, state, input) : null;
    const months = extensionMonths(input.ground, input.months).value;
    const values = { ground: input.ground, requestedOn: input.requestedOn, months, motivation: input.motivation ?? null };
    const [row] = await tx
      .insert(termExtensions)
      .values({ gemeenteId: caseRow.gemeenteId, caseId: caseRow.id, ...values, assessment, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, caseRow, {
      entityType: 'term_extension',
      entityId: row.id,
      action: 'create',
      changes: diff(null, values),
      event: {
        kind: 'term-extension.requested',
        summary: `Verzoek om verlenging van de termijn (${extensionGroundLabel[input.ground].toLowerCase()}, ${months} maanden) van ${formatDutchDate(input.requestedOn)} vastgelegd.${assessment ? ` ${assessment.explanation.summary}` : ''}`,
        occurredOn: input.requestedOn,
        section: 'resultaten',
      },
      operationName: 'requestTermExtension',
    });
    return eindeOverview(caseRow, await loadEindeState(tx, caseRow.id));
  });
}
