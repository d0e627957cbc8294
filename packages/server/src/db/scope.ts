import { sql } from 'drizzle-orm';
import { quotedLiteral } from './quoted-literal.ts';
import type { Db, Tx } from './database.ts';
import { atNextStatement } from './combining-client.ts';

/**
 * What a request may see: its session. The database derives the organisation and gemeenten from
 * the session token itself (koers_scope_gemeenten() / koers_scope_organisation(), ADR 0095); the
 * ids here are what the application already knows of the same scope, for its own checks.
 */
export interface SessionScope {
  kind: 'session';
  /** The session token from the cookie; the database hashes it and looks the session up. */
  sessionToken: string;
  organisationId: string;
  gemeenteIds: readonly string[];
}

/**
 * System work without a session (the DUO worker, the background part of an import): runs as
 * `koers_worker`, whose scope is these ids. Request code never builds one: see `systemScope`.
 */
export interface SystemScope {
  kind: 'system';
  organisationId: string;
  gemeenteIds: readonly string[];
}

/**
 * An inburgeraar in the portal (ADR 0152): runs as `koers_app` with the portal session token; the
 * database derives the one case it may see (koers_portaal_case()) and walls off everything else.
 */
export interface PortaalScope {
  kind: 'portaal';
  sessionToken: string;
}

export type DataScope = SessionScope | SystemScope | PortaalScope;

/** The deliberate path for work without a session (ADR 0095): the caller names the scope itself. */
export function systemScope(organisationId: string, gemeenteIds: readonly string[]): SystemScope {
  return { kind: 'system', organisationId, gemeenteIds };
}

// Two-login mode (ADR 0097): the owner's handle → the handle of the requests' own login.
const requestDatabases = new WeakMap<Db, Db>();

/** Requests (session scopes) on `owner` run on `requests`, a login with only koers_app's rights. */
export function routeRequests(owner: Db, requests: Db): void {
  requestDatabases.set(owner, requests);
}

export interface ScopeOptions {
  /**
   * The use case changes no data: its only writes are processing-log rows. Such a transaction
   * commits without waiting for the WAL flush (`synchronous_commit = off`, this transaction only):
   * a read's log row is still written atomically with nothing else, but a database crash may lose
   * the last fraction of a second of read-log rows. Data changes never use this. ADR 0061.
   */
  readOnly?: boolean;
}

/**
 * Runs `work` in one transaction as a non-owner role under row-level security: `koers_app` with the
 * session token (the database derives the scope from it), or `koers_worker` with a system scope.
 * Everything a use case writes, plus its audit and processing-log rows, commits or rolls back together.
 */
export async function inScope<T>(db: Db, scope: DataScope, work: (tx: Tx) => Promise<T>, options: ScopeOptions = {}): Promise<T> {
  // A request goes to the requests' login when there is one; system work stays with the owner.
  const target = scope.kind === 'system' ? db : (requestDatabases.get(db) ?? db);
  return target.transaction(async (tx) => {
    // One statement: set_config('role', …, true) is SET LOCAL ROLE (the role is a setting; checked by
    // test/isolation.test.ts on PGlite and PostgreSQL that row-level security applies). Its values are
    // quoted literals and nobody reads its answer, so that on PostgreSQL it travels with BEGIN and the
    // transaction's first statement in one round trip, always before it (combining-client.ts).
    await tx.execute(sql.raw(`${atNextStatement} SELECT ${scopeSettings(scope)}${options.readOnly ? `, set_config('synchronous_commit', 'off', true)` : ''}`));
    if (options.readOnly) readOnlyTransactions.add(tx);
    return work(tx);
  });
}

// Transactions of read-only use cases: their processing-log insert may travel with the next statement.
const readOnlyTransactions = new WeakSet<Tx>();

/** The use case changes no data (ScopeOptions.readOnly): its processing-log rows may be sent with the next statement. */
export function isReadOnly(tx: Tx): boolean {
  return readOnlyTransactions.has(tx);
}

const setting = (name: string, value: string) => `set_config('${name}', ${quotedLiteral(value)}, true)`;

function scopeSettings(scope: DataScope): string {
  switch (scope.kind) {
    case 'session':
      return `${setting('role', 'koers_app')}, ${setting('koers.session', scope.sessionToken)}`;
    case 'portaal':
      return `${setting('role', 'koers_app')}, ${setting('koers.portaal_session', scope.sessionToken)}`;
    case 'system':
      return `${setting('role', 'koers_worker')}, ${setting('koers.organisation_id', scope.organisationId)}, ${setting('koers.gemeente_ids', toPgArray(scope.gemeenteIds))}`;
    default:
      return scope satisfies never;
  }
}

/** System work (login, session lookup, migrations' seed) as the owner, outside any gemeente scope. */
export async function asSystem<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(work);
}

function toPgArray(ids: readonly string[]): string {
  for (const id of ids) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Error(`Ongeldige gemeente-id in scope: ${id}`);
  }
  return `{${ids.join(',')}}`;
}
