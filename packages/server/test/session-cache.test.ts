// The session cache (ADR 0113): a request does not read its session again while the database's
// change feed is heard, and every change that ends a session or changes a user empties the entry
// when it commits — made by this process, by another process, or by hand in SQL.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, users } from '../src/db/schema.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { resolveSession } from '../src/auth/sessions.ts';
import { sha256 } from '../src/auth/tokens.ts';
import { SessionCache, sessionCacheOf, sessionChangeChannel, useSessionCache } from '../src/auth/session-cache.ts';
import { inScope } from '../src/db/scope.ts';
import { createGemeente, createTestKoers, loginAs, type TestKoers } from './support/koers.ts';
import { testDatabaseKind } from './support/database.ts';
import { caseInput } from './support/fixtures.ts';

let koers: TestKoers;
beforeAll(async () => {
  koers = await createTestKoers();
});
afterAll(() => koers.close());

const cacheOf = (database: Database): SessionCache => {
  const cache = sessionCacheOf(database.db);
  if (!cache) throw new Error('geen sessiecache');
  return cache;
};

/** Waits until `check` holds (the feed of another connection arrives a few milliseconds after the commit). */
async function eventually(check: () => boolean, ms = 3_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('niet binnen de tijd');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('the session cache of one process', () => {
  it('keeps a session after its first request and answers the next ones from it', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const id = sha256(client.cookie('koers_sessie') ?? '');
    expect(cacheOf(koers.database).live).toBe(true);
    expect((await client.get('/api/auth/session')).statusCode).toBe(200);
    expect(cacheOf(koers.database).read(id)?.principal.userId).toBe(g.users.trajectregisseur.id);
    expect((await client.get('/api/auth/session')).json()).toMatchObject({ user: { id: g.users.trajectregisseur.id } });
  });

  it('a change made by hand in SQL, outside Koers, empties the entry when it commits', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const id = sha256(client.cookie('koers_sessie') ?? '');
    expect((await client.get('/api/auth/session')).statusCode).toBe(200);
    expect(cacheOf(koers.database).read(id)).toBeDefined();

    await koers.database.db.update(users).set({ active: false }).where(eq(users.id, g.users.trajectregisseur.id));
    // PGlite: the notification arrives before the commit returns; PostgreSQL: on the listening connection, just after.
    if (testDatabaseKind === 'pglite') expect(cacheOf(koers.database).read(id)).toBeUndefined();
    await eventually(() => cacheOf(koers.database).read(id) === undefined);
    expect((await client.get('/api/auth/session')).statusCode).toBe(401);
  });

  it('last_seen_at and a login of someone else leave the entries alone', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const id = sha256(client.cookie('koers_sessie') ?? '');
    expect((await client.get('/api/auth/session')).statusCode).toBe(200);
    await koers.database.db.execute(sql`UPDATE sessions SET last_seen_at = now() WHERE id = ${id}`);
    await loginAs(koers.app, g.users.teamleider.email);
    await koers.database.db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, g.users.trajectregisseur.id));
    // Give a (wrong) notification on PostgreSQL the time to arrive before looking.
    await new Promise((r) => setTimeout(r, 100));
    expect(cacheOf(koers.database).read(id)).toBeDefined();
  });

  it('a read that began before a change is not kept', () => {
    const cache = new SessionCache();
    cache.setLive(true);
    const before = cache.generation;
    cache.forget('u:iemand-anders');
    cache.keep('sessie', { principal: { userId: 'u', name: 'n', email: 'e', role: 'trajectregisseur', organisation: { id: 'o', name: 'o' }, gemeenten: [], permissions: [] }, expiresAt: 1, lastSeenAt: 1 }, before);
    expect(cache.read('sessie')).toBeUndefined();
  });

  it('keeps nothing while the feed is not heard', () => {
    const cache = new SessionCache();
    const entry = { principal: { userId: 'u', name: 'n', email: 'e', role: 'trajectregisseur' as const, organisation: { id: 'o', name: 'o' }, gemeenten: [], permissions: [] }, expiresAt: 1, lastSeenAt: 1 };
    cache.keep('sessie', entry, cache.generation);
    expect(cache.read('sessie')).toBeUndefined();
    cache.setLive(true);
    cache.keep('sessie', entry, cache.generation);
    expect(cache.read('sessie')).toBeDefined();
    cache.setLive(false);
    expect(cache.read('sessie')).toBeUndefined();
  });
});

describe.runIf(testDatabaseKind === 'postgresql')('two processes on one PostgreSQL database', () => {
  let other: Database;
  beforeAll(async () => {
    other = await openDatabase(koers.config.database);
    const cache = new SessionCache();
    useSessionCache(other.db, cache);
    await other.listen(sessionChangeChannel, { message: (p) => cache.forget(p), live: (live) => cache.setLive(live) });
  });
  afterAll(() => other.close());

  it('a logout in one process empties the other process’s entry; in between, the database wall shows nothing', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const token = client.cookie('koers_sessie') ?? '';
    const created = await client.post('/api/cases', caseInput(g.gemeenteId));
    expect(created.statusCode, created.body).toBe(201);
    const principal = await resolveSession(other.db, token, new Date());
    expect(principal?.userId).toBe(g.users.trajectregisseur.id);
    expect(cacheOf(other).read(sha256(token))).toBeDefined();

    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    // Even with the old principal, the ended session reads nothing: the database checks the session itself.
    const seen = await inScope(other.db, { kind: 'session', sessionToken: token, organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] }, (tx) => tx.select({ id: cases.id }).from(cases));
    expect(seen).toEqual([]);
    await eventually(() => cacheOf(other).read(sha256(token)) === undefined);
    expect(await resolveSession(other.db, token, new Date())).toBeUndefined();
  });

  it('a lost listening connection stops the cache until it listens again', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.teamleider.email);
    const token = client.cookie('koers_sessie') ?? '';
    await resolveSession(other.db, token, new Date());
    expect(cacheOf(other).read(sha256(token))).toBeDefined();

    await other.db.execute(sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = ${`LISTEN ${sessionChangeChannel}`}`);
    await eventually(() => !cacheOf(other).live);
    expect(cacheOf(other).read(sha256(token))).toBeUndefined();
    // Still answered, from the database.
    expect((await resolveSession(other.db, token, new Date()))?.userId).toBe(g.users.teamleider.id);
    await eventually(() => cacheOf(other).live, 5_000);
    await resolveSession(other.db, token, new Date());
    expect(cacheOf(other).read(sha256(token))).toBeDefined();
  });
});
