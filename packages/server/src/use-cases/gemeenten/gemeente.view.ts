import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { gemeenten } from '../../db/schema.ts';

export interface GemeenteView {
  id: string;
  code: string;
  name: string;
  organisationId: string;
  /** Null while not known: DUO-berichten of this gemeente cannot be sent. */
  oin: string | null;
  version: number;
  updatedAt: string;
}

const columns = {
  id: gemeenten.id,
  code: gemeenten.code,
  name: gemeenten.name,
  organisationId: gemeenten.organisationId,
  oin: gemeenten.oin,
  version: gemeenten.version,
  updatedAt: gemeenten.updatedAt,
};

const view = (row: { updatedAt: Date } & Omit<GemeenteView, 'updatedAt'>): GemeenteView => ({ ...row, updatedAt: row.updatedAt.toISOString() });

/** One gemeente of the organisation, or undefined (another organisation's gemeente is not found). */
export async function gemeenteOfOrganisation(tx: Tx, organisationId: string, gemeenteId: string): Promise<GemeenteView | undefined> {
  const [row] = await tx.select(columns).from(gemeenten).where(eq(gemeenten.id, gemeenteId));
  return row && row.organisationId === organisationId ? view(row) : undefined;
}

export async function gemeentenOfOrganisation(tx: Tx, organisationId: string): Promise<GemeenteView[]> {
  const rows = await tx.select(columns).from(gemeenten).where(eq(gemeenten.organisationId, organisationId)).orderBy(asc(gemeenten.name));
  return rows.map(view);
}
