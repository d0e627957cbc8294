/**
 * Errors of the BRP client. A caller asks: is the person not there, did the BRP refuse us (a
 * configuration or authorisation matter), is the BRP unavailable for now, or does an answer not
 * match the specification? Messages name no person: they may be logged.
 */
import type { BadRequestFoutbericht, InvalidParam } from './types.ts';
import type { ValidationIssue } from './validator.ts';

export type BrpOperation = 'RaadpleegMetBurgerservicenummer' | 'ZoekMetGeslachtsnaamEnGeboortedatum';

export abstract class BrpError extends Error {
  abstract readonly kind: 'not-found' | 'refused' | 'unavailable' | 'contract';
  constructor(
    message: string,
    readonly operation: BrpOperation,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The BRP answered, but knows no person with this burgerservicenummer (an empty `personen`). */
export class BrpNotFoundError extends BrpError {
  override readonly name = 'BrpNotFoundError';
  readonly kind = 'not-found';
}

/**
 * The BRP refused the request (400, 401, 403, 406, 415). `unauthorised` (401/403) means Koers is
 * not (or no longer) allowed to ask: the API key, the certificate or the autorisatiebesluit.
 */
export class BrpRefusedError extends BrpError {
  override readonly name = 'BrpRefusedError';
  readonly kind = 'refused';
  constructor(
    message: string,
    operation: BrpOperation,
    readonly status: number,
    readonly foutbericht: BadRequestFoutbericht | undefined,
  ) {
    super(message, operation);
  }
  get unauthorised(): boolean {
    return this.status === 401 || this.status === 403;
  }
  get invalidParams(): readonly InvalidParam[] {
    return this.foutbericht?.invalidParams ?? [];
  }
}

/** `network`, `tls` (handshake failed: will not heal by itself), `timeout`, `server` (5xx), `throttled` (429). */
export type UnavailableReason = 'network' | 'tls' | 'timeout' | 'server' | 'throttled';

/** The BRP could not be reached or answered 5xx/429: nothing is known; try again later. */
export class BrpUnavailableError extends BrpError {
  override readonly name = 'BrpUnavailableError';
  readonly kind = 'unavailable';
  constructor(
    message: string,
    operation: BrpOperation,
    readonly reason: UnavailableReason,
    readonly status?: number,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, operation, options);
  }
}

/**
 * What Koers was about to send, or what the BRP answered, does not match the specification (or
 * the answer is about another person than asked). Needs a code or configuration fix.
 */
export class BrpContractError extends BrpError {
  override readonly name = 'BrpContractError';
  readonly kind = 'contract';
  constructor(
    message: string,
    operation: BrpOperation,
    readonly direction: 'request' | 'response',
    readonly issues: readonly ValidationIssue[],
  ) {
    super(message, operation);
  }
}
