/** Notifications DUO → gemeente: building, validating and POSTing them, redelivery and the retry timer. */
import { randomUUID } from 'node:crypto';
import { request as undiciRequest } from 'undici';
import { z } from 'zod';
import type { Notificatie, Oin } from '../types.ts';
import { formatIssues } from '../validator.ts';
import type { SimContext } from './context.ts';
import type { NotificationDelivery } from './state.ts';
import { errorMessage } from '../guards.ts';

export interface EmitEvent {
  readonly gebeurtenisId: string;
  readonly bsn?: string;
  readonly vNummer?: number;
  /** Default: the person's gemeente. */
  readonly gemeenteOin?: Oin;
  readonly registratieDatumTijd?: string;
}

export const emitSchema = z.object({
  gebeurtenisId: z.string().regex(/^[0-9A-Z]{1,6}$/),
  bsn: z.string().regex(/^\d{9}$/).optional(),
  vNummer: z.number().int().optional(),
  gemeenteOin: z.string().length(20).optional(),
  registratieDatumTijd: z.iso.datetime({ offset: true }).optional(),
});

const notificatieOperation = { api: 'Notificatie', operationId: 'opvoerenNotificatie' } as const;

/** One attempt to POST the notification to the gemeente's current endpoint; the gemeente's answer is checked against the spec. */
async function deliver(sim: SimContext, d: NotificationDelivery): Promise<NotificationDelivery> {
  d.attempts += 1;
  d.url = sim.gemeenten.get(d.gemeenteOin)?.notificationUrl ?? d.url;
  const headers = { bron: sim.duoOin, doel: d.gemeenteOin, berichtId: d.berichtId, 'content-type': 'application/json', accept: 'application/json' };
  try {
    const res = await undiciRequest(d.url, { method: 'POST', headers, body: JSON.stringify(d.body), headersTimeout: 10_000, bodyTimeout: 10_000 });
    const text = await res.body.text();
    d.lastStatus = res.statusCode;
    let parsed: unknown = undefined;
    if (text !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    const issues = sim.validator.validateResponse(notificatieOperation, { status: res.statusCode, headers: res.headers, body: parsed });
    if (issues.length > 0) sim.state.contractViolations.push(`antwoord gemeente op notificatie ${d.berichtId}: ${formatIssues(issues)}`);
    d.delivered = res.statusCode === 201;
    delete d.lastError;
  } catch (err) {
    d.delivered = false;
    d.lastError = errorMessage(err);
  }
  return d;
}

export async function emit(sim: SimContext, event: EmitEvent): Promise<NotificationDelivery> {
  const parsed = emitSchema.parse(event);
  const person = parsed.bsn !== undefined ? sim.state.persons.get(parsed.bsn) : undefined;
  const gemeenteOin = parsed.gemeenteOin ?? person?.gemeenteOin;
  if (gemeenteOin === undefined) throw new Error(`simulator: geen gemeente voor gebeurtenis ${parsed.gebeurtenisId}`);
  const g = sim.gemeenten.get(gemeenteOin);
  if (!g?.notificationUrl) throw new Error(`simulator: gemeente ${gemeenteOin} heeft geen notificationUrl`);
  const vNummer = parsed.vNummer ?? person?.vNummer;
  const body: Notificatie = {
    registratieDatumTijd: parsed.registratieDatumTijd ?? new Date().toISOString(),
    ...(parsed.bsn !== undefined ? { bsn: parsed.bsn } : {}),
    ...(vNummer !== undefined ? { vNummer } : {}),
    gebeurtenisId: parsed.gebeurtenisId,
  };
  const berichtId = randomUUID();
  // What the simulator sends is validated against the Notificatie spec, like everything Koers sends.
  const issues = sim.validator.validateRequest(
    notificatieOperation,
    { path: '/notificaties', headers: { bron: sim.duoOin, doel: gemeenteOin, berichtId }, body },
    { strictProperties: true },
  );
  if (issues.length > 0) throw new Error(`simulator: notificatie voldoet niet aan de spec: ${formatIssues(issues)}`);
  const d: NotificationDelivery = { berichtId, gemeenteOin, url: g.notificationUrl, body, attempts: 0, delivered: false };
  sim.state.notifications.push(d);
  return deliver(sim, d);
}

export async function redeliverPending(sim: SimContext): Promise<NotificationDelivery[]> {
  const pending = sim.state.notifications.filter((d) => !d.delivered);
  for (const d of pending) await deliver(sim, d);
  return pending;
}

/** Redelivers pending notifications every `everyMs` (no timer when absent or 0); one round at a time. */
export function startRedeliveryTimer(sim: SimContext, everyMs: number | undefined): NodeJS.Timeout | undefined {
  if (everyMs === undefined || everyMs <= 0) return undefined;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    redeliverPending(sim)
      .catch(() => undefined)
      .finally(() => {
        busy = false;
      });
  }, everyMs);
  timer.unref();
  return timer;
}

/** Emits without waiting, when the gemeente has an endpoint; a failure is recorded as a contract violation. */
export function notifyInBackground(sim: SimContext, event: EmitEvent): void {
  const g = event.gemeenteOin ?? (event.bsn !== undefined ? sim.state.persons.get(event.bsn)?.gemeenteOin : undefined);
  if (g === undefined || !sim.gemeenten.get(g)?.notificationUrl) return;
  void emit(sim, event).catch((err: unknown) => {
    sim.state.contractViolations.push(`notificatie ${event.gebeurtenisId} niet verstuurd: ${errorMessage(err)}`);
  });
}
