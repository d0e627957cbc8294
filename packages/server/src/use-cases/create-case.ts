import { and, eq, or } from 'drizzle-orm';
import { cases } from '../db/schema.ts';
import { inScope } from '../db/scope.ts';
import { AppError } from '../errors.ts';
import { scopeOf } from '../auth/principal.ts';
import { recordChange, diff } from '../audit/history.ts';
import { logProcessed } from '../privacy/log-helpers.ts';
import type { UseCaseContext } from './context.ts';
import type { CreateCaseInput } from './case-input.types.ts';
import { caseView, historyFields, type CaseView } from './case.view.ts';

/** Registers a person in a gemeente: one case per person per gemeente. */
export async function createCase(ctx: UseCaseContext, input: CreateCaseInput): Promise<CaseView> {
  const { principal } = ctx;
  if (!principal.gemeenten.some((g) => g.id === input.gemeenteId)) {
    throw new AppError('VALIDATION_FAILED', { field: 'gemeenteId', message: 'U werkt niet voor deze gemeente.' });
  }
  return inScope(ctx.db, scopeOf(principal), async (tx) => {
    const identity = [
      ...(input.bsn ? [eq(cases.bsn, input.bsn)] : []),
      ...(input.vNumber ? [eq(cases.vNumber, input.vNumber)] : []),
    ];
    const [existing] = await tx
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.gemeenteId, input.gemeenteId), or(...identity)));
    if (existing) {
      throw new AppError('DUPLICATE_CASE', {
        field: input.bsn ? 'bsn' : 'vNumber',
        message: 'Er bestaat al een dossier voor deze persoon in deze gemeente.',
        extra: { existingCaseId: existing.id },
      });
    }
    const [row] = await tx
      .insert(cases)
      .values({
        gemeenteId: input.gemeenteId,
        bsn: input.bsn ?? null,
        vNumber: input.vNumber ?? null,
        givenNames: input.givenNames,
        familyName: input.familyName,
        birthDate: input.birthDate,
        nationality: input.nationality,
        permit: input.permit,
        status: 'aangemeld',
        caseManagerId: principal.role === 'trajectregisseur' ? principal.userId : null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordChange(
      tx,
      principal,
      {
        organisationId: principal.organisation.id,
        gemeenteId: row.gemeenteId,
        entityType: 'case',
        entityId: row.id,
        action: 'create',
        changes: diff(null, historyFields(row)),
      },
      ctx.now,
    );
    await logProcessed(tx, ctx, 'dossierInburgering', 'create', 'createCase', [
      { resourceType: 'case', resourceId: row.id, subject: { type: 'case', id: row.id }, gemeenteId: row.gemeenteId },
    ]);
    return caseView(row, principal);
  });
}
