import { eq } from 'drizzle-orm';
import { routeLabel, type LearningRoute } from '@koers/domain';
import { pips } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { AppError } from '../../errors.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { assertStepAllowed } from '../ondertussengroep/ondertussengroep-support.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import { changeReasonText } from '../../documents/pip-beschikking.ts';
import type { ChangeInput } from './pip.types.ts';
import { deviatesFromAdvice, isLearningRoute, latestAdvice, storedMotivation, validateDraft } from './pip-support.ts';
import { judgedChange } from './change-pip-support.ts';
import { pipHistoryFields } from './draft-fields.ts';
import { issuedVersions, loadVersions } from './get-pip-overview.ts';
import { recordPipWrite } from './record-pip-write.ts';
import { draftView, type DraftView } from './pip.view.ts';

/**
 * A change of the vastgesteld PIP: a new concept version with a reason, copied from the current
 * version. Route changes (B8) and A2 downgrades (B9) are judged by the rules core first.
 */
export async function changePip(ctx: UseCaseContext, caseId: string, input: ChangeInput): Promise<DraftView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findOpenCase(tx, caseId);
    // art. 54 lid 1 Wi2021: the ondertussengroep (Wi2013) has no PIP (ADR 0109).
    assertStepAllowed(caseRow, 'pip');
    const today = todayIn(ctx.now);
    const versions = await loadVersions(tx, caseId);
    const open = versions.find((v) => v.status === 'concept');
    if (open) throw new AppError('PIP_DRAFT_EXISTS', { extra: { pipId: open.id } });
    const issued = issuedVersions(versions);
    const current = issued.find((v) => v.status === 'vastgesteld');
    if (!current || !isLearningRoute(current.route)) {
      throw new AppError('STEP_NOT_ALLOWED', { message: 'Er is nog geen vastgesteld PIP om te wijzigen.' });
    }
    const from: LearningRoute = current.route;
    const { route, level, a2Skills, mapIntensity, mapThemesOmitted, change } = judgedChange({ caseRow, current, from, issued, today }, input);

    const advice = await latestAdvice(tx, caseId);
    const motivation = storedMotivation(current.motivation);
    const [row] = await tx
      .insert(pips)
      .values({
        gemeenteId: caseRow.gemeenteId,
        caseId,
        version: Math.max(...versions.map((v) => v.version)) + 1,
        status: 'concept',
        kind: current.kind,
        route,
        level,
        a2Skills,
        intensity: current.intensity,
        hoursPerWeek: current.hoursPerWeek,
        estimatedB1Intensity: route === 'B1' ? current.estimatedB1Intensity : null,
        motivation: { routes: motivation.routes, change },
        deviatesFromAdvice: deviatesFromAdvice(route, advice),
        support: current.support,
        pvtIntensity: current.pvtIntensity,
        mapIntensity,
        mapThemesOmitted,
        vve: current.vve,
        participation: current.participation,
        participatiewet: current.participatiewet,
        relief: current.relief,
        progressMeetings: current.progressMeetings,
        changeReason: input.reason,
        changeNote: input.note ?? null,
        supersedesId: current.id,
        createdBy: ctx.principal.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    const validation = validateDraft({ caseRow, versions: [...versions, row], advice }, row, today);
    // Stored too, so the werkvoorraad can show a failing DUO pre-validation without recomputing it.
    await tx.update(pips).set({ duoValidation: validation }).where(eq(pips.id, row.id));
    await recordPipWrite(tx, ctx, caseRow, {
      entityType: 'pip',
      entityId: row.id,
      action: 'create',
      changes: diff(null, pipHistoryFields(row)),
      reason: changeReasonText(input.reason),
      event: {
        kind: 'pip.wijziging-gestart',
        summary: `Wijziging van het PIP gestart (versie ${row.version}): ${changeReasonText(input.reason)}${route !== from ? `, ${routeLabel(from)} → ${routeLabel(route)}` : ''}.`,
        data: { pipId: row.id, version: row.version, reason: input.reason, supersedesId: current.id },
      },
      operationName: 'changePip',
    });
    return draftView({ ...row, duoValidation: validation }, validation);
  });
}
