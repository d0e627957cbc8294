/**
 * /financien for one gemeente and month (ADR 0137): the month's batches with their payments, the
 * rejected payments still open, agreements ending within two months, checkpoints due by month's end.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import { addMonthsToMonth, checkpointStates, type IsoDate } from '@koers/domain';
import { cases, reliefAgreements, reliefBatches, reliefPayments, users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { yearSettingsOf } from '../../gemeenten/settings.ts';
import type { UseCaseContext } from '../context.ts';
import { assertGemeente, batchView } from './finance-support.ts';
import { paymentView } from './ontzorgen-support.ts';
import type { FinanceQuery } from './ontzorgen.types.ts';
import type { FinanceOverview } from './ontzorgen.view.ts';

export async function financeOverview(ctx: UseCaseContext, query: FinanceQuery): Promise<FinanceOverview> {
  const gemeente = assertGemeente(ctx, query.gemeenteId);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const person = { caseId: cases.id, givenNames: cases.givenNames, familyName: cases.familyName, caseNumber: cases.caseNumber };
    const batches = await tx.select().from(reliefBatches).where(and(eq(reliefBatches.gemeenteId, gemeente.id), eq(reliefBatches.month, query.month))).orderBy(desc(reliefBatches.createdAt));
    const payments =
      batches.length === 0
        ? []
        : await tx.select({ p: reliefPayments, ...person }).from(reliefPayments).innerJoin(cases, eq(cases.id, reliefPayments.caseId)).where(inArray(reliefPayments.batchId, batches.map((b) => b.id))).orderBy(cases.familyName, reliefPayments.executionDate);
    const rejected = await tx.select({ p: reliefPayments, ...person }).from(reliefPayments).innerJoin(cases, eq(cases.id, reliefPayments.caseId)).where(and(eq(reliefPayments.gemeenteId, gemeente.id), eq(reliefPayments.status, 'geweigerd'))).orderBy(desc(reliefPayments.month));
    const agreements = await tx.select({ a: reliefAgreements, ...person }).from(reliefAgreements).innerJoin(cases, eq(cases.id, reliefAgreements.caseId)).where(and(eq(reliefAgreements.gemeenteId, gemeente.id), eq(reliefAgreements.status, 'actief'))).orderBy(cases.familyName);
    const userIds = [...new Set(batches.flatMap((b) => [b.createdBy, ...(b.approvedBy ? [b.approvedBy] : [])]))];
    const names = new Map(userIds.length === 0 ? [] : (await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds))).map((u) => [u.id, u.name]));

    const settings = await yearSettingsOf(tx, gemeente.id, `${query.month}-01`);
    const monthEnd: IsoDate = `${addMonthsToMonth(query.month, 1)}-01`;
    const who = (r: { caseId: string; givenNames: string; familyName: string; caseNumber: string | null }) => ({ caseId: r.caseId, name: `${r.givenNames} ${r.familyName}`, caseNumber: r.caseNumber });
    const ending = agreements.filter((r) => r.a.endMonthExclusive <= addMonthsToMonth(query.month, 2)).map((r) => ({ ...who(r), endMonthExclusive: r.a.endMonthExclusive, executor: r.a.executor }));
    const checkpointsDue = agreements.flatMap((r) =>
      checkpointStates(r.a.bijstandFrom, settings.reliefCheckpointsMonths, r.a.checkpoints)
        .filter((c) => c.held === null && !c.lapsed && c.dueOn < monthEnd)
        .map((c) => ({ ...who(r), dueOn: c.dueOn })),
    );
    const touched = [...new Set([...payments, ...rejected].map((r) => r.caseId).concat(agreements.map((r) => r.caseId)))];
    if (touched.length > 0) {
      await logProcessed(tx, ctx, 'financieelOntzorgen', 'read', 'financeOverview', touched.map((id) => ({ resourceType: 'relief-agreement', resourceId: id, subject: { type: 'case' as const, id }, gemeenteId: gemeente.id })));
    }
    return {
      gemeente: { id: gemeente.id, name: gemeente.name },
      month: query.month,
      batches: batches.map((b) => ({ ...batchView(b, names), payments: payments.filter((r) => r.p.batchId === b.id).map((r) => ({ ...paymentView(r.p), ...who(r) })) })),
      rejected: rejected.map((r) => ({ ...paymentView(r.p), ...who(r) })),
      agreementsEnding: ending,
      checkpointsDue,
      activeAgreements: agreements.length,
    };
  });
}
