import { resolve } from 'node:path';
import { z } from 'zod';
import type { DatabaseConfig } from './db/database.ts';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  KOERS_DATA_DIR: z.string().default('./data'),
  KOERS_SECRET: z.string().min(32, 'KOERS_SECRET moet minstens 32 tekens lang zijn').optional(),
  KOERS_DEMO: z.enum(['true', 'false']).optional(),
  KOERS_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_REDIRECT_URI: z.string().url().optional(),
  OIDC_LABEL: z.string().default('Inloggen met uw organisatie-account'),
  OIDC_ALLOW_INSECURE: z.enum(['true', 'false']).default('false'),
});

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  redirectUri: string;
  label: string;
  /** Only for a provider on loopback in tests: allow plain HTTP. */
  allowInsecure: boolean;
}

export interface KoersConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Key for session tokens' HMAC and the processing log's pseudonyms. */
  secret: string;
  demo: boolean;
  trustProxy: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  oidc: OidcConfig | undefined;
  webDistDir: string | undefined;
}

/** Reads the configuration from the environment; invalid values stop the start with a clear message. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): KoersConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ongeldige configuratie:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const database: DatabaseConfig = e.DATABASE_URL
    ? { kind: 'postgresql', url: e.DATABASE_URL }
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
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    secret: e.KOERS_SECRET ?? developmentSecret(database),
    // Demo data by default on the embedded database only: a server database starts empty.
    demo: e.KOERS_DEMO ? e.KOERS_DEMO === 'true' : database.kind === 'pglite',
    trustProxy: e.KOERS_TRUST_PROXY === 'true',
    logLevel: e.LOG_LEVEL,
    oidc,
    webDistDir: undefined,
  };
}

function developmentSecret(database: DatabaseConfig): string {
  if (database.kind === 'postgresql') {
    throw new Error('Ongeldige configuratie: KOERS_SECRET is verplicht bij een PostgreSQL-server (DATABASE_URL).');
  }
  // Embedded demo installs get a fixed development key; production sets KOERS_SECRET.
  return 'koers-ontwikkelsleutel-niet-voor-productie-0000';
}
