// A new PGlite data folder is prepared in a separate, short-lived process (ADR 0110, twelfth session).
// PGlite's initdb, the migrations and the demo data grow the WebAssembly memory of the instance that
// runs them and V8's old space, and neither is returned while the process lives: prepared in the
// server's own process, they kept the first start of an installation 17–31 MB over the 300 MB target.
// The preparing process is the server's own program (the bundle, or the sources under tsx) started
// with `prepareFlag`; afterwards the server opens the folder as on any restart.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preparationResult, prepareFlag, preparingReady, type PreparationJob, type PreparationResult } from './preparation-messages.ts';

/** How to start the server's program: its module and node's arguments. */
export interface PreparingProgram {
  modulePath: string;
  execArgv: readonly string[];
}

/** The sources under tsx: for tests and tools that call `createKoers` themselves. */
export const programFromSources: PreparingProgram = {
  modulePath: fileURLToPath(new URL('../main.ts', import.meta.url)),
  execArgv: ['--import', 'tsx'],
};

/**
 * The program this process was started with (`npm start`: the bundle; `npm run dev`: src/main.ts under tsx),
 * without node's options that would make the child watch files or open a debugger on the port the server's
 * process already has, and without `--no-liftoff`: that flag saves memory in a long-lived process, but the
 * preparing process exits, and with V8's quick first compiler its first start took 8–11 s instead of 14 s.
 */
export function thisProgram(argv: readonly string[] = process.argv, execArgv: readonly string[] = process.execArgv): PreparingProgram {
  const modulePath = argv[1];
  if (modulePath === undefined) throw new Error('Koers weet niet met welk programma het is gestart.');
  return { modulePath, execArgv: execArgv.filter((arg) => !/^--(watch|inspect|debug-port|no-liftoff)/.test(arg)) };
}

/**
 * A data folder PGlite has not initialised: PGlite writes PG_VERSION first when it creates the database
 * cluster (the CLI's backup checks the same file). One `stat` on a restart, no process.
 */
export function isNewDataFolder(dataDir: string): boolean {
  return !existsSync(path.join(dataDir, 'PG_VERSION'));
}

export interface Prepared {
  /** The preparing process's id, which has exited. */
  pid: number;
  seconds: number;
  seeded: boolean;
}

function failure(result: PreparationResult | undefined, code: number | null, signal: NodeJS.Signals | null): Error {
  if (result !== undefined && !result.ok) return new Error(result.explanation);
  const how = signal !== null ? `signaal ${signal}` : `code ${code ?? 'onbekend'}`;
  return new Error(
    `De nieuwe gegevensmap kon niet worden voorbereid: het proces dat de database aanmaakt stopte onverwacht (${how}). Verwijder de map en start Koers opnieuw.`,
  );
}

/** Runs the job in a child process of `program`; settles when that process has exited. */
export function prepareApart(program: PreparingProgram, job: PreparationJob): Promise<Prepared> {
  const started = performance.now();
  const child = fork(program.modulePath, [prepareFlag], {
    execArgv: [...program.execArgv],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'json',
  });
  return new Promise((resolve, reject) => {
    let result: PreparationResult | undefined;
    child.on('message', (message) => {
      if (preparingReady.safeParse(message).success) {
        // A failed send means the child has ended: its 'exit' explains it.
        child.send(job, () => undefined);
        return;
      }
      const parsed = preparationResult.safeParse(message);
      if (parsed.success) result = parsed.data;
    });
    // The program could not be started at all: no 'exit' follows.
    child.once('error', (error) => {
      if (child.pid === undefined) reject(error);
    });
    child.once('exit', (code, signal) => {
      if (result?.ok === true && code === 0)
        resolve({ pid: child.pid ?? 0, seconds: (performance.now() - started) / 1000, seeded: result.seeded });
      else reject(failure(result, code, signal));
    });
  });
}
