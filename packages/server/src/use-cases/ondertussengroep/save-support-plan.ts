/**
 * Saves the vrijwillig ondersteuningsplan of a Wi2013 case with the DUO facts it rests on (end of the
 * termijn, loan status); the first save creates it (version 0 → 1). A loan status that changes also
 * sets the case's ELIP flag (rules core: elipFromLoan), in the same transaction.
 */
import { and, eq } from 'drizzle-orm';
import { elipFromLoan, loanStatusLabels, supportPlanProblems, supportPlanStatusLabels } from '@koers/domain';
import { cases, supportPlans } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff, recordChange } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import { canReadSensitive } from '../voorbereiding/case-write.ts';
import type { UseCaseContext } from '../context.ts';
import { asLoanStatus, asPlanStatus, assertStepAllowed, loadOndertussengroep, offersOf, refuseProblems, type SupportPlanRow } from './ondertussengroep-support.ts';
import type { SaveSupportPlanInput } from './ondertussengroep.types.ts';
import { ondertussengroepView, type OndertussengroepView } from './ondertussengroep.view.ts';

function historyFields(p: Pick<SupportPlanRow, 'status' | 'goal' | 'offers' | 'dutyEndOn' | 'loanStatus' | 'loanStatusOn'>) {
  return { status: p.status, goal: p.goal, offers: offersOf(p.offers), dutyEndOn: p.dutyEndOn, loanStatus: p.loanStatus, loanStatusOn: p.loanStatusOn };
}

export async function saveSupportPlan(ctx: UseCaseContext, caseId: string, input: SaveSupportPlanInput): Promise<OndertussengroepView> {
  const { version, ...fields } = input;
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    let kase = await findOpenCase(tx, caseId);
    assertStepAllowed(kase, 'ondersteuningsplan');
    const { plan: before } = await loadOndertussengroep(tx, kase.id);
    if ((before?.version ?? 0) !== version) {
      throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'Het ondersteuningsplan is intussen door iemand anders gewijzigd. Laad het opnieuw.' });
    }
    const previousStatus = before ? asPlanStatus(before.status) : null;
    refuseProblems(supportPlanProblems({ status: fields.status, goal: fields.goal, offers: fields.offers }, previousStatus));

    const today = todayIn(ctx.now);
    const loanChanged = (before ? asLoanStatus(before.loanStatus) : 'onbekend') !== fields.loanStatus;
    const values = {
      status: fields.status,
      goal: fields.goal,
      offers: fields.offers,
      dutyEndOn: fields.dutyEndOn,
      loanStatus: fields.loanStatus,
      loanStatusOn: loanChanged ? today : (before?.loanStatusOn ?? null),
    };
    const [after] = before
      ? await tx
          .update(supportPlans)
          .set({ ...values, version: version + 1, updatedAt: ctx.now })
          .where(and(eq(supportPlans.caseId, kase.id), eq(supportPlans.version, version)))
          .returning()
      : await tx
          .insert(supportPlans)
          .values({ caseId: kase.id, gemeenteId: kase.gemeenteId, ...values, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
          .returning();
    if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });

    const elip = elipFromLoan(fields.loanStatus, kase.elip);
    if (elip !== kase.elip) {
      const [updated] = await tx.update(cases).set({ elip, version: kase.version + 1, updatedAt: ctx.now }).where(eq(cases.id, kase.id)).returning();
      if (!updated) throw new AppError('INTERNAL');
      await recordChange(
        tx,
        ctx.principal,
        { organisationId: ctx.principal.organisation.id, gemeenteId: kase.gemeenteId, entityType: 'case', entityId: kase.id, action: 'update', changes: { elip: { from: kase.elip, to: elip } }, reason: `Stand van de DUO-lening: ${loanStatusLabels[fields.loanStatus]}` },
        ctx.now,
      );
      kase = updated;
    }

    const statusChanged = previousStatus !== fields.status;
    const parts = [
      before ? (statusChanged ? `status ${supportPlanStatusLabels[fields.status]}` : 'bijgewerkt') : `aangemaakt (${supportPlanStatusLabels[fields.status]})`,
      ...(loanChanged ? [`lening: ${loanStatusLabels[fields.loanStatus]}`] : []),
    ];
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'support-plan',
      entityId: kase.id,
      action: before ? 'update' : 'create',
      changes: diff(before ? historyFields(before) : null, historyFields(after)),
      reason: 'Vrijwillig ondersteuningsplan (ondertussengroep)',
      operationName: 'saveSupportPlan',
      event: { kind: before ? 'ondersteuningsplan.bijgewerkt' : 'ondersteuningsplan.aangemaakt', summary: `Ondersteuningsplan ${parts.join(', ')}.`, section: 'ondertussengroep' },
    });
    return ondertussengroepView(kase, await loadOndertussengroep(tx, kase.id), canReadSensitive(ctx));
  });
}
