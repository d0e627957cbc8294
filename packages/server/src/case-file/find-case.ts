import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { cases } from '../db/schema.ts';
import { AppError } from '../errors.ts';

export type CaseRow = typeof cases.$inferSelect;

/** Not a stub left by retention (ADR 0099): that row exists only so foreign keys and the audit chain hold. */
export const notRemovedByRetention = sql`${cases.retentionStage} IS DISTINCT FROM 'verwijderd'`;

/**
 * A case within the current scope (row-level security hides other gemeenten), or NOT_FOUND; a stub
 * left by retention is not found either.
 * With `forUpdate` the row is locked for the rest of the transaction.
 */
export async function findCase(tx: Tx, caseId: string, options: { forUpdate?: boolean } = {}): Promise<CaseRow> {
  const query = tx.select().from(cases).where(and(eq(cases.id, caseId), notRemovedByRetention));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new AppError('NOT_FOUND', { message: 'Dit dossier bestaat niet of u heeft er geen toegang toe.' });
  return row;
}

/** A closed case (ADR 0103): status 'gesloten' or a closing date. */
export function isClosedCase(row: Pick<CaseRow, 'status' | 'closedOn'>): boolean {
  return row.status === 'gesloten' || row.closedOn !== null;
}

/**
 * The case, locked for the rest of the transaction, for a step of the inburgering itself (intake,
 * PIP, traject, results): refused on a closed case, which is reopened first (ADR 0103 addendum).
 * Notes, documents, bezwaar, assignments and personal data stay writable on a closed case.
 */
export async function findOpenCase(tx: Tx, caseId: string): Promise<CaseRow> {
  const row = await findCase(tx, caseId, { forUpdate: true });
  if (isClosedCase(row)) throw new AppError('CASE_CLOSED');
  return row;
}
