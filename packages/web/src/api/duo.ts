// The DUO part of Koers: per case the messages sent to DUO, the notifications received and what
// DUO last said per resource; and the notifications without a case. Shapes as in
// packages/server/src/routes/duo.ts (OpenAPI schema "DossierDuo").
import { api } from './client.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';
import type { components } from './generated/koers-api.ts';

/** duo_outbox.status (docs/duo-mapping.md §6). */
export type DuoMessageStatus = 'wachtend' | 'verzenden' | 'bevestigd' | 'afgewezen' | 'fout' | 'opnieuw-aangeboden' | 'vervangen';
/** duo_inbox.status (docs/duo-mapping.md §6). */
export type DuoEventStatus = 'ontvangen' | 'verwerkt' | 'actie-nodig' | 'afgehandeld' | 'geen-dossier' | 'fout';

export type CaseDuo = components['schemas']['DossierDuo'];
export type DuoMessage = CaseDuo['messages'][number];
export type DuoEvent = CaseDuo['events'][number];
export type DuoResourceData = CaseDuo['data'][number];
/** How far DUO's contactpersoon of the person (the case manager) is (docs/duo-mapping.md, Contactpersoon). */
export type DuoContact = CaseDuo['contactpersoon'];
export type DuoContactState = DuoContact['state'];
export type UnmatchedDuoNotification = ApiResponse<'/api/duo/notificaties', 'get'>[number];

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/duo`;

export const getCaseDuo = (caseId: string) => api.get<CaseDuo>(base(caseId));

export const retryDuoMessage = (caseId: string, messageId: string) =>
  api.post<ApiResponse<'/api/cases/{id}/duo/messages/{messageId}/retry', 'post'>>(`${base(caseId)}/messages/${encodeURIComponent(messageId)}/retry`);

export const markDuoEventHandled = (caseId: string, eventId: string) =>
  api.post<ApiResponse<'/api/cases/{id}/duo/events/{eventId}/handled', 'post'>>(`${base(caseId)}/events/${encodeURIComponent(eventId)}/handled`);

/** The gemeente's team telefoonnummer for DUO (for a contactpersoon without an own work phone). */
export type DuoContactTelefoon = components['schemas']['DuoContactTelefoon'];

const teamPhone = (gemeenteId: string) => `/api/gemeenten/${encodeURIComponent(gemeenteId)}/settings/duo-contact-telefoon`;
export const getDuoContactTelefoon = (gemeenteId: string) => api.get<DuoContactTelefoon>(teamPhone(gemeenteId));
export const setDuoContactTelefoon = (gemeenteId: string, telefoonnummer: string | null) => api.put<DuoContactTelefoon>(teamPhone(gemeenteId), { telefoonnummer } satisfies ApiBody<'/api/gemeenten/{id}/settings/duo-contact-telefoon', 'put'>);

export const listUnmatchedDuoNotifications = () => api.get<UnmatchedDuoNotification[]>('/api/duo/notificaties');

/** A melding for DUO that belongs to no case (a contactpersoon's change or removal). */
export type CaselessDuoMessage = components['schemas']['DuoBerichtZonderDossier'];

export const listCaselessDuoMessages = () => api.get<CaselessDuoMessage[]>('/api/duo/berichten');

export const retryCaselessDuoMessage = (messageId: string) =>
  api.post<ApiResponse<'/api/duo/berichten/{messageId}/retry', 'post'>>(`/api/duo/berichten/${encodeURIComponent(messageId)}/retry`);

/** The server allows "Opnieuw aanbieden" for these message statuses (retryDuoMessage). */
export const canRetryMessage = (status: string) => status === 'fout' || status === 'afgewezen';

/** The server allows "Afgehandeld" for these event statuses (markDuoEventHandled). */
export const eventNeedsAction = (status: string) => status === 'actie-nodig' || status === 'fout';

/** DUO's fouttekst(en) from a rejected message's stored answer ({ status, body: Foutmelding | Foutmelding[] }). */
export function duoErrorTexts(response: unknown): string[] {
  if (typeof response !== 'object' || response === null || !('body' in response)) return [];
  const body: unknown = response.body;
  const list: readonly unknown[] = Array.isArray(body) ? body : [body];
  return list.flatMap((f) => {
    if (typeof f !== 'object' || f === null || !('fouttekst' in f)) return [];
    const text: unknown = f.fouttekst;
    return typeof text === 'string' && text.trim() !== '' ? [text] : [];
  });
}

export type DuoStatus = components['schemas']['DuoKoppelingStatus'];
export type DuoGemeenteStatus = DuoStatus['gemeenten'][number];
/** A stop of the DUO koppeling: DUO answered outside its own spec (ADR 0055). */
export type DuoStop = DuoGemeenteStatus['stops'][number];
export type DuoFailure = DuoStatus['recentFailures'][number];

export const getDuoStatus = (options: { failures?: boolean } = {}) => api.get<DuoStatus>(`/api/duo/status${options.failures === false ? '?fouten=nee' : ''}`);

export const acknowledgeDuoStop = (stopId: string, version: number, note?: string) => {
  const body: ApiBody<'/api/duo/stops/{stopId}/acknowledge', 'post'> = { version, ...(note ? { note } : {}) };
  return api.post<ApiResponse<'/api/duo/stops/{stopId}/acknowledge', 'post'>>(`/api/duo/stops/${encodeURIComponent(stopId)}/acknowledge`, body);
};
