// The preparing process (ADR 0110, twelfth session): the server's own program, started by `prepareApart`
// with `prepareFlag`, creates a new PGlite data folder (initdb), applies the migrations and seeds the
// demo data exactly as the starting process would, closes the database, reports and exits, so that the
// memory PGlite and V8 grew for that work goes back to the operating system with the process.
import { openDatabase } from './database.ts';
import { preparationJob, prepareFlag, type PreparationJob, type PreparationResult } from './preparation-messages.ts';
import { seedDemo } from '../demo/seed.ts';
import { explainStartupFailure } from '../startup-failure.ts';

export function isPreparingProcess(argv: readonly string[] = process.argv): boolean {
  return argv.slice(2).includes(prepareFlag);
}

/** The same steps, in the same order, as `createKoers` takes on a data folder. */
async function prepare(job: PreparationJob): Promise<boolean> {
  const database = await openDatabase({ kind: 'pglite', dataDir: job.dataDir });
  try {
    await database.migrate();
    return job.demo ? await seedDemo(database.db, { secret: job.secret, now: new Date(job.now) }) : false;
  } finally {
    // PGlite writes its last pages and a checkpoint when it closes: before the starting process opens the folder.
    await database.close();
  }
}

function nextMessage(): Promise<unknown> {
  return new Promise((resolve) => process.once('message', resolve));
}

/** Runs one job from the starting process and exits; never returns. */
export async function runPreparingProcess(): Promise<void> {
  const send = process.send?.bind(process);
  if (send === undefined) {
    console.error(`${prepareFlag} is alleen voor Koers zelf: start Koers zonder deze optie.`);
    process.exit(2);
  }
  // The starting process stopped (Ctrl-C, a kill): nothing is waiting for this folder any more. An
  // unfinished migration or seed is one transaction that was not committed.
  const orphaned = () => process.exit(1);
  process.once('disconnect', orphaned);
  const job = nextMessage();
  send({ ready: true });
  let result: PreparationResult;
  try {
    result = { ok: true, seeded: await prepare(preparationJob.parse(await job)) };
  } catch (error) {
    if (process.env.KOERS_DEBUG_STARTUP === 'true') console.error(error);
    result = { ok: false, explanation: explainStartupFailure(error) };
  }
  process.removeListener('disconnect', orphaned);
  send(result, undefined, undefined, () => process.exit(result.ok ? 0 : 1));
}
