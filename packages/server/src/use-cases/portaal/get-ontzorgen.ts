// GET /api/portaal/ontzorgen: which bills the gemeente (or its budgetbeheer partner) pays, how much
// and in which months. Never an IBAN or a payment reference.
import { eq } from 'drizzle-orm';
import { reliefAgreements } from '../../db/schema.ts';
import { inPortaal, logPortaal, type PortaalContext } from './portaal-context.ts';
import type { PortaalOntzorgen } from './portaal.view.ts';

export function getOntzorgen(ctx: PortaalContext): Promise<PortaalOntzorgen> {
  return inPortaal(
    ctx,
    async (tx) => {
      const [row] = await tx.select().from(reliefAgreements).where(eq(reliefAgreements.caseId, ctx.principal.caseId));
      await logPortaal(tx, ctx, 'portaal.getOntzorgen', 'read', 'relief-agreement', row ? ctx.principal.caseId : null);
      if (!row || row.status === 'geweigerd') return { agreement: null };
      const costs = row.fixedCosts;
      return {
        agreement: {
          status: row.status,
          executor: row.executor,
          partnerName: row.partnerName,
          fromMonth: row.startMonth,
          untilMonthExclusive: row.endMonthExclusive,
          bills: costs.map((c) => ({
            payeeKind: c.kind,
            payeeName: c.payeeName,
            amountCents: c.amountCents,
            dayOfMonth: c.dayOfMonth,
          })),
        },
      };
    },
    { readOnly: true },
  );
}
