/**
 * Creates or changes the ontzorgen agreement of a person (B15, art. 56a Participatiewet; ADR 0136).
 * Only where the rule applies (asylum permit, bijstand); the period comes from the rules core with
 * the gemeente's local extension. Every change is a new version with its history; a refusal is
 * recorded as such (C7: not fineable) with a note for the bijstand consulent.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { agreementMonths, agreementStatusLabels, formatEuroCents, totalFixedCostsCents, type FixedCost } from '@koers/domain';
import { reliefAgreements } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { latestPip, loadAgreement, ontzorgenView, reliefRuleFor, type AgreementRow } from './ontzorgen-support.ts';
import type { OntzorgenView } from './ontzorgen.view.ts';
import type { SaveAgreementInput } from './ontzorgen.types.ts';
import { dropStaleFromOpenProposals } from './stale-payments.ts';

function historyFields(r: Pick<AgreementRow, 'status' | 'bijstandFrom' | 'bijstandMonthlyCents' | 'fixedCosts' | 'executor' | 'partnerName' | 'startMonth' | 'endMonthExclusive' | 'refusalNote' | 'housedOn' | 'trainingPlannedOn' | 'trainingAttendedOn'>) {
  return { ...r };
}

export async function saveAgreement(ctx: UseCaseContext, caseId: string, input: SaveAgreementInput): Promise<OntzorgenView> {
  const { version, ...fields } = input;
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const before = await loadAgreement(tx, kase.id, true);
    if ((before?.version ?? 0) !== version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De afspraak over ontzorgen is intussen door iemand anders gewijzigd. Laad haar opnieuw.' });
    if (before?.status === 'beeindigd') throw new AppError('STEP_NOT_ALLOWED', { field: 'status', message: 'Deze afspraak is beëindigd en kan niet meer worden gewijzigd.' });

    const today = todayIn(ctx.now);
    const { relief } = await reliefRuleFor(tx, kase, fields.bijstandFrom, today);
    if (!relief.value.applies || relief.value.from === null || relief.value.localToExclusive === null) {
      throw new AppError('STEP_NOT_ALLOWED', { field: 'bijstandFrom', message: relief.explanation.summary });
    }
    if (fields.executor === 'budgetbeheer' && !fields.partnerName) throw new AppError('VALIDATION_FAILED', { field: 'partnerName', message: 'Vul de naam van de partner voor budgetbeheer in.' });
    const known = new Set((before?.fixedCosts ?? []).map((c) => c.id));
    const costs: FixedCost[] = fields.fixedCosts.map(({ id, ...c }) => ({ ...c, id: id !== undefined && known.has(id) ? id : randomUUID() }));
    // The period follows the bijstand; a period already changed at a checkpoint is kept while the bijstand start stays.
    const period = before && before.bijstandFrom === fields.bijstandFrom ? { startMonth: before.startMonth, endMonthExclusive: before.endMonthExclusive } : agreementMonths(relief.value.from, relief.value.localToExclusive);
    const pip = await latestPip(tx, kase.id);
    const values = {
      status: fields.status,
      pipId: pip?.id ?? null,
      bijstandFrom: fields.bijstandFrom,
      bijstandMonthlyCents: fields.bijstandMonthlyCents,
      fixedCosts: costs,
      executor: fields.executor,
      partnerName: fields.executor === 'budgetbeheer' ? fields.partnerName : null,
      ...period,
      explanation: relief.explanation.summary,
      refusalNote: fields.status === 'geweigerd' ? fields.refusalNote : null,
      housedOn: fields.housedOn,
      trainingPlannedOn: fields.trainingPlannedOn,
      trainingAttendedOn: fields.trainingAttendedOn,
    };
    const [after] = before
      ? await tx.update(reliefAgreements).set({ ...values, version: version + 1, updatedAt: ctx.now }).where(and(eq(reliefAgreements.caseId, kase.id), eq(reliefAgreements.version, version))).returning()
      : await tx.insert(reliefAgreements).values({ caseId: kase.id, gemeenteId: kase.gemeenteId, ...values, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now }).returning();
    if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    // A refusal or a new rent, payee or account: what an open proposal still holds from before leaves it.
    const dropped = before ? await dropStaleFromOpenProposals(tx, kase.id, ctx.now) : 0;

    const total = totalFixedCostsCents(costs);
    const summary =
      fields.status === 'geweigerd'
        ? 'De persoon weigert financieel ontzorgen (geen boete mogelijk; genoteerd voor de consulent bijstand).'
        : `Afspraak financieel ontzorgen ${before ? 'gewijzigd' : 'gemaakt'}: ${costs.length} vaste lasten, ${formatEuroCents(total)} per maand.`;
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'relief-agreement',
      entityId: kase.id,
      action: before ? 'update' : 'create',
      changes: { ...diff(before ? historyFields(before) : null, historyFields(after)), ...(dropped > 0 ? { paymentsInOpenProposal: { from: dropped, to: 0 } } : {}) },
      reason: `Financieel ontzorgen (art. 56a Participatiewet): ${agreementStatusLabels[fields.status]}`,
      operationName: 'saveAgreement',
      event: { kind: before ? 'ontzorgen.gewijzigd' : fields.status === 'geweigerd' ? 'ontzorgen.geweigerd' : 'ontzorgen.gestart', summary, section: 'ontzorgen' },
    });
    return ontzorgenView(tx, kase, today);
  });
}
