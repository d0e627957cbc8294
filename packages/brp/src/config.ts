/** Configuration of the BRP koppeling (zod-validated, Dutch messages). */
import { z } from 'zod';

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** `http://` only to this machine (the stand-in, a local gateway): a BSN never travels unencrypted. */
export function isLoopbackUrl(url: string): boolean {
  try {
    return loopbackHosts.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

export const brpConfigSchema = z
  .object({
    /**
     * Base URL of the BRP API Personen, without `/personen`, e.g.
     * `https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp`.
     */
    baseUrl: z.url('de basis-URL van de BRP API is geen geldige URL'),
    /** Sent as `X-API-KEY`. */
    apiKey: z.string().min(1).max(4096).optional(),
    /** Mutual TLS: PEM files (certificate, private key, CA chain). */
    tls: z
      .object({
        certPath: z.string().min(1),
        keyPath: z.string().min(1),
        caPath: z.string().min(1),
        passphrase: z.string().optional(),
      })
      .optional(),
    /** Per request: connect + headers + body. */
    timeoutMs: z.number().int().positive().max(120_000).default(10_000),
  })
  .refine((c) => c.baseUrl.startsWith('https:') || (c.baseUrl.startsWith('http:') && isLoopbackUrl(c.baseUrl)), {
    message: 'de BRP wordt via https:// bevraagd (http:// alleen naar deze machine, zoals de stand-in)',
    path: ['baseUrl'],
  })
  .refine((c) => c.tls === undefined || c.baseUrl.startsWith('https:'), {
    message: 'met mutual TLS moet de basis-URL https:// zijn',
    path: ['baseUrl'],
  });

export type BrpConfig = z.output<typeof brpConfigSchema>;
export type BrpConfigInput = z.input<typeof brpConfigSchema>;

export class BrpConfigError extends Error {
  override readonly name = 'BrpConfigError';
}

export function parseBrpConfig(input: unknown): BrpConfig {
  const r = brpConfigSchema.safeParse(input);
  if (!r.success) throw new BrpConfigError(`Ongeldige BRP-configuratie:\n${z.prettifyError(r.error)}`);
  return r.data;
}
