// Links the two sides of a move across the gemeente wall: the SECURITY DEFINER function of
// migration 0023 (ADR 0103) acts only on a case in the caller's scope and returns a count.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';

export async function linkMoves(tx: Tx, caseId: string, at: Date): Promise<number> {
  const result: unknown = await tx.execute(sql`SELECT koers_link_moves(${caseId}::uuid, ${at.toISOString()}::timestamptz) AS n`);
  const [row] = (result as { rows: { n: number }[] }).rows;
  return Number(row?.n ?? 0);
}
