/** Failure injection for the simulator's `/v1` API (the admin endpoints keep working). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SimContext } from './context.ts';
import { send } from './response.ts';

/**
 * Failure injection for the `/v1` API (admin endpoints keep working):
 * - `down`: the connection is dropped before anything is processed (like DUO being unreachable);
 * - `status503`: DUO answers 503 "Service niet beschikbaar" without processing;
 * - `lostResponse`: the request IS processed, then the connection drops before the answer —
 *   the case where only idempotency on BerichtId prevents a double effect;
 * - `outOfSpec`: DUO answers outside its own spec (status 202 with an unexpected body) without
 *   processing — as if DUO changed its API; the client must stop, not retry (ADR 0055).
 * `forRequests`: only for the next n API requests; absent = until cleared with `null`.
 * `api`: only requests to this DUO API (e.g. 'Inburgeringsplicht'); others pass and do not count.
 */
export type FailureMode = { readonly kind: 'down' | 'status503' | 'lostResponse' | 'outOfSpec'; readonly forRequests?: number; readonly api?: string } | null;

export const failureSchema = z.object({ kind: z.enum(['down', 'status503', 'lostResponse', 'outOfSpec']), forRequests: z.number().int().positive().optional(), api: z.string().min(1).optional() }).nullable();

export function setFailureMode(sim: SimContext, mode: unknown): void {
  sim.failure = failureSchema.parse(mode);
}

const statusOf = { status503: 503, outOfSpec: 202, down: 0, lostResponse: 0 } as const;

/** Failure injection runs before routing and validation, so that no state is touched. */
export function registerFailureInjection(app: FastifyInstance, sim: SimContext): void {
  app.addHook('onRequest', (request, reply, done) => {
    const failure = sim.failure;
    if (!request.url.startsWith('/v1/') || failure === null) {
      done();
      return;
    }
    const { kind, api } = failure;
    const operation = () => sim.validator.match(request.method, request.url)?.operation;
    if (api !== undefined && operation()?.api !== api) {
      done();
      return;
    }
    if (failure.forRequests !== undefined) {
      const left = failure.forRequests - 1;
      sim.failure = left > 0 ? { kind, forRequests: left, ...(api !== undefined ? { api } : {}) } : null;
    }
    sim.state.requestLog.push({ at: new Date().toISOString(), method: request.method, url: request.url, status: statusOf[kind], issues: [`storing: ${kind}`] });
    switch (kind) {
      case 'lostResponse':
        sim.dropAfterProcessing.add(request.raw);
        done();
        return;
      case 'down':
        // Like a crashed or unreachable DUO: the connection is dropped without an answer.
        reply.hijack();
        request.raw.socket.destroy();
        return;
      case 'status503':
        // Not validated: several DUO specs (Examen, Ontheffing, Vrijstelling, MAP/PVT, GevolgdeUren)
        // define no 503, yet a real outage answers it anyway — Koers must cope either way.
        send(sim, reply, undefined, { status: 503 }, operation()?.apiVersion ?? '1.0.0');
        return;
      case 'outOfSpec':
        // Deliberately not validated (it is the point): no spec defines 202 or this body.
        send(sim, reply, undefined, { status: 202, body: { onverwacht: 'dit antwoord staat niet in de specificatie' } }, operation()?.apiVersion ?? '1.0.0');
        return;
    }
  });
}
