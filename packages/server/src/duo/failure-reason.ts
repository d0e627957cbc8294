/**
 * Why a DUO exchange failed, in Dutch, for the people who read it: the case file, the werkvoorraad
 * and the DUO page. No operation ids, no SQL, no BSN — the exception's own message (which names
 * DUO's operationId, or the driver's text) goes to nobody's screen.
 */
import { DuoContractError, DuoRejectedError, DuoRetryableError, duoOperations, type DuoApiName, type DuoOperationId } from '@koers/duo';
import { AppError } from '../errors.ts';
import { propertyOf } from '../util/guards.ts';

/** A failure Koers itself describes in Dutch (missing OIN, case gone while processing, …). */
export class DuoProcessingError extends Error {
  override readonly name = 'DuoProcessingError';
}

const apiLabels: Record<string, string> = {
  Contactpersoon: 'Contactpersoon',
  Examen: 'Examen',
  GevolgdeUren: 'Gevolgde uren',
  Inburgeringsaanbod: 'Inburgeringsaanbod',
  Inburgeringsplicht: 'Inburgeringsplicht',
  Inburgeringstermijn: 'Inburgeringstermijn',
  Leerbaarheidstoets: 'Leerbaarheidstoets',
  'MAP,PVT,Zroute': 'MAP, PVT en Z-route',
  Notificatie: 'Notificatie',
  Ontheffing: 'Ontheffing',
  PIP: 'PIP',
  Vrijstelling: 'Vrijstelling',
};

/** DUO's API as people call it ("MAP, PVT en Z-route"). */
export function apiLabel(api: string): string {
  return apiLabels[api] ?? api;
}

const isOperation = (id: string): id is DuoOperationId => Object.hasOwn(duoOperations, id);

/** The DUO API an operation belongs to. */
export function apiOf(operationId: string): DuoApiName | undefined {
  return isOperation(operationId) ? duoOperations[operationId].api : undefined;
}

/** Nine digits in a row are treated as a BSN and never shown where the reader may not see one. */
export function withoutBsn(text: string): string {
  return text.replace(/\b\d{9}\b/g, '•••••••••');
}

function retryable(err: DuoRetryableError): string {
  switch (err.reason) {
    case 'network':
      return 'DUO is niet bereikbaar (geen verbinding)';
    case 'timeout':
      return 'DUO is niet bereikbaar (time-out)';
    case 'tls':
      return 'DUO is niet bereikbaar: de beveiligde verbinding (certificaat) werd geweigerd';
    case 'server':
      return `DUO antwoordde met status ${err.status ?? 'onbekend'} (storing of onderhoud)`;
    case 'throttled':
      return `DUO vroeg om het later opnieuw te proberen (status ${err.status ?? 429})`;
    default:
      return err.reason satisfies never;
  }
}

/** The Dutch reason of a failure; `unexpected` is true when it is not a DUO answer or a known situation. */
export function describeFailure(err: unknown): { reason: string; unexpected: boolean } {
  if (err instanceof DuoRetryableError) return { reason: retryable(err), unexpected: false };
  if (err instanceof DuoContractError) {
    const api = apiLabel(apiOf(err.operationId) ?? '');
    return err.direction === 'response'
      ? { reason: `Het antwoord van DUO (API ${api}) voldoet niet aan DUO's eigen specificatie`, unexpected: false }
      : { reason: `Het bericht voldoet niet aan de specificatie van DUO (API ${api})`, unexpected: false };
  }
  if (err instanceof DuoRejectedError) {
    return { reason: err.fouten.length > 0 ? `DUO weigerde: ${err.fouten.join(' ')}` : `DUO weigerde het verzoek (status ${err.status})`, unexpected: false };
  }
  if (err instanceof DuoProcessingError || err instanceof AppError) return { reason: err.message, unexpected: false };
  return { reason: 'Interne fout in Koers bij het verwerken; de beheerder vindt de technische details in het serverlog', unexpected: true };
}

/**
 * What may be logged of an unexpected error: its kind, code and where it happened — not its message
 * or details, which can hold data (a driver's "Key (bsn)=(…)", a value in a parse error).
 */
export function loggableError(err: unknown): { name: string; code?: string; constraint?: string; at?: string } {
  if (!(err instanceof Error)) return { name: typeof err };
  const code = propertyOf(err, 'code');
  const constraint = propertyOf(err, 'constraint');
  const at = err.stack?.split('\n').slice(1, 6).join('\n');
  return { name: err.name, ...(typeof code === 'string' ? { code } : {}), ...(typeof constraint === 'string' ? { constraint } : {}), ...(at ? { at } : {}) };
}
