import { eq } from 'drizzle-orm';
import { cases } from '../db/schema.ts';
import { inScope } from '../db/scope.ts';
import { AppError } from '../errors.ts';
import { scopeOf } from '../auth/principal.ts';
import { logProcessed } from '../privacy/log-helpers.ts';
import type { UseCaseContext } from './context.ts';
import { caseView, type CaseView } from './case.view.ts';

/** A case of one of the user's gemeenten; anything else is "not found", never "forbidden". */
export async function getCase(ctx: UseCaseContext, caseId: string): Promise<CaseView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const [row] = await tx.select().from(cases).where(eq(cases.id, caseId));
    if (!row) throw new AppError('NOT_FOUND', { message: 'Dit dossier bestaat niet of u heeft er geen toegang toe.' });
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getCase', [
      { resourceType: 'case', resourceId: row.id, subject: { type: 'case', id: row.id }, gemeenteId: row.gemeenteId },
    ]);
    return caseView(row, ctx.principal);
  }, { readOnly: true });
}
