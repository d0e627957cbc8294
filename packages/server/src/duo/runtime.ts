/**
 * The DUO koppeling at run time: the validator (DUO's OpenAPI files), one HTTP client per
 * gemeente (bron OIN = `gemeenten.oin`), DUO's OIN, and the worker that processes the inbox and
 * sends the outbox. Built from configuration only (src/config.ts: DUO_*), or pointed at the
 * embedded simulator.
 */
import { DuoValidator, HttpDuoClient, type DuoConfig, type DuoExchange } from '@koers/duo';
import { KoppelingMonitor } from './koppeling-monitor.ts';

export interface DuoEndpoint {
  baseUrl: string;
  duoOin: string;
  tls?: { certPath: string; keyPath: string; caPath: string } | undefined;
  timeoutMs?: number | undefined;
}

export class DuoClients {
  private readonly clients = new Map<string, HttpDuoClient>();
  /** When DUO last answered, per gemeente (the DUO page). */
  readonly monitor: KoppelingMonitor;

  constructor(
    readonly validator: DuoValidator,
    private endpoint: DuoEndpoint,
    /** Every request/response pair (audit, contract tests). */
    private readonly onExchange?: (exchange: DuoExchange) => void,
    now: () => Date = () => new Date(),
  ) {
    this.monitor = new KoppelingMonitor(now);
  }

  get duoOin(): string {
    return this.endpoint.duoOin;
  }

  get baseUrl(): string {
    return this.endpoint.baseUrl;
  }

  /** The client that speaks for one gemeente (its OIN is the bron of every request). */
  forGemeente(bronOin: string): HttpDuoClient {
    let client = this.clients.get(bronOin);
    if (!client) {
      const config: DuoConfig = {
        baseUrl: this.endpoint.baseUrl,
        bronOin,
        doelOin: this.endpoint.duoOin,
        timeoutMs: this.endpoint.timeoutMs ?? 15_000,
        ...(this.endpoint.tls ? { tls: this.endpoint.tls } : {}),
      };
      // With the validator every request is checked against the spec before it leaves, and every
      // response before it is used (DuoContractError otherwise).
      const onExchange = this.onExchange;
      client = new HttpDuoClient(config, {
        validator: this.validator,
        onExchange: (exchange) => {
          this.monitor.note(exchange);
          onExchange?.(exchange);
        },
      });
      this.clients.set(bronOin, client);
    }
    return client;
  }

  async close(): Promise<void> {
    const all = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(all.map((c) => c.close()));
  }
}

let sharedValidator: Promise<DuoValidator> | undefined;
/** DUO's specs are read once per process. */
export function duoValidator(): Promise<DuoValidator> {
  sharedValidator ??= DuoValidator.load();
  return sharedValidator;
}
