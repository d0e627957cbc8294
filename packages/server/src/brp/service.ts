/**
 * The BRP lookup inside the server: built from the settings (src/brp/settings.ts) by createKoers,
 * stopped with the app. In 'embedded' mode the stand-in from @koers/brp runs on a loopback port
 * with the demo persons and a random API key, and Koers talks to it exactly as to the BRP.
 */
import { randomBytes } from 'node:crypto';
import { brpValidator, createBrpStandIn, demoPersonen, HttpBrpClient, type BrpClient, type BrpExchange, type BrpStandIn } from '@koers/brp';
import { todayIn } from '../case-file/today.ts';
import type { BrpSettings } from './settings.ts';

export interface BrpService {
  readonly settings: BrpSettings;
  readonly client: BrpClient;
  /** The embedded stand-in (demo, tests); undefined with a real BRP. */
  readonly standIn: BrpStandIn | undefined;
  close(): Promise<void>;
}

export interface BrpServiceDeps {
  now: () => Date;
  /** Every request/response pair (contract tests). Holds personal data: never log it. */
  onExchange?: (exchange: BrpExchange) => void;
}

export async function createBrpService(settings: BrpSettings, deps: BrpServiceDeps): Promise<BrpService> {
  const validator = brpValidator();
  validator.warmUp();
  let standIn: BrpStandIn | undefined;
  let baseUrl = settings.baseUrl;
  let apiKey = settings.apiKey;
  if (settings.mode === 'embedded') {
    apiKey = randomBytes(24).toString('hex');
    const today = () => todayIn(deps.now());
    standIn = await createBrpStandIn({ host: '127.0.0.1', port: 0, apiKey, personen: demoPersonen(today()), today, validator });
    baseUrl = standIn.baseUrl;
  }
  if (!baseUrl) throw new Error('BRP-koppeling: het adres van de BRP API ontbreekt.');
  const client = new HttpBrpClient(
    {
      baseUrl,
      timeoutMs: settings.timeoutMs ?? (settings.mode === 'embedded' ? 5_000 : 10_000),
      ...(apiKey !== undefined ? { apiKey } : {}),
      ...(settings.tls ? { tls: settings.tls } : {}),
    },
    { validator, ...(deps.onExchange ? { onExchange: deps.onExchange } : {}) },
  );
  return {
    settings,
    client,
    standIn,
    async close(): Promise<void> {
      await client.close();
      await standIn?.close();
    },
  };
}
