// Fetch helpers for /api/portaal. The session is a cookie set by the DigiD login; every call
// sends it. Errors keep the server's code so the page can say, in the person's language, why.

export class PortaalError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

async function errorFrom(response: Response): Promise<PortaalError> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown } };
    const code = typeof body.error?.code === 'string' ? body.error.code : 'UNKNOWN';
    return new PortaalError(response.status, code);
  } catch {
    return new PortaalError(response.status, 'UNKNOWN');
  }
}

export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`/api/portaal${path}`, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as T;
}

export async function send<T>(method: 'POST' | 'PUT', path: string, body: unknown): Promise<T> {
  const response = await fetch(`/api/portaal${path}`, {
    method,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await errorFrom(response);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export async function upload<T>(path: string, form: FormData): Promise<T> {
  const response = await fetch(`/api/portaal${path}`, { method: 'POST', credentials: 'same-origin', body: form });
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as T;
}
