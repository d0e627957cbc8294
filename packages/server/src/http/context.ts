import type { Database } from '../db/database.ts';
import type { KoersConfig } from '../config.ts';
import type { OidcLogin } from '../auth/oidc.ts';
import type { DigidLogin } from '../auth/digid.ts';
import type { DuoService } from '../duo/service.ts';
import type { KoersLogger } from '../logging.ts';
import type { BrpService } from '../brp/service.ts';
import type { RequestActivity } from './request-activity.ts';

/** What the HTTP layer is built from: one per running server. */
export interface AppContext {
  database: Database;
  config: KoersConfig;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
  oidc: OidcLogin | undefined;
  /** The portal's DigiD broker (ADR 0152); undefined when not configured. */
  digid?: DigidLogin | undefined;
  version: string;
  /** The DUO koppeling (client per gemeente, worker, embedded simulator); undefined when not configured. */
  duo?: DuoService | undefined;
  /** The process's logger (src/logging.ts); built from `config.logLevel` when absent. */
  logger?: KoersLogger;
  /** The BRP lookup (client, embedded stand-in); undefined when not configured. */
  brp?: BrpService | undefined;
  /** The requests in flight (background imports and the DUO worker yield to them on PGlite); buildApp makes one when absent. */
  requestActivity?: RequestActivity;
}
