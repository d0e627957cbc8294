// The only code that writes the tables `organisations`, `gemeenten` and `gemeente_logos`. A request
// (koers_app) cannot write organisations or gemeenten: it calls the database functions
// koers_create_gemeente / koers_update_gemeente, which check the session themselves (ADR 0095).
// insertOrganisation and insertGemeente are system work (the owner: `koers init`, the hosting
// party's new organisation, the demo seed). Every caller checks the permission first.
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { pgConstraint, pgErrorCode, uniqueViolation } from '../db/errors.ts';
import { gemeenteLogos, gemeenten, organisations } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { rowsOf } from '../db/raw-rows.ts';
import { forgetLoadedGemeente } from './settings.ts';

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

/** System work (owner transaction): a new organisation. */
export async function insertOrganisation(tx: Tx, values: { id?: string; name: string; at: Date }): Promise<{ id: string; name: string }> {
  const [row] = await tx
    .insert(organisations)
    .values({ ...(values.id ? { id: values.id } : {}), name: values.name, createdAt: values.at, updatedAt: values.at })
    .returning({ id: organisations.id, name: organisations.name });
  if (!row) throw new AppError('INTERNAL');
  return row;
}

/** System work (owner transaction): a gemeente of any organisation. */
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
 * A request's beheerder adds a gemeente to the session's organisation (koers_create_gemeente: the
 * database takes the organisation and the right to do so from the session, not from the caller).
 */
export async function createGemeenteInScope(tx: Tx, fields: GemeenteFields, at: Date): Promise<{ id: string }> {
  const [row] = rowsOf<{ id: string | null }>(
    await guarded(tx, (inner) => inner.execute(sql`SELECT koers_create_gemeente(${fields.code}, ${fields.name}, ${fields.oin}, ${at.toISOString()}::timestamptz) AS id`)),
  );
  if (!row?.id) throw new AppError('FORBIDDEN');
  forgetLoadedGemeente(tx, row.id);
  return { id: row.id };
}

/**
 * A request changes a gemeente of `organisationId` when its version is still `expectedVersion`; raises the
 * version. A gemeente of another organisation is "not found"; a stale version is a conflict.
 */
export async function updateGemeenteRow(
  tx: Tx,
  target: { id: string; organisationId: string; expectedVersion: number },
  patch: Partial<GemeenteFields> & { settings?: unknown },
  at: Date,
): Promise<void> {
  // koers_update_gemeente: only a gemeente of the session's organisation, only these four fields.
  const [row] = rowsOf<{ updated: boolean }>(
    await guarded(tx, (inner) =>
      inner.execute(sql`SELECT koers_update_gemeente(${target.id}::uuid, ${target.expectedVersion}::int, ${JSON.stringify(patch)}::jsonb, ${at.toISOString()}::timestamptz) AS updated`),
    ),
  );
  forgetLoadedGemeente(tx, target.id);
  if (!row?.updated) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De gemeente is intussen door iemand anders gewijzigd. Laad de gegevens opnieuw.' });
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
