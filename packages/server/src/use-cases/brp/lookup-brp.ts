import { differences, mapPersoon, type BrpClient } from '@koers/brp';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { brpPersonView, type BrpLookupView } from './brp.view.ts';
import { consultBrp } from './consult-brp.ts';
import { koersPersoonsgegevens } from './personal-data.ts';

/**
 * The BRP's data about the person of a case (by BSN), mapped to Koers's fields, with the
 * differences from the case. Changes nothing; the question to the BRP is logged.
 */
export async function lookupBrp(ctx: UseCaseContext, brp: BrpClient | undefined, caseId: string): Promise<BrpLookupView> {
  // The route asks case:read-sensitive (the data is keyed by BSN); reading cases at all is case:read.
  if (!ctx.principal.permissions.includes('case:read')) throw new AppError('FORBIDDEN');
  const { row, persoon, consultedAt } = await consultBrp(ctx, brp, caseId, 'lookupBrp');
  const mapped = mapPersoon(persoon);
  return {
    caseId: row.id,
    caseVersion: row.version,
    consultedAt: consultedAt.toISOString(),
    persoon: brpPersonView(mapped),
    differences: differences(koersPersoonsgegevens(row, ctx.principal), mapped),
    notices: [...mapped.notices],
  };
}
