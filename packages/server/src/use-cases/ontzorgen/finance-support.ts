// Shared by the /financien use cases: the gemeente in the principal's scope, and batches as views.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { reliefBatches } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import type { BatchView } from './ontzorgen.view.ts';

/** A case the proposal leaves out, with the reason (relief_batches.flagged). */
export interface FlaggedCase {
  caseId: string;
  name: string;
  reason: string;
}

export type BatchRow = typeof reliefBatches.$inferSelect;

/** Refusal when the gemeente has no debtor account (setting ontzorgenAccount, ADR 0147). */
export const MISSING_ACCOUNT =
  'De instelling "Rekening van de gemeente voor ontzorgen" (naam rekeninghouder, IBAN en BIC) is nog niet ingevuld. Vraag de beheerder die in te vullen bij Beheer → Instellingen van de gemeente; zonder die rekening kan geen batch worden gemaakt of geëxporteerd.';

export const batchStatusLabels: Readonly<Record<string, string>> = { voorstel: 'Voorstel, wacht op goedkeuring', goedgekeurd: 'Goedgekeurd' };

export function assertGemeente(ctx: UseCaseContext, gemeenteId: string): { id: string; name: string } {
  const g = ctx.principal.gemeenten.find((x) => x.id === gemeenteId);
  if (!g) throw new AppError('NOT_FOUND', { field: 'gemeenteId', message: 'Deze gemeente bestaat niet of u heeft er geen toegang toe.' });
  return g;
}

export async function findBatch(tx: Tx, id: string, forUpdate = false): Promise<BatchRow> {
  const q = tx.select().from(reliefBatches).where(eq(reliefBatches.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  if (!row) throw new AppError('NOT_FOUND', { message: 'Deze betaalbatch bestaat niet of u heeft er geen toegang toe.' });
  return row;
}

export function batchView(b: BatchRow, names: ReadonlyMap<string, string>): BatchView {
  return {
    id: b.id,
    month: b.month,
    status: b.status,
    statusLabel: batchStatusLabels[b.status] ?? b.status,
    debtorName: b.debtorName,
    debtorIban: b.debtorIban,
    debtorBic: b.debtorBic,
    totalCents: b.totalCents,
    paymentCount: b.paymentCount,
    flagged: b.flagged,
    createdBy: names.get(b.createdBy) ?? 'Onbekend',
    createdAt: b.createdAt.toISOString(),
    approvedBy: b.approvedBy ? (names.get(b.approvedBy) ?? 'Onbekend') : null,
    approvedAt: b.approvedAt?.toISOString() ?? null,
    messageId: b.messageId,
    version: b.version,
  };
}
