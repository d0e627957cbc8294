// The principals of sessions this process resolved recently, so a request does not read its session
// again (ADR 0113). The cache only works while it hears the database's change feed (channel
// koers_sessies, migration 0066): a change to a session, a user, a grant, a gemeente or an
// organisation empties the affected entries when it commits, in every process. While the feed is
// not heard (PostgreSQL connection lost), nothing is cached and every request reads its session.
// The database wall checks the session itself in every query (ADR 0095), so an ended session or a
// blocked user never reads data, even in the milliseconds before another process hears the change.
import type { Db } from '../db/database.ts';
import type { Principal } from './principal.ts';

/** The channel of the change feed (migration 0066). */
export const sessionChangeChannel = 'koers_sessies';

export interface CachedSession {
  principal: Principal;
  /** Epoch ms: the absolute end of the session (expires_at). */
  expiresAt: number;
  /** Epoch ms: last_seen_at as this process last read or wrote it. */
  lastSeenAt: number;
}

/** At most this many sessions are kept; the oldest entry goes first. */
const maxEntries = 5_000;

export class SessionCache {
  readonly #entries = new Map<string, CachedSession>();
  #live = false;
  #generation = 0;

  /** Changes with every invalidation: a read that began before one must not be kept (see keep). */
  get generation(): number {
    return this.#generation;
  }

  get live(): boolean {
    return this.#live;
  }

  /** The feed is heard (true) or lost (false). Either way what was kept may be stale: empty it. */
  setLive(live: boolean): void {
    this.#live = live;
    this.forget('*');
  }

  read(sessionId: string): CachedSession | undefined {
    return this.#live ? this.#entries.get(sessionId) : undefined;
  }

  /** Keeps a session read from the database, unless the feed announced a change since `generation`. */
  keep(sessionId: string, entry: CachedSession, generation: number): void {
    if (!this.#live || generation !== this.#generation) return;
    if (!this.#entries.has(sessionId) && this.#entries.size >= maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(sessionId, entry);
  }

  /** A payload of the feed: 's:<session id>', 'u:<user id>' or '*'. Unknown payloads empty everything. */
  forget(payload: string): void {
    this.#generation += 1;
    if (payload.startsWith('s:')) {
      this.#entries.delete(payload.slice(2));
    } else if (payload.startsWith('u:')) {
      const userId = payload.slice(2);
      for (const [id, entry] of this.#entries) if (entry.principal.userId === userId) this.#entries.delete(id);
    } else {
      this.#entries.clear();
    }
  }
}

const caches = new WeakMap<Db, SessionCache>();

/** The cache of the process's database handle (one per running app). */
export function useSessionCache(db: Db, cache: SessionCache): void {
  caches.set(db, cache);
}

export function sessionCacheOf(db: Db): SessionCache | undefined {
  return caches.get(db);
}

/**
 * Forgets at once what this process changed itself, without waiting for its own announcement to come
 * back over the feed (on PostgreSQL that is a few milliseconds later, on another connection).
 */
export function forgetSessions(db: Db, payload: string): void {
  caches.get(db)?.forget(payload);
}
