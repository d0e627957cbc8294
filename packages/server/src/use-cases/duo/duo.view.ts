// The responses of the DUO use cases: the case file's DUO part, the DUO page's lists and the stand of
// the koppeling. Each type is inferred from its schema, which the routes send (ADR 0105).
import { z } from 'zod';
import { duoMessageViewSchema } from './duo-message.view.ts';

export const duoContactStates = ['geen-regisseur', 'geen-telefoon', 'niet-gemeld', 'aan-te-melden', 'te-koppelen', 'aangeboden', 'gekoppeld'] as const;
export type DuoContactState = (typeof duoContactStates)[number];

export const duoContactViewSchema = z
  .object({
    state: z.enum(duoContactStates),
    naam: z.string().nullable(),
    email: z.string().nullable(),
    telefoonnummer: z.string().nullable(),
    /** DUO's id of the contactpersoon, once known. */
    duoId: z.number().nullable(),
    /** The link waits for the BSN. */
    bsnMissing: z.boolean(),
  })
  .describe('DUO-contactpersoon van de persoon (de trajectregisseur) en de stand van de melding');
export type DuoContactView = z.output<typeof duoContactViewSchema>;

export const caseDuoViewSchema = z
  .object({
    messages: z.array(duoMessageViewSchema),
    events: z.array(
      z.object({
        id: z.string(),
        berichtId: z.string(),
        eventCode: z.string(),
        description: z.string().nullable(),
        status: z.string(),
        receivedAt: z.string(),
        registeredAt: z.string().nullable(),
        processedAt: z.string().nullable(),
        attempts: z.number(),
        lastError: z.string().nullable(),
      }),
    ),
    data: z.array(z.object({ resource: z.string(), data: z.unknown(), fetchedAt: z.string() })),
    /** DUO's contactpersoon of the person (the case manager) and how far the melding is. */
    contactpersoon: duoContactViewSchema,
  })
  .meta({ id: 'DossierDuo' });
export type CaseDuoView = z.output<typeof caseDuoViewSchema>;

/** A melding offered to DUO again (the same row, or a new one with a new BerichtId). */
export const duoMessageReofferedSchema = z.object({ id: z.string(), berichtId: z.string(), status: z.string() });
export type DuoMessageReoffered = z.output<typeof duoMessageReofferedSchema>;

export const duoEventHandledSchema = z.object({ id: z.string(), status: z.string() });
export type DuoEventHandled = z.output<typeof duoEventHandledSchema>;

/** A notification without a case in Koers, or that could not be processed. */
export const unmatchedDuoNotificationSchema = z.object({
  id: z.string(),
  gemeenteId: z.string(),
  /** Only with case:read-sensitive. */
  bsn: z.string().nullable(),
  eventCode: z.string(),
  description: z.string().nullable(),
  status: z.string(),
  receivedAt: z.string(),
  lastError: z.string().nullable(),
});
export type UnmatchedDuoNotification = z.output<typeof unmatchedDuoNotificationSchema>;

export const caselessDuoMessageSchema = duoMessageViewSchema.extend({ gemeenteId: z.string() }).meta({ id: 'DuoBerichtZonderDossier' });
export type CaselessDuoMessage = z.output<typeof caselessDuoMessageSchema>;

export const duoStopViewSchema = z.object({
  id: z.string(),
  gemeenteId: z.string(),
  api: z.string(),
  apiLabel: z.string(),
  since: z.string(),
  lastAt: z.string(),
  occurrences: z.number(),
  specVersion: z.string(),
  reason: z.string(),
  /** Optimistic concurrency for the acknowledgement. */
  version: z.number(),
  /** Meldingen and notifications held back by the stop. */
  heldMeldingen: z.number(),
  heldNotificaties: z.number(),
});
export type DuoStopView = z.output<typeof duoStopViewSchema>;

export const duoGemeenteStatusSchema = z.object({
  gemeenteId: z.string(),
  gemeenteName: z.string(),
  /** Without an OIN the gemeente can neither send nor be addressed by DUO. */
  oinSet: z.boolean(),
  lastSuccessAt: z.string().nullable(),
  lastFailureAt: z.string().nullable(),
  lastFailureReason: z.string().nullable(),
  lastNotificationAt: z.string().nullable(),
  outbox: z.object({ waiting: z.number(), sending: z.number(), failed: z.number(), rejected: z.number(), oldestWaitingSince: z.string().nullable() }),
  /** `failingWithoutCase`: failed (or failing) notifications that no case carries — only here, not in a werkvoorraad. */
  inbox: z.object({ waiting: z.number(), retrying: z.number(), failed: z.number(), withoutCase: z.number(), failingWithoutCase: z.number() }),
  stops: z.array(duoStopViewSchema),
});
export type DuoGemeenteStatus = z.output<typeof duoGemeenteStatusSchema>;

export const duoFailureViewSchema = z.object({
  kind: z.enum(['notificatie', 'melding']),
  id: z.string(),
  gemeenteId: z.string(),
  /** When it came in (notification) or was made (melding). */
  at: z.string(),
  /** "SS131 — Leerbaarheidstoets …" or "het PIP (registratie)". */
  what: z.string(),
  /** The row's status (inbox or outbox). */
  status: z.string(),
  attempts: z.number(),
  reason: z.string(),
  /** Only with case:read. */
  caseId: z.string().nullable(),
  /** Only with case:read-sensitive. */
  bsn: z.string().nullable(),
});
export type DuoFailureView = z.output<typeof duoFailureViewSchema>;

export const duoStatusViewSchema = z
  .object({
    /** The server's clock, to tell the age of the oldest waiting melding. */
    now: z.string(),
    /** False when this installation has no DUO koppeling (no DUO_BASE_URL and no simulator). */
    configured: z.boolean(),
    gemeenten: z.array(duoGemeenteStatusSchema),
    recentFailures: z.array(duoFailureViewSchema),
  })
  .meta({ id: 'DuoKoppelingStatus' });
export type DuoStatusView = z.output<typeof duoStatusViewSchema>;

export const acknowledgedStopSchema = z.object({
  id: z.string(),
  gemeenteId: z.string(),
  api: z.string(),
  status: z.literal('opgeheven'),
  liftedAt: z.string(),
  liftedReason: z.string(),
  version: z.number(),
});
export type AcknowledgedStop = z.output<typeof acknowledgedStopSchema>;

export const duoContactTelefoonViewSchema = z.object({ gemeenteId: z.string(), telefoonnummer: z.string().nullable() }).meta({ id: 'DuoContactTelefoon' });
export type DuoContactTelefoonView = z.output<typeof duoContactTelefoonViewSchema>;
