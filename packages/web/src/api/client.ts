// Small fetch wrapper for the Koers API: same-origin cookies, JSON in and out, the CSRF
// token on every state-changing request and typed errors.
import type {
  AdminGemeente,
  AdminUser,
  NewUserInput,
  OidcInfo,
  RoleInfo,
  SessionUser,
  UserPatch,
} from './types.ts';

/** An error answered by the server (or a network failure, status 0). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The form field the error is about, when the server names one. */
    readonly field?: string,
    /** Several field errors at once (field name → message), when the server sends them. */
    readonly fields: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }

  /** Message for one form field, if this error concerns it. */
  messageFor(field: string): string | undefined {
    if (this.fields[field]) return this.fields[field];
    return this.field === field ? this.message : undefined;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | undefined;

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called when any request (other than the session probe and log-in) answers 401. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

const NO_SESSION_EVENT_PATHS = new Set(['/api/auth/session', '/api/auth/login', '/api/auth/logout']);

/** Forget the CSRF token, e.g. after log-in or log-out when the server may rotate it. */
export function resetCsrfToken(): void {
  csrfToken = undefined;
}

async function fetchCsrfToken(): Promise<string> {
  const body = await request<{ csrfToken: string }>('GET', '/api/auth/csrf');
  csrfToken = body.csrfToken;
  return csrfToken;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toApiError(status: number, body: unknown): ApiError {
  if (isRecord(body) && isRecord(body.error)) {
    // The shape of ApiErrorBody['error'] (types.ts), read field by field: a proxy's error page has none of it.
    const e = body.error;
    const fields: Record<string, string> = {};
    if (isRecord(e.fields)) {
      for (const [k, v] of Object.entries(e.fields)) if (typeof v === 'string') fields[k] = v;
    }
    // Validation errors may list several problems: details: [{ field, message }].
    const details: unknown = e.details;
    if (Array.isArray(details)) {
      const list: readonly unknown[] = details;
      for (const d of list) {
        if (isRecord(d) && typeof d.field === 'string' && typeof d.message === 'string' && !fields[d.field]) {
          fields[d.field] = d.message;
        }
      }
    }
    return new ApiError(
      status,
      typeof e.code === 'string' ? e.code : `HTTP_${status}`,
      typeof e.message === 'string' ? e.message : `HTTP ${status}`,
      typeof e.field === 'string' ? e.field : undefined,
      fields,
    );
  }
  return new ApiError(status, `HTTP_${status}`, `HTTP ${status}`);
}

/**
 * The one place a server answer gets its type. The type is the route's declared response (the modules
 * name it from the generated OpenAPI types, ADR 0165), and the server serialises every answer through
 * that same zod schema, so an answer that does not fit never leaves it.
 */
function fromServer<T>(body: unknown): T {
  return body as T;
}

async function request<T>(method: string, path: string, body?: unknown, retried = false): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (STATE_CHANGING.has(method)) headers['x-csrf-token'] = csrfToken ?? (await fetchCsrfToken());

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'De server is niet bereikbaar.');
  }

  if (response.status === 204) return fromServer<T>(undefined);
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (!response.ok) {
    const error = toApiError(response.status, parsed);
    // An expired or rotated CSRF token: fetch a fresh one and try once more.
    if (response.status === 403 && STATE_CHANGING.has(method) && !retried && /CSRF/i.test(error.code)) {
      resetCsrfToken();
      return request<T>(method, path, body, true);
    }
    if (response.status === 401 && !NO_SESSION_EVENT_PATHS.has(path)) {
      for (const listener of unauthenticatedListeners) listener();
    }
    throw error;
  }
  return fromServer<T>(parsed);
}

/**
 * A state-changing request whose answer is a file (e.g. an export): the body travels as JSON with
 * the CSRF token; a refusal becomes an ApiError as for any other request.
 */
export async function postForFile(path: string, body: unknown, retried = false): Promise<{ blob: Blob; fileName: string | undefined }> {
  const token = csrfToken ?? (await fetchCsrfToken());
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'De server is niet bereikbaar.');
  }
  if (!response.ok) {
    const parsed: unknown = await response.json().catch(() => undefined);
    const error = toApiError(response.status, parsed);
    if (response.status === 403 && !retried && /CSRF/i.test(error.code)) {
      resetCsrfToken();
      return postForFile(path, body, true);
    }
    throw error;
  }
  const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  return { blob: await response.blob(), fileName };
}

/** A download (an export, a report): the file, or a refusal as an ApiError naming the field, never a saved error page. */
export async function getFile(path: string): Promise<{ blob: Blob; fileName: string | undefined }> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'GET', credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'De server is niet bereikbaar.');
  }
  if (!response.ok) {
    const parsed: unknown = await response.json().catch(() => undefined);
    if (response.status === 401) for (const listener of unauthenticatedListeners) listener();
    throw toApiError(response.status, parsed);
  }
  const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  return { blob: await response.blob(), fileName };
}

/**
 * A form with a file (multipart/form-data, e.g. an upload): the browser sets the boundary; the CSRF
 * token travels as for any other write, and a refusal becomes an ApiError naming the field.
 */
export async function postForm<T>(path: string, form: FormData, retried = false): Promise<T> {
  const token = csrfToken ?? (await fetchCsrfToken());
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers: { accept: 'application/json', 'x-csrf-token': token }, credentials: 'same-origin', body: form });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'De server is niet bereikbaar.');
  }
  const parsed: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = toApiError(response.status, parsed);
    if (response.status === 403 && !retried && /CSRF/i.test(error.code)) {
      resetCsrfToken();
      return postForm<T>(path, form, true);
    }
    if (response.status === 401) for (const listener of unauthenticatedListeners) listener();
    throw error;
  }
  return fromServer<T>(parsed);
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  /** A body only where the server asks one (e.g. the reason for removing a document). */
  delete: <T>(path: string, body?: unknown) => request<T>('DELETE', path, body),
};

// Typed endpoints.

/** The signed-in user, or null when there is no session (401). */
export async function getSession(): Promise<SessionUser | null> {
  try {
    const body = await api.get<{ user: SessionUser }>('/api/auth/session');
    return body.user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export async function login(email: string, password: string): Promise<SessionUser> {
  resetCsrfToken();
  const body = await api.post<{ user: SessionUser }>('/api/auth/login', { email, password });
  resetCsrfToken();
  return body.user;
}

export async function logout(): Promise<void> {
  try {
    await api.post<undefined>('/api/auth/logout');
  } finally {
    resetCsrfToken();
  }
}

export const getOidcInfo = () => api.get<OidcInfo>('/api/auth/oidc');
export const OIDC_LOGIN_URL = '/api/auth/oidc/login';

export async function getAccount(): Promise<SessionUser> {
  return (await api.get<{ user: SessionUser }>('/api/account')).user;
}

export const changePassword = (currentPassword: string, newPassword: string) =>
  api.post<undefined>('/api/account/password', { currentPassword, newPassword });

export const getRoles = () => api.get<RoleInfo[]>('/api/roles');

export const getAdminUsers = () => api.get<AdminUser[]>('/api/admin/users');

export async function createUser(input: NewUserInput): Promise<AdminUser> {
  return (await api.post<{ user: AdminUser }>('/api/admin/users', input)).user;
}

export async function updateUser(id: string, patch: UserPatch): Promise<AdminUser> {
  return (await api.patch<{ user: AdminUser }>(`/api/admin/users/${encodeURIComponent(id)}`, patch)).user;
}

export const getAdminGemeenten = () => api.get<AdminGemeente[]>('/api/admin/gemeenten');
