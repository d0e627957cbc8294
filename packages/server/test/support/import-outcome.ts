// What an import left behind, in terms that do not depend on ids or timing: its report lines (the case as
// its number and name) and the gemeente's cases with their PIPs, timeline, history and processing log.
// Used to compare one import run two ways (planning ahead or not, ADR 0077).
import { and, eq, inArray, sql } from 'drizzle-orm';
import { asSystem } from '../../src/db/scope.ts';
import { caseEvents, cases, pips, processingLog, recordHistory } from '../../src/db/schema.ts';
import type { Client, TestKoers } from './koers.ts';

/** A fault only the database sees: inserting a case with this family name fails (one person late in a file). */
export async function failCaseInsertsNamed(koers: TestKoers, familyName: string): Promise<void> {
  const quoted = familyName.replaceAll("'", "''");
  await asSystem(koers.database.db, async (tx) => {
    await tx.execute(sql.raw(`CREATE FUNCTION koers_test_breekt() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.family_name = '${quoted}' THEN RAISE EXCEPTION 'test'; END IF; RETURN NEW; END $$`));
    await tx.execute(sql.raw('CREATE TRIGGER koers_test_breekt BEFORE INSERT ON cases FOR EACH ROW EXECUTE FUNCTION koers_test_breekt()'));
  });
}

export interface JobView {
  id: string;
  status: string;
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  rejectedCount: number;
  rejected: { row: number; sheet: string | null; field: string; reason: string }[];
}

/** Every report line of a job, with the case as its number and name instead of its id. */
export async function reportOf(koers: TestKoers, client: Client, jobId: string, gemeenteId: string) {
  const items: { row: number; sheet: string | null; outcome: string; caseId: string | null; details: unknown[] }[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = (await client.get(`/api/imports/${jobId}/regels?offset=${offset}&limit=500`)).json<{ total: number; items: typeof items }>();
    items.push(...page.items);
    if (items.length >= page.total) break;
  }
  const stored = await asSystem(koers.database.db, (tx) => tx.select({ id: cases.id, n: cases.caseNumber, name: cases.familyName }).from(cases).where(eq(cases.gemeenteId, gemeenteId)));
  const byId = new Map(stored.map((c) => [c.id, `${c.n} ${c.name}`]));
  return items.map(({ caseId, ...rest }) => ({ ...rest, case: caseId === null ? null : (byId.get(caseId) ?? 'missing') }));
}

/** What the gemeente's cases hold: per case (by number and name) its PIPs, timeline, history and status; the processing log per kind. */
export async function storedOf(koers: TestKoers, gemeenteId: string) {
  return asSystem(koers.database.db, async (tx) => {
    const rows = await tx.select().from(cases).where(eq(cases.gemeenteId, gemeenteId));
    const ids = rows.map((c) => c.id);
    const pipRows = ids.length ? await tx.select({ caseId: pips.caseId, version: pips.version, status: pips.status }).from(pips).where(inArray(pips.caseId, ids)) : [];
    const events = ids.length ? await tx.select({ caseId: caseEvents.caseId, kind: caseEvents.kind, summary: caseEvents.summary }).from(caseEvents).where(inArray(caseEvents.caseId, ids)) : [];
    const history = await tx.select({ entityType: recordHistory.entityType, action: recordHistory.action, entityId: recordHistory.entityId }).from(recordHistory).where(eq(recordHistory.gemeenteId, gemeenteId));
    const log = await tx
      .select({ operation: processingLog.operationName, resource: processingLog.resourceType, n: sql<number>`count(*)::int` })
      .from(processingLog)
      .where(and(eq(processingLog.gemeenteId, gemeenteId), eq(processingLog.action, 'create')))
      .groupBy(processingLog.operationName, processingLog.resourceType);
    const perCase = (caseId: string) => ({
      pips: pipRows.filter((p) => p.caseId === caseId).map((p) => `${p.version} ${p.status}`),
      // Each gemeente has its own trajectregisseur (a name with a random part).
      events: events.filter((e) => e.caseId === caseId).map((e) => `${e.kind}: ${e.summary.replace(/trajectregisseur [0-9a-f]{8}/g, 'de trajectregisseur')}`).sort(),
      history: history.filter((h) => h.entityId === caseId).map((h) => `${h.entityType} ${h.action}`).sort(),
    });
    return {
      cases: rows.map((c) => ({ key: `${c.caseNumber} ${c.familyName} ${c.bsn}`, status: c.status, term: `${c.termStart}–${c.termEndExclusive}`, ...perCase(c.id) })).sort((a, b) => a.key.localeCompare(b.key)),
      history: history.length,
      log: log.sort((a, b) => `${a.operation}${a.resource}`.localeCompare(`${b.operation}${b.resource}`)),
    };
  });
}

