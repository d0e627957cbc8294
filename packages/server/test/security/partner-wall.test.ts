// The partner wall on every table that hangs off a case (ADR 0159, extending ADR 0150). Walks the
// catalog — every table of the public schema with a case_id column, so a table added later is caught —
// and proves, on the demo installation, that a partner session (begeleiding, aanbieder, budgetbeheer)
// reads no row of a case it is not entitled to, even with an unfiltered SELECT, while an employee of
// the same gemeente still reads them. Runs on PGlite, and on PostgreSQL with KOERS_TEST_DATABASE_URL.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '@koers/domain';
import { asSystem, inScope, type SessionScope } from '../../src/db/scope.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { createTestKoers, type TestKoers } from '../support/koers.ts';
import { signedIn } from '../support/fixtures.ts';
import { todayIn } from '../../src/case-file/today.ts';

let koers: TestKoers;
let caseTables: string[];
/** The case tables koers_app may read at all (portaal_sessions, for one, is the owner's only). */
let readableCaseTables: string[];
let partners: { id: string; email: string; role: string; entitled: string[]; scope: SessionScope }[];
let regisseur: SessionScope;

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const list = (ids: readonly string[]) => `ARRAY[${ids.map((id) => `'${id}'`).join(',')}]::uuid[]`;
const today = todayIn(new Date());

/** The cases a partner may see by its rules, computed here independently of the database function. */
async function entitledCases(userId: string, role: string): Promise<string[]> {
  return asSystem(koers.database.db, async (tx) => {
    const assigned = rowsOf<{ case_id: string }>(await tx.execute(sql`SELECT case_id FROM case_assignments WHERE user_id = ${userId}`));
    const placed =
      role === 'partner-aanbieder'
        ? rowsOf<{ case_id: string; status: string; ended_on: string; months: number }>(
            await tx.execute(sql`
              SELECT p.case_id, p.status, COALESCE(p.withdrawn_on, p.updated_at::date)::text AS ended_on, pc.access_months_after_end AS months
                FROM case_placements p
                JOIN provider_contracts pc ON pc.id = p.contract_id
                JOIN provider_users pu ON pu.provider_id = pc.provider_id
               WHERE pu.user_id = ${userId}`),
          ).filter((p) => p.status === 'actief' || addMonths(p.ended_on, Number(p.months)) >= today)
        : [];
    return [...new Set([...assigned, ...placed].map((r) => r.case_id))];
  });
}

beforeAll(async () => {
  koers = await createTestKoers();
  await seedDemo(koers.database.db, { secret: 'demo-geheim'.padEnd(40, 'x') });
  caseTables = await asSystem(koers.database.db, async (tx) =>
    rowsOf<{ table_name: string }>(
      await tx.execute(sql`
        SELECT c.table_name FROM information_schema.columns c
          JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
         WHERE c.table_schema = 'public' AND c.column_name = 'case_id' AND t.table_type = 'BASE TABLE'
         ORDER BY c.table_name`),
    ).map((r) => r.table_name),
  );
  readableCaseTables = await asSystem(koers.database.db, async (tx) =>
    rowsOf<{ table_name: string }>(
      await tx.execute(sql`
        SELECT c.table_name FROM information_schema.columns c
          JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
         WHERE c.table_schema = 'public' AND c.column_name = 'case_id' AND t.table_type = 'BASE TABLE'
           AND has_table_privilege('koers_app', quote_ident(c.table_schema) || '.' || quote_ident(c.table_name), 'SELECT')
         ORDER BY c.table_name`),
    ).map((r) => r.table_name),
  );
  const users = await asSystem(koers.database.db, async (tx) =>
    rowsOf<{ id: string; email: string; role: string }>(await tx.execute(sql`SELECT id, email, role FROM users WHERE role LIKE 'partner-%' AND active ORDER BY email`)),
  );
  partners = [];
  for (const u of users) {
    partners.push({ ...u, entitled: await entitledCases(u.id, u.role), scope: (await signedIn(koers.database, u.id)).scope });
  }
  const regie = await asSystem(koers.database.db, async (tx) =>
    rowsOf<{ id: string }>(await tx.execute(sql`SELECT id FROM users WHERE email = 'regisseur@drechtsteden.demo'`)),
  );
  regisseur = (await signedIn(koers.database, regie[0]!.id)).scope;
}, 300_000);
afterAll(() => koers.close());

describe('the partner wall on the tables of a case', () => {
  it('finds the case tables in the catalog, and every one has the RESTRICTIVE partner wall for koers_app', async () => {
    expect(caseTables.length).toBeGreaterThan(40);
    const policies = await asSystem(koers.database.db, async (tx) =>
      rowsOf<{ tablename: string; policyname: string; permissive: string; roles: string[] | string; qual: string; with_check: string }>(
        await tx.execute(sql`SELECT tablename, policyname, permissive, roles, qual, with_check FROM pg_policies WHERE schemaname = 'public' AND policyname LIKE '%partner_wall'`),
      ),
    );
    for (const table of [...caseTables, 'cases']) {
      const wall = policies.find((p) => p.tablename === table && p.policyname === `${table}_partner_wall`);
      expect(wall, `${table}: partner wall`).toBeDefined();
      expect(wall?.permissive, table).toBe('RESTRICTIVE');
      expect(String(wall?.roles), table).toContain('koers_app');
      const column = table === 'cases' ? 'id' : 'case_id';
      for (const expression of [wall?.qual, wall?.with_check]) {
        expect(expression, table).toContain('koers_partner_case_ids');
        expect(expression, table).toContain(`${column} = ANY`);
      }
    }
  });

  it('the demo has partners of every kind, each entitled to some cases and not to others', () => {
    expect([...new Set(partners.map((p) => p.role))].sort()).toEqual(['partner-aanbieder', 'partner-begeleiding', 'partner-budgetbeheer']);
    for (const p of partners.filter((p) => p.email.endsWith('drechtsteden.demo'))) expect(p.entitled.length, p.email).toBeGreaterThan(0);
  });

  it('a partner session reads no row of a case it is not entitled to, in any case table, even unfiltered', async () => {
    let provenOnData = 0;
    for (const partner of partners) {
      const seen = await inScope(koers.database.db, partner.scope, async (tx) => {
        const counts: Record<string, number> = {};
        for (const table of readableCaseTables) {
          const notMine = partner.entitled.length === 0 ? 'true' : `case_id IS NULL OR NOT (case_id = ANY (${list(partner.entitled)}))`;
          counts[table] = Number(rowsOf<{ n: string | number }>(await tx.execute(sql.raw(`SELECT count(*) AS n FROM "${table}" WHERE ${notMine}`)))[0]?.n);
        }
        const casesNotMine = partner.entitled.length === 0 ? 'true' : `NOT (id = ANY (${list(partner.entitled)}))`;
        counts.cases = Number(rowsOf<{ n: string | number }>(await tx.execute(sql.raw(`SELECT count(*) AS n FROM cases WHERE ${casesNotMine}`)))[0]?.n);
        return counts;
      });
      for (const [table, n] of Object.entries(seen)) expect(n, `${partner.email} reads ${table} of a case not its own`).toBe(0);
      // The same rows exist in the partner's gemeenten: the wall, not an empty table, hid them.
      const there = await asSystem(koers.database.db, async (tx) => {
        let tables = 0;
        for (const table of readableCaseTables) {
          const n = Number(
            rowsOf<{ n: string | number }>(
              await tx.execute(
                sql.raw(`SELECT count(*) AS n FROM "${table}" t JOIN cases c ON c.id = t.case_id
                          WHERE c.gemeente_id IN (SELECT gemeente_id FROM user_gemeenten WHERE user_id = '${partner.id}')
                            ${partner.entitled.length === 0 ? '' : `AND NOT (t.case_id = ANY (${list(partner.entitled)}))`}`),
              ),
            )[0]?.n,
          );
          if (n > 0) tables += 1;
        }
        return tables;
      });
      provenOnData = Math.max(provenOnData, there);
    }
    // Not every table has demo rows, but most do; the rest are proven by their policy (test above).
    expect(provenOnData).toBeGreaterThan(20);
  });

  it('a partner still reads its own cases\' rows, and an employee of the gemeente reads everyone\'s', async () => {
    const begeleider = partners.find((p) => p.email === 'begeleider@drechtsteden.demo');
    expect(begeleider).toBeDefined();
    const own = await inScope(koers.database.db, begeleider!.scope, async (tx) =>
      Number(rowsOf<{ n: string | number }>(await tx.execute(sql.raw(`SELECT count(*) AS n FROM begeleiding_contacts`)))[0]?.n),
    );
    expect(own).toBeGreaterThan(0);
    const employee = await inScope(koers.database.db, regisseur, async (tx) => {
      let tables = 0;
      for (const table of readableCaseTables) {
        const n = Number(
          rowsOf<{ n: string | number }>(await tx.execute(sql.raw(`SELECT count(*) AS n FROM "${table}" WHERE NOT (case_id = ANY (${list(begeleider!.entitled)}))`)))[0]?.n,
        );
        if (n > 0) tables += 1;
      }
      return tables;
    });
    expect(employee).toBeGreaterThan(20);
  });

  it('a partner cannot write a row for a case it is not entitled to', async () => {
    const begeleider = partners.find((p) => p.email === 'begeleider@drechtsteden.demo')!;
    const other = await asSystem(koers.database.db, async (tx) =>
      rowsOf<{ id: string; gemeente_id: string }>(
        await tx.execute(sql.raw(`SELECT id, gemeente_id FROM cases WHERE gemeente_id IN (SELECT gemeente_id FROM user_gemeenten WHERE user_id = '${begeleider.id}') AND NOT (id = ANY (${list(begeleider.entitled)})) LIMIT 1`)),
      ),
    );
    expect(other).toHaveLength(1);
    const before = await asSystem(koers.database.db, async (tx) => rowsOf<{ n: string | number }>(await tx.execute(sql.raw(`SELECT count(*) AS n FROM begeleiding_contacts`)))[0]?.n);
    await expect(
      inScope(koers.database.db, begeleider.scope, (tx) =>
        tx.execute(
          sql.raw(`INSERT INTO begeleiding_contacts (gemeente_id, case_id, contact_on, kind, minutes, topic, text)
                   VALUES ('${other[0]!.gemeente_id}', '${other[0]!.id}', '2026-11-01', 'telefonisch', 10, 'wonen', 'x')`),
        ),
      ),
    ).rejects.toThrow();
    const after = await asSystem(koers.database.db, async (tx) => rowsOf<{ n: string | number }>(await tx.execute(sql.raw(`SELECT count(*) AS n FROM begeleiding_contacts`)))[0]?.n);
    expect(after).toEqual(before);
  });
});
