/**
 * The budgetbeheer partner reports one month of an assigned agreement (ADR 0147): the payments were
 * made, or not with the reason. Version 0 makes the report; a correction carries the version read.
 * History, timeline, processing log and werkvoorraad signals in the same transaction.
 */
import { and, eq } from 'drizzle-orm';
import { formatDutchDate, partnerReportStatusLabels } from '@koers/domain';
import { reliefPartnerReports } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { assignedAgreement, partnerAgreementView } from './partner-support.ts';
import type { PartnerAgreementView } from './ontzorgen.view.ts';
import type { PartnerReportInput } from './ontzorgen.types.ts';

export async function reportPartnerMonth(ctx: UseCaseContext, caseId: string, month: string, input: PartnerReportInput): Promise<PartnerAgreementView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const row = await assignedAgreement(tx, ctx.principal, caseId);
    const currentMonth = todayIn(ctx.now).slice(0, 7);
    if (month < row.a.startMonth || month >= row.a.endMonthExclusive) throw new AppError('VALIDATION_FAILED', { field: 'month', message: 'Maand: deze maand valt buiten de periode van de afspraak.' });
    if (month > currentMonth) throw new AppError('VALIDATION_FAILED', { field: 'month', message: 'Maand: een maand die nog niet begonnen is kunt u nog niet rapporteren.' });
    const [before] = await tx.select().from(reliefPartnerReports).where(and(eq(reliefPartnerReports.caseId, caseId), eq(reliefPartnerReports.month, month))).for('update');
    if ((before?.version ?? 0) !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'Deze maandrapportage is intussen gewijzigd. Laad de pagina opnieuw.' });
    const reason = input.status === 'niet-uitgevoerd' ? input.reason : null;
    let reportId = before?.id;
    if (before) {
      const [after] = await tx
        .update(reliefPartnerReports)
        .set({ status: input.status, reason, reportedBy: ctx.principal.userId, version: before.version + 1, updatedAt: ctx.now })
        .where(and(eq(reliefPartnerReports.id, before.id), eq(reliefPartnerReports.version, input.version)))
        .returning();
      if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    } else {
      const [created] = await tx.insert(reliefPartnerReports).values({ gemeenteId: row.a.gemeenteId, caseId, month, status: input.status, reason, reportedBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now }).returning({ id: reliefPartnerReports.id });
      reportId = created?.id;
    }
    if (!reportId) throw new AppError('INTERNAL');
    const kase = await findCase(tx, caseId);
    const monthName = formatDutchDate(`${month}-01`).replace(/^1 /, '');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'relief-partner-report',
      entityId: reportId,
      action: before ? 'update' : 'create',
      changes: { month: { from: before?.month ?? null, to: month }, status: { from: before?.status ?? null, to: input.status }, reason: { from: before?.reason ?? null, to: reason } },
      reason: 'Maandrapportage van de budgetbeheerder',
      operationName: 'reportPartnerMonth',
      event: {
        kind: 'ontzorgen.budgetbeheer-maand',
        summary: input.status === 'uitgevoerd' ? `Budgetbeheerder: de betalingen van ${monthName} zijn gedaan.` : `Budgetbeheerder: de betalingen van ${monthName} zijn niet (alle) gedaan — ${reason ?? ''}`,
        section: 'ontzorgen',
        data: { statusLabel: partnerReportStatusLabels[input.status] },
      },
    });
    return partnerAgreementView(tx, row, currentMonth);
  });
}
