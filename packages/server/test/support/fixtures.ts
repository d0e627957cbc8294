// Test data helpers shared by the server tests: valid identifiers, cases, and byte-level
// snapshots of everything an organisation or gemeente owns (read as the owner, outside RLS).
import { randomBytes, randomInt } from 'node:crypto';
import { asc, eq, inArray, or } from 'drizzle-orm';
import type { Database } from '../../src/db/database.ts';
import { asSystem } from '../../src/db/scope.ts';
import { cases, gemeenten, processingLog, recordHistory, sessions, userGemeenten, users } from '../../src/db/schema.ts';
import type { Client } from './koers.ts';

/** A random BSN that passes the 11-proef (weights 9…2 and −1). */
export function validBsn(): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) => (i === 0 ? randomInt(1, 10) : randomInt(0, 10)));
    const check = digits.reduce((sum, d, i) => sum + d * (9 - i), 0) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}

/** A BSN that fails the 11-proef. */
export function invalidBsn(): string {
  const valid = validBsn();
  const last = Number(valid[8]);
  return valid.slice(0, 8) + String((last + 1) % 10);
}

export function validVNumber(): string {
  return String(randomInt(1_000_000_000, 9_999_999_999));
}

export interface CaseInput {
  gemeenteId: string;
  bsn?: string;
  vNumber?: string;
  givenNames: string;
  familyName: string;
  birthDate: string;
  nationality: string;
  permit: 'asiel' | 'regulier';
}

export function caseInput(gemeenteId: string, overrides: Partial<CaseInput> = {}): CaseInput {
  return {
    gemeenteId,
    bsn: validBsn(),
    givenNames: 'Amina',
    familyName: `Haddad-${randomBytes(3).toString('hex')}`,
    birthDate: '1990-04-12',
    nationality: 'SY',
    permit: 'asiel',
    ...overrides,
  };
}

export interface CaseBody extends CaseInput {
  id: string;
  version: number;
  status: string;
  caseManagerId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Creates a case through the API (so its history and processing log exist too). */
export async function createCaseVia(client: Client, gemeenteId: string, overrides: Partial<CaseInput> = {}): Promise<CaseBody> {
  const response = await client.post('/api/cases', caseInput(gemeenteId, overrides));
  if (response.statusCode !== 201) throw new Error(`create case → ${response.statusCode} ${response.body}`);
  return response.json();
}

/** Inserts a case directly as the owner (no history, no log): for gemeenten nobody in the test may reach. */
export async function insertCase(database: Database, gemeenteId: string, overrides: Partial<CaseInput> = {}): Promise<string> {
  const input = caseInput(gemeenteId, overrides);
  const [row] = await asSystem(database.db, (tx) =>
    tx
      .insert(cases)
      .values({ ...input, bsn: input.bsn ?? null, vNumber: input.vNumber ?? null, status: 'aangemeld' })
      .returning({ id: cases.id }),
  );
  if (!row) throw new Error('insertCase');
  return row.id;
}

/** Adds a gemeente to an existing organisation (granted to nobody). */
export async function addGemeente(database: Database, organisationId: string, name = 'Extra gemeente'): Promise<string> {
  const suffix = randomBytes(4).toString('hex');
  const [row] = await asSystem(database.db, (tx) =>
    tx
      .insert(gemeenten)
      .values({ code: `${randomInt(1000, 9999)}-${suffix}`, name: `${name} ${suffix}`, organisationId })
      .returning({ id: gemeenten.id }),
  );
  if (!row) throw new Error('addGemeente');
  return row.id;
}

/**
 * Every row that belongs to an organisation (and, for gemeente-bound tables, to the given
 * gemeenten), serialised: equal snapshots mean nothing of it changed.
 */
export async function snapshotOf(database: Database, scope: { organisationId?: string; gemeenteIds: readonly string[] }): Promise<string> {
  return asSystem(database.db, async (tx) => {
    const g = scope.gemeenteIds.length ? [...scope.gemeenteIds] : ['00000000-0000-0000-0000-000000000000'];
    const org = scope.organisationId;
    const snapshot = {
      gemeenten: await tx.select().from(gemeenten).where(inArray(gemeenten.id, g)).orderBy(asc(gemeenten.id)),
      cases: await tx.select().from(cases).where(inArray(cases.gemeenteId, g)).orderBy(asc(cases.id)),
      users: org ? await tx.select().from(users).where(eq(users.organisationId, org)).orderBy(asc(users.id)) : [],
      userGemeenten: await tx
        .select()
        .from(userGemeenten)
        .where(org ? or(eq(userGemeenten.organisationId, org), inArray(userGemeenten.gemeenteId, g)) : inArray(userGemeenten.gemeenteId, g))
        .orderBy(asc(userGemeenten.userId), asc(userGemeenten.gemeenteId)),
      sessions: org
        ? await tx
            .select({ session: sessions })
            .from(sessions)
            .innerJoin(users, eq(users.id, sessions.userId))
            .where(eq(users.organisationId, org))
            .orderBy(asc(sessions.id))
        : [],
      history: await tx
        .select()
        .from(recordHistory)
        .where(org ? or(eq(recordHistory.organisationId, org), inArray(recordHistory.gemeenteId, g)) : inArray(recordHistory.gemeenteId, g))
        .orderBy(asc(recordHistory.id)),
      log: await tx
        .select()
        .from(processingLog)
        .where(org ? or(eq(processingLog.organisationId, org), inArray(processingLog.gemeenteId, g)) : inArray(processingLog.gemeenteId, g))
        .orderBy(asc(processingLog.id)),
    };
    return JSON.stringify(snapshot);
  });
}
