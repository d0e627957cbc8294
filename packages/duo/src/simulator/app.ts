/**
 * DUO simulator: every operation of every DUO M2M API (except Notificatie, which is the
 * gemeente's side) as a Fastify 5 app with in-memory state. Requests are validated against the
 * OpenAPI specs (400), DUO's README rules are applied (403 + Foutmelding[] where the spec has a
 * body), mutations are idempotent on (bron, berichtId), and notifications are POSTed to the
 * gemeente exactly as the Notificatie spec describes.
 *
 * This file assembles the parts: `context.ts` (the shared state), `seeding.ts`, `notifications.ts`,
 * `operations/` (one file per DUO API), `http.ts` (the `/v1` plumbing), `failure.ts` (failure
 * injection) and `admin.ts` (the `/_sim` endpoints).
 */
import type { FastifyInstance } from 'fastify';
import type { Oin } from '../types.ts';
import { DuoValidator } from '../validator.ts';
import { registerAdminRoutes } from './admin.ts';
import { createContext } from './context.ts';
import { setFailureMode, type FailureMode } from './failure.ts';
import { createFastify, registerApiRoutes } from './http.ts';
import { emit, emitSchema, redeliverPending, startRedeliveryTimer, type EmitEvent } from './notifications.ts';
import type { DuoSimulatorOptions } from './options.ts';
import { seedPerson, updatePerson, type PersonSeed } from './seeding.ts';
import type { NotificationDelivery, SimGemeente, SimPerson, SimState } from './state.ts';

export { SIMULATOR_DUO_OIN, type DuoSimulatorOptions } from './options.ts';
export { personSeedSchema, SimSeedError, type PersonSeed } from './seeding.ts';
export type { FailureMode } from './failure.ts';
export type { EmitEvent } from './notifications.ts';

export interface DuoSimulator {
  readonly app: FastifyInstance;
  /** e.g. `http://127.0.0.1:40123` */
  readonly url: string;
  /** `url` + `/v1` — the DuoConfig.baseUrl for a client. */
  readonly baseUrl: string;
  readonly duoOin: Oin;
  readonly state: SimState;
  readonly validator: DuoValidator;
  emit(event: EmitEvent): Promise<NotificationDelivery>;
  redeliverPending(): Promise<NotificationDelivery[]>;
  setFailureMode(mode: FailureMode): void;
  seedPerson(seed: PersonSeed): SimPerson;
  updatePerson(bsn: string, patch: Partial<Omit<PersonSeed, 'bsn'>>): SimPerson;
  gemeente(oin: Oin): SimGemeente | undefined;
  close(): Promise<void>;
}

export async function createDuoSimulator(options: DuoSimulatorOptions): Promise<DuoSimulator> {
  const validator = options.validator ?? (await DuoValidator.load(options.specDir));
  const sim = createContext(options, validator);
  const app = createFastify(options);
  const retryTimer = startRedeliveryTimer(sim, options.notificationRetryMs);
  registerApiRoutes(app, sim);
  registerAdminRoutes(app, {
    state: sim.state,
    gemeenten: sim.gemeenten,
    validator,
    seedPerson: (seed) => seedPerson(sim, seed),
    updatePerson: (bsn, patch) => updatePerson(sim, bsn, patch),
    emit: (event) => emit(sim, emitSchema.parse(event)),
    redeliverPending: () => redeliverPending(sim),
    setFailureMode: (mode) => setFailureMode(sim, mode),
  });

  const host = options.host ?? '127.0.0.1';
  await app.listen({ host, port: options.port ?? 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('simulator: geen TCP-adres');
  const url = `${options.https ? 'https' : 'http'}://${host}:${address.port}`;

  return {
    app,
    url,
    baseUrl: `${url}/v1`,
    duoOin: sim.duoOin,
    state: sim.state,
    validator,
    emit: (event) => emit(sim, event),
    redeliverPending: () => redeliverPending(sim),
    setFailureMode: (mode) => setFailureMode(sim, mode),
    seedPerson: (seed) => seedPerson(sim, seed),
    updatePerson: (bsn, patch) => updatePerson(sim, bsn, patch),
    gemeente: (oin) => sim.gemeenten.get(oin),
    async close() {
      if (retryTimer) clearInterval(retryTimer);
      await app.close();
    },
  };
}
