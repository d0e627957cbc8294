import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.ts';

export function importRoutes(_app: FastifyInstance, _ctx: AppContext): void {
  // routes of this part of the case flow are added here
}
