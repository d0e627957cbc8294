import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import { intakeView, type IntakeView } from './intake.view.ts';

/** Schakel 3 of a case: the brede intake, invitations, next step, toets and evidence. */
export function getIntake(ctx: UseCaseContext, caseId: string): Promise<IntakeView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId);
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getIntake', [
      { resourceType: 'case', resourceId: kase.id, subject: { type: 'case', id: kase.id }, gemeenteId: kase.gemeenteId },
    ]);
    return intakeView(tx, ctx, kase);
  });
}
