// SPUK cost lines (R27, ADR 0139): spending that no placement or interpreter booking records, per
// gemeente, year and voorziening. No personal data, so no processing log; the record history keeps
// every change. Kept by whoever has reports:aggregate (beleid, finance, teamleider; ADR 0138).
import { and, asc, desc, eq } from 'drizzle-orm';
import { voorzieningLabel } from '@koers/domain';
import { costLines } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import type { Tx } from '../../db/database.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff, recordChange } from '../../audit/history.ts';
import { nextUpdatedAt } from '../pip/record-pip-write.ts';
import type { UseCaseContext } from '../context.ts';
import type { CostLineDelete, CostLineInput, CostLineUpdate } from './rapportages.types.ts';
import { reportGemeenten } from './report-scope.ts';
import type { CostLineView } from './rapportages.view.ts';

type CostLineRow = typeof costLines.$inferSelect;

const view = (r: CostLineRow): CostLineView => ({
  id: r.id,
  gemeenteId: r.gemeenteId,
  year: r.year,
  voorziening: r.voorziening,
  voorzieningLabel: voorzieningLabel(r.voorziening),
  description: r.description,
  amountCents: r.amountCents,
  ondertussengroep: r.ondertussengroep,
  version: r.version,
});
const fields = (r: CostLineRow) => ({ year: r.year, voorziening: r.voorziening, description: r.description, amountCents: r.amountCents, ondertussengroep: r.ondertussengroep });


export async function listCostLines(ctx: UseCaseContext, gemeenteId: string | undefined): Promise<CostLineView[]> {
  const gemeenten = reportGemeenten(ctx, gemeenteId);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const rows = await tx.select().from(costLines).orderBy(desc(costLines.year), asc(costLines.voorziening), asc(costLines.createdAt));
    return rows.filter((r) => gemeenten.some((g) => g.id === r.gemeenteId)).map(view);
  });
}

export async function addCostLine(ctx: UseCaseContext, input: CostLineInput): Promise<CostLineView> {
  reportGemeenten(ctx, input.gemeenteId);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const [row] = await tx
      .insert(costLines)
      .values({ gemeenteId: input.gemeenteId, year: input.year, voorziening: input.voorziening, description: input.description, amountCents: input.amountCents, ondertussengroep: input.ondertussengroep, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordChange(tx, ctx.principal, { organisationId: ctx.principal.organisation.id, gemeenteId: row.gemeenteId, entityType: 'kostenregel', entityId: row.id, action: 'create', changes: diff(null, fields(row)) }, ctx.now);
    return view(row);
  });
}

async function lockedLine(tx: Tx, id: string, version: number): Promise<CostLineRow> {
  // Row-level security hides another gemeente's line: it does not exist here.
  const [before] = await tx.select().from(costLines).where(eq(costLines.id, id)).for('update');
  if (!before) throw new AppError('NOT_FOUND', { message: 'Deze kostenregel bestaat niet of u heeft er geen toegang toe.' });
  if (before.version !== version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De kostenregel is intussen gewijzigd. Laad de pagina opnieuw.' });
  return before;
}

export async function updateCostLine(ctx: UseCaseContext, id: string, input: CostLineUpdate): Promise<CostLineView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const before = await lockedLine(tx, id, input.version);
    const [after] = await tx
      .update(costLines)
      .set({ year: input.year, voorziening: input.voorziening, description: input.description, amountCents: input.amountCents, ondertussengroep: input.ondertussengroep, version: before.version + 1, updatedAt: nextUpdatedAt(ctx.now, before.updatedAt) })
      .where(and(eq(costLines.id, id), eq(costLines.version, before.version)))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    await recordChange(tx, ctx.principal, { organisationId: ctx.principal.organisation.id, gemeenteId: after.gemeenteId, entityType: 'kostenregel', entityId: after.id, action: 'update', changes: diff(fields(before), fields(after)) }, ctx.now);
    return view(after);
  });
}

export async function deleteCostLine(ctx: UseCaseContext, id: string, input: CostLineDelete): Promise<void> {
  await inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const before = await lockedLine(tx, id, input.version);
    await tx.delete(costLines).where(eq(costLines.id, id));
    await recordChange(tx, ctx.principal, { organisationId: ctx.principal.organisation.id, gemeenteId: before.gemeenteId, entityType: 'kostenregel', entityId: before.id, action: 'delete', changes: Object.fromEntries(Object.entries(fields(before)).map(([k, v]) => [k, { from: v, to: null }])) }, ctx.now);
  });
}
