/**
 * Errors of the DUO client. The one question a caller (the outbox) asks is: retry later with the
 * same BerichtId, or stop and show the rejection to a person?
 */
import type { ValidationIssue } from './validator.ts';

/**
 * `tls`: the TLS handshake failed (certificate not trusted, expired, wrong host). Still retryable —
 * nothing was sent and nothing is lost — but it will not heal by itself: alert an administrator.
 */
export type RetryReason = 'network' | 'tls' | 'timeout' | 'server' | 'throttled';

export abstract class DuoError extends Error {
  /** Retry later with the same BerichtId (true) or a definitive outcome (false). */
  abstract readonly retryable: boolean;
  constructor(
    message: string,
    readonly operationId: string,
    readonly berichtId: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Network error, timeout, 5xx, 408 or 429: nothing definitive happened; retry with the same BerichtId. */
export class DuoRetryableError extends DuoError {
  override readonly name = 'DuoRetryableError';
  readonly retryable = true;
  constructor(
    message: string,
    operationId: string,
    berichtId: string,
    readonly reason: RetryReason,
    readonly status?: number,
    /** From `Retry-After`, when DUO sent one. */
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, operationId, berichtId, options);
  }
}

/** DUO answered 4xx: a definitive rejection. `fouten` holds DUO's `fouttekst`s (403 body). */
export class DuoRejectedError extends DuoError {
  override readonly name = 'DuoRejectedError';
  readonly retryable = false;
  constructor(
    message: string,
    operationId: string,
    berichtId: string,
    readonly status: number,
    readonly fouten: readonly string[],
    readonly body: unknown,
  ) {
    super(message, operationId, berichtId);
  }
  get notFound(): boolean {
    return this.status === 404;
  }
}

/**
 * A request Koers was about to send, or a response it received, does not match DUO's OpenAPI
 * spec. Not retryable: it needs a code or configuration fix (or DUO changed its API).
 */
export class DuoContractError extends DuoError {
  override readonly name = 'DuoContractError';
  readonly retryable = false;
  constructor(
    message: string,
    operationId: string,
    berichtId: string,
    readonly direction: 'request' | 'response',
    readonly issues: readonly ValidationIssue[],
  ) {
    super(message, operationId, berichtId);
  }
}

export function isRetryable(err: unknown): boolean {
  return err instanceof DuoError && err.retryable;
}
