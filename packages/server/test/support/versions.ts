// The current version of a record, read as the owner: tests that write a resource several times
// name the version they "read", as the web app does (optimistic locking).
import { hoursCategories, isOneOf } from '@koers/domain';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/database.ts';
import { asSystem } from '../../src/db/scope.ts';
import { caseChecklistItems, caseHours, caseResults, cases, learnabilityTests } from '../../src/db/schema.ts';

export async function caseVersion(database: Database, caseId: string): Promise<number> {
  const [row] = await asSystem(database.db, (tx) => tx.select({ version: cases.version }).from(cases).where(eq(cases.id, caseId)));
  return row?.version ?? 1;
}

/** 0 for an item never saved. */
export async function checklistVersion(database: Database, caseId: string, item: string): Promise<number> {
  const [row] = await asSystem(database.db, (tx) =>
    tx.select({ version: caseChecklistItems.version }).from(caseChecklistItems).where(and(eq(caseChecklistItems.caseId, caseId), eq(caseChecklistItems.item, item))),
  );
  return row?.version ?? 0;
}

/** 0 for a category never recorded. */
export async function hoursVersion(database: Database, caseId: string, category: string): Promise<number> {
  if (!isOneOf(hoursCategories, category)) return 0;
  const [row] = await asSystem(database.db, (tx) => tx.select({ version: caseHours.version }).from(caseHours).where(and(eq(caseHours.caseId, caseId), eq(caseHours.category, category))));
  return row?.version ?? 0;
}

/** 0 for a result never recorded. */
export async function resultVersion(database: Database, caseId: string, kind: string): Promise<number> {
  const [row] = await asSystem(database.db, (tx) => tx.select({ version: caseResults.version }).from(caseResults).where(and(eq(caseResults.caseId, caseId), eq(caseResults.kind, kind))));
  return row?.version ?? 0;
}

export async function learnabilityTestVersion(database: Database, testId: string): Promise<number> {
  const [row] = await asSystem(database.db, (tx) => tx.select({ version: learnabilityTests.version }).from(learnabilityTests).where(eq(learnabilityTests.id, testId)));
  return row?.version ?? 1;
}
