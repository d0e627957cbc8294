/**
 * Settings of the BRP lookup from the environment (docs/brp.md): a real endpoint (`BRP_BASE_URL`
 * with `BRP_API_KEY` and/or mutual TLS) or the embedded stand-in (`KOERS_BRP_STANDIN=embedded`,
 * the default in demo mode without `BRP_BASE_URL`). Invalid combinations stop the start with a
 * Dutch message; the API key is never part of a message.
 */
import { z } from 'zod';
import { isLoopbackUrl } from '@koers/brp';

export interface BrpSettings {
  /** 'embedded': the BRP stand-in runs inside Koers on a loopback port (demo, development). */
  mode: 'real' | 'embedded';
  /** Base URL without `/personen` (real mode). */
  baseUrl: string | undefined;
  apiKey: string | undefined;
  tls: { certPath: string; keyPath: string; caPath: string } | undefined;
  timeoutMs: number | undefined;
}

const file = (name: string) => z.string().min(1, `${name} is leeg; geef het pad van een PEM-bestand`);

/** The BRP variables, merged into the server's environment schema. */
export const brpEnv = {
  BRP_BASE_URL: z.url('BRP_BASE_URL is geen geldige URL, bijvoorbeeld https://brp.example.nl/haalcentraal/api/brp').optional(),
  BRP_API_KEY: z.string().min(1, 'BRP_API_KEY is leeg').optional(),
  BRP_TLS_CERT: file('BRP_TLS_CERT').optional(),
  BRP_TLS_KEY: file('BRP_TLS_KEY').optional(),
  BRP_TLS_CA: file('BRP_TLS_CA').optional(),
  BRP_TIMEOUT_MS: z.coerce
    .number('BRP_TIMEOUT_MS is geen getal')
    .int('BRP_TIMEOUT_MS is een heel aantal milliseconden')
    .min(100, 'BRP_TIMEOUT_MS is minstens 100 (milliseconden)')
    .max(120_000, 'BRP_TIMEOUT_MS is hoogstens 120000 (twee minuten)')
    .optional(),
  KOERS_BRP_STANDIN: z.enum(['embedded', 'off'], 'KOERS_BRP_STANDIN is embedded of off').optional(),
};

type BrpEnv = z.infer<z.ZodObject<typeof brpEnv>>;

function invalid(message: string): Error {
  return new Error(`Ongeldige configuratie: ${message}`);
}

export function brpSettings(e: BrpEnv, demo: boolean): BrpSettings | undefined {
  const tlsParts = [e.BRP_TLS_CERT, e.BRP_TLS_KEY, e.BRP_TLS_CA];
  if (tlsParts.some((v) => v !== undefined) && !tlsParts.every((v) => v !== undefined)) {
    throw invalid('BRP_TLS_CERT, BRP_TLS_KEY en BRP_TLS_CA horen bij elkaar; geef ze alle drie.');
  }
  const tls =
    e.BRP_TLS_CERT && e.BRP_TLS_KEY && e.BRP_TLS_CA
      ? { certPath: e.BRP_TLS_CERT, keyPath: e.BRP_TLS_KEY, caPath: e.BRP_TLS_CA }
      : undefined;
  if (e.KOERS_BRP_STANDIN === 'embedded' && e.BRP_BASE_URL) {
    throw invalid('KOERS_BRP_STANDIN=embedded en BRP_BASE_URL sluiten elkaar uit: kies de ingebouwde stand-in of een echte BRP.');
  }
  // Embedded stand-in: when asked, or by default in demo mode when no real BRP is configured.
  const embedded = e.KOERS_BRP_STANDIN === 'embedded' || (e.KOERS_BRP_STANDIN === undefined && demo && !e.BRP_BASE_URL);
  if (embedded) return { mode: 'embedded', baseUrl: undefined, apiKey: undefined, tls: undefined, timeoutMs: e.BRP_TIMEOUT_MS };
  if (!e.BRP_BASE_URL) {
    if (e.BRP_API_KEY !== undefined || tls !== undefined)
      throw invalid('BRP_API_KEY of BRP_TLS_* is gezet zonder BRP_BASE_URL; geef ook het adres van de BRP API.');
    return undefined;
  }
  const url = new URL(e.BRP_BASE_URL);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackUrl(e.BRP_BASE_URL))) {
    throw invalid(
      'BRP_BASE_URL moet met https:// beginnen (http:// alleen naar deze machine): een BSN gaat nooit onversleuteld over het netwerk.',
    );
  }
  if (tls !== undefined && url.protocol !== 'https:') throw invalid('met BRP_TLS_CERT/KEY/CA moet BRP_BASE_URL met https:// beginnen.');
  if (e.BRP_API_KEY === undefined && tls === undefined && !isLoopbackUrl(e.BRP_BASE_URL)) {
    throw invalid(
      'BRP_BASE_URL vraagt ook BRP_API_KEY en/of BRP_TLS_CERT, BRP_TLS_KEY en BRP_TLS_CA: de BRP API beantwoordt alleen aangemelde verzoeken.',
    );
  }
  return { mode: 'real', baseUrl: e.BRP_BASE_URL, apiKey: e.BRP_API_KEY, tls, timeoutMs: e.BRP_TIMEOUT_MS };
}
