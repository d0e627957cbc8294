// GET and PUT (beheer) of a gemeente's settings: every setting of the domain's gemeente settings
// schema, and the logo for letters. Errors name the field by its Dutch label.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { defaultSettings, isStorableText, parseGemeenteSettings, settingsFor, } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { gemeenteLogos } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { loadGemeente } from '../../gemeenten/settings.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import { gemeenteNotFound, requirePermission } from './access.ts';
import { writeGemeenteSettings } from './settings-write.ts';
import type { GemeenteSettingsView, LogoInfo } from './gemeente.view.ts';
import { syncDuoContactpersonen } from '../duo/contactpersoon.ts';

export const gemeenteSettingsInput = z.strictObject({
  version: z.number('Versie: ontbreekt').int('Versie: moet een geheel getal zijn').min(1, 'Versie: moet een geheel getal zijn'),
  /** Checked by the domain's gemeente settings schema (Dutch messages with the field's label). */
  settings: z.record(
    z.string().refine(isStorableText),
    // Each value is checked by the domain's gemeente settings schema in the use case, which names
    // the field by its Dutch label (test/security/input-schemas.test.ts accepts this marker).
    z.unknown().meta({ checkedBy: 'parseGemeenteSettings' }),
    'Instellingen: ontbreken',
  ),
});
export type GemeenteSettingsInput = z.infer<typeof gemeenteSettingsInput>;

export async function logoInfo(tx: Tx, gemeenteId: string): Promise<LogoInfo | null> {
  const [row] = await tx
    .select({ contentType: gemeenteLogos.contentType, bytes: gemeenteLogos.data, updatedAt: gemeenteLogos.updatedAt })
    .from(gemeenteLogos)
    .where(eq(gemeenteLogos.gemeenteId, gemeenteId));
  return row ? { contentType: row.contentType, bytes: row.bytes.length, updatedAt: row.updatedAt.toISOString() } : null;
}

export async function settingsView(tx: Tx, organisationId: string, gemeenteId: string, now: Date): Promise<GemeenteSettingsView> {
  const gemeente = await loadGemeente(tx, gemeenteId);
  if (!gemeente || gemeente.organisationId !== organisationId) throw gemeenteNotFound();
  const year = Number(todayIn(now).slice(0, 4));
  return {
    gemeenteId,
    name: gemeente.name,
    code: gemeente.code,
    version: gemeente.version,
    settings: gemeente.settings,
    national: settingsFor(defaultSettings, year, gemeente.code),
    logo: await logoInfo(tx, gemeenteId),
  };
}

export function getGemeenteSettings(ctx: UseCaseContext, gemeenteId: string): Promise<GemeenteSettingsView> {
  requirePermission(ctx, 'admin:gemeenten');
  return inScope(ctx.db, scopeOf(ctx.principal), (tx) => settingsView(tx, ctx.principal.organisation.id, gemeenteId, ctx.now), { readOnly: true });
}

/** PUT: replaces the gemeente's settings with the given document (absent = national default). */
export function updateGemeenteSettings(ctx: UseCaseContext, gemeenteId: string, input: GemeenteSettingsInput): Promise<GemeenteSettingsView> {
  requirePermission(ctx, 'admin:gemeenten');
  const parsed = parseGemeenteSettings(input.settings);
  if (!parsed.ok) {
    const details = parsed.issues.map((i) => ({ field: `settings.${i.field}`, message: i.message }));
    throw new AppError('VALIDATION_FAILED', { field: details[0]?.field, message: details[0]?.message, details });
  }
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const gemeente = await loadGemeente(tx, gemeenteId);
    if (!gemeente || gemeente.organisationId !== ctx.principal.organisation.id) throw gemeenteNotFound();
    const changes = await writeGemeenteSettings(tx, ctx.principal, gemeente, parsed.settings, input.version, ctx.now);
    // A changed team number for DUO reaches the contactpersonen that use it.
    if ('settings.duoContactTelefoon' in changes && ctx.principal.gemeenten.some((g) => g.id === gemeenteId)) {
      await syncDuoContactpersonen(tx, { gemeenteId }, ctx.principal, ctx.now);
    }
    return settingsView(tx, ctx.principal.organisation.id, gemeenteId, ctx.now);
  });
}
