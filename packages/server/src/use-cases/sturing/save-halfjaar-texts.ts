// The beleidsadviseur's text per section of a half-year report (ADR 0142): stored per gemeente and
// half year with a version (0: first save); the record history keeps every change.
import { and, eq } from 'drizzle-orm';
import { halfjaarSections } from '@koers/domain';
import { halfjaarRapportages } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff, recordChange } from '../../audit/history.ts';
import type { UseCaseContext } from '../context.ts';
import { readHalfjaar, storedTexts, type HalfjaarReport } from './get-halfjaar.ts';
import { grantedGemeente } from './sturing-support.ts';
import type { HalfjaarTextsInput } from './sturing.types.ts';

/** Every section, null where empty: so an emptied section shows in the history too. */
const everySection = (texts: Partial<Record<string, string>>): Record<string, string | null> => Object.fromEntries(halfjaarSections.map((s) => [`tekst.${s.key}`, texts[s.key] ?? null]));

const conflict = () => new AppError('VERSION_CONFLICT', { field: 'version', message: 'De teksten zijn intussen door iemand anders gewijzigd. Laad de rapportage opnieuw.' });

export async function saveHalfjaarTexts(ctx: UseCaseContext, input: HalfjaarTextsInput): Promise<HalfjaarReport> {
  const gemeente = grantedGemeente(ctx.principal, input.gemeenteId);
  const texts = Object.fromEntries(Object.entries(input.texts).filter(([, t]) => t !== undefined && t !== ''));
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const [before] = await tx
      .select()
      .from(halfjaarRapportages)
      .where(and(eq(halfjaarRapportages.gemeenteId, gemeente.id), eq(halfjaarRapportages.halfYear, input.halfYear)))
      .for('update');
    if ((before?.version ?? 0) !== input.version) throw conflict();
    let id: string;
    if (before) {
      const [after] = await tx
        .update(halfjaarRapportages)
        .set({ texts, version: before.version + 1, updatedBy: ctx.principal.userId, updatedAt: ctx.now })
        .where(and(eq(halfjaarRapportages.id, before.id), eq(halfjaarRapportages.version, before.version)))
        .returning();
      if (!after) throw conflict();
      id = after.id;
    } else {
      const [created] = await tx
        .insert(halfjaarRapportages)
        .values({ gemeenteId: gemeente.id, halfYear: input.halfYear, texts, updatedBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
        .onConflictDoNothing()
        .returning();
      // Someone else saved the first version in the meantime.
      if (!created) throw conflict();
      id = created.id;
    }
    await recordChange(
      tx,
      ctx.principal,
      { organisationId: ctx.principal.organisation.id, gemeenteId: gemeente.id, entityType: 'halfjaarrapportage', entityId: id, action: before ? 'update' : 'create', changes: diff(before ? everySection(storedTexts(before.texts)) : null, everySection(texts)) },
      ctx.now,
    );
    return readHalfjaar(tx, gemeente, input.halfYear);
  });
}
