import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { gemeentenInScope } from '../../db/schema.ts';

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
  id: gemeentenInScope.id,
  code: gemeentenInScope.code,
  name: gemeentenInScope.name,
  organisationId: gemeentenInScope.organisationId,
  oin: gemeentenInScope.oin,
  version: gemeentenInScope.version,
  updatedAt: gemeentenInScope.updatedAt,
};

const view = (row: { updatedAt: Date } & Omit<GemeenteView, 'updatedAt'>): GemeenteView => ({ ...row, updatedAt: row.updatedAt.toISOString() });

/** One gemeente of the organisation, or undefined (another organisation's gemeente is not found). */
export async function gemeenteOfOrganisation(tx: Tx, organisationId: string, gemeenteId: string): Promise<GemeenteView | undefined> {
  const [row] = await tx.select(columns).from(gemeentenInScope).where(eq(gemeentenInScope.id, gemeenteId));
  return row && row.organisationId === organisationId ? view(row) : undefined;
}

export async function gemeentenOfOrganisation(tx: Tx, organisationId: string): Promise<GemeenteView[]> {
  const rows = await tx.select(columns).from(gemeentenInScope).where(eq(gemeentenInScope.organisationId, organisationId)).orderBy(asc(gemeentenInScope.name));
  return rows.map(view);
}
