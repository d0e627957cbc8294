import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.ts';
import { accountRoutes } from './account.ts';
import { adminRoutes } from './admin.ts';
import { authRoutes } from './auth.ts';
import { brpRoutes } from './brp.ts';
import { caseFileRoutes } from './case-file.ts';
import { caseRoutes } from './cases.ts';
import { duoRoutes } from './duo.ts';
import { duoContactpersoonRoutes } from './duo-contactpersoon.ts';
import { healthRoutes } from './health.ts';
import { importRoutes } from './imports.ts';
import { intakeRoutes } from './intake.ts';
import { pipRoutes } from './pips.ts';
import { privacyRoutes } from './privacy.ts';
import { trajectRoutes } from './traject.ts';
import { resultRoutes } from './results.ts';
import { voorbereidingRoutes } from './voorbereiding.ts';
import { workqueueRoutes } from './workqueue.ts';

export function registerRoutes(app: FastifyInstance, ctx: AppContext): void {
  healthRoutes(app, ctx);
  authRoutes(app, ctx);
  accountRoutes(app, ctx);
  adminRoutes(app, ctx);
  caseRoutes(app, ctx);
  caseFileRoutes(app, ctx);
  importRoutes(app, ctx);
  voorbereidingRoutes(app, ctx);
  intakeRoutes(app, ctx);
  pipRoutes(app, ctx);
  trajectRoutes(app, ctx);
  resultRoutes(app, ctx);
  workqueueRoutes(app, ctx);
  privacyRoutes(app, ctx);
  duoRoutes(app, ctx);
  duoContactpersoonRoutes(app, ctx);
  brpRoutes(app, ctx);
}
