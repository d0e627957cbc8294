// The DUO worker under load and at shutdown (issue 18): kicks are coalesced (a burst of kicks
// costs at most one extra pass), and app.close() during a busy pass lets it end at its next safe
// point, never starts the queued pass, hands back what it had claimed, and only then closes the
// database — no error in the log, no rejection anywhere. On PGlite (a data folder, reopened to
// look) and on PostgreSQL when KOERS_TEST_DATABASE_URL is set.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { and, eq, isNotNull, ne, sql } from 'drizzle-orm';
import { openDatabase, type DatabaseConfig } from '../../src/db/database.ts';
import { cases, duoInbox } from '../../src/db/schema.ts';
import { validBsn } from '../support/fixtures.ts';
import { testDatabase, testDatabaseKind } from '../support/database.ts';
import { postNotification, seed, startDuoEnv, type DuoTestEnv } from './support.ts';

let env: DuoTestEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

/** A database that survives app.close(), so the test can look afterwards. */
async function reopenableDatabase(): Promise<{ config: DatabaseConfig; drop: () => Promise<void> }> {
  if (testDatabaseKind === 'postgresql') return testDatabase();
  const dir = await mkdtemp(join(tmpdir(), 'koers-duo-stop-'));
  return { config: { kind: 'pglite', dataDir: dir }, drop: () => rm(dir, { recursive: true, force: true }) };
}

async function storeRegistrations(e: DuoTestEnv, n: number): Promise<string[]> {
  const bsns: string[] = [];
  for (let i = 0; i < n; i++) {
    const bsn = validBsn();
    seed(e, bsn);
    bsns.push(bsn);
    const res = await postNotification(e, { registratieDatumTijd: '2026-06-01T09:00:00Z', bsn, gebeurtenisId: 'SS101' });
    expect(res.status).toBe(201);
  }
  return bsns;
}

async function openCount(e: DuoTestEnv): Promise<number> {
  const [row] = await e.database.db.select({ n: sql<number>`count(*)::int` }).from(duoInbox).where(eq(duoInbox.status, 'ontvangen'));
  return row?.n ?? 0;
}

describe('coalesced wake-ups', () => {
  it('a thousand kicks while notifications wait: one pass runs, one more waits, and every notification is applied once', async () => {
    env = await startDuoEnv();
    await storeRegistrations(env, 120);
    const before = env.duo.worker.passes;
    for (let i = 0; i < 1000; i++) env.duo.worker.kick();
    await env.duo.worker.tick(); // served by the one waiting pass
    expect(env.duo.worker.passes - before).toBe(2);
    expect(await openCount(env)).toBe(0);
    const [perPerson] = await env.database.db
      .select({ n: sql<number>`count(*)::int`, persons: sql<number>`count(distinct ${cases.bsn})::int` })
      .from(cases)
      .where(eq(cases.gemeenteId, env.gemeente.gemeenteId));
    expect(perPerson).toEqual({ n: 120, persons: 120 });
  });

  it('notifications stored with a kick each (as DUO delivers them) do not queue a pass per notification', async () => {
    env = await startDuoEnv({ processOnReceive: true });
    const before = env.duo.worker.passes;
    await Promise.all(Array.from({ length: 4 }, () => storeRegistrations(env!, 40)));
    await vi.waitFor(async () => expect(await openCount(env!)).toBe(0), { timeout: 60_000, interval: 200 });
    await env.duo.worker.tick();
    // 160 kicks; each pass takes all that is due, so far fewer passes than kicks.
    expect(env.duo.worker.passes - before).toBeLessThan(80);
  });
});

describe('graceful shutdown', () => {
  it('app.close() during a busy pass: the pass ends at its next safe point, the queued one never runs, the pool closes afterwards, no error', async () => {
    const database = await reopenableDatabase();
    env = await startDuoEnv({ database });
    const e = env;
    await storeRegistrations(e, 150);
    const errors = vi.spyOn(e.app.log, 'error');
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      e.duo.worker.kick();
      await vi.waitFor(async () => expect(await openCount(e)).toBeLessThan(140), { timeout: 30_000, interval: 20 });
      for (let i = 0; i < 100; i++) e.duo.worker.kick(); // one queued pass
      const passes = e.duo.worker.passes;
      await e.app.close();
      expect(e.duo.worker.stopping).toBe(true);
      e.duo.worker.kick(); // a late notification's kick after the close: ignored
      await new Promise((r) => setTimeout(r, 500));
      expect(e.duo.worker.passes).toBe(passes);
      expect(errors).not.toHaveBeenCalled();
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }

    // Look at what the stopped process left: nothing half done, nothing still claimed.
    const reopened = await openDatabase(database.config);
    try {
      const left = await reopened.db.select({ n: sql<number>`count(*)::int` }).from(duoInbox).where(and(eq(duoInbox.status, 'ontvangen'), isNotNull(duoInbox.leaseToken)));
      expect(left[0]?.n).toBe(0);
      const [open] = await reopened.db.select({ n: sql<number>`count(*)::int` }).from(duoInbox).where(eq(duoInbox.status, 'ontvangen'));
      const [applied] = await reopened.db.select({ n: sql<number>`count(*)::int` }).from(duoInbox).where(ne(duoInbox.status, 'ontvangen'));
      const [created] = await reopened.db.select({ n: sql<number>`count(*)::int` }).from(cases).where(eq(cases.source, 'duo'));
      expect((open?.n ?? 0) + (applied?.n ?? 0)).toBe(150);
      expect(open?.n).toBeGreaterThan(0); // it stopped before the end…
      expect(created?.n).toBe(applied?.n); // …and what it applied, it applied whole
    } finally {
      await reopened.close();
    }
  });
});
