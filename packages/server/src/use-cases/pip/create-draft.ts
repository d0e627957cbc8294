import { eq } from 'drizzle-orm';
import { routeLabel } from '@koers/domain';
import { caseIntakes, pips } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { AppError } from '../../errors.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { assertStepAllowed } from '../ondertussengroep/ondertussengroep-support.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import type { CreateDraftInput } from './pip.types.ts';
import { deviatesFromAdvice, isLearningRoute, kindFor, latestAdvice, settingsOf, validateDraft } from './pip-support.ts';
import { draftValues, pipHistoryFields } from './draft-fields.ts';
import { loadVersions } from './get-pip-overview.ts';
import { recordPipWrite } from './record-pip-write.ts';
import { draftView, type DraftView } from './pip.view.ts';
import { isRecord, propertyOf } from '../../util/guards.ts';

function intakeText(themes: unknown, key: string): string | null {
  const theme = propertyOf(themes, key);
  if (!isRecord(theme)) return null;
  const parts = Object.values(theme).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return parts.length ? parts.join('\n') : null;
}

/** Starts the (first) PIP of a case as a concept, prefilled from the intake and the toets advice. */
export async function createPipDraft(ctx: UseCaseContext, caseId: string, input: CreateDraftInput): Promise<DraftView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findOpenCase(tx, caseId);
    // art. 54 lid 1 Wi2021: the ondertussengroep (Wi2013) has no PIP (ADR 0109).
    assertStepAllowed(caseRow, 'pip');
    const today = todayIn(ctx.now);
    const versions = await loadVersions(tx, caseId);
    const open = versions.find((v) => v.status === 'concept');
    if (open) throw new AppError('PIP_DRAFT_EXISTS', { extra: { pipId: open.id } });
    if (versions.some((v) => v.status === 'vastgesteld')) {
      throw new AppError('STEP_NOT_ALLOWED', { message: 'Er is al een vastgesteld PIP. Wijzig het met ‘PIP wijzigen’: dat maakt een nieuwe versie met een reden.' });
    }
    const { previousGemeenteRoute, ...fields } = input;
    if (previousGemeenteRoute !== undefined && caseRow.movedInOn === null) {
      throw new AppError('VALIDATION_FAILED', { field: 'previousGemeenteRoute', message: 'Er is geen verhuizing naar deze gemeente vastgelegd (datum inschrijving na verhuizing ontbreekt).' });
    }
    const settings = await settingsOf(tx, caseRow.gemeenteId, today);
    const advice = await latestAdvice(tx, caseId);
    const [intake] = await tx.select({ themes: caseIntakes.themes }).from(caseIntakes).where(eq(caseIntakes.caseId, caseId));
    const values = draftValues(fields, caseRow, settings, null);
    const route = values.route ?? previousGemeenteRoute ?? advice?.route ?? null;
    const [row] = await tx
      .insert(pips)
      .values({
        gemeenteId: caseRow.gemeenteId,
        caseId,
        version: Math.max(0, ...versions.map((v) => v.version)) + 1,
        status: 'concept',
        kind: kindFor(caseRow.targetGroup),
        ...values,
        route,
        vve: values.vve !== undefined ? values.vve : intakeText(intake?.themes, 'vve'),
        progressMeetings: values.progressMeetings !== undefined ? values.progressMeetings : settings.progressMeetingsDefault,
        motivation: {
          routes: fields.motivation ?? {},
          ...(previousGemeenteRoute ? { change: { reason: 'move', previousRoute: previousGemeenteRoute } } : {}),
        },
        changeReason: previousGemeenteRoute ? 'move' : null,
        deviatesFromAdvice: deviatesFromAdvice(route, advice),
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
      event: {
        kind: 'pip.concept-aangemaakt',
        summary: `Concept-PIP versie ${row.version} aangemaakt${isLearningRoute(row.route) ? ` (${routeLabel(row.route)})` : ''}.`,
        data: { pipId: row.id, version: row.version },
      },
      operationName: 'createPipDraft',
    });
    return draftView({ ...row, duoValidation: validation }, validation);
  });
}
