// A browser of the inburgeraar portal for inject(): its own cookies, and the CSRF token of GET sessie.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { createPortaalSession } from '../../src/auth/portaal-sessions.ts';
import { pseudonymise } from '../../src/privacy/processing-log.ts';
import type { TestKoers } from './koers.ts';

/** A browser of the portal: its own cookies, and the CSRF token of GET sessie. */
export class PortaalBrowser {
  cookies = new Map<string, string>();
  csrf: string | undefined;
  constructor(private readonly app: FastifyInstance) {}
  async request(options: InjectOptions & { method: string; url: string }): Promise<LightMyRequestResponse> {
    const headers = { ...(options.headers as Record<string, string> | undefined), ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}) };
    const response = await this.app.inject({ ...options, headers, cookies: Object.fromEntries(this.cookies) });
    for (const c of response.cookies) {
      if (c.maxAge === 0 || c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }
  get = (url: string) => this.request({ method: 'GET', url });
  post = (url: string, payload: unknown = {}) => this.request({ method: 'POST', url, payload: payload as InjectOptions['payload'] });
  /** A multipart form as the portal's upload sends it. */
  upload = (url: string, body: { payload: Buffer; headers: Record<string, string> }) => this.request({ method: 'POST', url, payload: body.payload, headers: body.headers });
  async session() {
    const response = await this.get('/api/portaal/sessie');
    expect(response.statusCode, response.body).toBe(200);
    this.csrf = response.json<{ csrfToken: string }>().csrfToken;
    return response.json<Record<string, unknown>>();
  }
}

/** Signs in as the case's inburgeraar without the broker (the OIDC flow has its own test). */
export async function portaalBrowserFor(koers: TestKoers, caseId: string, gemeenteId: string): Promise<PortaalBrowser> {
  const token = await createPortaalSession(koers.database.db, { caseId, gemeenteId, subjectPseudonym: pseudonymise(koers.config.secret, { type: 'case', id: caseId }) }, new Date());
  const browser = new PortaalBrowser(koers.app);
  browser.cookies.set('koers_portaal', token);
  await browser.session();
  return browser;
}
