// CSRF protection bound to the session (ADR 0092). Every browser has a random secret in the
// HttpOnly cookie `koers_csrf`; the token a state-changing request must send in `x-csrf-token` is
// HMAC(KOERS_SECRET, secret + the session it belongs to). A token fetched before login is not
// valid after it (another session), nor one of another browser or another session; login and
// logout also give the browser a new secret, so every earlier token is void.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sessionCookieName } from './sessions.ts';
import { newToken, sha256 } from './tokens.ts';

export const csrfCookieName = 'koers_csrf';
export const csrfHeaderName = 'x-csrf-token';

const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict', secure: 'auto' } as const;

/** The token for a browser secret and the session (token) it belongs to; none before login. */
export function csrfTokenFor(key: string, browserSecret: string, sessionToken: string | undefined): string {
  const binding = sessionToken ? `sessie:${sha256(sessionToken)}` : 'anoniem';
  return createHmac('sha256', key).update(`koers-csrf\u0001${browserSecret}\u0001${binding}`).digest('base64url');
}

/**
 * Does the request carry the token of its own browser secret and session? `boundTo`: the session
 * token the route's CSRF token belongs to (a portal route: the portal session, ADR 0152).
 */
export function csrfTokenValid(key: string, request: FastifyRequest, boundTo?: string): boolean {
  const secret = request.cookies[csrfCookieName];
  const header = request.headers[csrfHeaderName];
  const presented = Array.isArray(header) ? header[0] : header;
  if (!secret || !presented) return false;
  const expected = Buffer.from(csrfTokenFor(key, secret, boundTo ?? request.cookies[sessionCookieName]));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The browser's secret, created (and set as cookie) when it has none. */
function browserSecret(request: FastifyRequest, reply: FastifyReply): string {
  const existing = request.cookies[csrfCookieName];
  if (existing && /^[\w-]{43}$/.test(existing)) return existing;
  return renewBrowserSecret(reply);
}

/** A new secret for the browser: every token issued before is void (login, logout). */
export function renewBrowserSecret(reply: FastifyReply): string {
  const secret = newToken();
  reply.setCookie(csrfCookieName, secret, cookieOptions);
  return secret;
}

/** The token for the current browser and session (GET /api/auth/csrf). */
export function issueCsrfToken(key: string, request: FastifyRequest, reply: FastifyReply): string {
  return csrfTokenFor(key, browserSecret(request, reply), request.cookies[sessionCookieName]);
}
