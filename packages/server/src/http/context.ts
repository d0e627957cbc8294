import type { Database } from '../db/database.ts';
import type { KoersConfig } from '../config.ts';
import type { OidcLogin } from '../auth/oidc.ts';

/** What the HTTP layer is built from: one per running server. */
export interface AppContext {
  database: Database;
  config: KoersConfig;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
  oidc: OidcLogin | undefined;
  version: string;
}
