/**
 * HTTP plumbing of the simulator's `/v1` API: JSON parsing, errors, authorisation (OINs, client
 * certificate), idempotency on (bron, berichtId), dispatch to the operation handlers and response
 * validation.
 */
import { createHash } from 'node:crypto';
import { TLSSocket } from 'node:tls';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { formatIssues, type HeaderBag } from '../validator.ts';
import type { SimContext } from './context.ts';
import { registerFailureInjection } from './failure.ts';
import { send } from './response.ts';
import { fouten, type SimResult } from './operations/support.ts';
import { handlerFor, hasHandler } from './operations/index.ts';
import type { DuoSimulatorOptions } from './options.ts';
import type { RequestLogEntry } from './state.ts';
import { isUnknownArray, propertyOf } from '../guards.ts';

export function createFastify(options: DuoSimulatorOptions): FastifyInstance {
  if (!options.https) return Fastify({ logger: options.logger ?? false });
  return Fastify({
    logger: options.logger ?? false,
    https: {
      key: options.https.key,
      cert: options.https.cert,
      ...(options.https.ca !== undefined ? { ca: options.https.ca } : {}),
      requestCert: options.https.requestCert ?? false,
      rejectUnauthorized: options.https.requestCert ?? false,
    },
  });
}

/** Every DUO operation (except Notificatie, the gemeente's side) as a route under `/v1`. */
export function registerApiRoutes(app: FastifyInstance, sim: SimContext): void {
  const operations = sim.validator.specs.allOperations().filter((o) => o.api !== 'Notificatie');
  for (const op of operations) {
    if (!hasHandler(op.operationId)) throw new Error(`simulator: geen handler voor ${op.api} ${op.operationId}`);
  }
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    try {
      const parsed: unknown = JSON.parse(text);
      done(null, parsed);
    } catch {
      done(Object.assign(new Error('ongeldige JSON'), { statusCode: 400 }), undefined);
    }
  });
  app.setErrorHandler((err: Error & { statusCode?: number }, request, reply) => {
    const status = err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500 ? 400 : 500;
    sim.state.requestLog.push({ at: new Date().toISOString(), method: request.method, url: request.url, status, issues: [err.message] });
    const matched = sim.validator.match(request.method, request.url);
    return send(sim, reply, matched?.operation, { status }, matched?.operation.apiVersion ?? '1.0.0');
  });
  registerFailureInjection(app, sim);
  const handler = (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => handleApiRequest(sim, request, reply);
  for (const op of operations) {
    app.route({ method: op.method.toUpperCase(), url: `/v1${op.path.replace(/\{([^}]+)\}/g, ':$1')}`, handler });
  }
}

async function handleApiRequest(sim: SimContext, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const matched = sim.validator.match(request.method, request.url);
  const op = matched?.operation;
  if (!matched || !op) return reply.code(404).send();
  const berichtId = headerString(request.headers, 'berichtId');
  const bron = headerString(request.headers, 'bron');
  const entry: RequestLogEntry = {
    at: new Date().toISOString(),
    method: request.method,
    url: request.url,
    operationId: op.operationId,
    ...(berichtId !== undefined ? { berichtId } : {}),
    ...(bron !== undefined ? { bron } : {}),
    status: 0,
  };
  sim.state.requestLog.push(entry);
  const issues = sim.validator.validateRequest(op, { path: request.url, headers: toHeaderBag(request.headers), body: request.body }, { strictProperties: true });
  if (issues.length > 0) {
    entry.status = 400;
    Object.assign(entry, { issues: issues.map((i) => i.text) });
    void reply.header('x-duo-sim-fouten', encodeURIComponent(formatIssues(issues).slice(0, 1000)));
    return send(sim, reply, op, { status: 400 }, op.apiVersion);
  }
  const gemeente = bron !== undefined ? sim.gemeenten.get(bron) : undefined;
  const certOin = clientCertificateOin(request);
  if (headerString(request.headers, 'doel') !== sim.duoOin || !gemeente || (certOin !== undefined && certOin !== bron)) {
    entry.status = 403;
    return send(sim, reply, op, fouten({ op }, ['Bron of doel OIN is niet geautoriseerd voor deze API.']), op.apiVersion);
  }
  const mutating = op.method !== 'get';
  const key = `${gemeente.oin}|${berichtId ?? ''}`;
  const fp = fingerprint(op.method, stripQuery(request.url), request.body);
  const previous = mutating ? sim.state.berichten.get(key) : undefined;
  if (previous) {
    if (previous.fingerprint !== fp) {
      entry.status = 400;
      Object.assign(entry, { issues: ['berichtId is al gebruikt voor een ander verzoek'] });
      return send(sim, reply, op, { status: 400 }, op.apiVersion);
    }
    entry.status = previous.status;
    Object.assign(entry, { replayed: true });
    return send(sim, reply, op, { status: previous.status, ...(previous.body !== undefined ? { body: previous.body } : {}) }, op.apiVersion);
  }
  const handle = handlerFor(op.operationId);
  const result: SimResult = handle ? handle({ sim, op, gemeente, params: matched.pathParams, body: request.body, today: sim.today() }) : { status: 500 };
  entry.status = result.status;
  if (mutating && result.status < 500) sim.state.berichten.set(key, { fingerprint: fp, status: result.status, body: result.body });
  if (sim.dropAfterProcessing.has(request.raw)) {
    reply.hijack();
    request.raw.socket.destroy();
    return reply;
  }
  return send(sim, reply, op, result, op.apiVersion);
}

function fingerprint(method: string, url: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${url} ${JSON.stringify(body ?? null)}`).digest('hex');
}

function toHeaderBag(h: FastifyRequest['headers']): HeaderBag {
  const out: Record<string, string | readonly string[] | undefined> = {};
  for (const [k, v] of Object.entries(h)) out[k] = v;
  return out;
}

function headerString(h: FastifyRequest['headers'], name: string): string | undefined {
  const v = h[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** `serialNumber` from the client certificate's subject (the OIN in a PKIoverheid certificate). */
function clientCertificateOin(request: FastifyRequest): string | undefined {
  const socket = request.raw.socket;
  if (!(socket instanceof TLSSocket)) return undefined;
  // A certificate without a subject (none presented) gives an empty object; `serialNumber` is not in node's type.
  const serial = propertyOf(propertyOf(socket.getPeerCertificate(), 'subject'), 'serialNumber');
  const first: unknown = isUnknownArray(serial) ? serial[0] : serial;
  return typeof first === 'string' ? first : undefined;
}

function stripQuery(url: string): string {
  return url.split('?')[0] ?? url;
}
