// Links the two sides of a move across the gemeente wall: the SECURITY DEFINER function of
// migration 0023 (ADR 0103) acts only on a case in the caller's scope and returns a count.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { rawRows } from '../../db/raw-rows.ts';

export async function linkMoves(tx: Tx, caseId: string, at: Date): Promise<number> {
  const [row] = await rawRows<{ n: number }>(tx, sql`SELECT koers_link_moves(${caseId}::uuid, ${at.toISOString()}::timestamptz) AS n`);
  return Number(row?.n ?? 0);
}
