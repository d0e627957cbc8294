import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { logBrpFailure } from '../brp/failures.ts';
import { applyBrp } from '../use-cases/brp/apply-brp.ts';
import { applyBrpInput } from '../use-cases/brp/brp.types.ts';
import { lookupBrp } from '../use-cases/brp/lookup-brp.ts';
import { applyBrpResultSchema, brpLookupViewSchema } from '../use-cases/brp/brp.view.ts';
import { errorResponse, errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

/** BRP_NOT_CONFIGURED, BRP_UNAVAILABLE (503), BRP_REFUSED, BRP_INVALID_ANSWER (502), BRP_NOT_APPLICABLE (422). */
const brpErrors = { ...errors, 422: errorResponse, 502: errorResponse, 503: errorResponse } as const;

export function brpRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/cases/:id/brp',
    {
      // The answer is keyed by the BSN: the BSN-level permission (the use case also asks case:read).
      config: { access: 'case:read-sensitive' },
      schema: {
        tags: ['dossiers'],
        summary:
          'De BRP raadplegen voor de persoon van een dossier (op BSN): de gegevens, vertaald naar Koers, en de verschillen met het dossier',
        params: idParams,
        response: { 200: brpLookupViewSchema, ...brpErrors },
      },
    },
    async (request) => {
      try {
        return await lookupBrp(useCaseContext(request, ctx), ctx.brp?.client, request.params.id);
      } catch (error) {
        logBrpFailure(request.log, error);
        throw error;
      }
    },
  );

  api.post(
    '/api/cases/:id/brp/overnemen',
    {
      config: { access: 'case:write' },
      schema: {
        tags: ['dossiers'],
        summary: 'Gegevens uit de BRP overnemen in het dossier (gekozen velden, met versie; geschiedenis noemt de BRP als bron)',
        params: idParams,
        body: applyBrpInput,
        response: { 200: applyBrpResultSchema, ...brpErrors },
      },
    },
    async (request) => {
      try {
        return await applyBrp(useCaseContext(request, ctx), ctx.brp?.client, request.params.id, request.body);
      } catch (error) {
        logBrpFailure(request.log, error);
        throw error;
      }
    },
  );
}
