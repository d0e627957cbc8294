import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { HttpDuoClient, type DuoExchange } from '../src/client.ts';
import {
  notificationAcceptedResponse,
  notificationKey,
  notificationRejectedResponse,
  parseNotification,
  type ReceivedNotification,
} from '../src/notifications.ts';
import { createDuoSimulator, type DuoSimulator, type DuoSimulatorOptions, type PersonSeed } from '../src/simulator/app.ts';
import { loadDuoSpecs } from '../src/spec.ts';
import { DuoValidator, formatIssues, type HeaderBag } from '../src/validator.ts';

export const GEMEENTE_OIN = '00000001001234567000';
export const ANDERE_GEMEENTE_OIN = '00000001007654321000';
export const TODAY = '2026-06-01';
export const BSN = '123456782';
export const BSN2 = '999990019';

let sharedValidator: Promise<DuoValidator> | undefined;
/** One validator for the simulator and client (the code under test). */
export function validator(): Promise<DuoValidator> {
  sharedValidator ??= DuoValidator.load();
  return sharedValidator;
}

let independent: Promise<DuoValidator> | undefined;
/** A separately loaded validator for the recorder, so the checks don't share compiled state with the code under test. */
export function independentValidator(): Promise<DuoValidator> {
  independent ??= loadDuoSpecs().then((s) => new DuoValidator(s));
  return independent;
}

export async function startSimulator(extra: Partial<DuoSimulatorOptions> = {}): Promise<DuoSimulator> {
  return createDuoSimulator({
    gemeenten: [
      { oin: GEMEENTE_OIN, gemeentecode: '0363' },
      { oin: ANDERE_GEMEENTE_OIN, gemeentecode: '0599' },
    ],
    today: () => TODAY,
    validator: await validator(),
    ...extra,
  });
}

/** Records every exchange of a client and validates it strictly against the specs. */
export class ContractRecorder {
  readonly exchanges: DuoExchange[] = [];
  readonly onExchange = (x: DuoExchange): void => {
    this.exchanges.push(x);
  };

  async violations(): Promise<string[]> {
    const v = await independentValidator();
    const out: string[] = [];
    for (const x of this.exchanges) {
      const ref = { api: x.api, operationId: x.operationId };
      const req = v.validateRequest(ref, { path: x.path, headers: x.requestHeaders, body: x.requestBody }, { strictProperties: true });
      if (req.length > 0) out.push(`${x.operationId} verzoek: ${formatIssues(req)}`);
      if (x.status !== undefined) {
        const res = v.validateResponse(ref, { status: x.status, headers: x.responseHeaders ?? {}, body: x.responseBody }, { strictProperties: true });
        if (res.length > 0) out.push(`${x.operationId} antwoord ${x.status}: ${formatIssues(res)}`);
      }
    }
    return out;
  }

  async expectAllValid(): Promise<void> {
    expect(await this.violations()).toEqual([]);
  }
}

export async function clientFor(sim: DuoSimulator, opts: { recorder?: ContractRecorder; bronOin?: string; timeoutMs?: number } = {}): Promise<HttpDuoClient> {
  return new HttpDuoClient(
    { baseUrl: sim.baseUrl, bronOin: opts.bronOin ?? GEMEENTE_OIN, doelOin: sim.duoOin, timeoutMs: opts.timeoutMs ?? 5_000 },
    { validator: await validator(), ...(opts.recorder ? { onExchange: opts.recorder.onExchange } : {}) },
  );
}

export function seed(sim: DuoSimulator, overrides: Partial<PersonSeed> = {}): void {
  sim.seedPerson({
    bsn: BSN,
    gemeenteOin: GEMEENTE_OIN,
    vestigingsdatum: '2026-01-10',
    inburgeringsplicht: { indicatorInburgeringsplicht: true, begindatum: '2026-01-05', datumKennisgevingInburgeringsplicht: '2026-01-07' },
    doelgroep: { indeling: 'Asielstatushouder', begindatum: '2026-01-05', gedetailleerdeDoelgroep: 'Asielstatushouder' },
    ...overrides,
  });
}

export const id = (): string => randomUUID();

/** A minimal gemeente endpoint for notifications, built from the package's own functions. */
export interface GemeenteReceiver {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly stored: Map<string, ReceivedNotification>;
  readonly received: Array<{ headers: HeaderBag; body: unknown; status: number }>;
  failNext: number;
  close(): Promise<void>;
}

export async function startGemeenteReceiver(duoOin: string): Promise<GemeenteReceiver> {
  const v = await validator();
  const app = Fastify();
  const stored = new Map<string, ReceivedNotification>();
  const received: GemeenteReceiver['received'] = [];
  const receiver: GemeenteReceiver = {
    app,
    url: '',
    stored,
    received,
    failNext: 0,
    close: () => app.close(),
  };
  app.post('/notificaties', (request, reply) => {
    if (receiver.failNext > 0) {
      receiver.failNext -= 1;
      received.push({ headers: request.headers, body: request.body, status: 503 });
      return reply.code(503).header('API-Version', v.specs.api('Notificatie').version).send({ fouttekst: 'tijdelijk niet beschikbaar' });
    }
    const result = parseNotification({ headers: request.headers, body: request.body }, { validator: v, gemeenteOin: GEMEENTE_OIN, duoOin });
    if (!result.ok) {
      const r = notificationRejectedResponse(v, result);
      received.push({ headers: request.headers, body: request.body, status: r.status });
      return reply.code(r.status).headers(r.headers).send();
    }
    const key = notificationKey(result.notification);
    if (!stored.has(key)) stored.set(key, result.notification);
    const r = notificationAcceptedResponse(v);
    received.push({ headers: request.headers, body: request.body, status: r.status });
    return reply.code(r.status).headers(r.headers).send();
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('geen adres');
  return Object.assign(receiver, { url: `http://127.0.0.1:${address.port}/notificaties` });
}
