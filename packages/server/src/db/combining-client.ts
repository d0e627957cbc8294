import pg from 'pg';
import { inlineParameters } from './inline-parameters.ts';

/**
 * Fewer round trips for a transaction on PostgreSQL (issue 18, ADR 0113 addendum). A pooled connection
 * holds back two kinds of statement whose answer nobody reads, and sends them in front of the
 * transaction's next statement, as one simple-protocol query:
 * - `BEGIN`: it travels with the first statement (a request's scope statement), so a request pays no
 *   round trip for it;
 * - a statement that starts with {@link atNextStatement} (a request's scope statement, a read's
 *   processing-log insert): it travels with the next statement, or with `COMMIT`, so it is always run
 *   before anything that follows it, and a read is answered only if its log row committed: an error in
 *   either fails the query, and so the transaction and the request.
 * The simple protocol has no parameters: held-back statements carry their values as quoted literals
 * (`quotedLiteral`, the text of `pg.escapeLiteral`), and the statement they travel with has its parameters written in as quoted
 * literals too (inline-parameters.ts; ADR 0040 addendum of the eleventh session), so a request's BEGIN,
 * scope and first read are one round trip. A statement whose parameters cannot be written in exactly (a
 * Buffer, an array: node-postgres converts those) is sent after the held-back ones, in its own round trip.
 * PGlite has no round trips: there the statements just run.
 */
export const atNextStatement = '/* koers:bij-volgende */';

type QueryArgs = Parameters<pg.Client['query']>;
type Config = { text: string; values?: unknown[] } & Record<string, unknown>;

const begin = /^\s*begin\b/i;
const rollback = /^\s*rollback\s*$/i;
const endOfTransaction = /^\s*(commit|rollback)\s*$/i;

/** The command of a held-back statement (`INSERT`, `SELECT`), as its result would name it. */
const commandOf = (text: string): string => /^\s*(\w+)/.exec(text.slice(atNextStatement.length))?.[1]?.toUpperCase() ?? '';

/** What a held-back statement answers at once; its real answer comes with the next statement's. */
function heldResult(command: string): pg.QueryResult {
  return { command, rowCount: null, oid: 0, fields: [], rows: [] };
}

export class CombiningClient extends pg.Client {
  /** Statements not yet sent, in order; never any with parameters. */
  private held: string[] = [];
  private inTransaction = false;

  /** One statement as the promise form of `query` takes it, sent now or held back. */
  async combine(config: Config): Promise<pg.QueryResult> {
    const plain = !config.values || config.values.length === 0;
    if (plain && !this.inTransaction && begin.test(config.text)) {
      this.inTransaction = true;
      this.held.push(config.text);
      return heldResult('BEGIN');
    }
    if (plain && this.inTransaction && config.text.startsWith(atNextStatement)) {
      this.held.push(config.text);
      return heldResult(commandOf(config.text));
    }
    const held = this.held.splice(0);
    if (endOfTransaction.test(config.text)) this.inTransaction = false;
    // A transaction that sent nothing yet has nothing to undo: its ROLLBACK need not travel either.
    if (rollback.test(config.text) && held.length > 0 && begin.test(held[0] ?? '')) return heldResult('ROLLBACK');
    if (held.length === 0) return last(await this.send(config));
    if (!plain) {
      const { values, ...rest } = config;
      const text = config.name === undefined ? inlineParameters(config.text, values ?? []) : undefined;
      if (text !== undefined) return last(await this.send({ ...rest, text: [...held, text].join(';\n') }));
      await this.send({ text: held.join(';\n') });
      return last(await this.send(config));
    }
    return last(await this.send({ ...config, text: [...held, config.text].join(';\n') }));
  }

  /** Whether statements are held back for the next one. */
  holding(): boolean {
    return this.held.length > 0;
  }

  private async send(config: Config): Promise<pg.QueryResult | pg.QueryResult[]> {
    // A simple query of several statements answers with an array (pg's types know only one result).
    const answer: pg.QueryResult | pg.QueryResult[] = await super.query(config);
    return answer;
  }
}

// An override of `query`'s many overloads is not expressible in a class body: this one handles the
// promise form with a text or a config (what drizzle sends) and passes every other form on unchanged.
CombiningClient.prototype.query = function query(this: CombiningClient, ...args: QueryArgs) {
  const config = configOf(args);
  if (config) return this.combine(config);
  // A callback or a Submittable (a cursor, COPY) would overtake the held statements (BEGIN, the scope): refused.
  if (this.holding()) throw new Error('combining-client: a query of another form while statements are held back');
  return pg.Client.prototype.query.apply(this, args);
} as pg.Client['query'];

/** The statement of a promise-form call, or undefined for a callback, a Submittable or anything else. */
function configOf(args: readonly unknown[]): Config | undefined {
  const [first, values, ...rest] = args;
  if (rest.length > 0 || typeof values === 'function') return undefined;
  if (values !== undefined && !Array.isArray(values)) return undefined;
  if (typeof first === 'string') return { text: first, ...(values ? { values } : {}) };
  if (typeof first !== 'object' || first === null || 'submit' in first || 'callback' in first) return undefined;
  const text: unknown = Reflect.get(first, 'text');
  if (typeof text !== 'string') return undefined;
  const given: unknown = values ?? Reflect.get(first, 'values');
  return { ...(first as Record<string, unknown>), text, ...(Array.isArray(given) ? { values: given } : {}) };
}

/** A simple query of several statements answers with one result per statement: the caller's is the last. */
function last(result: pg.QueryResult | pg.QueryResult[]): pg.QueryResult {
  if (!Array.isArray(result)) return result;
  const final = result.at(-1);
  if (!final) throw new Error('Geen resultaat van de database');
  return final;
}
