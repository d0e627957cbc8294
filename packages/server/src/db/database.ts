import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The query interface shared by the PGlite and node-postgres drivers. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the root handle or a transaction: what repositories and use cases accept. */
export type Queryable = Db | Tx;

export type DatabaseConfig =
  | { kind: 'pglite'; /** Folder for the data; in memory when absent. */ dataDir?: string }
  | { kind: 'postgresql'; url: string; poolSize?: number };

export type DatabaseKind = DatabaseConfig['kind'];

export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Db;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  switch (config.kind) {
    case 'pglite': {
      const client = config.dataDir ? new PGlite(config.dataDir) : new PGlite();
      await client.waitReady;
      const db = drizzlePglite(client, { schema });
      return {
        kind: 'pglite',
        db: db as unknown as Db,
        migrate: () => migratePglite(db, { migrationsFolder }),
        close: () => client.close(),
      };
    }
    case 'postgresql': {
      // A server that does not answer fails the start (or a request) within seconds instead of hanging.
      const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10, connectionTimeoutMillis: 10_000 });
      const db = drizzlePg(pool, { schema });
      return {
        kind: 'postgresql',
        db: db as unknown as Db,
        migrate: () => migrateExclusively(pool, () => migratePg(db, { migrationsFolder })),
        close: () => pool.end(),
      };
    }
    default:
      return config satisfies never;
  }
}

/**
 * Several Koers processes may start at once against one PostgreSQL (ADR 0054): the migrations run
 * under a session advisory lock, so one process migrates and the others wait, then find nothing to do.
 */
async function migrateExclusively(pool: pg.Pool, migrate: () => Promise<void>): Promise<void> {
  const lock = await pool.connect();
  try {
    await lock.query("SELECT pg_advisory_lock(hashtext('koers:migrations'))");
    try {
      await migrate();
    } finally {
      await lock.query("SELECT pg_advisory_unlock(hashtext('koers:migrations'))");
    }
  } finally {
    lock.release();
  }
}
