import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signalKinds } from '@koers/domain';
import type { AppContext } from '../http/context.ts';
import { listWorkqueue, workqueueListSchema, workqueueSorts } from '../use-cases/workqueue/list-workqueue.ts';
import { errors } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

/** The werkvoorraad's view, filters and order; the list and its export (routes/exports.ts) share them. */
export const workqueueFilters = z.strictObject({
  scope: z.enum(['own', 'team', 'unassigned']).default('own'),
  gemeenteId: z.uuid().optional(),
  kind: z.enum(signalKinds).optional(),
  sort: z.enum(workqueueSorts).default('dueOn'),
  order: z.enum(['asc', 'desc']).default('asc'),
  upcoming: z.enum(['true', 'false']).default('false'),
  // Only what is past its deadline: the list behind the dashboard's overdue count (ADR 0140).
  overdue: z.enum(['true', 'false']).default('false'),
});

export function workqueueRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/workqueue',
    {
      // scope=team and scope=unassigned additionally need workqueue:team (checked in the use case: 403).
      config: { access: 'workqueue:own' },
      schema: {
        tags: ['werkvoorraad'],
        summary: 'Werkvoorraad: wat vandaag of eerder moet gebeuren, per trajectregisseur (own) of team',
        querystring: workqueueFilters.extend({
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: workqueueListSchema, ...errors },
      },
    },
    (request) => {
      const q = request.query;
      return listWorkqueue(useCaseContext(request, ctx), {
        scope: q.scope,
        ...(q.gemeenteId ? { gemeenteId: q.gemeenteId } : {}),
        ...(q.kind ? { kind: q.kind } : {}),
        sort: q.sort,
        order: q.order,
        includeUpcoming: q.upcoming === 'true',
        onlyOverdue: q.overdue === 'true',
        limit: q.limit,
        offset: q.offset,
      });
    },
  );
}
