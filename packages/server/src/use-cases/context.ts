import type { Db } from '../db/database.ts';
import type { Principal } from '../auth/principal.ts';
import type { ProcessingLogger } from '../privacy/processing-log.ts';

/** Everything a use case needs besides its input: the database, the clock, who acts, and the log. */
export interface UseCaseContext {
  db: Db;
  now: Date;
  principal: Principal;
  log: ProcessingLogger;
}
