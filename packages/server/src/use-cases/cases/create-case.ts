import { inScope } from '../../db/scope.ts';
import { pgErrorCode, uniqueViolation } from '../../db/errors.ts';
import { AppError } from '../../errors.ts';
import { scopeOf } from '../../auth/principal.ts';
import type { UseCaseContext } from '../context.ts';
import type { CreateCaseInput } from './case-input.types.ts';
import { caseView, type CaseView } from './case.view.ts';
import { registerNewcomer } from '../registration/register-newcomer.ts';

/** Registers a person by hand: one case per person per gemeente (a duplicate → 409 with the existing case). */
export async function createCase(ctx: UseCaseContext, input: CreateCaseInput): Promise<CaseView> {
  if (!ctx.principal.gemeenten.some((g) => g.id === input.gemeenteId)) {
    throw new AppError('VALIDATION_FAILED', { field: 'gemeenteId', message: 'U werkt niet voor deze gemeente.' });
  }
  try {
    return await inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
      const { row } = await registerNewcomer(tx, ctx, { ...input, source: 'handmatig' });
      return caseView(row, ctx.principal);
    });
  } catch (error) {
    // Two registrations of the same person at the same moment: the unique index decides.
    if (pgErrorCode(error) === uniqueViolation) throw new AppError('DUPLICATE_CASE', { field: input.bsn ? 'bsn' : 'vNumber' });
    throw error;
  }
}
