/** Configuration of the DUO koppeling (zod-validated). */
import { z } from 'zod';

const oin = z.string().regex(/^\d{20}$/, 'een OIN bestaat uit 20 cijfers');

export const duoConfigSchema = z.object({
  /**
   * DUO base URL including the major version of the APIs (README "Basis pad URI"),
   * e.g. `https://duo.example.nl:1234/v1`.
   */
  baseUrl: z
    .url()
    .refine((u) => /\/v\d+\/?$/.test(new URL(u).pathname), 'baseUrl moet eindigen op het major-versiepad, bijvoorbeeld https://api.example.org:1234/v1'),
  /** OIN of the gemeente (bron of every request). */
  bronOin: oin,
  /** OIN of DUO (doel of every request). */
  doelOin: oin,
  /** Mutual TLS with the PKIoverheid certificate: PEM files. */
  tls: z
    .object({
      certPath: z.string().min(1),
      keyPath: z.string().min(1),
      caPath: z.string().min(1),
      passphrase: z.string().optional(),
    })
    .optional(),
  /** Per-request timeout (connect + headers + body). */
  timeoutMs: z.number().int().positive().max(300_000).default(15_000),
}).refine((c) => c.tls === undefined || c.baseUrl.startsWith('https:'), { message: 'met tls-configuratie moet baseUrl https:// zijn', path: ['baseUrl'] });

export type DuoConfig = z.output<typeof duoConfigSchema>;
export type DuoConfigInput = z.input<typeof duoConfigSchema>;

export class DuoConfigError extends Error {
  override readonly name = 'DuoConfigError';
}

export function parseDuoConfig(input: unknown): DuoConfig {
  const r = duoConfigSchema.safeParse(input);
  if (!r.success) throw new DuoConfigError(`Ongeldige DUO-configuratie:\n${z.prettifyError(r.error)}`);
  return r.data;
}

/**
 * Read the configuration from environment variables:
 * `KOERS_DUO_BASE_URL`, `KOERS_DUO_BRON_OIN`, `KOERS_DUO_DOEL_OIN`, `KOERS_DUO_TIMEOUT_MS`,
 * `KOERS_DUO_TLS_CERT`, `KOERS_DUO_TLS_KEY`, `KOERS_DUO_TLS_CA`, `KOERS_DUO_TLS_PASSPHRASE`.
 */
export function duoConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DuoConfig {
  const cert = env['KOERS_DUO_TLS_CERT'];
  const key = env['KOERS_DUO_TLS_KEY'];
  const ca = env['KOERS_DUO_TLS_CA'];
  const anyTls = [cert, key, ca].some((v) => v !== undefined && v !== '');
  const timeout = env['KOERS_DUO_TIMEOUT_MS'];
  return parseDuoConfig({
    baseUrl: env['KOERS_DUO_BASE_URL'],
    bronOin: env['KOERS_DUO_BRON_OIN'],
    doelOin: env['KOERS_DUO_DOEL_OIN'],
    ...(anyTls
      ? { tls: { certPath: cert, keyPath: key, caPath: ca, ...(env['KOERS_DUO_TLS_PASSPHRASE'] ? { passphrase: env['KOERS_DUO_TLS_PASSPHRASE'] } : {}) } }
      : {}),
    ...(timeout !== undefined && timeout !== '' ? { timeoutMs: Number(timeout) } : {}),
  });
}
