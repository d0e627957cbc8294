// PGlite starts with Koers's own PostgreSQL settings (database.ts `pgliteStartParams`): a small buffer pool
// (ADR 0110) and WAL segments that are not zero-filled first (ADR 0077 addendum, thirteenth session), which
// held every other request for 110–270 ms every ~2 s of an import.
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/database.ts';
import { rowsOf } from '../src/db/raw-rows.ts';
import { testDatabaseKind } from './support/database.ts';

describe.skipIf(testDatabaseKind !== 'pglite')('PGlite settings', () => {
  it('runs with the small buffer pool and without zero-filling new WAL segments', async () => {
    const database = await openDatabase({ kind: 'pglite' });
    try {
      const result = await database.db.execute(
        sql`select current_setting('wal_init_zero') as wal_init_zero, current_setting('shared_buffers') as shared_buffers, current_setting('maintenance_work_mem') as maintenance_work_mem`,
      );
      expect(rowsOf(result)).toEqual([{ wal_init_zero: 'off', shared_buffers: '32MB', maintenance_work_mem: '16MB' }]);
    } finally {
      await database.close();
    }
  });
});
