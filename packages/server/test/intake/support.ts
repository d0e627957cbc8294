// Helpers shared by the voorbereiding and intake tests.
import { eq, and, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { asSystem } from '../../src/db/scope.ts';
import { caseDocuments, caseEvents, cases, processingLog, recordHistory } from '../../src/db/schema.ts';
import type { Client } from '../support/koers.ts';

let counter = 0;
/** A fresh valid BSN (elfproef) per call. */
export function nextBsn(): string {
  for (;;) {
    counter++;
    const base = String(100000000 + ((counter * 7919 + Math.floor(Math.random() * 1000) * 104729) % 800000000)).slice(0, 8);
    const digits = base.split('').map(Number);
    const sum = digits.reduce((acc, d, i) => acc + d * (9 - i), 0);
    const last = sum % 11;
    if (last <= 9) return base + String(last);
  }
}

export async function createCase(client: Client, gemeenteId: string, familyName = 'Haddad'): Promise<string> {
  const response = await client.post('/api/cases', {
    gemeenteId,
    bsn: nextBsn(),
    givenNames: 'Amira',
    familyName,
    birthDate: '1990-04-12',
    nationality: 'SY',
    permit: 'asiel',
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

export function setCaseFields(database: Database, caseId: string, fields: Partial<typeof cases.$inferInsert>): Promise<void> {
  return asSystem(database.db, async (tx) => {
    await tx.update(cases).set(fields).where(eq(cases.id, caseId));
  });
}

export function documentOf(database: Database, documentId: string) {
  return asSystem(database.db, async (tx) => {
    const [row] = await tx.select().from(caseDocuments).where(eq(caseDocuments.id, documentId));
    return row;
  });
}

/** Counts of the rows a write leaves behind for a case: timeline, history, processing log, documents. */
export function traces(database: Database, caseId: string) {
  return asSystem(database.db, async (tx) => {
    const events = await tx.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
    const [history] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(recordHistory)
      .where(sql`${recordHistory.entityId} = ${caseId} OR ${recordHistory.entityId} IN (SELECT id FROM intake_invitations WHERE case_id = ${caseId} UNION SELECT id FROM case_meetings WHERE case_id = ${caseId} UNION SELECT id FROM learnability_tests WHERE case_id = ${caseId} UNION SELECT id FROM learnability_evidence WHERE case_id = ${caseId})`);
    const [docs] = await tx.select({ n: sql<number>`count(*)::int` }).from(caseDocuments).where(eq(caseDocuments.caseId, caseId));
    const operations = await tx
      .select({ operationName: processingLog.operationName, action: processingLog.action })
      .from(processingLog)
      .where(and(eq(processingLog.resourceType, 'case'), eq(processingLog.resourceId, caseId)));
    const writes = await tx
      .select({ operationName: processingLog.operationName })
      .from(processingLog)
      .where(sql`${processingLog.action} <> 'read' AND ${processingLog.gemeenteId} = (SELECT gemeente_id FROM cases WHERE id = ${caseId})`);
    return {
      events: events.sort((a, b) => a.id - b.id).map((e) => ({ kind: e.kind, summary: e.summary, section: e.section })),
      history: history?.n ?? 0,
      documents: docs?.n ?? 0,
      reads: operations.filter((o) => o.action === 'read').map((o) => o.operationName),
      writeOperations: writes.map((w) => w.operationName),
    };
  });
}

export const put = (client: Client, url: string, payload: unknown) => client.request({ method: 'PUT', url, payload: payload as never });
