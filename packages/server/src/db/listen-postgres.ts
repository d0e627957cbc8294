// LISTEN on a connection of its own, reconnected when it breaks (ADR 0113). While it is down the
// listener says so (onLive(false)), so what depends on hearing every notification stops trusting
// what it kept; once it listens again it says so (onLive(true)).
import pg from 'pg';

export interface ListenHandlers {
  message(payload: string): void;
  live(live: boolean): void;
}

const reconnectMs = 1_000;

export class PostgresListener {
  #client: pg.Client | undefined;
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly handlers: ListenHandlers,
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Ongeldige kanaalnaam: ${channel}`);
  }

  /** Connects and listens; a failure is not thrown but retried, with onLive(false) meanwhile. */
  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 10_000 });
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      if (this.#client === client) this.#client = undefined;
      this.handlers.live(false);
      client.end().catch(() => undefined);
      this.#retry();
    };
    client.on('notification', (n) => {
      if (n.channel === this.channel) this.handlers.message(n.payload ?? '');
    });
    client.on('error', onLost);
    client.on('end', onLost);
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch {
      onLost();
      return;
    }
    if (this.#stopped) {
      lost = true;
      await client.end();
      return;
    }
    this.#client = client;
    this.handlers.live(true);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    const client = this.#client;
    this.#client = undefined;
    if (client) {
      client.removeAllListeners('end');
      client.removeAllListeners('error');
      client.on('error', () => undefined);
      await client.end();
    }
    this.handlers.live(false);
  }

  #retry(): void {
    if (this.#stopped || this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.start();
    }, reconnectMs);
    this.#timer.unref();
  }
}
