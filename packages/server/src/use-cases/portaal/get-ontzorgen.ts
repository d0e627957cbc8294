// GET /api/portaal/ontzorgen: which bills the gemeente (or its budgetbeheer partner) pays, how much
// and in which months. Never an IBAN or a payment reference.
import { eq } from 'drizzle-orm';
import { fixedCostKinds, reliefExecutors, type FixedCostKind, type ReliefExecutor } from '@koers/domain';
import { reliefAgreements } from '../../db/schema.ts';
import { inPortaal, logPortaal, type PortaalContext } from './portaal-context.ts';

export interface OntzorgenView {
  agreement: {
    status: 'actief' | 'beeindigd';
    executor: ReliefExecutor;
    partnerName: string | null;
    fromMonth: string;
    untilMonthExclusive: string;
    bills: { payeeKind: FixedCostKind; payeeName: string; amountCents: number; dayOfMonth: number | null }[];
  } | null;
}

interface StoredCost {
  kind?: unknown;
  payeeName?: unknown;
  amountCents?: unknown;
  dayOfMonth?: unknown;
}

export function getOntzorgen(ctx: PortaalContext): Promise<OntzorgenView> {
  return inPortaal(
    ctx,
    async (tx) => {
      const [row] = await tx.select().from(reliefAgreements).where(eq(reliefAgreements.caseId, ctx.principal.caseId));
      await logPortaal(tx, ctx, 'portaal.getOntzorgen', 'read', 'relief-agreement', row ? ctx.principal.caseId : null);
      if (!row || row.status === 'geweigerd') return { agreement: null };
      const costs = Array.isArray(row.fixedCosts) ? (row.fixedCosts as StoredCost[]) : [];
      return {
        agreement: {
          status: row.status === 'beeindigd' ? 'beeindigd' : 'actief',
          executor: reliefExecutors.find((e) => e === row.executor) ?? 'gemeente',
          partnerName: row.partnerName,
          fromMonth: row.startMonth,
          untilMonthExclusive: row.endMonthExclusive,
          bills: costs.map((c) => ({
            payeeKind: fixedCostKinds.find((k) => k === c.kind) ?? 'overig',
            payeeName: typeof c.payeeName === 'string' ? c.payeeName : '',
            amountCents: typeof c.amountCents === 'number' ? c.amountCents : 0,
            dayOfMonth: typeof c.dayOfMonth === 'number' ? c.dayOfMonth : null,
          })),
        },
      };
    },
    { readOnly: true },
  );
}
