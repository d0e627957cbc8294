/**
 * The DUO koppeling inside the server: built from configuration (src/config.ts → DuoSettings) by
 * createKoers, started/stopped with the app. In 'embedded' mode the DUO simulator from @koers/duo
 * runs on a loopback port and Koers talks to it exactly as to DUO (demo and development).
 */
import { createDuoSimulator, demoSeed, SIMULATOR_DUO_OIN, type DuoExchange, type DuoSimulator, type DuoValidator } from '@koers/duo';
import { isNotNull } from 'drizzle-orm';
import type { DuoSettings } from '../config.ts';
import type { Db } from '../db/database.ts';
import { gemeenten } from '../db/schema.ts';
import { asSystem } from '../db/scope.ts';
import { DuoClients, duoValidator } from './runtime.ts';
import { DuoWorker } from './worker.ts';
import type { BackoffPolicy } from './outbox.ts';
import { liftStopsForNewSpecs } from './contract-stops.ts';
import { loggableError } from './failure-reason.ts';
import type { Turn } from './turns.ts';
import { todayIn } from '../case-file/today.ts';

/** Where Koers receives DUO's notifications: the spec's `/notificaties` under a `/duo/v1` base path. */
export const NOTIFICATION_PATH = '/duo/v1/notificaties';

export interface DuoService {
  readonly settings: DuoSettings;
  readonly validator: DuoValidator;
  readonly clients: DuoClients;
  readonly worker: DuoWorker;
  readonly simulator: DuoSimulator | undefined;
  /** Process a notification right after storing it. */
  readonly processOnReceive: boolean;
  /** Called once Koers listens: points the embedded simulator at Koers and starts the demo. */
  afterListen(koersUrl: string): Promise<void>;
  /** Log through the app's logger once it exists. */
  useLogger(log: DuoLog): void;
  close(): Promise<void>;
}

export interface DuoLog {
  info(msg: string): void;
  warn(msg: string): void;
  error(obj: unknown, msg: string): void;
}

export interface DuoServiceDeps {
  db: Db;
  secret: string;
  now: () => Date;
  demo: boolean;
  backoff?: Partial<BackoffPolicy>;
  random?: () => number;
  onExchange?: (exchange: DuoExchange) => void;
  log?: DuoLog;
  /** Notifications or meldingen the worker handles at the same time. */
  concurrency?: number;
  /** On PGlite: the worker's transactions one at a time, in the gaps between requests (ADR 0059 addendum). */
  turn?: Turn;
}

export async function createDuoService(settings: DuoSettings, deps: DuoServiceDeps): Promise<DuoService> {
  const validator = await duoValidator();
  let log = deps.log;
  let simulator: DuoSimulator | undefined;
  let baseUrl = settings.baseUrl;
  let duoOin = settings.duoOin;
  if (settings.mode === 'embedded') {
    // The simulator knows the gemeenten that have an OIN (the demo seed sets them; a beheerder
    // fills them in at Beheer → Gemeenten). A gemeente without one cannot reach DUO.
    const known = await asSystem(deps.db, (tx) => tx.select({ oin: gemeenten.oin, code: gemeenten.code, name: gemeenten.name }).from(gemeenten).where(isNotNull(gemeenten.oin)));
    duoOin ??= SIMULATOR_DUO_OIN;
    simulator = await createDuoSimulator({
      host: '127.0.0.1',
      port: 0,
      duoOin,
      gemeenten: known.flatMap((g) => (g.oin ? [{ oin: g.oin, gemeentecode: /^\d{4}$/.test(g.code) ? g.code : '0000', naam: g.name }] : [])),
      validator,
      autoStartTermijn: true,
      // Demo: DUO knows the people registered by hand in Koers, so their PIPs are accepted.
      adoptUnknownPersons: settings.demoEvents ?? deps.demo,
      notificationRetryMs: 5_000,
    });
    baseUrl = simulator.baseUrl;
  }
  if (!baseUrl || !duoOin) throw new Error('DUO-koppeling: basis-URL en OIN van DUO zijn nodig.');
  const clients = new DuoClients(validator, { baseUrl, duoOin, tls: settings.tls, timeoutMs: settings.timeoutMs }, deps.onExchange, deps.now);
  // DUO's newer files were installed: a stop recorded against an older version no longer holds (ADR 0055).
  const lifted = await liftStopsForNewSpecs(deps.db, validator, deps.now());
  if (lifted > 0) log?.info(`DUO-koppeling: ${lifted} stop(s) opgeheven omdat Koers nu een nieuwere specificatie van DUO gebruikt.`);
  const worker = new DuoWorker({
    db: deps.db,
    clients,
    secret: deps.secret,
    now: deps.now,
    ...(deps.backoff ? { backoff: deps.backoff } : {}),
    ...(deps.random ? { random: deps.random } : {}),
    ...(deps.concurrency ? { concurrency: deps.concurrency } : {}),
    ...(deps.turn ? { turn: deps.turn } : {}),
    // Never the error's message or details: they can hold data (failure-reason.ts).
    onError: (err) => log?.error({ err: loggableError(err) }, 'DUO-worker: onverwachte fout'),
  });
  if (settings.worker !== false) worker.start();
  let demoTimer: NodeJS.Timeout | undefined;

  return {
    settings,
    validator,
    clients,
    worker,
    simulator,
    processOnReceive: settings.processOnReceive !== false,
    async afterListen(koersUrl: string): Promise<void> {
      if (!simulator) return;
      const sim = simulator;
      const endpoint = `${koersUrl.replace(/\/+$/, '')}${NOTIFICATION_PATH}`;
      const simGemeenten = await asSystem(deps.db, (tx) => tx.select({ oin: gemeenten.oin, code: gemeenten.code }).from(gemeenten).where(isNotNull(gemeenten.oin)));
      for (const g of simGemeenten) {
        const sg = g.oin ? sim.gemeente(g.oin) : undefined;
        if (sg) sg.notificationUrl = endpoint;
      }
      log?.info(`DUO-simulator (ingebouwd) op ${sim.baseUrl}; notificaties naar ${endpoint}`);
      if (!(settings.demoEvents ?? deps.demo)) return;
      const dordrecht = simGemeenten.find((g) => g.code === '0505')?.oin;
      if (!dordrecht) return;
      for (const seed of demoSeed(dordrecht)) if (!sim.state.persons.has(seed.bsn)) sim.seedPerson(seed);
      const today = todayIn(new Date());
      if (!sim.state.persons.has('999990135')) {
        sim.seedPerson({
          bsn: '999990135',
          gemeenteOin: dordrecht,
          vestigingsdatum: today,
          inburgeringsplicht: { indicatorInburgeringsplicht: true, begindatum: today, datumKennisgevingInburgeringsplicht: today },
          doelgroep: { indeling: 'Asielstatushouder', begindatum: today, gedetailleerdeDoelgroep: 'Asielstatushouder' },
        });
      }
      // A few notifications shortly after start, so a new user sees DUO at work in the demo.
      demoTimer = setTimeout(() => {
        void (async () => {
          for (const e of [
            { gebeurtenisId: 'SS101', bsn: '999990135' },
            { gebeurtenisId: 'SS137', bsn: '999990019' },
            { gebeurtenisId: 'SS131', bsn: '999990019' },
            { gebeurtenisId: 'SS102', bsn: '999990032' },
          ]) {
            try {
              await sim.emit(e);
            } catch (err) {
              log?.warn(`DUO-simulator: demo-gebeurtenis ${e.gebeurtenisId} niet verstuurd: ${err instanceof Error ? err.message : String(err)}`);
            }
          }
        })();
      }, 3_000);
      demoTimer.unref();
    },
    useLogger(l: DuoLog): void {
      log = l;
    },
    async close(): Promise<void> {
      if (demoTimer) clearTimeout(demoTimer);
      await worker.stop();
      await clients.close();
      await simulator?.close();
    },
  };
}
