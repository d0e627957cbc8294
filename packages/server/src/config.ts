import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { DatabaseConfig } from './db/database.ts';
import { brpSettings, brpEnv, type BrpSettings } from './brp/settings.ts';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Listen address: loopback by default (behind a reverse proxy on the same machine); 0.0.0.0 for all interfaces. */
  HOST: z
    .string()
    .default('127.0.0.1')
    .refine((v) => isIP(v) !== 0 || /^[a-z0-9.-]+$/i.test(v), 'HOST: geef een IP-adres (bijv. 127.0.0.1 of 0.0.0.0) of een hostnaam'),
  DATABASE_URL: z.string().url().optional(),
  /** Two-login mode: the login requests use, with only koers_app's rights (docs/deploy.md, ADR 0097). */
  DATABASE_APP_URL: z.string().url().optional(),
  KOERS_DATA_DIR: z.string().default('./data'),
  KOERS_SECRET: z.string().min(32, 'KOERS_SECRET moet minstens 32 tekens lang zijn').optional(),
  KOERS_DEMO: z.enum(['true', 'false']).optional(),
  /** Deprecated: 'true' means KOERS_TRUSTED_PROXIES=loopback. */
  KOERS_TRUST_PROXY: z.enum(['true', 'false']).optional(),
  KOERS_TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean))
    .refine((list) => list.every(isProxyAddress), 'KOERS_TRUSTED_PROXIES: geef IP-adressen of CIDR-blokken, gescheiden door komma’s (bijv. 10.0.0.5,192.168.10.0/24), of loopback'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_REDIRECT_URI: z.string().url().optional(),
  OIDC_LABEL: z.string().default('Inloggen met uw organisatie-account'),
  OIDC_ALLOW_INSECURE: z.enum(['true', 'false']).default('false'),
  // The inburgeraar portal's DigiD broker (OIDC, ADR 0152).
  KOERS_DIGID_ISSUER: z.string().url().optional(),
  KOERS_DIGID_CLIENT_ID: z.string().min(1).optional(),
  KOERS_DIGID_CLIENT_SECRET: z.string().min(1).optional(),
  KOERS_DIGID_REDIRECT_URI: z.string().url().optional(),
  KOERS_DIGID_BSN_CLAIM: z.string().regex(/^[A-Za-z0-9_:.\/-]{1,100}$/, 'naam van de claim met het BSN (letters, cijfers, _ : . / -)').default('bsn'),
  KOERS_DIGID_ALLOW_INSECURE: z.enum(['true', 'false']).default('false'),
  DUO_BASE_URL: z
    .string()
    .url()
    .refine((u) => /\/v\d+\/?$/.test(u), 'DUO_BASE_URL eindigt op het major-versiepad, bijvoorbeeld https://duo.example.nl:8443/v1')
    .optional(),
  DUO_DOEL_OIN: z.string().regex(/^\d{20}$/, 'een OIN bestaat uit 20 cijfers').optional(),
  DUO_TLS_CERT: z.string().min(1).optional(),
  DUO_TLS_KEY: z.string().min(1).optional(),
  DUO_TLS_CA: z.string().min(1).optional(),
  DUO_TIMEOUT_MS: z.coerce.number().int().positive().max(300_000).optional(),
  KOERS_DUO_SIMULATOR: z.enum(['embedded', 'off']).optional(),
  /** Largest file a user may upload to a case (bytes); default 10 MB (ADR 0101). */
  KOERS_UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024, 'KOERS_UPLOAD_MAX_BYTES: minstens 1024 bytes')
    .max(100 * 1024 * 1024, 'KOERS_UPLOAD_MAX_BYTES: hoogstens 100 MB (104857600); grotere bestanden horen niet in de database')
    .default(10 * 1024 * 1024),
  ...brpEnv,
});

/**
 * The DUO koppeling (docs/adr/0050). The bron OIN of every request is the gemeente's own OIN
 * (`gemeenten.oin`); `duoOin` is DUO's OIN: doel of our requests, bron of DUO's notifications.
 */
export interface DuoSettings {
  /** 'embedded': run the DUO simulator inside Koers and talk to it (demo, development). */
  mode: 'real' | 'embedded';
  /** Base URL including the major version (`https://…/v1`); set by the simulator when embedded. */
  baseUrl: string | undefined;
  duoOin: string | undefined;
  tls: { certPath: string; keyPath: string; caPath: string } | undefined;
  timeoutMs: number | undefined;
  /** Run the outbox/inbox worker on a timer (tests tick it by hand). Default true. */
  worker?: boolean;
  /** Process a stored notification right away instead of waiting for the next tick. Default true. */
  processOnReceive?: boolean;
  /** Send a few demo notifications shortly after start (embedded simulator in demo mode). */
  demoEvents?: boolean;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  redirectUri: string;
  label: string;
  /** Only for a provider on loopback in tests: allow plain HTTP. */
  allowInsecure: boolean;
}

/** The DigiD broker of the inburgeraar portal (OIDC code flow + PKCE); one per installation. */
export interface DigidConfig {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  redirectUri: string;
  /** The claim of the ID token (or UserInfo) that holds the BSN; default 'bsn'. */
  bsnClaim: string;
  /** Only for a broker on loopback (demo, tests): allow plain HTTP. */
  allowInsecure: boolean;
}

export interface KoersConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Key for session tokens' HMAC and the processing log's pseudonyms. */
  secret: string;
  demo: boolean;
  /**
   * Addresses/CIDR blocks of the reverse proxies whose X-Forwarded-* headers are believed (client
   * address for the login limit, https for Secure cookies). Empty: believe no forwarded header.
   */
  trustedProxies: readonly string[];
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  oidc: OidcConfig | undefined;
  /** The portal's DigiD broker; undefined: the portal's login answers that it is not available. */
  digid?: DigidConfig | undefined;
  webDistDir: string | undefined;
  /** DUO koppeling; undefined = not configured (notifications are refused with 503). */
  duo: DuoSettings | undefined;
  /** BRP lookup (docs/brp.md); undefined = not configured (the BRP routes answer 503). */
  brp: BrpSettings | undefined;
  /** Largest document a user may upload to a case, in bytes (KOERS_UPLOAD_MAX_BYTES, default 10 MB). */
  uploadMaxBytes: number;
}

/** Reads the configuration from the environment; invalid values stop the start with a clear message. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): KoersConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ongeldige configuratie:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.DATABASE_APP_URL && !e.DATABASE_URL) throw new Error('Ongeldige configuratie: DATABASE_APP_URL (de login voor verzoeken) vraagt ook DATABASE_URL (de eigenaar).');
  const database: DatabaseConfig = e.DATABASE_URL
    ? { kind: 'postgresql', url: e.DATABASE_URL, ...(e.DATABASE_APP_URL ? { appUrl: e.DATABASE_APP_URL } : {}) }
    : { kind: 'pglite', dataDir: resolve(e.KOERS_DATA_DIR) };
  let oidc: OidcConfig | undefined;
  if (e.OIDC_ISSUER) {
    if (!e.OIDC_CLIENT_ID || !e.OIDC_REDIRECT_URI) {
      throw new Error('Ongeldige configuratie: OIDC_ISSUER vraagt ook OIDC_CLIENT_ID en OIDC_REDIRECT_URI.');
    }
    oidc = {
      issuer: e.OIDC_ISSUER,
      clientId: e.OIDC_CLIENT_ID,
      ...(e.OIDC_CLIENT_SECRET ? { clientSecret: e.OIDC_CLIENT_SECRET } : {}),
      redirectUri: e.OIDC_REDIRECT_URI,
      label: e.OIDC_LABEL,
      allowInsecure: e.OIDC_ALLOW_INSECURE === 'true',
    };
  }
  let digid: DigidConfig | undefined;
  if (e.KOERS_DIGID_ISSUER) {
    if (!e.KOERS_DIGID_CLIENT_ID || !e.KOERS_DIGID_REDIRECT_URI) {
      throw new Error('Ongeldige configuratie: KOERS_DIGID_ISSUER vraagt ook KOERS_DIGID_CLIENT_ID en KOERS_DIGID_REDIRECT_URI.');
    }
    digid = {
      issuer: e.KOERS_DIGID_ISSUER,
      clientId: e.KOERS_DIGID_CLIENT_ID,
      ...(e.KOERS_DIGID_CLIENT_SECRET ? { clientSecret: e.KOERS_DIGID_CLIENT_SECRET } : {}),
      redirectUri: e.KOERS_DIGID_REDIRECT_URI,
      bsnClaim: e.KOERS_DIGID_BSN_CLAIM,
      allowInsecure: e.KOERS_DIGID_ALLOW_INSECURE === 'true',
    };
  }
  // Demo data by default on the embedded database only: a server database starts empty.
  const demo = e.KOERS_DEMO ? e.KOERS_DEMO === 'true' : database.kind === 'pglite';
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    secret: e.KOERS_SECRET ?? developmentSecret(database, demo),
    demo,
    trustedProxies: trustedProxiesOf(e),
    logLevel: e.LOG_LEVEL,
    oidc,
    digid,
    webDistDir: undefined,
    duo: duoSettings(e, e.KOERS_DEMO ? e.KOERS_DEMO === 'true' : database.kind === 'pglite'),
    brp: brpSettings(e, demo),
    uploadMaxBytes: e.KOERS_UPLOAD_MAX_BYTES,
  };
}

/** proxy-addr's names for address ranges, as Fastify's trustProxy accepts them. */
const proxyRangeNames = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (proxyRangeNames.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits >= 0 && bits <= (family === 4 ? 32 : 128);
}

function trustedProxiesOf(e: z.infer<typeof envSchema>): string[] {
  if (e.KOERS_TRUSTED_PROXIES.length > 0) {
    if (e.KOERS_TRUST_PROXY !== undefined) {
      throw new Error('Ongeldige configuratie: gebruik KOERS_TRUSTED_PROXIES en laat het verouderde KOERS_TRUST_PROXY weg.');
    }
    return e.KOERS_TRUSTED_PROXIES;
  }
  // The old switch trusted every sender of X-Forwarded-For; it now means a proxy on the same machine.
  return e.KOERS_TRUST_PROXY === 'true' ? ['loopback'] : [];
}

function duoSettings(e: z.infer<typeof envSchema>, demo: boolean): DuoSettings | undefined {
  const tlsParts = [e.DUO_TLS_CERT, e.DUO_TLS_KEY, e.DUO_TLS_CA];
  if (tlsParts.some((v) => v !== undefined) && !tlsParts.every((v) => v !== undefined)) {
    throw new Error('Ongeldige configuratie: DUO_TLS_CERT, DUO_TLS_KEY en DUO_TLS_CA horen bij elkaar; geef ze alle drie.');
  }
  const tls = e.DUO_TLS_CERT && e.DUO_TLS_KEY && e.DUO_TLS_CA ? { certPath: e.DUO_TLS_CERT, keyPath: e.DUO_TLS_KEY, caPath: e.DUO_TLS_CA } : undefined;
  // Embedded simulator: when asked, or by default in demo mode when no real DUO is configured.
  const embedded = e.KOERS_DUO_SIMULATOR === 'embedded' || (e.KOERS_DUO_SIMULATOR === undefined && demo && !e.DUO_BASE_URL);
  if (embedded) return { mode: 'embedded', baseUrl: undefined, duoOin: e.DUO_DOEL_OIN, tls: undefined, timeoutMs: e.DUO_TIMEOUT_MS, demoEvents: demo };
  if (!e.DUO_BASE_URL) return undefined;
  if (!e.DUO_DOEL_OIN) throw new Error('Ongeldige configuratie: DUO_BASE_URL vraagt ook DUO_DOEL_OIN (het OIN van DUO).');
  return { mode: 'real', baseUrl: e.DUO_BASE_URL, duoOin: e.DUO_DOEL_OIN, tls, timeoutMs: e.DUO_TIMEOUT_MS };
}

function developmentSecret(database: DatabaseConfig, demo: boolean): string {
  if (database.kind === 'postgresql') {
    throw new Error('Ongeldige configuratie: KOERS_SECRET is verplicht bij een PostgreSQL-server (DATABASE_URL).');
  }
  if (!demo) {
    throw new Error(
      'Ongeldige configuratie: KOERS_SECRET is verplicht zonder demomodus (KOERS_DEMO=false). ' +
        'Maak een sleutel van minstens 32 tekens, bijvoorbeeld met: openssl rand -base64 48',
    );
  }
  // The demo on the embedded database gets a fixed development key; a real installation sets KOERS_SECRET.
  return 'koers-ontwikkelsleutel-niet-voor-productie-0000';
}
