// Linking and unlinking the cases of a household in one gemeente: one row per side, history and
// timeline on both cases, in one transaction. Another gemeente's case is not found (404).
import { and, eq, or } from 'drizzle-orm';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { caseLinks } from '../../db/schema.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { findCase, type CaseRow } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import type { UseCaseContext } from '../context.ts';
import { getCaseLinks, type CaseLinksView } from './case-links.ts';
import type { HouseholdInput, HouseholdRelation } from './case-closing.types.ts';

const relationLabel: Record<HouseholdRelation, string> = { partner: 'partner', gezinslid: 'gezinslid' };
const nameOf = (c: CaseRow) => `${c.givenNames} ${c.familyName}`;

async function trace(tx: Tx, ctx: UseCaseContext, on: CaseRow, other: CaseRow, linked: boolean, relation: string): Promise<void> {
  await recordCaseWriteTraces(tx, ctx, on, {
    entityType: 'case',
    entityId: on.id,
    action: 'update',
    changes: { huishouden: linked ? { from: null, to: `${nameOf(other)} (${relation})` } : { from: `${nameOf(other)} (${relation})`, to: null } },
    event: {
      kind: linked ? 'case.household-linked' : 'case.household-unlinked',
      summary: linked ? `Huishouden: gekoppeld aan ${nameOf(other)} (${relation}).` : `Huishouden: koppeling met ${nameOf(other)} verwijderd.`,
      section: 'overzicht',
      data: { otherCaseId: other.id },
    },
    operationName: linked ? 'linkHousehold' : 'unlinkHousehold',
  });
}

export async function linkHousehold(ctx: UseCaseContext, caseId: string, input: HouseholdInput): Promise<CaseLinksView> {
  await inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId, { forUpdate: true });
    if (input.otherCaseId === caseId) throw new AppError('VALIDATION_FAILED', { field: 'otherCaseId', message: 'Gezinslid: kies een ander dossier dan dit.' });
    const other = await findCase(tx, input.otherCaseId, { forUpdate: true });
    if (other.gemeenteId !== kase.gemeenteId) throw new AppError('VALIDATION_FAILED', { field: 'otherCaseId', message: 'Gezinslid: alleen dossiers in dezelfde gemeente kunnen als huishouden worden gekoppeld.' });
    const [existing] = await tx.select({ id: caseLinks.id }).from(caseLinks).where(and(eq(caseLinks.caseId, caseId), eq(caseLinks.kind, 'huishouden'), eq(caseLinks.otherCaseId, other.id)));
    if (existing) throw new AppError('STEP_NOT_ALLOWED', { field: 'otherCaseId', message: 'Gezinslid: deze dossiers zijn al als huishouden gekoppeld.' });
    const relation = relationLabel[input.relation];
    await tx.insert(caseLinks).values([
      { caseId, gemeenteId: kase.gemeenteId, kind: 'huishouden', relation: input.relation, otherCaseId: other.id, createdBy: ctx.principal.userId, createdAt: ctx.now },
      { caseId: other.id, gemeenteId: kase.gemeenteId, kind: 'huishouden', relation: input.relation, otherCaseId: caseId, createdBy: ctx.principal.userId, createdAt: ctx.now },
    ]);
    await trace(tx, ctx, kase, other, true, relation);
    await trace(tx, ctx, other, kase, true, relation);
  });
  return getCaseLinks(ctx, caseId);
}

export async function unlinkHousehold(ctx: UseCaseContext, caseId: string, otherCaseId: string): Promise<CaseLinksView> {
  await inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId, { forUpdate: true });
    const other = await findCase(tx, otherCaseId, { forUpdate: true });
    const removed = await tx
      .delete(caseLinks)
      .where(
        and(
          eq(caseLinks.kind, 'huishouden'),
          or(and(eq(caseLinks.caseId, caseId), eq(caseLinks.otherCaseId, otherCaseId)), and(eq(caseLinks.caseId, otherCaseId), eq(caseLinks.otherCaseId, caseId))),
        ),
      )
      .returning({ relation: caseLinks.relation });
    if (removed.length === 0) throw new AppError('NOT_FOUND', { message: 'Deze dossiers zijn niet als huishouden gekoppeld.' });
    const relation = removed[0]?.relation ?? 'gezinslid';
    await trace(tx, ctx, kase, other, false, relation);
    await trace(tx, ctx, other, kase, false, relation);
  });
  return getCaseLinks(ctx, caseId);
}
