/** Admin endpoints of the stand-in under `/_standin/…` (seeding, failures, inspection), for manual use. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Persoon } from '../types.ts';
import type { StandInFailure, StandInRequest } from './app.ts';

export interface StandInAdminDeps {
  seed(persoon: Persoon): void;
  readonly personen: ReadonlyMap<string, Persoon>;
  readonly requests: readonly StandInRequest[];
  setFailureMode(mode: StandInFailure): void;
}

const failureSchema = z
  .strictObject({
    kind: z.enum(['down', 'status500', 'status503', 'slow', 'invalidResponse', 'otherPerson']),
    forRequests: z.number().int().positive().optional(),
    delayMs: z.number().int().min(0).max(120_000).optional(),
  })
  .nullable();

export function registerStandInAdmin(app: FastifyInstance, deps: StandInAdminDeps): void {
  app.get('/_standin/health', (_request, reply) => reply.send({ status: 'ok', personen: deps.personen.size }));
  app.get('/_standin/personen', (_request, reply) => reply.send([...deps.personen.values()]));
  app.post('/_standin/personen', (request, reply) => {
    try {
      // Manual seeding of fictitious persons: the stand-in takes the body as the tester wrote it.
      deps.seed(request.body as Persoon);
      return reply.code(201).send({ status: 'toegevoegd' });
    } catch (err) {
      return reply.code(400).send({ fout: err instanceof Error ? err.message : String(err) });
    }
  });
  app.put('/_standin/storing', (request, reply) => {
    const parsed = failureSchema.safeParse(request.body ?? null);
    if (!parsed.success) return reply.code(400).send({ fout: z.prettifyError(parsed.error) });
    deps.setFailureMode(parsed.data);
    return reply.send({ storing: parsed.data });
  });
  app.get('/_standin/verzoeken', (_request, reply) => reply.send(deps.requests));
}
