import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.ts';
import { accountRoutes } from './account.ts';
import { adminRoutes } from './admin.ts';
import { authRoutes } from './auth.ts';
import { caseRoutes } from './cases.ts';
import { healthRoutes } from './health.ts';
import { privacyRoutes } from './privacy.ts';

export function registerRoutes(app: FastifyInstance, ctx: AppContext): void {
  healthRoutes(app, ctx);
  authRoutes(app, ctx);
  accountRoutes(app, ctx);
  adminRoutes(app, ctx);
  caseRoutes(app, ctx);
  privacyRoutes(app, ctx);
}
