/**
 * Reconciliation by file (ADR 0148): a pain.002 or camt.054 of the bank for one approved batch.
 * Each line is matched by EndToEndId to the batch's payments (a pain.002 must name the batch's
 * message id) and recorded as paid or rejected with the reason code's Dutch label, through the same
 * step as the reconciliation by hand; a rejection becomes a work item. Lines that do not fit are
 * reported with the reason. One transaction: an invalid file, or one of which no line fits the
 * batch, changes nothing.
 */
import { eq } from 'drizzle-orm';
import { bankReasonText, formatEuroCents } from '@koers/domain';
import { reliefPayments } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { recordChange } from '../../audit/history.ts';
import { AppError } from '../../errors.ts';
import { bankFileKindLabels, parseBankFile, type BankLine } from '../../ontzorgen/bank-file.ts';
import type { UseCaseContext } from '../context.ts';
import { findBatch } from './finance-support.ts';
import { applyPaymentStatus, type PaymentRow } from './record-payment-status.ts';
import type { BankFileInput } from './ontzorgen.types.ts';
import type { BankImportReport, bankLineOutcomes } from './ontzorgen.view.ts';

export type BankLineOutcome = (typeof bankLineOutcomes)[number];
export const bankLineOutcomeLabels: Readonly<Record<BankLineOutcome, string>> = {
  betaald: 'Vastgelegd als betaald',
  geweigerd: 'Vastgelegd als geweigerd',
  ongewijzigd: 'Had deze status al',
  'niet-verwerkt': 'Niet verwerkt',
};

const endToEndOf = (p: PaymentRow): string => p.id.replaceAll('-', '').toLowerCase();

export async function importBankFile(ctx: UseCaseContext, batchId: string, input: BankFileInput): Promise<BankImportReport> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const batch = await findBatch(tx, batchId, true);
    if (batch.status !== 'goedgekeurd') throw new AppError('STEP_NOT_ALLOWED', { field: 'bestand', message: 'Bankbestand: een bestand van de bank hoort bij een goedgekeurde batch; deze batch is nog een voorstel.' });
    const parsed = parseBankFile(input.bestand);
    if (!parsed.ok) throw new AppError('VALIDATION_FAILED', { field: 'bestand', message: `Bankbestand: ${parsed.message}` });
    if (parsed.originalMessageId !== null && parsed.originalMessageId !== batch.messageId) {
      throw new AppError('VALIDATION_FAILED', { field: 'bestand', message: `Bankbestand: dit statusrapport hoort bij bericht ${parsed.originalMessageId}, niet bij deze batch (${batch.messageId ?? 'zonder bericht-id'}). Er is niets vastgelegd.` });
    }
    const payments = await tx.select().from(reliefPayments).where(eq(reliefPayments.batchId, batch.id)).for('update');
    const byEndToEnd = new Map(payments.map((p) => [endToEndOf(p), p]));
    const why = `Bankbestand ${bankFileKindLabels[parsed.kind]} ingelezen`;
    const report: BankImportReport = { kind: parsed.kind, kindLabel: bankFileKindLabels[parsed.kind], paid: 0, rejected: 0, unchanged: 0, notProcessed: 0, lines: [] };

    const record = (line: BankLine, p: PaymentRow | null, outcome: BankLineOutcome, reason: string | null) => {
      report.lines.push({ endToEndId: line.endToEndId, payeeName: p?.payeeName ?? null, amountCents: p?.amountCents ?? line.amountCents, bankStatus: line.bankStatus, outcome, outcomeLabel: bankLineOutcomeLabels[outcome], reason });
      if (outcome === 'betaald') report.paid += 1;
      else if (outcome === 'geweigerd') report.rejected += 1;
      else if (outcome === 'ongewijzigd') report.unchanged += 1;
      else report.notProcessed += 1;
    };

    const apply = async (line: BankLine, p: PaymentRow) => {
      if (line.status === 'open') return record(line, p, 'niet-verwerkt', `De bank heeft nog niet beslist (status ${line.bankStatus}); lees later het definitieve bestand in.`);
      if (line.amountCents !== null && line.amountCents !== p.amountCents) {
        return record(line, p, 'niet-verwerkt', `Het bedrag van de bank (${formatEuroCents(line.amountCents)}) wijkt af van de betaling in de batch (${formatEuroCents(p.amountCents)}); controleer dit bij de bank.`);
      }
      const reason = line.status === 'geweigerd' ? bankReasonText(line.reasonCode, line.reasonInfo) : null;
      if (p.status === line.status && p.rejectionReason === reason) return record(line, p, 'ongewijzigd', null);
      const after = await applyPaymentStatus(tx, ctx, p, line.status, reason, why);
      byEndToEnd.set(endToEndOf(after), after);
      return record(line, after, line.status, reason);
    };

    for (const line of parsed.lines) {
      if (line.endToEndId === null) {
        // The bank's status of the whole file (pain.002 without transaction details) holds for every payment.
        for (const key of [...byEndToEnd.keys()]) {
          const p = byEndToEnd.get(key);
          if (p) await apply({ ...line, endToEndId: key }, p);
        }
        continue;
      }
      const p = byEndToEnd.get(line.endToEndId.toLowerCase());
      if (!p) {
        record(line, null, 'niet-verwerkt', `Geen betaling met dit kenmerk (EndToEndId ${line.endToEndId}) in deze batch.`);
        continue;
      }
      await apply(line, p);
    }

    if (report.paid + report.rejected + report.unchanged === 0 && !report.lines.some((l) => l.payeeName !== null)) {
      throw new AppError('VALIDATION_FAILED', { field: 'bestand', message: 'Bankbestand: geen enkele regel van dit bestand hoort bij een betaling van deze batch. Er is niets vastgelegd; kies het bestand van de bank bij deze batch.' });
    }
    await recordChange(
      tx,
      ctx.principal,
      {
        organisationId: ctx.principal.organisation.id,
        gemeenteId: batch.gemeenteId,
        entityType: 'relief-batch',
        entityId: batch.id,
        action: 'update',
        changes: { bankFile: { from: null, to: parsed.kind } },
        reason: `${why}: ${report.paid} betaald, ${report.rejected} geweigerd, ${report.unchanged} ongewijzigd, ${report.notProcessed} niet verwerkt`,
      },
      ctx.now,
    );
    return report;
  });
}
