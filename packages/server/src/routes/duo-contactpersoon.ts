import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { duoContactTelefoonInput, getDuoContactTelefoon, setDuoContactTelefoon } from '../use-cases/duo/duo-contact-settings.ts';
import { duoContactTelefoonViewSchema } from '../use-cases/duo/duo.view.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

/** The gemeente's team telefoonnummer for DUO's contactpersoon (Contactpersoon API). */
export function duoContactpersoonRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/gemeenten/:id/settings/duo-contact-telefoon',
    {
      // Read by case managers (case:read) and by the beheerder who sets it (admin:gemeenten).
      config: { access: 'authenticated' },
      schema: { tags: ['duo'], summary: 'Telefoonnummer van het team voor DUO (contactpersoon zonder eigen nummer)', params: idParams, response: { 200: duoContactTelefoonViewSchema, ...errors } },
    },
    (request) => getDuoContactTelefoon(useCaseContext(request, ctx), request.params.id),
  );
  api.put(
    '/api/gemeenten/:id/settings/duo-contact-telefoon',
    {
      config: { access: 'admin:gemeenten' },
      schema: { tags: ['beheer'], summary: 'Telefoonnummer van het team voor DUO instellen of wissen (null)', params: idParams, body: duoContactTelefoonInput, response: { 200: duoContactTelefoonViewSchema, ...errors } },
    },
    (request) => setDuoContactTelefoon(useCaseContext(request, ctx), request.params.id, request.body),
  );
}
