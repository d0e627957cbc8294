// The DUO part of Koers: per case the messages sent to DUO, the notifications received and what
// DUO last said per resource; and the notifications without a case. Shapes as in
// packages/server/src/routes/duo.ts (OpenAPI schema "DossierDuo").
import { api } from './client.ts';

/** duo_outbox.status (docs/duo-mapping.md §6). */
export type DuoMessageStatus = 'wachtend' | 'verzenden' | 'bevestigd' | 'afgewezen' | 'fout' | 'opnieuw-aangeboden' | 'vervangen';
/** duo_inbox.status (docs/duo-mapping.md §6). */
export type DuoEventStatus = 'ontvangen' | 'verwerkt' | 'actie-nodig' | 'afgehandeld' | 'geen-dossier' | 'fout';

export interface DuoMessage {
  id: string;
  /** Outbox operation, e.g. 'pip.register'. */
  operation: string;
  /** The server's Dutch name of the operation ("het PIP (registratie)"). */
  label: string;
  berichtId: string;
  /** A DuoMessageStatus; kept as string so a new server status still shows. */
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  /** DUO's answer: { status, body } (body may hold Foutmelding objects with a fouttekst). */
  response: unknown;
  createdAt: string;
  sentAt: string | null;
}

export interface DuoEvent {
  id: string;
  berichtId: string;
  /** SS code, e.g. 'SS131'. */
  eventCode: string;
  /** DUO's omschrijving of the code, null for an unknown code. */
  description: string | null;
  status: string;
  receivedAt: string;
  registeredAt: string | null;
  processedAt: string | null;
  attempts: number;
  lastError: string | null;
}

export interface DuoResourceData {
  resource: string;
  data: unknown;
  fetchedAt: string;
}

/** How far DUO's contactpersoon of the person (the case manager) is (docs/duo-mapping.md, Contactpersoon). */
export type DuoContactState = 'geen-regisseur' | 'geen-telefoon' | 'niet-gemeld' | 'aan-te-melden' | 'te-koppelen' | 'aangeboden' | 'gekoppeld';

export interface DuoContact {
  state: DuoContactState;
  naam: string | null;
  email: string | null;
  telefoonnummer: string | null;
  /** DUO's id of the contactpersoon, once DUO assigned it. */
  duoId: number | null;
  /** The link waits for the BSN. */
  bsnMissing: boolean;
}

export interface CaseDuo {
  messages: DuoMessage[];
  events: DuoEvent[];
  data: DuoResourceData[];
  contactpersoon: DuoContact;
}

export interface UnmatchedDuoNotification {
  id: string;
  gemeenteId: string;
  /** Only for users with case:read-sensitive. */
  bsn: string | null;
  eventCode: string;
  description: string | null;
  status: string;
  receivedAt: string;
  lastError: string | null;
}

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/duo`;

export const getCaseDuo = (caseId: string) => api.get<CaseDuo>(base(caseId));

export const retryDuoMessage = (caseId: string, messageId: string) =>
  api.post<{ id: string; berichtId: string; status: string }>(`${base(caseId)}/messages/${encodeURIComponent(messageId)}/retry`);

export const markDuoEventHandled = (caseId: string, eventId: string) =>
  api.post<{ id: string; status: string }>(`${base(caseId)}/events/${encodeURIComponent(eventId)}/handled`);

/** The gemeente's team telefoonnummer for DUO (for a contactpersoon without an own work phone). */
export interface DuoContactTelefoon {
  gemeenteId: string;
  telefoonnummer: string | null;
}

const teamPhone = (gemeenteId: string) => `/api/gemeenten/${encodeURIComponent(gemeenteId)}/settings/duo-contact-telefoon`;
export const getDuoContactTelefoon = (gemeenteId: string) => api.get<DuoContactTelefoon>(teamPhone(gemeenteId));
export const setDuoContactTelefoon = (gemeenteId: string, telefoonnummer: string | null) => api.put<DuoContactTelefoon>(teamPhone(gemeenteId), { telefoonnummer });

export const listUnmatchedDuoNotifications = () => api.get<UnmatchedDuoNotification[]>('/api/duo/notificaties');

/** A melding for DUO that belongs to no case (a contactpersoon's change or removal). */
export interface CaselessDuoMessage extends DuoMessage {
  gemeenteId: string;
}

export const listCaselessDuoMessages = () => api.get<CaselessDuoMessage[]>('/api/duo/berichten');

export const retryCaselessDuoMessage = (messageId: string) =>
  api.post<{ id: string; berichtId: string; status: string }>(`/api/duo/berichten/${encodeURIComponent(messageId)}/retry`);

/** The server allows "Opnieuw aanbieden" for these message statuses (retryDuoMessage). */
export const canRetryMessage = (status: string) => status === 'fout' || status === 'afgewezen';

/** The server allows "Afgehandeld" for these event statuses (markDuoEventHandled). */
export const eventNeedsAction = (status: string) => status === 'actie-nodig' || status === 'fout';

/** DUO's fouttekst(en) from a rejected message's stored answer ({ status, body: Foutmelding | Foutmelding[] }). */
export function duoErrorTexts(response: unknown): string[] {
  if (typeof response !== 'object' || response === null || !('body' in response)) return [];
  const body: unknown = response.body;
  const list: unknown[] = Array.isArray(body) ? (body as unknown[]) : [body];
  return list.flatMap((f) => {
    if (typeof f !== 'object' || f === null || !('fouttekst' in f)) return [];
    const text: unknown = f.fouttekst;
    return typeof text === 'string' && text.trim() !== '' ? [text] : [];
  });
}

/** A stop of the DUO koppeling: DUO answered outside its own spec (ADR 0055). */
export interface DuoStop {
  id: string;
  gemeenteId: string;
  api: string;
  apiLabel: string;
  since: string;
  lastAt: string;
  occurrences: number;
  specVersion: string;
  reason: string;
  version: number;
  heldMeldingen: number;
  heldNotificaties: number;
}

export interface DuoGemeenteStatus {
  gemeenteId: string;
  gemeenteName: string;
  oinSet: boolean;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  lastFailureReason: string | null;
  lastNotificationAt: string | null;
  outbox: { waiting: number; sending: number; failed: number; rejected: number; oldestWaitingSince: string | null };
  inbox: { waiting: number; retrying: number; failed: number; withoutCase: number; failingWithoutCase: number };
  stops: DuoStop[];
}

export interface DuoFailure {
  kind: 'notificatie' | 'melding';
  id: string;
  gemeenteId: string;
  at: string;
  what: string;
  status: string;
  attempts: number;
  reason: string;
  /** Only for roles that read cases. */
  caseId: string | null;
  /** Only with case:read-sensitive. */
  bsn: string | null;
}

export interface DuoStatus {
  now: string;
  configured: boolean;
  gemeenten: DuoGemeenteStatus[];
  recentFailures: DuoFailure[];
}

export const getDuoStatus = (options: { failures?: boolean } = {}) => api.get<DuoStatus>(`/api/duo/status${options.failures === false ? '?fouten=nee' : ''}`);

export const acknowledgeDuoStop = (stopId: string, version: number, note?: string) =>
  api.post<{ id: string; status: string; liftedReason: string }>(`/api/duo/stops/${encodeURIComponent(stopId)}/acknowledge`, { version, ...(note ? { note } : {}) });
