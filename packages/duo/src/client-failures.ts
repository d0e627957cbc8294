/** How the DUO client turns a failed transport (network, TLS, time-out) into a DuoRetryableError. */
import { DuoRetryableError } from './errors.ts';
import { errorMessage, propertyOf, stringProperty } from './guards.ts';

const tlsCodes = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const timeoutCodes = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

function errorChain(err: unknown): Array<{ code?: string; message?: string }> {
  const out: Array<{ code?: string; message?: string }> = [];
  let cur: unknown = err;
  for (let i = 0; i < 5 && typeof cur === 'object' && cur !== null; i++) {
    const code = stringProperty(cur, 'code');
    const message = stringProperty(cur, 'message');
    out.push({ ...(code !== undefined ? { code } : {}), ...(message !== undefined ? { message } : {}) });
    cur = propertyOf(cur, 'cause');
  }
  return out;
}

function isTlsFailure(err: unknown): boolean {
  return errorChain(err).some((e) => (e.code !== undefined && (tlsCodes.has(e.code) || e.code.startsWith('ERR_SSL_') || e.code.startsWith('ERR_TLS_'))) || /alert|certificate/i.test(e.message ?? ''));
}

function tlsMessage(err: unknown): string {
  const hit = errorChain(err).find((e) => e.code !== undefined && (tlsCodes.has(e.code) || e.code.startsWith('ERR_SSL_') || e.code.startsWith('ERR_TLS_')));
  return hit?.code ?? errorMessage(err);
}

/** DUO could not be reached: time-out, TLS handshake or other network failure (the cause is kept). */
export function unreachableError(operationId: string, berichtId: string, err: unknown): DuoRetryableError {
  const code = stringProperty(err, 'code') ?? '';
  const name = stringProperty(err, 'name') ?? '';
  const isTimeout = timeoutCodes.has(code) || name === 'TimeoutError' || name === 'AbortError';
  const isTls = !isTimeout && isTlsFailure(err);
  return new DuoRetryableError(
    `${operationId}: DUO niet bereikbaar (${isTimeout ? 'time-out' : isTls ? `TLS: ${tlsMessage(err)}` : errorMessage(err)})`,
    operationId,
    berichtId,
    isTimeout ? 'timeout' : isTls ? 'tls' : 'network',
    undefined,
    undefined,
    { cause: err },
  );
}

/** `Retry-After` in ms (seconds or an HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
