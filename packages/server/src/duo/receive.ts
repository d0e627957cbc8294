/**
 * The gemeente side of DUO's Notificatie API (`POST /notificaties`): validate against the spec,
 * check the OINs (bron = DUO, doel = one of our gemeenten), store in `duo_inbox` idempotently on
 * (gemeente, berichtId), and only then acknowledge with 201. Processing happens afterwards
 * (worker.ts). A repeat of a stored notification gets the same 201 and has no second effect; a
 * BerichtId used again for a *different* notification is refused with 400 (the spec's "het verzoek
 * voldoet niet aan de specificatie": a BerichtId identifies one message) and nothing is stored.
 *
 * Storing is grouped (ADR 0054): the notifications that arrive while one group is being written
 * form the next group — one lookup of the OINs, and per gemeente one transaction in its row-level-
 * security scope with one insert — so a burst from DUO costs a few commits instead of one per
 * notification. Each request still gets its own answer, and 201 only after its row committed.
 */
import { and, eq, inArray } from 'drizzle-orm';
import {
  notificationAcceptedResponse,
  notificationRejectedResponse,
  notificationUnavailableResponse,
  parseNotification,
  type DuoValidator,
  type HeaderBag,
  type NotificationHttpResponse,
  type ReceivedNotification,
} from '@koers/duo';
import type { Db } from '../db/database.ts';
import { duoInbox, gemeenten } from '../db/schema.ts';
import { inGemeente, type GemeenteRef } from './system.ts';
import { isRecord, propertyOf } from '../util/guards.ts';

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

interface Pending {
  doel: string;
  notification: ReceivedNotification;
  berichtId: string;
  resolve: (result: ReceiveResult) => void;
}

/** At most this many notifications in one insert. */
const MAX_GROUP = 200;

export class NotificationIntake {
  private queue: Pending[] = [];
  private flushing = false;

  constructor(private readonly deps: ReceiveDeps) {}

  /** Validate, then store with the next group; resolves with the answer for DUO. */
  async receive(input: { headers: HeaderBag; body: unknown }): Promise<ReceiveResult> {
    const { validator } = this.deps;
    if (this.deps.duoOin === undefined) return { response: notificationUnavailableResponse(validator, 'De DUO-koppeling is bij deze gemeente niet ingericht.'), problems: ['DUO niet geconfigureerd'] };
    // Spec first (headers bron/doel/berichtId and body): 400 without a body, as the spec says.
    const specIssues = validator.validateRequest({ api: 'Notificatie', operationId: 'opvoerenNotificatie' }, { path: '/notificaties', headers: input.headers, body: input.body });
    if (specIssues.length > 0) {
      return { response: notificationRejectedResponse(validator, { ok: false, status: 400, issues: specIssues.map((i) => i.text) }), problems: specIssues.map((i) => i.text) };
    }
    const doel = header(input.headers, 'doel') ?? '';
    const parsed = parseNotification(input, { validator, gemeenteOin: doel, duoOin: this.deps.duoOin });
    if (!parsed.ok) return { response: notificationRejectedResponse(validator, parsed), problems: parsed.issues };
    return new Promise<ReceiveResult>((resolve) => {
      this.queue.push({ doel, notification: parsed.notification, berichtId: parsed.notification.berichtId.toLowerCase(), resolve });
      if (!this.flushing) {
        this.flushing = true;
        // The others that arrive in this turn of the event loop join the group.
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, MAX_GROUP);
        await this.store(group);
      }
    } finally {
      this.flushing = false;
    }
  }

  private async store(group: Pending[]): Promise<void> {
    const { validator } = this.deps;
    let found: GemeenteRef[];
    try {
      found = await this.deps.db
        .select({ id: gemeenten.id, organisationId: gemeenten.organisationId, code: gemeenten.code, name: gemeenten.name, oin: gemeenten.oin })
        .from(gemeenten)
        .where(inArray(gemeenten.oin, [...new Set(group.map((p) => p.doel))]));
    } catch {
      for (const p of group) p.resolve({ response: notificationUnavailableResponse(validator) });
      return;
    }
    const byOin = new Map(found.map((g) => [g.oin, g]));
    const perGemeente = new Map<string, { gemeente: GemeenteRef; items: Pending[] }>();
    for (const p of group) {
      const gemeente = byOin.get(p.doel);
      if (!gemeente) {
        p.resolve({ response: notificationRejectedResponse(validator, { ok: false, status: 403, issues: [] }), problems: [`doel ${p.doel} is geen gemeente in Koers`] });
        continue;
      }
      const entry = perGemeente.get(gemeente.id) ?? { gemeente, items: [] };
      entry.items.push(p);
      perGemeente.set(gemeente.id, entry);
    }
    for (const { gemeente, items } of perGemeente.values()) {
      try {
        const results = await this.storeFor(gemeente, items);
        items.forEach((p, i) => p.resolve(results[i] ?? { response: notificationUnavailableResponse(validator) }));
      } catch {
        // Not stored: DUO must retry, so never acknowledge.
        for (const p of items) p.resolve({ response: notificationUnavailableResponse(validator) });
      }
    }
  }

  /** One transaction for the group of one gemeente; the results in the order of `items`. */
  private storeFor(gemeente: GemeenteRef, items: Pending[]): Promise<ReceiveResult[]> {
    const { validator } = this.deps;
    const now = this.deps.now();
    // A BerichtId twice in one group (DUO resending quickly): the first is inserted, the rest compared.
    const firstOf = new Map<string, Pending>();
    for (const p of items) if (!firstOf.has(p.berichtId)) firstOf.set(p.berichtId, p);
    return inGemeente(this.deps.db, gemeente, async (tx) => {
      const inserted = await tx
        .insert(duoInbox)
        .values(
          [...firstOf.values()].map((p) => {
            const n = p.notification;
            return {
              gemeenteId: gemeente.id,
              berichtId: p.berichtId,
              eventCode: n.notificatie.gebeurtenisId,
              bsn: n.notificatie.bsn ?? null,
              payload: { bron: n.bron, doel: n.doel, berichtId: p.berichtId, notificatie: n.notificatie },
              receivedAt: now,
              nextAttemptAt: now,
              status: 'ontvangen',
            };
          }),
        )
        .onConflictDoNothing({ target: [duoInbox.gemeenteId, duoInbox.berichtId] })
        .returning({ id: duoInbox.id, berichtId: duoInbox.berichtId });
      const insertedIds = new Map(inserted.map((r) => [r.berichtId, r.id]));
      const known = items.map((p) => p.berichtId).filter((b) => !insertedIds.has(b));
      const earlier = known.length
        ? await tx
            .select({ id: duoInbox.id, berichtId: duoInbox.berichtId, payload: duoInbox.payload, eventCode: duoInbox.eventCode })
            .from(duoInbox)
            .where(and(eq(duoInbox.gemeenteId, gemeente.id), inArray(duoInbox.berichtId, [...new Set(known)])))
        : [];
      const stored = new Map(earlier.map((r) => [r.berichtId, r]));
      return items.map((p): ReceiveResult => {
        const n = p.notification;
        const newId = insertedIds.get(p.berichtId);
        if (newId !== undefined && firstOf.get(p.berichtId) === p) return { response: notificationAcceptedResponse(validator), inboxId: newId, duplicate: false };
        const first = firstOf.get(p.berichtId);
        const before = newId !== undefined && first ? { id: newId, payload: { bron: first.notification.bron, notificatie: first.notification.notificatie }, eventCode: first.notification.notificatie.gebeurtenisId } : stored.get(p.berichtId);
        if (!before) throw new Error('notificatie niet opgeslagen');
        if (propertyOf(before.payload, 'bron') === n.bron && canonicalJson(propertyOf(before.payload, 'notificatie')) === canonicalJson(n.notificatie)) {
          return { response: notificationAcceptedResponse(validator), inboxId: before.id, duplicate: true };
        }
        return {
          response: notificationRejectedResponse(validator, { ok: false, status: 400, issues: [] }),
          reusedBerichtId: { gemeenteId: gemeente.id, storedEventCode: before.eventCode, eventCode: n.notificatie.gebeurtenisId },
          problems: ['BerichtId al eerder gebruikt voor een andere notificatie'],
        };
      });
    });
  }
}

/** JSON with the keys of every object sorted: the same notification gives the same text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
