import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { configFromEnv, type KoersConfig } from './config.ts';
import { openDatabase, type Database, type DatabaseConfig } from './db/database.ts';
import { buildApp } from './http/app.ts';
import type { AppContext } from './http/context.ts';
import { createOidcLogin } from './auth/oidc.ts';
import { seedDemo } from './demo/seed.ts';
import { createDuoService, type DuoService, type DuoServiceDeps } from './duo/service.ts';
import { duoValidator } from './duo/runtime.ts';

export const version: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface StartOptions extends Partial<Omit<KoersConfig, 'database'>> {
  /** Defaults to an in-memory PGlite database. */
  database?: DatabaseConfig;
  now?: () => Date;
  /** Test hooks for the DUO koppeling (registration stand-in, backoff, randomness). */
  duoDeps?: Pick<DuoServiceDeps, 'backoff' | 'random' | 'onExchange' | 'concurrency'>;
}

export interface RunningKoers {
  url: string;
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** Opens the database, applies migrations, seeds demo data when asked, and builds the app. */
export async function createKoers(options: StartOptions = {}): Promise<{ app: FastifyInstance; database: Database; config: KoersConfig; duo: DuoService | undefined }> {
  const base = configFromEnv({ ...process.env, DATABASE_URL: undefined, KOERS_SECRET: process.env.KOERS_SECRET });
  const config: KoersConfig = {
    ...base,
    ...options,
    database: options.database ?? { kind: 'pglite' },
    secret: options.secret ?? base.secret,
    oidc: options.oidc ?? base.oidc,
    // The embedded DUO simulator only comes with demo mode unless asked for explicitly.
    duo: 'duo' in options ? options.duo : base.duo?.mode === 'embedded' && options.demo === false ? undefined : base.duo,
  };
  // DUO's specifications are read first: a missing or broken copy stops the start before the
  // database is touched.
  if (config.duo) await duoValidator();
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    const now = options.now ?? (() => new Date());
    if (config.demo) await seedDemo(database.db, { secret: config.secret, now: now() });
    const duo = config.duo
      ? await createDuoService(config.duo, { db: database.db, secret: config.secret, now, demo: config.demo, ...options.duoDeps })
      : undefined;
    const ctx: AppContext = {
      database,
      config,
      now,
      oidc: config.oidc ? createOidcLogin(config.oidc) : undefined,
      version,
      duo,
    };
    const app = await buildApp(ctx);
    duo?.useLogger(app.log);
    app.addHook('onClose', async () => {
      // The DUO worker and simulator stop before the database closes.
      await duo?.close();
      await database.close();
    });
    return { app, database, config, duo };
  } catch (error) {
    await database.close();
    throw error;
  }
}

export async function startKoers(options: StartOptions = {}): Promise<RunningKoers> {
  const { app, database, config, duo } = await createKoers(options);
  const address = await app.listen({ port: config.port, host: config.host });
  const url = address.replace('0.0.0.0', '127.0.0.1').replace('[::]', '127.0.0.1');
  await duo?.afterListen(url);
  return { url, app, database, close: () => app.close() };
}

export { configFromEnv };
