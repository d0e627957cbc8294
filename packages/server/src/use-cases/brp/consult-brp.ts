import type { BrpClient, Persoon } from '@koers/brp';
import { scopeOf } from '../../auth/principal.ts';
import { logBrpQuery } from '../../brp/log-brp.ts';
import { brpAppError } from '../../brp/failures.ts';
import { findCase, type CaseRow } from '../../case-file/find-case.ts';
import { inScope } from '../../db/scope.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';

export interface Consultation {
  /** The case as it was when the BRP was asked. */
  readonly row: CaseRow;
  readonly persoon: Persoon;
  readonly consultedAt: Date;
}

/**
 * Asks the BRP about the person of a case. The case is looked up in the user's scope first (someone
 * else's case is NOT_FOUND before anything leaves Koers); the BRP is asked outside any database
 * transaction; the question is logged (also when it failed) in its own short transaction.
 */
export async function consultBrp(
  ctx: UseCaseContext,
  brp: BrpClient | undefined,
  caseId: string,
  /** When the answer shows the case's own data too: the operation under which that read is logged. */
  caseRead?: string,
): Promise<Consultation> {
  const row = await inScope(ctx.db, scopeOf(ctx.principal), (tx) => findCase(tx, caseId), { readOnly: true });
  if (!brp) throw new AppError('BRP_NOT_CONFIGURED');
  if (row.bsn === null) throw new AppError('BRP_NO_BSN', { field: 'bsn' });
  let persoon: Persoon;
  try {
    persoon = await brp.raadpleegMetBurgerservicenummer({ burgerservicenummer: row.bsn });
  } catch (error) {
    await inScope(ctx.db, scopeOf(ctx.principal), (tx) => logBrpQuery(tx, ctx, row, ctx.now, new Date(), 'ERROR'), { readOnly: true });
    throw brpAppError(error);
  }
  await inScope(
    ctx.db,
    scopeOf(ctx.principal),
    async (tx) => {
      await logBrpQuery(tx, ctx, row, ctx.now, new Date(), 'OK');
      if (caseRead !== undefined) {
        await logProcessed(tx, ctx, 'dossierInburgering', 'read', caseRead, [
          { resourceType: 'case', resourceId: row.id, subject: { type: 'case', id: row.id }, gemeenteId: row.gemeenteId },
        ]);
      }
    },
    { readOnly: true },
  );
  return { row, persoon, consultedAt: ctx.now };
}
