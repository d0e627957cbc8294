// The one logger configuration of Koers: the HTTP server, the DUO worker, the import jobs and
// anything else that logs use `createLogger`. Nothing personal may reach a log line at any level
// (docs/security.md, "Log hygiene"): no SQL parameters, request bodies, query strings, search terms,
// header values or error details. The serializers below keep only what is safe by construction
// (route patterns, status codes, error types and codes, stack frames); a hook scrubs every message
// as a second wall.
import { LogController } from 'fastify';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type KoersLogger = Logger;

/** Error properties that name things (codes, constraints, tables), never values. */
const safeErrorProperties = ['code', 'statusCode', 'status', 'constraint', 'table', 'column', 'dataType', 'routine', 'severity', 'validationContext'] as const;

const maxMessageLength = 300;

/**
 * Masks what could identify a person in free text: query strings, quoted values, e-mail
 * addresses, long digit runs (BSN, V-nummer, phone, IBAN digits), anything after "params:" or
 * "DETAIL:", and everything after the first line.
 */
export function scrubText(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const scrubbed = firstLine
    .replace(/\b(params|parameters|detail|DETAIL|Key)\b\s*[:(=].*$/, '$1: …')
    .replace(/(\/[^\s?"'`]*)\?\S*/g, '$1?…')
    .replace(/"[^"]*"|'[^']*'|`[^`]*`|“[^”]*”|‘[^’]*’/g, '"…"')
    .replace(/\([^()]*=[^()]*\)/g, '(…)')
    .replace(/[^\s@"'()<>]+@[^\s@"'()<>]+/g, '…@…')
    .replace(/\d{5,}/g, '#');
  return scrubbed.length > maxMessageLength ? `${scrubbed.slice(0, maxMessageLength)}…` : scrubbed;
}

/** The code locations of a stack, without its first line (which repeats the message). */
function stackFrames(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const frames = stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .map((line) => scrubText(line.trim()));
  return frames.length ? frames.join('\n') : undefined;
}

interface SafeError {
  type: string;
  message: string;
  stack?: string;
  cause?: SafeError;
  [property: string]: unknown;
}

/** An error as it may be logged: type, scrubbed message, codes and stack frames; nothing else. */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: '(geen Error-object)' };
  const result: SafeError = { type: error.constructor.name || error.name, message: errorMessage(error) };
  for (const property of safeErrorProperties) {
    const value: unknown = Reflect.get(error, property);
    // Only identifiers (SQLSTATE, constraint and table names, Node error codes), never free text.
    if (typeof value === 'number' || (typeof value === 'string' && /^[\w.:-]{1,64}$/.test(value))) result[property] = value;
  }
  const frames = stackFrames(error.stack);
  if (frames) result.stack = frames;
  if (depth < 3 && error.cause !== undefined) result.cause = safeError(error.cause, depth + 1);
  return result;
}

function errorMessage(error: Error): string {
  // Drizzle's "Failed query: <sql>\nparams: <values>": keep the statement's shape only.
  if (/^Failed query:/.test(error.message)) {
    const statement = error.message.slice('Failed query:'.length).split(/\nparams:/, 1)[0] ?? '';
    return `Failed query: ${sqlShape(statement)}`;
  }
  return scrubText(error.message);
}

/** A parameterised statement with its literals masked; identifiers ("cases") stay for debugging. */
function sqlShape(statement: string): string {
  const shape = statement
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/'(?:[^']|'')*'/g, "'…'")
    .replace(/\b\d+\b/g, '#');
  return shape.length > maxMessageLength ? `${shape.slice(0, maxMessageLength)}…` : shape;
}

interface RequestLike {
  method?: string;
  id?: string;
  routeOptions?: { url?: string };
}

interface ReplyLike {
  statusCode?: number;
  request?: RequestLike;
}

/** The route pattern (`/api/cases/:id`), never the URL with its ids and query string. */
function routeOf(request: RequestLike | undefined): string {
  return request?.routeOptions?.url ?? '(geen route)';
}

export const logSerializers = {
  req: (request: RequestLike) => ({ method: request.method, route: routeOf(request) }),
  res: (reply: ReplyLike) => ({ statusCode: reply.statusCode, route: routeOf(reply.request) }),
  err: (error: unknown) => safeError(error),
  error: (error: unknown) => safeError(error),
};

/**
 * Paths removed from any logged object, in case code logs a whole request or record: a third
 * wall behind the serializers and the message scrubbing.
 */
const redactPaths = [
  'body',
  'query',
  'params',
  'headers',
  'cookies',
  'password',
  'currentPassword',
  'newPassword',
  'bsn',
  'email',
  '*.body',
  '*.query',
  '*.params',
  '*.headers',
  '*.cookies',
  '*.password',
  '*.bsn',
  '*.email',
  '*.url',
];

/** A message is scrubbed; so are the plain strings (and lists of strings) of a logged object. */
function scrubArgument(arg: unknown): unknown {
  if (typeof arg === 'string') return scrubText(arg);
  if (arg === null || typeof arg !== 'object' || arg instanceof Error || Array.isArray(arg)) return arg;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(arg)) {
    if (typeof value === 'string') copy[key] = scrubText(value);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) copy[key] = value.map(scrubText);
    else copy[key] = value;
  }
  return copy;
}

export function loggerOptions(level: LogLevel): LoggerOptions {
  return {
    level,
    serializers: logSerializers,
    redact: { paths: redactPaths, censor: '[verborgen]' },
    hooks: {
      // Every message string is scrubbed, also those of libraries (e.g. "Route GET:/api/x?y not found").
      logMethod(args, method) {
        // Legitimate: pino types the arguments as a tuple that Array.map cannot keep; scrubbing keeps each one's kind.
        const scrubbedArgs = args.map(scrubArgument) as Parameters<typeof method>;
        method.apply(this, scrubbedArgs);
      },
    },
  };
}

/** The logger of one Koers process; `destination` defaults to standard output (tests capture it). */
export function createLogger(level: LogLevel, destination?: DestinationStream): KoersLogger {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));
}

/** Fastify's own request log lines, without URLs (they carry ids and query strings). */
export class KoersLogController extends LogController {
  override routeNotFound(request: Parameters<LogController['routeNotFound']>[0]): void {
    if (this.isLogDisabled(request)) return;
    request.log.info({ req: request }, 'route niet gevonden');
  }

  override defaultErrorLog(error: Error, request: Parameters<LogController['defaultErrorLog']>[1], reply: Parameters<LogController['defaultErrorLog']>[2]): void {
    if (this.isLogDisabled(request)) return;
    if (reply.statusCode >= 500) reply.log.error({ req: request, res: reply, err: error }, 'fout bij verwerken verzoek');
    else reply.log.info({ res: reply, err: error }, 'verzoek geweigerd');
  }

  override writeHeadError(error: Error, request: Parameters<LogController['writeHeadError']>[1], reply: Parameters<LogController['writeHeadError']>[2]): void {
    if (this.isLogDisabled(request)) return;
    reply.log.warn({ req: request, res: reply, err: error }, 'antwoordkoppen konden niet worden geschreven');
  }
}
