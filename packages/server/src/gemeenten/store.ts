// The only code that writes the tables `organisations`, `gemeenten` and `gemeente_logos`. These
// tables have no row-level security yet; every caller checks the permission first, and this module
// is the narrow seam to replace with database functions later (docs/adr/0070-setting-up-an-installation.md).
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { pgConstraint, pgErrorCode, uniqueViolation } from '../db/errors.ts';
import { gemeenteLogos, gemeenten, organisations } from '../db/schema.ts';
import { AppError } from '../errors.ts';

export interface GemeenteFields {
  code: string;
  name: string;
  oin: string | null;
}

/** Unique violations on CBS code or OIN become errors that name the field. */
export function asGemeenteConflict(error: unknown): unknown {
  if (pgErrorCode(error) !== uniqueViolation) return error;
  const constraint = pgConstraint(error) ?? '';
  if (constraint === 'gemeenten_code_key') return new AppError('GEMEENTECODE_TAKEN', { field: 'code' });
  if (constraint === 'gemeenten_oin_key') return new AppError('OIN_TAKEN', { field: 'oin' });
  return error;
}

/** A savepoint around one statement, so a unique violation can be reported without aborting the transaction. */
async function guarded<T>(tx: Tx, work: (inner: Tx) => Promise<T>): Promise<T> {
  try {
    return await tx.transaction(work);
  } catch (error) {
    throw asGemeenteConflict(error);
  }
}

export async function insertOrganisation(tx: Tx, values: { id?: string; name: string; at: Date }): Promise<{ id: string; name: string }> {
  const [row] = await tx
    .insert(organisations)
    .values({ ...(values.id ? { id: values.id } : {}), name: values.name, createdAt: values.at, updatedAt: values.at })
    .returning({ id: organisations.id, name: organisations.name });
  if (!row) throw new AppError('INTERNAL');
  return row;
}

export async function insertGemeente(tx: Tx, organisationId: string, fields: GemeenteFields & { settings?: unknown }, at: Date): Promise<{ id: string }> {
  const [row] = await guarded(tx, (inner) =>
    inner
      .insert(gemeenten)
      .values({ organisationId, code: fields.code, name: fields.name, oin: fields.oin, settings: fields.settings ?? {}, createdAt: at, updatedAt: at })
      .returning({ id: gemeenten.id }),
  );
  if (!row) throw new AppError('INTERNAL');
  return row;
}

/**
 * Changes a gemeente of `organisationId` when its version is still `expectedVersion`; raises the
 * version. A gemeente of another organisation is "not found"; a stale version is a conflict.
 */
export async function updateGemeenteRow(
  tx: Tx,
  target: { id: string; organisationId: string; expectedVersion: number },
  patch: Partial<GemeenteFields> & { settings?: unknown },
  at: Date,
): Promise<void> {
  const updated = await guarded(tx, (inner) =>
    inner
      .update(gemeenten)
      .set({ ...patch, version: sql`${gemeenten.version} + 1`, updatedAt: at })
      .where(and(eq(gemeenten.id, target.id), eq(gemeenten.organisationId, target.organisationId), eq(gemeenten.version, target.expectedVersion)))
      .returning({ id: gemeenten.id }),
  );
  if (updated.length === 0) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De gemeente is intussen door iemand anders gewijzigd. Laad de gegevens opnieuw.' });
}

export async function putGemeenteLogo(tx: Tx, gemeente: { id: string; organisationId: string }, logo: { contentType: string; data: Buffer; sha256: string } | null, at: Date): Promise<void> {
  if (logo === null) {
    await tx.delete(gemeenteLogos).where(eq(gemeenteLogos.gemeenteId, gemeente.id));
    return;
  }
  await tx
    .insert(gemeenteLogos)
    .values({ gemeenteId: gemeente.id, organisationId: gemeente.organisationId, ...logo, updatedAt: at })
    .onConflictDoUpdate({ target: gemeenteLogos.gemeenteId, set: { ...logo, updatedAt: at } });
}
