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
    const body = (await response.json()) as { error?: { code?: unknown; field?: unknown } };
    const code = typeof body.error?.code === 'string' ? body.error.code : 'UNKNOWN';
    return new PortaalError(response.status, code, typeof body.error?.field === 'string' ? body.error.field : undefined);
  } catch {
    return new PortaalError(response.status, 'UNKNOWN');
  }
}

// The session's CSRF token (GET sessie); every POST sends it as x-csrf-token (docs/portaal-api.md).
let csrfToken = '';
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

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
