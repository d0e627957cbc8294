// Fetch helpers for /api/portaal. The session is a cookie set by the DigiD login; every call
// sends it. Errors keep the server's code so the page can say, in the person's language, why.

export class PortaalError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** The field the server named, when it named one. */
    readonly field?: string,
  ) {
    super(code);
  }
}

async function errorFrom(response: Response): Promise<PortaalError> {
  try {
    const body: unknown = await response.json();
    const error: unknown = typeof body === 'object' && body !== null && 'error' in body ? body.error : undefined;
    const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'UNKNOWN';
    const field = typeof error === 'object' && error !== null && 'field' in error && typeof error.field === 'string' ? error.field : undefined;
    return new PortaalError(response.status, code, field);
  } catch {
    return new PortaalError(response.status, 'UNKNOWN');
  }
}

// The session's CSRF token (GET sessie); every POST sends it as x-csrf-token (docs/portaal-api.md).
let csrfToken = '';
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

// The `as T` below: the portal's response types mirror Y1's schemas (src/portaal/api/types.ts), which
// test/portaal-contract.test.ts checks against the server; the body itself is not parsed again here.
export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`/api/portaal${path}`, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as T;
}

export async function post<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api/portaal${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers:
      body === undefined
        ? { accept: 'application/json', 'x-csrf-token': csrfToken }
        : { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrfToken },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw await errorFrom(response);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export async function upload<T>(path: string, form: FormData): Promise<T> {
  const response = await fetch(`/api/portaal${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'x-csrf-token': csrfToken },
    body: form,
  });
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as T;
}
