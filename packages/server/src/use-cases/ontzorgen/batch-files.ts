// Downloads of /financien (ADR 0137): the approved batch's SEPA file (validated again before it
// leaves), and the month's payments of a gemeente as CSV or XLSX for the finance system.
import { and, asc, eq } from 'drizzle-orm';
import { newWorkbook } from '../../util/on-first-use.ts';
import { fixedCostKindLabels } from '@koers/domain';
import { cases, reliefBatches, reliefPayments } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { AppError } from '../../errors.ts';
import { validatePain001 } from '../../ontzorgen/sepa.ts';
import type { UseCaseContext } from '../context.ts';
import { assertGemeente, findBatch } from './finance-support.ts';
import { paymentStatusLabels } from './ontzorgen-support.ts';
import type { FinanceQuery } from './ontzorgen.types.ts';
import { labelOf } from '../../util/records.ts';

export async function batchSepaFile(ctx: UseCaseContext, batchId: string): Promise<{ fileName: string; xml: string }> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const batch = await findBatch(tx, batchId);
    if (batch.status !== 'goedgekeurd' || batch.xml === null || batch.messageId === null) throw new AppError('STEP_NOT_ALLOWED', { message: 'Het SEPA-bestand is er pas na goedkeuring door een tweede medewerker.' });
    const check = await validatePain001(batch.xml);
    if (!check.valid) throw new AppError('STEP_NOT_ALLOWED', { message: 'Het opgeslagen SEPA-bestand voldoet niet aan het schema; het wordt niet aangeboden. Neem contact op met de beheerder.' });
    const payments = await tx.select({ caseId: reliefPayments.caseId }).from(reliefPayments).where(eq(reliefPayments.batchId, batch.id));
    await logProcessed(tx, ctx, 'financieelOntzorgen', 'read', 'batchSepaFile', [...new Set(payments.map((p) => p.caseId))].map((id) => ({ resourceType: 'relief-batch', resourceId: batch.id, subject: { type: 'case' as const, id }, gemeenteId: batch.gemeenteId })));
    return { fileName: `sepa-ontzorgen-${batch.month}-${batch.messageId}.xml`, xml: batch.xml };
  });
}

const headers = ['Maand', 'Dossiernummer', 'Naam', 'Soort', 'Ontvanger', 'IBAN', 'Kenmerk', 'Bedrag', 'Uitvoerdatum', 'Status', 'Reden weigering', 'Bericht-id'];

async function exportRows(ctx: UseCaseContext, query: FinanceQuery): Promise<(string | number)[][]> {
  const gemeente = assertGemeente(ctx, query.gemeenteId);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const rows = await tx
      .select({ p: reliefPayments, caseNumber: cases.caseNumber, givenNames: cases.givenNames, familyName: cases.familyName, messageId: reliefBatches.messageId })
      .from(reliefPayments)
      .innerJoin(cases, eq(cases.id, reliefPayments.caseId))
      .innerJoin(reliefBatches, eq(reliefBatches.id, reliefPayments.batchId))
      .where(and(eq(reliefPayments.gemeenteId, gemeente.id), eq(reliefPayments.month, query.month), eq(reliefBatches.status, 'goedgekeurd')))
      .orderBy(asc(cases.familyName), asc(reliefPayments.executionDate));
    if (rows.length > 0) {
      await logProcessed(tx, ctx, 'financieelOntzorgen', 'read', 'exportPayments', [...new Set(rows.map((r) => r.p.caseId))].map((id) => ({ resourceType: 'relief-payment', resourceId: id, subject: { type: 'case' as const, id }, gemeenteId: gemeente.id })));
    }
    return rows.map((r) => [
      r.p.month,
      r.caseNumber ?? '',
      `${r.givenNames} ${r.familyName}`,
      labelOf(fixedCostKindLabels, r.p.kind),
      r.p.payeeName,
      r.p.iban,
      r.p.reference,
      r.p.amountCents,
      r.p.executionDate,
      paymentStatusLabels[r.p.status] ?? r.p.status,
      r.p.rejectionReason ?? '',
      r.messageId ?? '',
    ]);
  });
}

const csvCell = (v: string): string => (/[;"\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
/** Cents as a Dutch decimal ("650,50"): the finance system reads the amount, Koers never uses floats. */
const centsText = (c: number): string => `${Math.trunc(c / 100)},${String(Math.abs(c % 100)).padStart(2, '0')}`;

export async function paymentsCsv(ctx: UseCaseContext, query: FinanceQuery): Promise<Buffer> {
  const rows = await exportRows(ctx, query);
  const lines = [headers.join(';'), ...rows.map((r) => r.map((v, i) => csvCell(i === 7 ? centsText(Number(v)) : String(v))).join(';'))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function paymentsXlsx(ctx: UseCaseContext, query: FinanceQuery): Promise<Buffer> {
  const rows = await exportRows(ctx, query);
  const workbook = await newWorkbook();
  workbook.creator = 'Koers';
  const ws = workbook.addWorksheet(`Ontzorgen ${query.month}`);
  ws.addRow(headers);
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r.map((v, i) => (i === 7 ? Number(v) / 100 : v)));
  ws.getColumn(8).numFmt = '€ #,##0.00';
  ws.getColumn(6).width = 24;
  ws.getColumn(5).width = 28;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
