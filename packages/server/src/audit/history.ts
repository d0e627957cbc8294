import { and, asc, eq } from 'drizzle-orm';
import type { Queryable, Tx } from '../db/database.ts';
import { recordHistory } from '../db/schema.ts';
import type { Principal } from '../auth/principal.ts';

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** The fields that differ between two versions of a record (only keys present in `after`). */
export function diff(before: object | null, after: object, ignore: readonly string[] = []): FieldChanges {
  const changes: FieldChanges = {};
  const was = new Map<string, unknown>(before ? Object.entries(before) : []);
  for (const [key, to] of Object.entries(after)) {
    if (ignore.includes(key)) continue;
    const from = was.get(key);
    if (!sameJson(from ?? null, to ?? null)) changes[key] = { from: from ?? null, to: to ?? null };
  }
  return changes;
}

const plainOrNull = (v: unknown): boolean => v === null || typeof v === 'string' || typeof v === 'boolean';

/**
 * Whether two values are written the same as JSON (what the history compares). The common cases
 * without writing them out: an import's history compares every field of every new record with null
 * (ADR 0077 addendum of the twelfth session).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  // The same value: the same JSON (NaN is never equal to itself, so it goes the long way).
  if (a === b) return true;
  // Two different strings, booleans or nulls are never written the same ("true" and true neither).
  if (plainOrNull(a) && plainOrNull(b)) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface HistoryRecord {
  organisationId: string;
  gemeenteId: string | null;
  entityType: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  changes: FieldChanges;
  reason?: string | null;
}

/** Appends to the record history in the same transaction as the change itself. */
export async function recordChange(tx: Tx, actor: Principal | null, record: HistoryRecord, at: Date): Promise<void> {
  if (record.action === 'update' && Object.keys(record.changes).length === 0) return;
  await tx.insert(recordHistory).values({
    ...record,
    reason: record.reason ?? null,
    actorUserId: actor?.userId ?? null,
    actorName: actor?.name ?? 'Koers (systeem)',
    at,
  });
}

export async function historyOf(q: Queryable, entityType: string, entityId: string) {
  return q
    .select({
      id: recordHistory.id,
      action: recordHistory.action,
      at: recordHistory.at,
      actorName: recordHistory.actorName,
      changes: recordHistory.changes,
      reason: recordHistory.reason,
    })
    .from(recordHistory)
    .where(and(eq(recordHistory.entityType, entityType), eq(recordHistory.entityId, entityId)))
    .orderBy(asc(recordHistory.at), asc(recordHistory.id));
}
