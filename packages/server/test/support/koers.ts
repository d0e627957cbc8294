import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '@koers/domain';
import { roles } from '@koers/domain';
import { createKoers, version, type StartOptions } from '../../src/start.ts';
import { buildApp } from '../../src/http/app.ts';
import { createOidcLogin } from '../../src/auth/oidc.ts';
import type { Database } from '../../src/db/database.ts';
import type { KoersConfig } from '../../src/config.ts';
import { asSystem } from '../../src/db/scope.ts';
import { gemeenten, organisations, userGemeenten, users } from '../../src/db/schema.ts';
import { hashPassword } from '../../src/auth/passwords.ts';
import { testDatabase } from './database.ts';

export const testPassword = 'Test-wachtwoord-2026';
let passwordHash: Promise<string> | undefined;

export interface TestKoers {
  app: FastifyInstance;
  database: Database;
  config: KoersConfig;
  close(): Promise<void>;
}

/** A Koers app on a fresh, migrated database (no demo data), driven with inject(). */
export async function createTestKoers(options: StartOptions = {}): Promise<TestKoers> {
  const db = await testDatabase();
  const { app, database, config } = await createKoers({ logLevel: 'silent', demo: false, secret: 'test-geheim-'.padEnd(40, 'x'), retentionJob: false, ...options, database: db.config });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

/**
 * Another app on the same (migrated) database with different settings, not yet ready: cheaper
 * than a new database. Closing it leaves the database open.
 */
export function anotherApp(koers: TestKoers, options: { config?: Partial<KoersConfig>; now?: () => Date } = {}): Promise<FastifyInstance> {
  const config: KoersConfig = { ...koers.config, ...options.config };
  return buildApp({
    database: koers.database,
    config,
    now: options.now ?? (() => new Date()),
    oidc: config.oidc ? createOidcLogin(config.oidc) : undefined,
    version,
  });
}

export interface GemeenteFixture {
  organisationId: string;
  gemeenteId: string;
  gemeenteCode: string;
  /** One user per role, by role; all with `testPassword`. */
  users: Record<Role, { id: string; email: string }>;
}

/** A fresh organisation with one gemeente and a user for every role. */
export async function createGemeente(database: Database, label = 'Testgemeente'): Promise<GemeenteFixture> {
  passwordHash ??= hashPassword(testPassword);
  const hash = await passwordHash;
  const suffix = randomBytes(4).toString('hex');
  return asSystem(database.db, async (tx) => {
    const [org] = await tx.insert(organisations).values({ name: `${label} organisatie ${suffix}` }).returning();
    if (!org) throw new Error('fixture');
    const code = String(1000 + Math.floor(Math.random() * 8999));
    const [g] = await tx.insert(gemeenten).values({ code: `${code}-${suffix}`, name: `${label} ${suffix}`, organisationId: org.id }).returning();
    if (!g) throw new Error('fixture');
    const created = {} as GemeenteFixture['users'];
    for (const role of roles) {
      const email = `${role}.${suffix}@test.koers`;
      const [u] = await tx.insert(users).values({ organisationId: org.id, email, name: `${role} ${suffix}`, role, passwordHash: hash }).returning();
      if (!u) throw new Error('fixture');
      await tx.insert(userGemeenten).values({ userId: u.id, gemeenteId: g.id, organisationId: org.id });
      created[role] = { id: u.id, email };
    }
    return { organisationId: org.id, gemeenteId: g.id, gemeenteCode: g.code, users: created };
  });
}

let clientCount = 0;
/**
 * A distinct client address per browser-like client, so the login rate limit (per IP address)
 * of an app shared by a test file counts each client on its own, as in real use.
 */
export function nextClientAddress(): string {
  clientCount++;
  return `10.${(clientCount >> 16) & 255}.${(clientCount >> 8) & 255}.${clientCount & 255}`;
}

/** A signed-in browser-like client: keeps cookies and sends the CSRF token on writes. */
export class Client {
  private cookies = new Map<string, string>();
  private csrfToken: string | undefined;

  constructor(
    private readonly app: FastifyInstance,
    readonly remoteAddress: string = nextClientAddress(),
  ) {}

  async request(options: InjectOptions & { method: string; url: string }): Promise<LightMyRequestResponse> {
    const method = options.method.toUpperCase();
    const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
    if (!['GET', 'HEAD', 'OPTIONS'].includes(method) && this.csrfToken === undefined) await this.fetchCsrf();
    if (!['GET', 'HEAD', 'OPTIONS'].includes(method) && this.csrfToken && !('x-csrf-token' in headers)) headers['x-csrf-token'] = this.csrfToken;
    const response = await this.app.inject({ remoteAddress: this.remoteAddress, ...options, headers, cookies: { ...Object.fromEntries(this.cookies), ...(options.cookies ?? {}) } });
    for (const c of response.cookies) {
      if (c.maxAge === 0 || c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    // Login and logout renew the CSRF secret (the token is bound to the session): like the web app,
    // take the new session's token from the login answer, and fetch a new one after logout.
    if (options.url === '/api/auth/login' && response.statusCode === 200) this.csrfToken = response.json<{ csrfToken: string }>().csrfToken;
    if (options.url === '/api/auth/logout') this.csrfToken = undefined;
    return response;
  }

  async fetchCsrf(): Promise<string> {
    const response = await this.request({ method: 'GET', url: '/api/auth/csrf' });
    this.csrfToken = response.json<{ csrfToken: string }>().csrfToken;
    return this.csrfToken;
  }

  get = (url: string) => this.request({ method: 'GET', url });
  post = (url: string, payload?: unknown) => this.request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }) });
  patch = (url: string, payload: unknown) => this.request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] });

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

export async function loginAs(app: FastifyInstance, email: string, password = testPassword): Promise<Client> {
  const client = new Client(app);
  const response = await client.post('/api/auth/login', { email, password });
  if (response.statusCode !== 200) throw new Error(`login ${email} → ${response.statusCode} ${response.body}`);
  return client;
}
