/**
 * Work the DUO koppeling does without a signed-in user (notifications, the outbox worker): per
 * gemeente, inside that gemeente's row-level-security scope, with "DUO" or "Koers (systeem)" as
 * the actor, and logged in the processing log under 'duoGegevensuitwisseling'.
 */
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.ts';
import { gemeenten } from '../db/schema.ts';
import { asSystem, inScope, systemScope } from '../db/scope.ts';
import { logProcessing, newTraceContext, type ProcessingAction } from '../privacy/processing-log.ts';

export interface GemeenteRef {
  id: string;
  organisationId: string;
  code: string;
  name: string;
  oin: string | null;
}

export async function loadGemeente(db: Db, id: string): Promise<GemeenteRef | undefined> {
  const [g] = await asSystem(db, (tx) =>
    tx.select({ id: gemeenten.id, organisationId: gemeenten.organisationId, code: gemeenten.code, name: gemeenten.name, oin: gemeenten.oin }).from(gemeenten).where(eq(gemeenten.id, id)),
  );
  return g;
}

export async function gemeenteByOin(db: Db, oin: string): Promise<GemeenteRef | undefined> {
  const [g] = await asSystem(db, (tx) =>
    tx.select({ id: gemeenten.id, organisationId: gemeenten.organisationId, code: gemeenten.code, name: gemeenten.name, oin: gemeenten.oin }).from(gemeenten).where(eq(gemeenten.oin, oin)),
  );
  return g;
}

/** One transaction in the scope of one gemeente (row-level security applies). */
export function inGemeente<T>(db: Db, gemeente: Pick<GemeenteRef, 'id' | 'organisationId'>, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inScope(db, systemScope(gemeente.organisationId, [gemeente.id]), work);
}

/** Processing-log entry for a DUO exchange about one case (actor: the system). */
export function logDuoProcessing(
  tx: Tx,
  secret: string,
  gemeente: Pick<GemeenteRef, 'id' | 'organisationId'>,
  caseId: string,
  action: ProcessingAction,
  operationName: string,
  at: Date,
): Promise<void> {
  return logProcessing(tx, { trace: newTraceContext(), pseudonymKey: secret }, null, gemeente.organisationId, [
    {
      activity: 'duoGegevensuitwisseling',
      action,
      operationName,
      resourceType: 'case',
      resourceId: caseId,
      subject: { type: 'case', id: caseId },
      gemeenteId: gemeente.id,
      startTime: at,
      endTime: at,
    },
  ]);
}

/** Processing-log entries for several DUO exchanges of one gemeente, in one statement. */
export function logDuoProcessingMany(
  tx: Tx,
  secret: string,
  gemeente: Pick<GemeenteRef, 'id' | 'organisationId'>,
  items: ReadonlyArray<{ caseId: string; operationName: string; at: Date }>,
): Promise<void> {
  return logProcessing(
    tx,
    { trace: newTraceContext(), pseudonymKey: secret },
    null,
    gemeente.organisationId,
    items.map((i) => ({
      activity: 'duoGegevensuitwisseling',
      action: 'create',
      operationName: i.operationName,
      resourceType: 'case',
      resourceId: i.caseId,
      subject: { type: 'case', id: i.caseId },
      gemeenteId: gemeente.id,
      startTime: i.at,
      endTime: i.at,
    })),
  );
}
