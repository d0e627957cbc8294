// Test data helpers shared by the server tests: valid identifiers, cases, and byte-level
// snapshots of everything an organisation or gemeente owns (read as the owner, outside RLS).
import { randomBytes, randomInt } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../src/db/database.ts';
import { asSystem, type SessionScope } from '../../src/db/scope.ts';
import { createSession, resolveSession } from '../../src/auth/sessions.ts';
import { scopeOf, type Principal } from '../../src/auth/principal.ts';
import { cases, gemeenten } from '../../src/db/schema.ts';
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
 * Every row that belongs to an organisation and/or gemeenten, serialised: equal snapshots mean
 * nothing of it changed. Generic over the schema, so tables added later are covered: a row
 * belongs when its gemeente_id is one of the gemeenten, its organisation_id is the organisation,
 * its case_id is one of the gemeenten's cases, or its user_id is one of the organisation's users.
 */
export async function snapshotOf(database: Database, scope: { organisationId?: string; gemeenteIds: readonly string[] }): Promise<string> {
  return asSystem(database.db, async (tx) => {
    const columns: unknown = await tx.execute(
      sql`SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, column_name`,
    );
    const tables = new Map<string, Set<string>>();
    for (const { table_name, column_name } of (columns as { rows: { table_name: string; column_name: string }[] }).rows) {
      const set = tables.get(table_name) ?? new Set<string>();
      set.add(column_name);
      tables.set(table_name, set);
    }
    const g = `{${scope.gemeenteIds.join(',')}}`;
    const org = scope.organisationId ?? '00000000-0000-0000-0000-000000000000';
    const snapshot: Record<string, unknown> = {};
    for (const [table, cols] of tables) {
      const conditions: SQL[] = [];
      if (table === 'gemeenten') conditions.push(sql`id = ANY (${g}::uuid[])`);
      if (table === 'organisations') conditions.push(sql`id = ${org}::uuid`);
      if (cols.has('gemeente_id')) conditions.push(sql`gemeente_id = ANY (${g}::uuid[])`);
      if (cols.has('organisation_id')) conditions.push(sql`organisation_id = ${org}::uuid`);
      if (cols.has('case_id')) conditions.push(sql`case_id IN (SELECT id FROM cases WHERE gemeente_id = ANY (${g}::uuid[]))`);
      if (cols.has('user_id')) conditions.push(sql`user_id IN (SELECT id FROM users WHERE organisation_id = ${org}::uuid)`);
      if (conditions.length === 0) continue;
      const result: unknown = await tx.execute(
        sql`SELECT to_jsonb(t)::text AS row FROM ${sql.identifier(table)} t WHERE ${sql.join(conditions, sql` OR `)} ORDER BY 1`,
      );
      snapshot[table] = (result as { rows: { row: string }[] }).rows.map((r) => r.row);
    }
    return JSON.stringify(snapshot);
  });
}

let oinCounter = randomInt(0, 5_000_000);
/** A fresh, valid OIN: 00000001 + an RSIN passing the elfproef + 000 (never the same twice in a run). */
export function validOin(): string {
  for (;;) {
    const base = `7${String(++oinCounter).padStart(7, '0')}`;
    const check = [...base].reduce((sum, d, i) => sum + Number(d) * (9 - i), 0) % 11;
    if (check < 10) return `00000001${base}${check}000`;
  }
}

/**
 * A real session of the user (as at login) and the principal resolved from it: what a request of
 * that user runs with. The database derives the scope from the session (ADR 0095).
 */
export async function signedIn(database: Database, userId: string, now = new Date()): Promise<{ principal: Principal; scope: SessionScope; token: string }> {
  const token = await createSession(database.db, userId, 'password', now);
  const principal = await resolveSession(database.db, token, now);
  if (!principal) throw new Error('fixture: sessie niet gevonden');
  return { principal, scope: scopeOf(principal), token };
}
