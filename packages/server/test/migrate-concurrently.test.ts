// Several processes starting at once against one PostgreSQL server migrate one after another
// (an advisory lock), so none fails on a half-applied migration.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrationsFolder, openDatabase } from '../src/db/database.ts';
import { testDatabase, testDatabaseKind } from './support/database.ts';

describe.runIf(testDatabaseKind === 'postgresql')('migrations from several processes at once', () => {
  it('all succeed and the schema is applied once', async () => {
    const db = await testDatabase();
    const handles = await Promise.all([openDatabase(db.config), openDatabase(db.config), openDatabase(db.config)]);
    try {
      const results = await Promise.allSettled(handles.map((h) => h.migrate()));
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
      const first = handles[0];
      if (!first) throw new Error('no handle');
      const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
      const applied = await first.db.execute(sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`);
      expect((applied as { rows: unknown[] }).rows).toEqual([{ n: journal.entries.length }]);
    } finally {
      await Promise.all(handles.map((h) => h.close()));
      await db.drop();
    }
  });
});
