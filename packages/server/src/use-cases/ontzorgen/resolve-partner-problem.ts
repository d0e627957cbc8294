/**
 * The regisseur or financieel medewerker marks a budgetbeheer partner's problem as handled; its
 * werkvoorraad item goes (ADR 0147). Optimistic version like every mutable resource.
 */
import { and, eq } from 'drizzle-orm';
import { partnerProblemKindLabels } from '@koers/domain';
import { reliefPartnerProblems } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import type { ResolvedPartnerProblem } from './ontzorgen.view.ts';
import { labelOf } from '../../util/records.ts';

export async function resolvePartnerProblem(ctx: UseCaseContext, caseId: string, problemId: string, version: number): Promise<ResolvedPartnerProblem> {
  // The route needs case:read; handling the item is for the regisseur (case:write) or the financieel medewerker (finance:write).
  if (!ctx.principal.permissions.includes('case:write') && !ctx.principal.permissions.includes('finance:write')) {
    throw new AppError('FORBIDDEN', { message: 'Alleen de trajectregisseur of de financieel medewerker kan een melding van de budgetbeheerder afhandelen.' });
  }
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId);
    const [before] = await tx.select().from(reliefPartnerProblems).where(and(eq(reliefPartnerProblems.id, problemId), eq(reliefPartnerProblems.caseId, kase.id))).for('update');
    if (!before) throw new AppError('NOT_FOUND', { message: 'Deze melding bestaat niet of u heeft er geen toegang toe.' });
    if (before.version !== version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'Deze melding is intussen gewijzigd. Laad de pagina opnieuw.' });
    if (before.resolvedOn !== null) return { id: before.id, resolvedOn: before.resolvedOn, version: before.version };
    const today = todayIn(ctx.now);
    const [after] = await tx.update(reliefPartnerProblems).set({ resolvedOn: today, version: before.version + 1, updatedAt: ctx.now }).where(and(eq(reliefPartnerProblems.id, before.id), eq(reliefPartnerProblems.version, version))).returning();
    if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'relief-partner-problem',
      entityId: before.id,
      action: 'update',
      changes: { resolvedOn: { from: null, to: today } },
      reason: 'Melding van de budgetbeheerder afgehandeld',
      operationName: 'resolvePartnerProblem',
      event: { kind: 'ontzorgen.budgetbeheer-melding-afgehandeld', summary: `Melding van de budgetbeheerder afgehandeld: ${labelOf(partnerProblemKindLabels, before.kind)}.`, section: 'ontzorgen' },
    });
    return { id: after.id, resolvedOn: today, version: after.version };
  });
}
