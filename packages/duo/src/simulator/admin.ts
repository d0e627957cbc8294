/** Admin endpoints of the simulator under `/_sim/…` (seeding, events, failure injection, inspection). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Oin } from '../types.ts';
import type { DuoValidator } from '../validator.ts';
import type { NotificationDelivery, SimGemeente, SimPerson, SimState } from './state.ts';

export interface AdminDeps {
  readonly state: SimState;
  readonly gemeenten: Map<Oin, SimGemeente>;
  readonly validator: DuoValidator;
  seedPerson(seed: unknown): SimPerson;
  updatePerson(bsn: string, patch: unknown): SimPerson;
  emit(event: unknown): Promise<NotificationDelivery>;
  redeliverPending(): Promise<NotificationDelivery[]>;
  setFailureMode(mode: unknown): void;
}

/** JSON view of a person (Maps flattened). */
export function personSnapshot(p: SimPerson): Record<string, unknown> {
  return {
    ...p,
    aanbod: Object.fromEntries(p.aanbod),
    uren: Object.fromEntries(p.uren),
  };
}

function message(err: unknown): string {
  if (err instanceof z.ZodError) return z.prettifyError(err);
  return err instanceof Error ? err.message : String(err);
}

export function registerAdminRoutes(app: FastifyInstance, deps: AdminDeps): void {
  const { state } = deps;
  const bsnParams = z.object({ bsn: z.string() });

  app.get('/_sim/health', (_request, reply) => reply.send({ status: 'ok' }));

  app.post('/_sim/personen', async (request, reply) => {
    try {
      const p = deps.seedPerson(request.body);
      return await reply.code(201).send(personSnapshot(p));
    } catch (err) {
      return reply.code(400).send({ fout: message(err) });
    }
  });

  app.get('/_sim/personen', (_request, reply) => reply.send([...state.persons.values()].map(personSnapshot)));

  app.get('/_sim/personen/:bsn', (request, reply) => {
    const { bsn } = bsnParams.parse(request.params);
    const p = state.persons.get(bsn);
    return p ? reply.send(personSnapshot(p)) : reply.code(404).send({ fout: 'onbekende persoon' });
  });

  app.patch('/_sim/personen/:bsn', (request, reply) => {
    const { bsn } = bsnParams.parse(request.params);
    try {
      return reply.send(personSnapshot(deps.updatePerson(bsn, request.body)));
    } catch (err) {
      return reply.code(state.persons.has(bsn) ? 400 : 404).send({ fout: message(err) });
    }
  });

  app.post('/_sim/events', async (request, reply) => {
    try {
      return await deps.emit(request.body);
    } catch (err) {
      return reply.code(400).send({ fout: message(err) });
    }
  });

  app.get('/_sim/notificaties', (_request, reply) => reply.send(state.notifications));
  app.post('/_sim/notificaties/redeliver', async (_request, reply) => reply.send(await deps.redeliverPending()));

  app.put('/_sim/failure', async (request, reply) => {
    try {
      deps.setFailureMode(request.body ?? null);
      return await reply.code(204).send();
    } catch (err) {
      return reply.code(400).send({ fout: message(err) });
    }
  });

  const urlBody = z.object({ notificationUrl: z.url() });
  app.put('/_sim/gemeenten/:oin', (request, reply) => {
    const { oin } = z.object({ oin: z.string() }).parse(request.params);
    const g = deps.gemeenten.get(oin);
    const parsed = urlBody.safeParse(request.body);
    if (!g) return reply.code(404).send({ fout: 'onbekende gemeente' });
    if (!parsed.success) return reply.code(400).send({ fout: message(parsed.error) });
    g.notificationUrl = parsed.data.notificationUrl;
    return reply.send(g);
  });
  app.get('/_sim/gemeenten', (_request, reply) => reply.send([...deps.gemeenten.values()]));

  app.get('/_sim/log', (_request, reply) => reply.send(state.requestLog));
  app.get('/_sim/contractschendingen', (_request, reply) => reply.send(state.contractViolations));
  app.get('/_sim/contactpersonen', (_request, reply) =>
    reply.send({
    contactpersonen: [...state.contactpersonen.values()],
      koppelingen: Object.fromEntries(state.contactKoppelingen),
    }),
  );
}
