/**
 * The month's batch proposal of one gemeente (ADR 0137): every payment due from the active agreements
 * the gemeente executes itself, minus what an earlier batch of that month already holds. A person
 * whose fixed costs exceed the bijstand is listed with the reason and not paid. An open proposal of
 * the month is replaced; an approved batch never is. The unique key on (case, month, cost) makes a
 * second payment impossible even if two proposals race; a transaction-level advisory lock per gemeente
 * and month makes the second wait and replace the first instead of failing.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { formatDutchDate, formatEuroCents, paymentKey, paymentsForMonth, type DuePayment } from '@koers/domain';
import { cases, reliefAgreements, reliefBatches, reliefPayments, users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { recordChange } from '../../audit/history.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { refreshSignals } from '../../workqueue/refresh-signals.ts';
import { todayIn } from '../../case-file/today.ts';
import { isClosedCase } from '../../case-file/find-case.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { agreementOf } from './ontzorgen-support.ts';
import { assertGemeente, batchView, MISSING_ACCOUNT, type FlaggedCase } from './finance-support.ts';
import { gemeenteSettingsOf } from '../../gemeenten/settings.ts';
import type { ProposeBatchInput } from './ontzorgen.types.ts';
import type { BatchView } from './ontzorgen.view.ts';

export async function proposeBatch(ctx: UseCaseContext, input: ProposeBatchInput): Promise<BatchView> {
  const gemeente = assertGemeente(ctx, input.gemeenteId);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const account = (await gemeenteSettingsOf(tx, gemeente.id)).ontzorgenAccount;
    if (!account) throw new AppError('STEP_NOT_ALLOWED', { field: 'ontzorgenAccount', message: MISSING_ACCOUNT });
    // Two colleagues proposing the same month at once: the second waits, then replaces the first's
    // proposal (otherwise both insert and one fails on the unique keys with a server error).
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`relief-batch:${gemeente.id}:${input.month}`}))`);
    const [open] = await tx.select().from(reliefBatches).where(and(eq(reliefBatches.gemeenteId, gemeente.id), eq(reliefBatches.month, input.month), eq(reliefBatches.status, 'voorstel'))).for('update');
    if (open) await tx.delete(reliefBatches).where(eq(reliefBatches.id, open.id));

    const rows = await tx
      .select({ a: reliefAgreements, givenNames: cases.givenNames, familyName: cases.familyName, status: cases.status, closedOn: cases.closedOn })
      .from(reliefAgreements)
      .innerJoin(cases, eq(cases.id, reliefAgreements.caseId))
      .where(and(eq(reliefAgreements.gemeenteId, gemeente.id), eq(reliefAgreements.status, 'actief'), eq(reliefAgreements.executor, 'gemeente')));
    const caseIds = rows.map((r) => r.a.caseId);
    const earlier = caseIds.length === 0 ? [] : await tx.select({ caseId: reliefPayments.caseId, costId: reliefPayments.costId }).from(reliefPayments).where(and(eq(reliefPayments.month, input.month), inArray(reliefPayments.caseId, caseIds)));
    const paid = new Set(earlier.map((p) => `${p.caseId}|${paymentKey(input.month, p.costId)}`));

    const due: { caseId: string; p: DuePayment }[] = [];
    const flagged: FlaggedCase[] = [];
    for (const r of rows) {
      // A closed case (moved, died, duty ended) is never paid blindly: the agreement must be ended first.
      if (isClosedCase(r)) {
        flagged.push({ caseId: r.a.caseId, name: `${r.givenNames} ${r.familyName}`, reason: `Het dossier is gesloten${r.closedOn ? ` per ${formatDutchDate(r.closedOn)}` : ''}: er wordt niets betaald. Beëindig de afspraak of heropen het dossier.` });
        continue;
      }
      const mine = new Set([...paid].filter((k) => k.startsWith(`${r.a.caseId}|`)).map((k) => k.slice(r.a.caseId.length + 1)));
      const plan = paymentsForMonth(agreementOf(r.a), input.month, mine);
      if (plan.kind === 'geblokkeerd') flagged.push({ caseId: r.a.caseId, name: `${r.givenNames} ${r.familyName}`, reason: plan.reason });
      for (const p of plan.payments) due.push({ caseId: r.a.caseId, p });
    }
    if (due.length === 0 && flagged.length === 0) {
      throw new AppError('STEP_NOT_ALLOWED', { field: 'month', message: 'Er zijn voor deze maand geen betalingen meer te doen: geen lopende afspraken of alles zit al in een goedgekeurde batch.' });
    }
    const totalCents = due.reduce((s, d) => s + d.p.amountCents, 0);
    const [batch] = await tx
      .insert(reliefBatches)
      .values({ gemeenteId: gemeente.id, month: input.month, debtorName: account.name, debtorIban: account.iban, debtorBic: account.bic, totalCents, paymentCount: due.length, flagged, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!batch) throw new AppError('INTERNAL');
    if (due.length > 0) {
      await tx.insert(reliefPayments).values(
        due.map(({ caseId, p }) => ({ gemeenteId: gemeente.id, batchId: batch.id, caseId, month: input.month, costId: p.costId, kind: p.kind, payeeName: p.payeeName, iban: p.iban, reference: p.reference, amountCents: p.amountCents, executionDate: p.executionDate, createdAt: ctx.now, updatedAt: ctx.now })),
      );
    }
    await recordChange(
      tx,
      ctx.principal,
      { organisationId: ctx.principal.organisation.id, gemeenteId: gemeente.id, entityType: 'relief-batch', entityId: batch.id, action: 'create', changes: { month: { from: null, to: input.month }, paymentCount: { from: null, to: due.length }, totalCents: { from: null, to: totalCents } }, reason: `Betaalvoorstel ontzorgen ${input.month}: ${formatEuroCents(totalCents)}` },
      ctx.now,
    );
    const touched = [...new Set([...due.map((d) => d.caseId), ...flagged.map((f) => f.caseId)])];
    if (touched.length > 0) {
      await logProcessed(tx, ctx, 'financieelOntzorgen', 'create', 'proposeBatch', touched.map((id) => ({ resourceType: 'relief-payment', resourceId: batch.id, subject: { type: 'case' as const, id }, gemeenteId: gemeente.id })));
    }
    const today = todayIn(ctx.now);
    for (const id of touched) await refreshSignals(tx, id, today);
    const [me] = await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, ctx.principal.userId));
    return batchView(batch, new Map(me ? [[me.id, me.name]] : []));
  });
}
