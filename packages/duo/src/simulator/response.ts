/** How the simulator answers a `/v1` request. */
import type { FastifyReply } from 'fastify';
import type { SpecOperation } from '../spec.ts';
import { formatIssues } from '../validator.ts';
import type { SimContext } from './context.ts';
import type { SimResult } from './operations/support.ts';

/** Sends a result with DUO's API-Version header; a spec operation's answer is checked against the spec first. */
export function send(sim: SimContext, reply: FastifyReply, op: SpecOperation | undefined, result: SimResult, apiVersion: string): FastifyReply {
  if (sim.validateResponses && op) {
    const issues = sim.validator.validateResponse(op, { status: result.status, headers: { 'API-Version': apiVersion }, body: result.body }, { strictProperties: true });
    if (issues.length > 0) sim.state.contractViolations.push(`${op.api} ${op.operationId} ${result.status}: ${formatIssues(issues)}`);
  }
  void reply.code(result.status).header('API-Version', apiVersion);
  if (result.body === undefined) return reply.send();
  return reply.type('application/json').send(JSON.stringify(result.body));
}
