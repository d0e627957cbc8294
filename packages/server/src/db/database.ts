import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { routeRequests } from './scope.ts';
import { PostgresListener, type ListenHandlers } from './listen-postgres.ts';
import { CombiningClient } from './combining-client.ts';

/** The query interface shared by the PGlite and node-postgres drivers. */
// No relational schema: Koers writes its queries with the SQL-like builder, never db.query.<table>, and
// with a schema drizzle builds a query builder per table for every transaction and savepoint (ADR 0113).
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the root handle or a transaction: what repositories and use cases accept. */
export type Queryable = Db | Tx;

export type DatabaseConfig =
  | { kind: 'pglite'; /** Folder for the data; in memory when absent. */ dataDir?: string }
  | {
      kind: 'postgresql';
      /** The owner: migrations and system work. */
      url: string;
      /**
       * Two-login mode (ADR 0097): requests log in with this URL, as a role that has only koers_app's
       * rights, so SQL injected into a request cannot RESET ROLE to the owner.
       */
      appUrl?: string;
      poolSize?: number;
    };

export type DatabaseKind = DatabaseConfig['kind'];

export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Db;
  migrate(): Promise<void>;
  /**
   * Hears the notifications on `channel`, each when its transaction commits (any process, any
   * connection). `live(false)` while they cannot be heard (PostgreSQL: the listening connection broke;
   * it reconnects), `live(true)` once they can. Stops when the database closes.
   */
  listen(channel: string, handlers: ListenHandlers): Promise<void>;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Arbitrary constant key of the advisory lock that serialises migrations across processes. */
const MIGRATION_LOCK_KEY = 7_160_420_211;

/**
 * Several Koers processes may start at once against one PostgreSQL server: the first to take the
 * advisory lock migrates, the others wait and then find nothing left to do.
 */
async function migrateExclusively(url: string, migrate: () => Promise<void>): Promise<void> {
  // Its own connection, so that the migration never waits for a pool slot the lock holds.
  const lock = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrate();
  } finally {
    await lock.end();
  }
}

/**
 * The requests' login must have koers_app's rights and nothing more: not superuser, no BYPASSRLS,
 * no way into the owner's roles. Refuses to start otherwise (docs/deploy.md).
 */
async function checkRequestLogin(appPool: pg.Pool): Promise<void> {
  const { rows } = await appPool.query<{ who: string; app: boolean; wider: boolean }>(`
    SELECT r.rolname AS who, pg_has_role(r.oid, 'koers_app', 'MEMBER') AS app,
           (r.rolsuper OR r.rolbypassrls OR pg_has_role(r.oid, 'koers_worker', 'MEMBER') OR pg_has_role(r.oid, 'koers_system', 'MEMBER')
             OR EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = 'public' AND pg_has_role(r.oid, t.tableowner, 'MEMBER'))) AS wider
      FROM pg_roles r WHERE r.rolname = current_user`);
  const [login] = rows;
  if (!login?.app || login.wider) {
    throw new Error(
      'Ongeldige configuratie: DATABASE_APP_URL moet inloggen met een rol die alleen lid is van koers_app (geen superuser, geen BYPASSRLS, geen eigenaar van de tabellen, geen lid van koers_worker of koers_system).',
    );
  }
}

export interface OpenOptions {
  /**
   * An idle pooled connection was broken by the server (a restart, a failover, an administrator):
   * the pool drops it and opens a new one when needed. Without a listener the pool's 'error' event
   * would end the process. Gets the SQLSTATE only: never a query or its parameters.
   */
  onIdleConnectionError?: (sqlState: string | undefined) => void;
}

/**
 * PostgreSQL's settings inside PGlite. PGlite's own start parameters come first (they include fsync and the
 * single-user mode); these change memory and how WAL files are made, never what is stored.
 * - shared_buffers, maintenance_work_mem (ADR 0110): PGlite's memory is WASM linear memory, which grows and
 *   never shrinks, and PostgreSQL touches all of shared_buffers at its start: the default 128 MB would be
 *   resident for the life of the process. The data folder's files are read through the operating system,
 *   whose page cache lies outside the process, so a small buffer pool costs little.
 * - wal_init_zero=off (ADR 0077 addendum, thirteenth session): a new 16 MB WAL segment is not first written
 *   full of zeros in 8 kB writes. Unwritten WAL reads as zeros either way. In memory (tests, benches) each
 *   such write grew the file by copying it, on Node's one thread: the commit that needed a new segment took
 *   110–270 ms, every ~2 s of an import, and every other request waited for it. In a data folder the
 *   operating system takes the writes (no such stall was seen); there it saves writing each segment twice.
 */
export const pgliteStartParams: readonly string[] = [
  ...PGlite.defaultStartParams,
  ...['shared_buffers=32MB', 'maintenance_work_mem=16MB', 'wal_init_zero=off'].flatMap((setting) => ['-c', setting]),
];

export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<Database> {
  switch (config.kind) {
    case 'pglite': {
      const client = new PGlite({ ...(config.dataDir ? { dataDir: config.dataDir } : {}), startParams: [...pgliteStartParams] });
      await client.waitReady;
      const db = drizzlePglite(client);
      return {
        kind: 'pglite',
        db,
        migrate: () => migratePglite(db, { migrationsFolder }),
        // One connection, in this process: a notification arrives before the commit that raised it returns.
        listen: async (channel, handlers) => {
          await client.listen(channel, (payload) => handlers.message(payload));
          handlers.live(true);
        },
        close: () => client.close(),
      };
    }
    case 'postgresql': {
      // A server that does not answer fails the start (or a request) within seconds instead of hanging.
      // Connections that send BEGIN and a read's processing-log insert with the next statement (ADR 0113 addendum).
      const settings = { max: config.poolSize ?? 10, connectionTimeoutMillis: 10_000, Client: CombiningClient };
      const pool = new pg.Pool({ connectionString: config.url, ...settings });
      const db = drizzlePg(pool);
      const appPool = config.appUrl ? new pg.Pool({ connectionString: config.appUrl, ...settings }) : undefined;
      if (appPool) routeRequests(db, drizzlePg(appPool));
      const onIdleError = (error: Error & { code?: string }) => options.onIdleConnectionError?.(error.code);
      pool.on('error', onIdleError);
      appPool?.on('error', onIdleError);
      const listeners: PostgresListener[] = [];
      return {
        kind: 'postgresql',
        db,
        migrate: async () => {
          await migrateExclusively(config.url, () => migratePg(db, { migrationsFolder }));
          if (appPool) await checkRequestLogin(appPool);
        },
        listen: async (channel, handlers) => {
          const listener = new PostgresListener(config.url, channel, handlers);
          listeners.push(listener);
          await listener.start();
        },
        close: async () => {
          await Promise.all(listeners.map((l) => l.stop()));
          await pool.end();
          await appPool?.end();
        },
      };
    }
    default:
      return config satisfies never;
  }
}
