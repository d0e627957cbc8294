// The database wall (ADR 0095): SQL injected into a request runs as koers_app inside the request's
// own transaction and may execute anything it likes. It must still read no row of a gemeente its
// session does not grant, and must not read or write sessions, organisations or gemeenten.
// Runs on PGlite, and on PostgreSQL with KOERS_TEST_DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { inScope, type SessionScope } from '../../src/db/scope.ts';
import { openDatabase, type Database, type Db } from '../../src/db/database.ts';
import { testDatabaseKind } from '../support/database.ts';
import { pgErrorCode } from '../../src/db/errors.ts';
import { sha256 } from '../../src/auth/tokens.ts';
import { createGemeente, createTestKoers, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { insertCase, signedIn, snapshotOf } from '../support/fixtures.ts';

let koers: TestKoers;
let a: GemeenteFixture;
let b: GemeenteFixture;
/** A's beheerder, signed in: the request the injection rides on. */
let scopeA: SessionScope;
let caseA: string;

beforeAll(async () => {
  koers = await createTestKoers();
  a = await createGemeente(koers.database, 'Gemeente A');
  b = await createGemeente(koers.database, 'Gemeente B');
  caseA = await insertCase(koers.database, a.gemeenteId);
  await insertCase(koers.database, b.gemeenteId);
  // B's users have live sessions too: there is something to steal.
  await signedIn(koers.database, b.users.beheerder.id);
  ({ scope: scopeA } = await signedIn(koers.database, a.users.beheerder.id));
});
afterAll(() => koers.close());

type Outcome = { rows: Record<string, unknown>[] } | { error: string };

/** Rows of a db.execute result (node-postgres and PGlite both answer `{ rows }`). */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** The injected statements, one after the other, in one request transaction; the last one's rows or the first error's code. */
const inject = (...statements: string[]): Promise<Outcome> => injectOn(koers.database.db, statements);

async function injectOn(db: Db, statements: string[]): Promise<Outcome> {
  try {
    return await inScope(db, scopeA, async (tx) => {
      let rows: Record<string, unknown>[] = [];
      for (const statement of statements) rows = rowsOf<Record<string, unknown>>(await tx.execute(sql.raw(statement)));
      return { rows };
    });
  } catch (error) {
    return { error: pgErrorCode(error) ?? String(error) };
  }
}

const count = async (...statements: string[]): Promise<number> => {
  const outcome = await inject(...statements);
  if ('error' in outcome) throw new Error(`unexpected error ${outcome.error}`);
  return Number(outcome.rows[0]?.n);
};

/** Everything the injection could try to give itself B's scope with. */
const forgeScope = () => [
  `SELECT set_config('koers.gemeente_ids', '{${b.gemeenteId}}', true)`,
  `SELECT set_config('koers.organisation_id', '${b.organisationId}', true)`,
  `SET koers.gemeente_ids = '{${b.gemeenteId},${a.gemeenteId}}'`,
  `SET LOCAL koers.organisation_id = '${b.organisationId}'`,
];

const insufficientPrivilege = '42501';

describe('SQL injected into a request (koers_app, its own transaction)', () => {
  it('reads its own gemeente (the wall is not simply shut)', async () => {
    expect(await count(`SELECT count(*) AS n FROM cases WHERE id = '${caseA}'`)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM gemeenten_in_scope WHERE id = '${a.gemeenteId}'`)).toBe(1);
  });

  it('setting koers.* by hand gives it no row of another gemeente or organisation', async () => {
    for (const [table, column, id] of [
      ['cases', 'gemeente_id', b.gemeenteId],
      ['users', 'organisation_id', b.organisationId],
      ['user_gemeenten', 'organisation_id', b.organisationId],
      ['processing_log', 'organisation_id', b.organisationId],
      ['record_history', 'organisation_id', b.organisationId],
      ['gemeenten_in_scope', 'organisation_id', b.organisationId],
    ] as const) {
      expect(await count(...forgeScope(), `SELECT count(*) AS n FROM ${table} WHERE ${column} = '${id}'`), table).toBe(0);
    }
    // And what the database says the scope is did not move.
    const outcome = await inject(...forgeScope(), 'SELECT koers_scope_gemeenten()::text AS g, koers_scope_organisation()::text AS o');
    expect(outcome).toEqual({ rows: [{ g: `{${a.gemeenteId}}`, o: a.organisationId }] });
  });

  it('cannot read or write sessions, organisations or gemeenten', async () => {
    const forged = sha256('vervalst-token');
    const attempts = [
      'SELECT * FROM sessions',
      `INSERT INTO sessions (id, user_id, expires_at, login_method) VALUES ('${forged}', '${b.users.beheerder.id}', now() + interval '1 hour', 'password')`,
      `UPDATE sessions SET user_id = '${b.users.beheerder.id}'`,
      'DELETE FROM sessions',
      'SELECT * FROM organisations',
      `INSERT INTO organisations (name) VALUES ('vervalst')`,
      `UPDATE organisations SET name = 'vervalst'`,
      'DELETE FROM organisations',
      'SELECT * FROM gemeenten',
      `INSERT INTO gemeenten (code, name, organisation_id) VALUES ('9999', 'vervalst', '${a.organisationId}')`,
      `UPDATE gemeenten SET organisation_id = '${a.organisationId}' WHERE id = '${b.gemeenteId}'`,
      'DELETE FROM gemeenten',
      `INSERT INTO gemeenten_in_scope (id, code, name, organisation_id, settings, version, created_at, updated_at) VALUES (gen_random_uuid(), '9998', 'vervalst', '${a.organisationId}', '{}', 1, now(), now())`,
      `UPDATE gemeenten_in_scope SET name = 'vervalst'`,
      'DELETE FROM gemeenten_in_scope',
      'SELECT * FROM koers_session_user() CROSS JOIN sessions',
    ];
    for (const statement of attempts) expect(await inject(statement), statement).toEqual({ error: insufficientPrivilege });
  });

  it('a forged or stolen-hash session token derives nothing', async () => {
    for (const token of ['vervalst-token', sha256('vervalst-token'), '']) {
      expect(await count(`SELECT set_config('koers.session', '${token}', true)`, `SELECT count(*) AS n FROM cases`), token).toBe(0);
      expect(await count(`SELECT set_config('koers.session', '${token}', true)`, `SELECT count(*) AS n FROM users`), token).toBe(0);
    }
  });

  it('known limit with one database login: the login\'s other roles are within reach (the two-login mode closes this)', async () => {
    // SET ROLE is checked against the login (session user), not against koers_app: with one login,
    // injected SQL can take any role the login has, or RESET ROLE to the login itself. docs/security.md.
    const outcome = await inject('SET LOCAL ROLE koers_worker', 'SELECT current_user AS who');
    expect(outcome).toEqual({ rows: [{ who: 'koers_worker' }] });
  });

  it("the gemeente functions act only for a beheerder, only on the session's own organisation", async () => {
    expect(await inject(`SELECT koers_update_gemeente('${b.gemeenteId}', 1, '{"name": "vervalst"}', now()) AS ok`)).toEqual({ rows: [{ ok: false }] });
    const { scope: regisseur } = await signedIn(koers.database, a.users.trajectregisseur.id);
    const asRegisseur = await inScope(koers.database.db, regisseur, async (tx) => ({
      created: rowsOf<{ id: string | null }>(await tx.execute(sql`SELECT koers_create_gemeente('9997', 'vervalst', NULL, now()) AS id`))[0]?.id,
      updated: rowsOf<{ ok: boolean }>(await tx.execute(sql`SELECT koers_update_gemeente(${a.gemeenteId}::uuid, 1, '{"name": "vervalst"}'::jsonb, now()) AS ok`))[0]?.ok,
    }));
    expect(asRegisseur).toEqual({ created: null, updated: false });
  });

  it('cannot grant itself a gemeente of another organisation', async () => {
    for (const organisation of [a.organisationId, b.organisationId]) {
      const outcome = await inject(`INSERT INTO user_gemeenten (user_id, gemeente_id, organisation_id) VALUES ('${a.users.beheerder.id}', '${b.gemeenteId}', '${organisation}')`);
      expect('error' in outcome, organisation).toBe(true);
    }
  });

  it('left B exactly as it was', async () => {
    const before = await snapshotOf(koers.database, { organisationId: b.organisationId, gemeenteIds: [b.gemeenteId] });
    await inject(...forgeScope(), `UPDATE cases SET family_name = 'vervalst' WHERE gemeente_id = '${b.gemeenteId}'`);
    await inject(...forgeScope(), `DELETE FROM users WHERE organisation_id = '${b.organisationId}'`);
    await inject(`SELECT koers_update_gemeente('${b.gemeenteId}', 1, '{"name": "vervalst"}', now())`);
    expect(await snapshotOf(koers.database, { organisationId: b.organisationId, gemeenteIds: [b.gemeenteId] })).toBe(before);
  });
});

describe('the wall as declared in the database', () => {
  const rows = async <T>(query: ReturnType<typeof sql>): Promise<T[]> => rowsOf<T>(await koers.database.db.execute(query));

  it('every table with row-level security forces it and has exactly one system policy, for koers_system', async () => {
    const tables = await rows<{ relname: string; forced: boolean; system: number | string }>(sql`
      SELECT c.relname, c.relforcerowsecurity AS forced,
             (SELECT count(*) FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname AND p.policyname = c.relname || '_system' AND p.roles = '{koers_system}') AS system
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity ORDER BY 1`);
    expect(tables.map((t) => t.relname)).toEqual(expect.arrayContaining(['cases', 'users', 'user_gemeenten', 'sessions', 'organisations', 'gemeenten', 'processing_log']));
    for (const t of tables) expect({ table: t.relname, forced: t.forced, system: Number(t.system) }).toEqual({ table: t.relname, forced: true, system: 1 });
  });

  it('every table with row-level security has the portal wall: one RESTRICTIVE policy for koers_app (ADR 0152)', async () => {
    const tables = await rows<{ relname: string; wall: number | string }>(sql`
      SELECT c.relname,
             (SELECT count(*) FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname AND p.policyname = c.relname || '_portaal_wall'
                AND p.permissive = 'RESTRICTIVE' AND p.roles = '{koers_app}') AS wall
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity ORDER BY 1`);
    // A table added after the portal's migration needs its own <table>_portaal_wall (see migration portaal-wall).
    for (const t of tables) expect({ table: t.relname, wall: Number(t.wall) }).toEqual({ table: t.relname, wall: 1 });
  });

  it('every table in the schema has row-level security, except the ones that hold no personal data', async () => {
    const open = await rows<{ relname: string }>(sql`
      SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relrowsecurity ORDER BY 1`);
    expect(open).toEqual([]);
  });

  it('koers_app has no privilege on sessions, portal sessions, organisations or gemeenten, and only SELECT on the view', async () => {
    const privileges = await rows<{ t: string; p: string; granted: boolean }>(sql`
      SELECT t, p, has_table_privilege('koers_app', t, p) AS granted
        FROM unnest(ARRAY['sessions', 'portaal_sessions', 'organisations', 'gemeenten', 'gemeenten_in_scope']) t, unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE']) p`);
    expect(privileges.filter((r) => r.granted).map((r) => `${r.t} ${r.p}`)).toEqual(['gemeenten_in_scope SELECT']);
  });

  it('the SECURITY DEFINER functions pin their search_path, belong to the owner and are executable by koers_app only', async () => {
    const functions = await rows<{ proname: string; config: string[] | string | null; owner: string; app: boolean; public: boolean }>(sql`
      SELECT p.proname, p.proconfig AS config, pg_get_userbyid(p.proowner) AS owner,
             has_function_privilege('koers_app', p.oid, 'EXECUTE') AS app,
             EXISTS (SELECT 1 FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) x WHERE x.grantee = 0) AS public
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = 'public' AND p.prosecdef ORDER BY 1`);
    expect(functions.map((f) => f.proname)).toEqual(['koers_copy_handover', 'koers_create_gemeente', 'koers_link_moves', 'koers_portaal_case', 'koers_portaal_case_manager', 'koers_portaal_gemeenten', 'koers_portaal_organisation', 'koers_portaal_subject', 'koers_session_gemeenten', 'koers_session_organisation', 'koers_session_user', 'koers_update_gemeente']);
    for (const f of functions) {
      expect(String(f.config), f.proname).toContain('search_path=pg_catalog, public');
      expect(f.owner, f.proname).not.toMatch(/^koers_/);
      expect({ app: f.app, public: f.public }, f.proname).toEqual({ app: true, public: false });
    }
  });
});

describe.runIf(testDatabaseKind === 'postgresql')('two logins (PostgreSQL, DATABASE_APP_URL): injected SQL cannot leave koers_app', () => {
  const login = 'koers_web_test';
  let two: Database;
  let ownerUrl: string;
  beforeAll(async () => {
    const config = koers.config.database;
    if (config.kind !== 'postgresql') throw new Error('PostgreSQL expected');
    ownerUrl = config.url;
    // The requests' login as docs/deploy.md creates it: LOGIN, a member of koers_app only.
    const admin = new pg.Client({ connectionString: ownerUrl });
    await admin.connect();
    try {
      await admin.query(`DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${login}') THEN CREATE ROLE ${login} LOGIN; END IF; END $$`);
      await admin.query(`GRANT koers_app TO ${login}`);
    } finally {
      await admin.end();
    }
    const appUrl = new URL(ownerUrl);
    appUrl.username = login;
    appUrl.password = '';
    two = await openDatabase({ kind: 'postgresql', url: ownerUrl, appUrl: appUrl.href, poolSize: 2 });
    await two.migrate();
  });
  afterAll(() => two?.close());

  it('RESET ROLE leads to the login, which has koers_app\'s rights and scope only', async () => {
    expect(await injectOn(two.db, ['RESET ROLE', 'SELECT current_user AS who'])).toEqual({ rows: [{ who: login }] });
    const b_ = `SELECT count(*) AS n FROM cases WHERE gemeente_id = '${b.gemeenteId}'`;
    const outcome = await injectOn(two.db, ['RESET ROLE', ...forgeScope(), b_]);
    expect('rows' in outcome && Number(outcome.rows[0]?.n)).toBe(0);
    const own = await injectOn(two.db, ['RESET ROLE', `SELECT count(*) AS n FROM cases WHERE id = '${caseA}'`]);
    expect('rows' in own && Number(own.rows[0]?.n)).toBe(1);
  });

  it('cannot take another role, nor read sessions, organisations or gemeenten', async () => {
    for (const statements of [
      ['SET ROLE koers_worker'],
      ['SET ROLE koers_system'],
      ['RESET ROLE', 'SET ROLE postgres'],
      ['SET SESSION AUTHORIZATION postgres'],
      ['RESET ROLE', 'SELECT * FROM sessions'],
      ['RESET ROLE', 'SELECT * FROM organisations'],
      ['RESET ROLE', 'SELECT * FROM gemeenten'],
      ['RESET ROLE', `UPDATE gemeenten SET organisation_id = '${a.organisationId}'`],
    ]) {
      expect(await injectOn(two.db, statements), statements.join('; ')).toEqual({ error: insufficientPrivilege });
    }
  });

  it('system work still runs as the owner; a request login with the owner\'s rights is refused at start', async () => {
    const wrong = await openDatabase({ kind: 'postgresql', url: ownerUrl, appUrl: ownerUrl, poolSize: 1 });
    try {
      await expect(wrong.migrate()).rejects.toThrow(/DATABASE_APP_URL/);
    } finally {
      await wrong.close();
    }
  });
});
