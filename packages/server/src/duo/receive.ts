/**
 * The gemeente side of DUO's Notificatie API (`POST /notificaties`): validate against the spec,
 * check the OINs (bron = DUO, doel = one of our gemeenten), store in `duo_inbox` idempotently on
 * (gemeente, berichtId), and only then acknowledge with 201. Processing happens afterwards
 * (worker.ts). A repeat of a stored notification gets the same 201 and has no second effect; a
 * BerichtId used again for a *different* notification is refused with 400 (the spec's "het verzoek
 * voldoet niet aan de specificatie": a BerichtId identifies one message) and nothing is stored.
 */
import { and, eq } from 'drizzle-orm';
import {
  notificationAcceptedResponse,
  notificationRejectedResponse,
  notificationUnavailableResponse,
  parseNotification,
  type DuoValidator,
  type HeaderBag,
  type NotificationHttpResponse,
} from '@koers/duo';
import type { Db } from '../db/database.ts';
import { duoInbox } from '../db/schema.ts';
import { gemeenteByOin, inGemeente } from './system.ts';

export interface ReceiveDeps {
  db: Db;
  validator: DuoValidator;
  /** DUO's OIN, or undefined when the koppeling is not configured. */
  duoOin: string | undefined;
  now: () => Date;
}

export interface ReceiveResult {
  response: NotificationHttpResponse;
  /** Set when stored (or already stored). */
  inboxId?: string;
  duplicate?: boolean;
  /** The BerichtId was stored before with another notification (refused, 400). */
  reusedBerichtId?: { gemeenteId: string; storedEventCode: string; eventCode: string };
  /** Why a notification was refused (server log only; the spec has no body for 400/403). */
  problems?: readonly string[];
}

function header(headers: HeaderBag, name: string): string | undefined {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name.toLowerCase()) return typeof v === 'string' ? v : v?.[0];
  return undefined;
}

export async function receiveNotification(deps: ReceiveDeps, input: { headers: HeaderBag; body: unknown }): Promise<ReceiveResult> {
  const { validator } = deps;
  if (deps.duoOin === undefined) return { response: notificationUnavailableResponse(validator, 'De DUO-koppeling is bij deze gemeente niet ingericht.'), problems: ['DUO niet geconfigureerd'] };
  // Spec first (headers bron/doel/berichtId and body): 400 without a body, as the spec says.
  const specIssues = validator.validateRequest({ api: 'Notificatie', operationId: 'opvoerenNotificatie' }, { path: '/notificaties', headers: input.headers, body: input.body });
  if (specIssues.length > 0) {
    return { response: notificationRejectedResponse(validator, { ok: false, status: 400, issues: specIssues.map((i) => i.text) }), problems: specIssues.map((i) => i.text) };
  }
  const doel = header(input.headers, 'doel') ?? '';
  let gemeente;
  try {
    gemeente = await gemeenteByOin(deps.db, doel);
  } catch {
    return { response: notificationUnavailableResponse(validator) };
  }
  if (!gemeente) return { response: notificationRejectedResponse(validator, { ok: false, status: 403, issues: [] }), problems: [`doel ${doel} is geen gemeente in Koers`] };
  const parsed = parseNotification(input, { validator, gemeenteOin: doel, duoOin: deps.duoOin });
  if (!parsed.ok) return { response: notificationRejectedResponse(validator, parsed), problems: parsed.issues };
  const n = parsed.notification;
  const berichtId = n.berichtId.toLowerCase();
  try {
    const stored = await inGemeente(deps.db, gemeente, async (tx) => {
      const inserted = await tx
        .insert(duoInbox)
        .values({
          gemeenteId: gemeente.id,
          berichtId,
          eventCode: n.notificatie.gebeurtenisId,
          bsn: n.notificatie.bsn ?? null,
          payload: { bron: n.bron, doel: n.doel, berichtId, notificatie: n.notificatie },
          receivedAt: deps.now(),
          nextAttemptAt: deps.now(),
          status: 'ontvangen',
        })
        .onConflictDoNothing({ target: [duoInbox.gemeenteId, duoInbox.berichtId] })
        .returning({ id: duoInbox.id });
      if (inserted[0]) return { id: inserted[0].id, duplicate: false, same: true, storedEventCode: n.notificatie.gebeurtenisId };
      const [row] = await tx
        .select({ id: duoInbox.id, payload: duoInbox.payload, eventCode: duoInbox.eventCode })
        .from(duoInbox)
        .where(and(eq(duoInbox.gemeenteId, gemeente.id), eq(duoInbox.berichtId, berichtId)));
      if (!row) throw new Error('notificatie niet opgeslagen');
      const stored = row.payload as { bron?: unknown; notificatie?: unknown };
      const same = stored.bron === n.bron && canonicalJson(stored.notificatie) === canonicalJson(n.notificatie);
      return { id: row.id, duplicate: true, same, storedEventCode: row.eventCode };
    });
    if (!stored.same) {
      return {
        response: notificationRejectedResponse(validator, { ok: false, status: 400, issues: [] }),
        reusedBerichtId: { gemeenteId: gemeente.id, storedEventCode: stored.storedEventCode, eventCode: n.notificatie.gebeurtenisId },
        problems: ['BerichtId al eerder gebruikt voor een andere notificatie'],
      };
    }
    return { response: notificationAcceptedResponse(validator), inboxId: stored.id, duplicate: stored.duplicate };
  } catch {
    // Not stored: DUO must retry, so never acknowledge.
    return { response: notificationUnavailableResponse(validator) };
  }
}

/** JSON with the keys of every object sorted: the same notification gives the same text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
