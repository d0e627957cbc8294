// The gemeente's team telefoonnummer for DUO (gemeenten.settings.duoContactTelefoon, schema in the
// domain's local settings): given to DUO for a contactpersoon without an own work phone. Set by the
// beheerder, with history; contactpersonen using it get a 'contactpersoon.change'.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { DUO_TELEFOONNUMMER_PATTERN } from '@koers/domain';
import { gemeentenInScope } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { loadGemeente } from '../../gemeenten/settings.ts';
import { gemeenteNotFound, requirePermission } from '../gemeenten/access.ts';
import { writeGemeenteSettings } from '../gemeenten/settings-write.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import type { DuoContactTelefoonView } from './duo.view.ts';
import { text } from '../../contract/input-fields.ts';
import { readDuoContactTelefoon, syncDuoContactpersonen } from './contactpersoon.ts';

export const duoContactTelefoonInput = z.strictObject({
  telefoonnummer: text('Telefoonnummer team voor DUO: vul een telefoonnummer in')
    .trim()
    .max(22, 'Telefoonnummer team voor DUO: hoogstens 22 tekens')
    .refine((v) => v === '' || (v.length >= 3 && DUO_TELEFOONNUMMER_PATTERN.test(v)), 'Telefoonnummer team voor DUO: vul een nummer in zoals DUO het aanneemt (cijfers, eventueel met +, spaties, - of (0)), bijv. 030 123 4567')
    .nullable(),
});
export type DuoContactTelefoonInput = z.infer<typeof duoContactTelefoonInput>;

function assertOwnGemeente(ctx: UseCaseContext, gemeenteId: string): void {
  if (!ctx.principal.gemeenten.some((g) => g.id === gemeenteId)) throw new AppError('NOT_FOUND', { message: 'Deze gemeente bestaat niet of u werkt er niet voor.' });
}

/** GET: the team number of one of the user's gemeenten. */
export function getDuoContactTelefoon(ctx: UseCaseContext, gemeenteId: string): Promise<DuoContactTelefoonView> {
  const { permissions } = ctx.principal;
  if (!permissions.includes('case:read') && !permissions.includes('admin:gemeenten')) throw new AppError('FORBIDDEN');
  assertOwnGemeente(ctx, gemeenteId);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const [row] = await tx.select({ settings: gemeentenInScope.settings }).from(gemeentenInScope).where(eq(gemeentenInScope.id, gemeenteId));
    return { gemeenteId, telefoonnummer: readDuoContactTelefoon(row?.settings) };
  });
}

/** PUT (beheer): sets or clears the team number; other settings stay as they are. */
export function setDuoContactTelefoon(ctx: UseCaseContext, gemeenteId: string, input: DuoContactTelefoonInput): Promise<DuoContactTelefoonView> {
  requirePermission(ctx, 'admin:gemeenten');
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const gemeente = await loadGemeente(tx, gemeenteId);
    if (!gemeente || gemeente.organisationId !== ctx.principal.organisation.id) throw gemeenteNotFound();
    const next = input.telefoonnummer === null || input.telefoonnummer === '' ? null : input.telefoonnummer;
    const { duoContactTelefoon: _before, ...rest } = gemeente.settings;
    const changes = await writeGemeenteSettings(tx, ctx.principal, gemeente, next === null ? rest : { ...rest, duoContactTelefoon: next }, gemeente.version, ctx.now);
    // Contactpersonen that use the team number get it at DUO; waiting cases are reported now.
    if (Object.keys(changes).length > 0 && ctx.principal.gemeenten.some((g) => g.id === gemeenteId)) await syncDuoContactpersonen(tx, { gemeenteId }, ctx.principal, ctx.now);
    return { gemeenteId, telefoonnummer: next };
  });
}
