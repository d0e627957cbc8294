/** In-process retry of DUO client calls (short blips only; durable retries are the outbox's). */
import { DuoRetryableError } from './errors.ts';

export interface RetryPolicy {
  readonly attempts: number;
  /** Delay before attempt n (1-based, n ≥ 2); default exponential 200 ms · 2^(n-2), max 10 s. */
  readonly delayMs?: (attempt: number, error: DuoRetryableError) => number;
}

/**
 * Run `fn` (a client call with a fixed BerichtId) and retry retryable failures in-process.
 * Durable retries across restarts belong in the outbox; this is for short blips only.
 */
export async function withRetry<T>(fn: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  let attempt = 1;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (!(err instanceof DuoRetryableError) || attempt >= policy.attempts) throw err;
      attempt += 1;
      const delay = policy.delayMs?.(attempt, err) ?? err.retryAfterMs ?? Math.min(10_000, 200 * 2 ** (attempt - 2));
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
