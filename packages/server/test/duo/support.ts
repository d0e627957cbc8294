// Shared set-up for the DUO tests: the DUO simulator on 127.0.0.1 (ephemeral port), Koers listening
// on 127.0.0.1 so the simulator can deliver notifications over real HTTP, two gemeenten with OINs,
// an injected clock, and a recorder that validates every exchange against DUO's OpenAPI files with
// a separately loaded validator.
import { randomInt, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createDuoSimulator, DuoValidator, loadDuoSpecs, type DuoExchange, type DuoSimulator, type PersonSeed } from '@koers/duo';
import { createKoers } from '../../src/start.ts';
import type { Database, DatabaseConfig } from '../../src/db/database.ts';
import { asSystem } from '../../src/db/scope.ts';
import { gemeenten } from '../../src/db/schema.ts';
import type { DuoService } from '../../src/duo/service.ts';
import type { BackoffPolicy } from '../../src/duo/outbox.ts';
import { testDatabase } from '../support/database.ts';
import { createGemeente, loginAs, type Client, type GemeenteFixture } from '../support/koers.ts';
import type { FastifyInstance } from 'fastify';

export const TODAY = '2026-06-01';

export function randomOin(): string {
  return `000000010${String(randomInt(0, 99_999_999_999)).padStart(11, '0')}`;
}

let independent: Promise<DuoValidator> | undefined;
/** Not the validator the code under test uses: loaded on its own from the spec files. */
export function independentValidator(): Promise<DuoValidator> {
  independent ??= loadDuoSpecs().then((s) => new DuoValidator(s));
  return independent;
}

export class Clock {
  now = new Date(`${TODAY}T10:00:00Z`);
  advance(ms: number): void {
    this.now = new Date(this.now.getTime() + ms);
  }
}

export interface DuoTestEnv {
  sim: DuoSimulator;
  app: FastifyInstance;
  database: Database;
  duo: DuoService;
  url: string;
  clock: Clock;
  gemeente: GemeenteFixture & { oin: string };
  other: GemeenteFixture & { oin: string };
  exchanges: DuoExchange[];
  login(role?: keyof GemeenteFixture['users'], g?: GemeenteFixture): Promise<Client>;
  /** Strict spec check of every recorded request and response; returns the violations. */
  contractViolations(): Promise<string[]>;
  close(): Promise<void>;
}

export const fastBackoff: Partial<BackoffPolicy> = { baseMs: 1_000, capMs: 60_000, jitter: 0.2, maxAttempts: 5, leaseMs: 30_000 };

export interface DuoEnvOptions {
  backoff?: Partial<BackoffPolicy>;
  /** Default: a fresh test database (PGlite in memory, or PostgreSQL with KOERS_TEST_DATABASE_URL). */
  database?: { config: DatabaseConfig; drop: () => Promise<void> };
  /** Kick the worker right after a notification was stored (as in production). Default false. */
  processOnReceive?: boolean;
}

export async function startDuoEnv(options: DuoEnvOptions = {}): Promise<DuoTestEnv> {
  const clock = new Clock();
  const oin = randomOin();
  const otherOin = randomOin();
  const validator = await DuoValidator.load();
  const sim = await createDuoSimulator({
    gemeenten: [
      { oin, gemeentecode: '0505' },
      { oin: otherOin, gemeentecode: '0642' },
    ],
    today: () => clock.now.toISOString().slice(0, 10),
    validator,
  });
  const db = options.database ?? (await testDatabase());
  const exchanges: DuoExchange[] = [];
  const { app, database, duo } = await createKoers({
    logLevel: 'silent',
    demo: false,
    secret: 'test-geheim-'.padEnd(40, 'x'),
    database: db.config,
    now: () => clock.now,
    duo: { mode: 'real', baseUrl: sim.baseUrl, duoOin: sim.duoOin, tls: undefined, timeoutMs: 3_000, worker: false, processOnReceive: options.processOnReceive ?? false },
    duoDeps: { backoff: options.backoff ?? fastBackoff, random: () => 0.5, onExchange: (x) => exchanges.push(x) },
  });
  if (!duo) throw new Error('DUO-koppeling niet gestart');
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  for (const o of [oin, otherOin]) {
    const g = sim.gemeente(o);
    if (g) g.notificationUrl = `${address}/duo/v1/notificaties`;
  }
  const g1 = await createGemeente(database, 'Duogemeente');
  const g2 = await createGemeente(database, 'Anderegemeente');
  await asSystem(database.db, async (tx) => {
    await tx.update(gemeenten).set({ oin }).where(eq(gemeenten.id, g1.gemeenteId));
    await tx.update(gemeenten).set({ oin: otherOin }).where(eq(gemeenten.id, g2.gemeenteId));
  });
  const gemeente = { ...g1, oin };
  const other = { ...g2, oin: otherOin };
  return {
    sim,
    app,
    database,
    duo,
    url: address,
    clock,
    gemeente,
    other,
    exchanges,
    login: (role = 'trajectregisseur', g = gemeente) => loginAs(app, g.users[role].email),
    async contractViolations() {
      const v = await independentValidator();
      const out: string[] = [];
      for (const x of exchanges) {
        const ref = { api: x.api, operationId: x.operationId };
        const req = v.validateRequest(ref, { path: x.path, headers: x.requestHeaders, body: x.requestBody }, { strictProperties: true });
        out.push(...req.map((i) => `${x.operationId} verzoek: ${i.text}`));
        if (x.status !== undefined && x.status < 500) {
          const res = v.validateResponse(ref, { status: x.status, headers: x.responseHeaders ?? {}, body: x.responseBody });
          out.push(...res.map((i) => `${x.operationId} antwoord ${x.status}: ${i.text}`));
        }
      }
      return out;
    },
    async close() {
      await app.close();
      await sim.close();
      await db.drop();
    },
  };
}

/** A person known at the simulator (defaults: duty since 30 days, asielstatushouder). */
export function seed(env: DuoTestEnv, bsn: string, extra: Partial<PersonSeed> = {}): void {
  env.sim.seedPerson({ bsn, gemeenteOin: env.gemeente.oin, vestigingsdatum: '2026-04-01', inburgeringsplicht: { indicatorInburgeringsplicht: true, begindatum: '2026-04-01', datumKennisgevingInburgeringsplicht: '2026-04-03' }, ...extra });
}

/** POST a notification to Koers as DUO would (headers per the spec). */
export async function postNotification(
  env: DuoTestEnv,
  body: unknown,
  headers: Partial<Record<'bron' | 'doel' | 'berichtId', string>> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const res = await env.app.inject({
    method: 'POST',
    url: '/duo/v1/notificaties',
    headers: { 'content-type': 'application/json', bron: env.sim.duoOin, doel: env.gemeente.oin, berichtId: randomUUID(), ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.statusCode, headers: res.headers as Record<string, string | string[] | undefined>, body: res.body };
}
