import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { configFromEnv, type KoersConfig } from './config.ts';
import { openDatabase, type Database, type DatabaseConfig } from './db/database.ts';
import { isNewDataFolder, prepareApart, programFromSources, type PreparingProgram } from './db/prepare-apart.ts';
import { buildApp } from './http/app.ts';
import type { AppContext } from './http/context.ts';
import { RequestActivity, turnsInGaps } from './http/request-activity.ts';
import { createOidcLogin } from './auth/oidc.ts';
import { createDigidLogin } from './auth/digid.ts';
import { startDemoDigidBroker, type DemoDigidBroker } from './demo/digid-broker.ts';
import { demoPortaalPersons } from './demo/portaal.ts';
import { seedDemo } from './demo/seed.ts';
import { createDuoService, type DuoService, type DuoServiceDeps } from './duo/service.ts';
import { duoValidator } from './duo/runtime.ts';
import { failInterruptedJobs } from './imports/job-store.ts';
import { stopImports } from './imports/run-import.ts';
import { ReconciliationWorker } from './imports/reconciliation/reconcile.ts';
import { recomputeSignalsIfRulesChanged } from './workqueue/recompute-signals.ts';
import { RetentionJob } from './retention/job.ts';
import { createLogger } from './logging.ts';
import { SessionCache, sessionChangeChannel, useSessionCache } from './auth/session-cache.ts';
import type { DestinationStream } from 'pino';
import { brpValidator } from '@koers/brp';
import { createBrpService, type BrpService, type BrpServiceDeps } from './brp/service.ts';
import { z } from 'zod';

export const { version } = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')));

/** On PGlite the DUO worker waits at most this long for a gap between requests (ADR 0059 addendum). */
const DUO_WORKER_MAX_WAIT_MS = 500;

export interface StartOptions extends Partial<Omit<KoersConfig, 'database'>> {
  /** Defaults to an in-memory PGlite database. */
  database?: DatabaseConfig;
  now?: () => Date;
  /** Test hooks for the DUO koppeling (registration stand-in, backoff, randomness). */
  duoDeps?: Pick<DuoServiceDeps, 'backoff' | 'random' | 'onExchange' | 'concurrency' | 'turn'>;
  /** false: the reconciliation after imports only runs when a test calls it. */
  reconciliationWorker?: boolean;
  /** false: the daily retention job only runs when a test calls it (ADR 0099). */
  retentionJob?: boolean;
  /** Where log lines go (default standard output); tests capture them here. */
  logDestination?: DestinationStream;
  /** Test hook for the BRP lookup (every exchange with the BRP). */
  brpDeps?: Pick<BrpServiceDeps, 'onExchange'>;
  /** The program that prepares a new PGlite data folder in its own process (default: the sources under tsx). */
  preparingProgram?: PreparingProgram;
}

export interface RunningKoers {
  url: string;
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** Opens the database, applies migrations, seeds demo data when asked, and builds the app. */
export async function createKoers(
  options: StartOptions = {},
): Promise<{ app: FastifyInstance; database: Database; config: KoersConfig; duo: DuoService | undefined; brp: BrpService | undefined }> {
  // The secret given in the options stands in for KOERS_SECRET, which a real start requires without demo mode.
  const envSecret = process.env.KOERS_SECRET ?? (options.secret !== undefined ? 'ingesteld-via-startopties'.padEnd(32, '-') : undefined);
  const base = configFromEnv({ ...process.env, DATABASE_URL: undefined, KOERS_SECRET: envSecret });
  const config: KoersConfig = {
    ...base,
    ...options,
    database: options.database ?? { kind: 'pglite' },
    secret: options.secret ?? base.secret,
    oidc: options.oidc ?? base.oidc,
    digid: options.digid ?? base.digid,
    // The embedded DUO simulator only comes with demo mode unless asked for explicitly.
    duo: 'duo' in options ? options.duo : base.duo?.mode === 'embedded' && options.demo === false ? undefined : base.duo,
    // Likewise the embedded BRP stand-in.
    brp: 'brp' in options ? options.brp : base.brp?.mode === 'embedded' && options.demo === false ? undefined : base.brp,
  };
  // DUO's specifications are read first: a missing or broken copy stops the start before the
  // database is touched.
  if (config.duo) await duoValidator();
  // So is the BRP's specification.
  if (config.brp) brpValidator();
  // One logger for the HTTP server and every background worker (src/logging.ts).
  const logger = createLogger(config.logLevel, options.logDestination);
  const now = options.now ?? (() => new Date());
  // A new PGlite data folder: initdb, the migrations and the demo data in a process that then exits,
  // so that the memory they grew goes back to the system; this process opens the folder as on a restart,
  // where the migrations and the seed below find nothing to do (ADR 0110, twelfth session).
  if (config.database.kind === 'pglite' && config.database.dataDir !== undefined && isNewDataFolder(config.database.dataDir)) {
    const job = { dataDir: config.database.dataDir, demo: config.demo, secret: config.secret, now: now().toISOString() };
    const prepared = await prepareApart(options.preparingProgram ?? programFromSources, job);
    logger.info({ preparedBy: prepared.pid, seconds: Number(prepared.seconds.toFixed(1)), demoData: prepared.seeded }, 'Nieuwe gegevensmap voorbereid in een apart proces');
  }
  const database = await openDatabase(config.database, {
    onIdleConnectionError: (sqlState) => logger.warn({ sqlState }, 'Een verbinding met PostgreSQL werd verbroken; de pool opent een nieuwe.'),
  });
  let brp: BrpService | undefined;
  let demoBroker: DemoDigidBroker | undefined;
  try {
    await database.migrate();
    // Sessions resolved once are kept while the database's change feed is heard (ADR 0113).
    const sessionCache = new SessionCache();
    useSessionCache(database.db, sessionCache);
    await database.listen(sessionChangeChannel, { message: (payload) => sessionCache.forget(payload), live: (live) => sessionCache.setLive(live) });
    // Imports a stopped process left 'bezig' are marked 'mislukt' with the reason (ADR 0077).
    await failInterruptedJobs(database.db, database.kind, now());
    if (config.demo) await seedDemo(database.db, { secret: config.secret, now: now() });
    // Demo mode without a DigiD broker: a demo broker on loopback, so the portal can be tried (ADR 0153).
    if (config.demo && !config.digid && !('digid' in options)) {
      const redirectUri = `http://localhost:${config.port}/api/portaal/callback`;
      demoBroker = await startDemoDigidBroker({ redirectUri, persons: demoPortaalPersons });
      config.digid = { issuer: demoBroker.issuer, clientId: demoBroker.clientId, clientSecret: demoBroker.clientSecret, redirectUri, bsnClaim: 'bsn', allowInsecure: true };
    }
    // On PGlite every query shares one connection: the DUO worker takes its turns in the gaps between requests.
    const requestActivity = new RequestActivity();
    const turn = database.kind === 'pglite' ? turnsInGaps(requestActivity, DUO_WORKER_MAX_WAIT_MS) : undefined;
    const duo = config.duo
      ? await createDuoService(config.duo, { db: database.db, secret: config.secret, now, demo: config.demo, log: logger, ...(turn ? { turn } : {}), ...options.duoDeps })
      : undefined;
    brp = config.brp ? await createBrpService(config.brp, { now, ...options.brpDeps }) : undefined;
    const ctx: AppContext = {
      database,
      config,
      now,
      oidc: config.oidc ? createOidcLogin(config.oidc) : undefined,
      digid: config.digid ? createDigidLogin(config.digid) : undefined,
      version,
      duo,
      logger,
      brp,
      requestActivity,
    };
    const app = await buildApp(ctx);
    duo?.useLogger(app.log);
    const reconciliation = new ReconciliationWorker({ db: database.db, kind: database.kind, duo, secret: config.secret, now });
    if (options.reconciliationWorker !== false) reconciliation.start();
    // New werkvoorraad rules: every case's stored signals once more, in the background.
    let closing = false;
    const signalRules = recomputeSignalsIfRulesChanged(database.db, { now, stopping: () => closing })
      .then((cases) => {
        if (cases) logger.info({ cases }, 'Werkvoorraad opnieuw berekend met de regels van deze versie');
      })
      .catch(() => logger.error('De werkvoorraad kon niet opnieuw worden berekend met de regels van deze versie; de volgende start probeert het opnieuw.'));
    const retention = new RetentionJob({ db: database.db, now, log: logger });
    if (options.retentionJob !== false) retention.start();
    app.addHook('onClose', async () => {
      // Imports stop after their current batch; the reconciliation, DUO worker and simulator before the database closes.
      closing = true;
      await signalRules;
      await stopImports(database.db);
      await reconciliation.stop();
      await retention.stop();
      await duo?.close();
      await ctx.brp?.close();
      await demoBroker?.close();
      await database.close();
    });
    return { app, database, config, duo, brp };
  } catch (error) {
    await brp?.close();
    await demoBroker?.close();
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
