// The server's process: starts Koers with the configuration from the environment and serves until
// SIGINT or SIGTERM. A start that cannot succeed says why in Dutch and exits (issue 9).
import { fileURLToPath } from 'node:url';
import { configFromEnv } from './config.ts';
import { startKoers, type RunningKoers } from './start.ts';
import { thisProgram } from './db/prepare-apart.ts';
import { demoPassword } from './demo/seed.ts';
import { explainStartupFailure } from './startup-failure.ts';

/** Prints why the start failed and ends the process at once, whatever is still open. */
function failStart(error: unknown): never {
  console.error(`\nKoers kon niet starten.\n${explainStartupFailure(error)}\n`);
  if (process.env.KOERS_DEBUG_STARTUP === 'true') console.error(error);
  process.exit(1);
}

export async function serve(): Promise<void> {
  // A failure in a background task during the start (a timer, a stream) must not leave a process
  // that runs without serving: it ends the start the same way.
  process.once('unhandledRejection', failStart);
  process.once('uncaughtException', failStart);

  let koers: RunningKoers;
  let config: ReturnType<typeof configFromEnv>;
  try {
    config = configFromEnv();
    const webDistDir = fileURLToPath(new URL('../../web/dist', import.meta.url));
    // A new data folder is prepared by this same program in a process of its own (ADR 0110).
    koers = await startKoers({ ...config, webDistDir, preparingProgram: thisProgram() });
  } catch (error) {
    failStart(error);
  }
  process.removeListener('unhandledRejection', failStart);
  process.removeListener('uncaughtException', failStart);

  if (process.env.KOERS_TRUST_PROXY !== undefined) {
    console.warn(
      'Let op: KOERS_TRUST_PROXY is verouderd; gebruik KOERS_TRUSTED_PROXIES met de adressen van de reverse proxy (zie README).',
    );
  }
  const where = config.database.kind === 'pglite' ? `PGlite in ${config.database.dataDir ?? '(geheugen)'}` : 'PostgreSQL-server';
  console.log(`Koers draait op http://localhost:${config.port} (database: ${where}).`);
  if (config.demo) {
    console.log(`Demodata: log in als regisseur@drechtsteden.demo met wachtwoord ${demoPassword}`);
    console.log(`Portaal voor inburgeraars: http://localhost:${config.port}/portaal/ (demo-DigiD: kies een demo-persoon)`);
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      koers.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
