/**
 * Stop and alert (ADR 0055). When DUO answers outside its own OpenAPI file (`DuoContractError`,
 * direction 'response'), Koers does not retry into the unknown: it stops using that DUO API for
 * that gemeente. The worker then claims no melding for the API and no notification whose fetches
 * need it; they wait, in order, until a person acknowledges the stop on the DUO page (or Koers
 * starts with a newer version of that API's spec). One active stop per gemeente and API; a second
 * wrong answer while it is active only counts (`occurrences`).
 */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { duoOperations, eventCatalogue, formatIssues, isDuoApiName, type DuoContractError, type DuoValidator, type FetchOperationId } from '@koers/duo';
import type { Db } from '../db/database.ts';
import { duoContractStops, duoInbox, duoOutbox, gemeenten } from '../db/schema.ts';
import { asSystem } from '../db/scope.ts';
import { recordChange } from '../audit/history.ts';
import { duoRequestOperation, outboxOperations, type OutboxOperation } from './outbox-operations.ts';
import { apiLabel, apiOf, withoutBsn } from './failure-reason.ts';
import { inGemeente, type GemeenteRef } from './system.ts';

export interface ActiveStop {
  id: string;
  gemeenteId: string;
  api: string;
}

/** The outbox operations that go to a DUO API. */
export function outboxOperationsOf(api: string): OutboxOperation[] {
  return outboxOperations.filter((op) => duoOperations[duoRequestOperation(op)].api === api);
}

/** The event codes whose processing fetches from a DUO API. */
export function eventCodesFetchingFrom(api: string): string[] {
  return Object.values(eventCatalogue)
    .filter((e) => [...e.fetch, ...(e.extraFetch ?? [])].some((op: FetchOperationId) => duoOperations[op].api === api))
    .map((e) => e.code);
}

/** The stops in force now, all gemeenten (the worker is system work). */
export async function activeStops(db: Db): Promise<ActiveStop[]> {
  return asSystem(db, (tx) => tx.select({ id: duoContractStops.id, gemeenteId: duoContractStops.gemeenteId, api: duoContractStops.api }).from(duoContractStops).where(eq(duoContractStops.status, 'actief')));
}

/** Outbox rows held back by the stops (a condition for the claim). */
export function outboxHeldBy(stops: readonly ActiveStop[]): SQL | undefined {
  const held = stops.flatMap((s) => {
    const ops = outboxOperationsOf(s.api);
    return ops.length > 0 ? [and(eq(duoOutbox.gemeenteId, s.gemeenteId), inArray(duoOutbox.operation, ops))] : [];
  });
  return held.length > 0 ? sql`NOT (${sql.join(held.map((h) => sql`(${h})`), sql` OR `)})` : undefined;
}

/** Inbox rows held back by the stops: notifications with a BSN whose event fetches from a stopped API. */
export function inboxHeldBy(stops: readonly ActiveStop[]): SQL | undefined {
  const held = stops.flatMap((s) => {
    const codes = eventCodesFetchingFrom(s.api);
    return codes.length > 0 ? [and(eq(duoInbox.gemeenteId, s.gemeenteId), sql`${duoInbox.bsn} IS NOT NULL`, inArray(duoInbox.eventCode, codes))] : [];
  });
  return held.length > 0 ? sql`NOT (${sql.join(held.map((h) => sql`(${h})`), sql` OR `)})` : undefined;
}

/** The reason shown on the DUO page: what happened, what Koers does now, and DUO's deviations. */
export function stopReason(err: DuoContractError, specVersion: string): string {
  const api = apiLabel(apiOf(err.operationId) ?? '');
  return withoutBsn(
    `DUO antwoordde buiten de specificatie van de API ${api} (versie ${specVersion}). Koers verstuurt en vraagt niets meer via deze API voor deze gemeente tot iemand dit op de DUO-pagina bevestigt. Afwijkingen: ${formatIssues(err.issues)}`,
  ).slice(0, 2000);
}

/** Record (or count) the stop for this gemeente and the API of the failed operation. */
export async function recordContractStop(db: Db, input: { gemeente: Pick<GemeenteRef, 'id' | 'organisationId'>; error: DuoContractError; validator: DuoValidator; now: Date }): Promise<{ api: string; created: boolean }> {
  const api = apiOf(input.error.operationId);
  if (api === undefined) throw new Error(`onbekende DUO-operatie ${input.error.operationId}`);
  const specVersion = input.validator.specs.api(api).version;
  const reason = stopReason(input.error, specVersion);
  return inGemeente(db, input.gemeente, async (tx) => {
    const [row] = await tx
      .insert(duoContractStops)
      .values({ gemeenteId: input.gemeente.id, api, operationId: input.error.operationId, specVersion, reason, status: 'actief', firstAt: input.now, lastAt: input.now })
      .onConflictDoUpdate({
        target: [duoContractStops.gemeenteId, duoContractStops.api],
        targetWhere: sql`status = 'actief'`,
        set: { occurrences: sql`${duoContractStops.occurrences} + 1`, lastAt: input.now, version: sql`${duoContractStops.version} + 1` },
      })
      .returning({ id: duoContractStops.id, occurrences: duoContractStops.occurrences });
    if (!row) throw new Error('stop niet vastgelegd');
    const created = row.occurrences === 1;
    if (created) {
      await recordChange(
        tx,
        null,
        { organisationId: input.gemeente.organisationId, gemeenteId: input.gemeente.id, entityType: 'duo_contract_stop', entityId: row.id, action: 'create', changes: { status: { from: null, to: 'actief' }, api: { from: null, to: api }, specVersion: { from: null, to: specVersion } }, reason },
        input.now,
      );
    }
    return { api, created };
  });
}

/**
 * At start-up: a stop recorded against another version of the API's spec than the one Koers reads
 * now is lifted — DUO's new files were installed, and the traffic is validated against them.
 */
export async function liftStopsForNewSpecs(db: Db, validator: DuoValidator, now: Date): Promise<number> {
  const stops = await asSystem(db, (tx) =>
    tx
      .select({ stop: duoContractStops, organisationId: gemeenten.organisationId })
      .from(duoContractStops)
      .innerJoin(gemeenten, eq(gemeenten.id, duoContractStops.gemeenteId))
      .where(eq(duoContractStops.status, 'actief')),
  );
  let lifted = 0;
  for (const { stop, organisationId } of stops) {
    const current = isDuoApiName(stop.api) ? validator.specs.apis.get(stop.api)?.version : undefined;
    if (current === undefined || current === stop.specVersion) continue;
    const liftedReason = `Opgeheven bij de start: Koers gebruikt nu versie ${current} van de specificatie van de API ${apiLabel(stop.api)} (de stop gold voor versie ${stop.specVersion}).`;
    await inGemeente(db, { id: stop.gemeenteId, organisationId }, async (tx) => {
      const [updated] = await tx
        .update(duoContractStops)
        .set({ status: 'opgeheven', liftedAt: now, liftedReason, version: stop.version + 1 })
        .where(and(eq(duoContractStops.id, stop.id), eq(duoContractStops.status, 'actief')))
        .returning({ id: duoContractStops.id });
      if (!updated) return;
      lifted += 1;
      await recordChange(tx, null, { organisationId, gemeenteId: stop.gemeenteId, entityType: 'duo_contract_stop', entityId: stop.id, action: 'update', changes: { status: { from: 'actief', to: 'opgeheven' } }, reason: liftedReason }, now);
    });
  }
  return lifted;
}
