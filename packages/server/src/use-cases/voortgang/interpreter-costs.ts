/**
 * Tolkkosten per gemeente over a period, for the budget report (R21; seed 002 budgets "Tolkkosten").
 * Aggregates only: counts and cents per kind of interpreter, no names, no case ids. Cancelled
 * bookings are left out.
 */
import { and, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import { interpreterKinds } from '@koers/domain';
import { interpreterBookings } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import type { InterpreterCostsQuery } from './voortgang.types.ts';
import type { InterpreterCosts } from './voortgang.view.ts';
import { recordOf } from '../../util/records.ts';

export async function interpreterCostsReport(ctx: UseCaseContext, input: InterpreterCostsQuery & { gemeenteId?: string | undefined }): Promise<InterpreterCosts[]> {
  const year = todayIn(ctx.now).slice(0, 4);
  const query = { from: input.from ?? `${year}-01-01`, to: input.to ?? `${year}-12-31`, gemeenteId: input.gemeenteId };
  if (query.to < query.from) throw new AppError('VALIDATION_FAILED', { field: 'to', message: 'Tot en met: de einddatum ligt vóór de begindatum.' });
  const gemeenten = ctx.principal.gemeenten.filter((g) => query.gemeenteId === undefined || g.id === query.gemeenteId);
  if (query.gemeenteId !== undefined && gemeenten.length === 0) throw new AppError('NOT_FOUND', { field: 'gemeenteId', message: 'Deze gemeente bestaat niet of u heeft er geen toegang toe.' });
  const ids = gemeenten.map((g) => g.id);
  if (ids.length === 0) return [];
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const inPeriod = and(inArray(interpreterBookings.gemeenteId, ids), gte(interpreterBookings.bookedOn, query.from), lte(interpreterBookings.bookedOn, query.to), ne(interpreterBookings.status, 'geannuleerd'));
    const rows = await tx
      .select({ gemeenteId: interpreterBookings.gemeenteId, kind: interpreterBookings.kind, n: sql<number>`count(*)::int`, cents: sql<number>`coalesce(sum(${interpreterBookings.costCents}), 0)::int` })
      .from(interpreterBookings)
      .where(inPeriod)
      .groupBy(interpreterBookings.gemeenteId, interpreterBookings.kind);
    const caseCounts = await tx
      .select({ gemeenteId: interpreterBookings.gemeenteId, n: sql<number>`count(distinct ${interpreterBookings.caseId})::int` })
      .from(interpreterBookings)
      .where(inPeriod)
      .groupBy(interpreterBookings.gemeenteId);
    return gemeenten.map((g) => {
      const mine = rows.filter((r) => r.gemeenteId === g.id);
      const perKind = recordOf(interpreterKinds, (k) => {
        const r = mine.find((m) => m.kind === k);
        return { bookings: r?.n ?? 0, totalCents: r?.cents ?? 0 };
      });
      return {
        gemeente: { id: g.id, name: g.name },
        from: query.from,
        to: query.to,
        bookings: mine.reduce((a, r) => a + r.n, 0),
        totalCents: mine.reduce((a, r) => a + r.cents, 0),
        perKind,
        cases: caseCounts.find((c) => c.gemeenteId === g.id)?.n ?? 0,
      };
    });
  });
}
