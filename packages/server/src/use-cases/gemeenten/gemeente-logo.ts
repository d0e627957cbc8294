// The logo on the gemeente's letters: PNG or JPEG, the type read from the content (not from a name
// or header), at most 256 kB. Stored in gemeente_logos; the history records its type, size and hash.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { isStorableText } from '@koers/domain';
import { gemeenteLogos } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import type { FieldChanges } from '../../audit/history.ts';
import { loadGemeente } from '../../gemeenten/settings.ts';
import { putGemeenteLogo } from '../../gemeenten/store.ts';
import type { UseCaseContext } from '../context.ts';
import { gemeenteNotFound, requirePermission } from './access.ts';
import { writeGemeenteSettings } from './settings-write.ts';
import { settingsView } from './gemeente-settings.ts';
import type { GemeenteSettingsView } from './gemeente.view.ts';

export const MAX_LOGO_BYTES = 256 * 1024;

export const gemeenteLogoInput = z.strictObject({
  version: z.number('Versie: ontbreekt').int('Versie: moet een geheel getal zijn').min(1, 'Versie: moet een geheel getal zijn'),
  /** The image, base64-encoded; null removes the logo. */
  image: z
    .string('Logo: kies een PNG- of JPEG-bestand')
    .refine(isStorableText, 'Logo: het bestand kon niet worden gelezen (geen base64)')
    .max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 8, `Logo: het bestand is groter dan ${MAX_LOGO_BYTES / 1024} kB`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Logo: het bestand kon niet worden gelezen (geen base64)')
    .nullable(),
});
export type GemeenteLogoInput = z.infer<typeof gemeenteLogoInput>;

/** The image type from its first bytes, or null when it is neither PNG nor JPEG. */
export function imageTypeOf(data: Buffer): 'image/png' | 'image/jpeg' | null {
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  return null;
}

const describe = (contentType: string, bytes: number, sha256: string) => `${contentType === 'image/png' ? 'PNG' : 'JPEG'}, ${(bytes / 1024).toFixed(1)} kB (sha256 ${sha256.slice(0, 12)}…)`;

export function setGemeenteLogo(ctx: UseCaseContext, gemeenteId: string, input: GemeenteLogoInput): Promise<GemeenteSettingsView> {
  requirePermission(ctx, 'admin:gemeenten');
  let logo: { contentType: string; data: Buffer; sha256: string } | null = null;
  if (input.image !== null) {
    const data = Buffer.from(input.image, 'base64');
    if (data.length === 0) throw new AppError('VALIDATION_FAILED', { field: 'image', message: 'Logo: het bestand is leeg' });
    if (data.length > MAX_LOGO_BYTES) throw new AppError('VALIDATION_FAILED', { field: 'image', message: `Logo: het bestand is groter dan ${MAX_LOGO_BYTES / 1024} kB` });
    const contentType = imageTypeOf(data);
    if (contentType === null) throw new AppError('VALIDATION_FAILED', { field: 'image', message: 'Logo: dit is geen PNG- of JPEG-afbeelding' });
    logo = { contentType, data, sha256: createHash('sha256').update(data).digest('hex') };
  }
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const gemeente = await loadGemeente(tx, gemeenteId);
    if (!gemeente || gemeente.organisationId !== ctx.principal.organisation.id) throw gemeenteNotFound();
    const [before] = await tx.select({ contentType: gemeenteLogos.contentType, data: gemeenteLogos.data, sha256: gemeenteLogos.sha256 }).from(gemeenteLogos).where(eq(gemeenteLogos.gemeenteId, gemeenteId));
    const from = before ? describe(before.contentType, before.data.length, before.sha256) : null;
    const to = logo ? describe(logo.contentType, logo.data.length, logo.sha256) : null;
    const changes: FieldChanges = before?.sha256 === logo?.sha256 ? {} : { logo: { from, to } };
    // The version and history go with the settings: the logo is one of them.
    await writeGemeenteSettings(tx, ctx.principal, gemeente, gemeente.settings, input.version, ctx.now, changes);
    if (Object.keys(changes).length) await putGemeenteLogo(tx, gemeente, logo, ctx.now);
    return settingsView(tx, ctx.principal.organisation.id, gemeenteId, ctx.now);
  });
}

/** GET (beheer): the logo itself, for the preview in the settings editor. */
export function getGemeenteLogo(ctx: UseCaseContext, gemeenteId: string): Promise<{ contentType: string; data: Buffer }> {
  requirePermission(ctx, 'admin:gemeenten');
  return inScope(
    ctx.db,
    scopeOf(ctx.principal),
    async (tx) => {
      const gemeente = await loadGemeente(tx, gemeenteId);
      if (!gemeente || gemeente.organisationId !== ctx.principal.organisation.id) throw gemeenteNotFound();
      const [row] = await tx.select({ contentType: gemeenteLogos.contentType, data: gemeenteLogos.data }).from(gemeenteLogos).where(eq(gemeenteLogos.gemeenteId, gemeenteId));
      if (!row) throw new AppError('NOT_FOUND', { message: 'Deze gemeente heeft geen logo.' });
      return row;
    },
    { readOnly: true },
  );
}
