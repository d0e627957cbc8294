// Beheer of the organisation's gemeenten: name, CBS code, OIN, settings (incl. letters and logo)
// and their history. Permission admin:gemeenten; another organisation's gemeente is 404.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { listGemeenten } from '../use-cases/gemeenten/list-gemeenten.ts';
import { createGemeente } from '../use-cases/gemeenten/create-gemeente.ts';
import { updateGemeente } from '../use-cases/gemeenten/update-gemeente.ts';
import { gemeenteHistory } from '../use-cases/gemeenten/gemeente-history.ts';
import { retentionOverview } from '../use-cases/gemeenten/retention-overview.ts';
import { gemeenteSettingsInput, getGemeenteSettings, updateGemeenteSettings } from '../use-cases/gemeenten/gemeente-settings.ts';
import { gemeenteLogoInput, getGemeenteLogo, MAX_LOGO_BYTES, setGemeenteLogo } from '../use-cases/gemeenten/gemeente-logo.ts';
import { gemeenteInput, gemeentePatch } from '../gemeenten/gemeente-input.ts';
import { gemeenteSettingsViewSchema, gemeenteViewSchema, retentionOverviewSchema } from '../use-cases/gemeenten/gemeente.view.ts';
import { errors, historyEntry, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const tags = ['beheer'];

export function gemeenteRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/admin/gemeenten',
    { config: { access: 'admin:gemeenten' }, schema: { tags, summary: 'Gemeenten van de eigen organisatie', response: { 200: z.array(gemeenteViewSchema), ...errors } } },
    (request) => listGemeenten(useCaseContext(request, ctx)),
  );

  api.post(
    '/api/admin/gemeenten',
    { config: { access: 'admin:gemeenten' }, schema: { tags, summary: 'Gemeente toevoegen (naam, CBS-gemeentecode, OIN)', body: gemeenteInput, response: { 201: gemeenteViewSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await createGemeente(useCaseContext(request, ctx), request.body)),
  );

  api.patch(
    '/api/admin/gemeenten/:id',
    {
      config: { access: 'admin:gemeenten' },
      schema: { tags, summary: 'Gemeente wijzigen (naam, CBS-gemeentecode, OIN); met version', params: idParams, body: gemeentePatch, response: { 200: gemeenteViewSchema, ...errors } },
    },
    (request) => updateGemeente(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.get(
    '/api/admin/gemeenten/:id/history',
    { config: { access: 'admin:gemeenten' }, schema: { tags, summary: 'Wijzigingsgeschiedenis van een gemeente en haar instellingen', params: idParams, response: { 200: z.array(historyEntry), ...errors } } },
    (request) => gemeenteHistory(useCaseContext(request, ctx), request.params.id),
  );

  api.get(
    '/api/admin/gemeenten/:id/opschoning',
    {
      config: { access: 'admin:gemeenten' },
      schema: {
        tags,
        summary: 'Bewaartermijnen van een gemeente: wat de nachtelijke opschoning nu zou verwijderen (proefronde, er verandert niets) en wat de laatste opschoningen deden',
        params: idParams,
        response: {
          200: retentionOverviewSchema,
          ...errors,
        },
      },
    },
    (request) => retentionOverview(useCaseContext(request, ctx), request.params.id),
  );

  api.get(
    '/api/admin/gemeenten/:id/settings',
    { config: { access: 'admin:gemeenten' }, schema: { tags, summary: 'Instellingen van een gemeente (beleid, brieven, logo)', params: idParams, response: { 200: gemeenteSettingsViewSchema, ...errors } } },
    (request) => getGemeenteSettings(useCaseContext(request, ctx), request.params.id),
  );

  api.put(
    '/api/admin/gemeenten/:id/settings',
    {
      config: { access: 'admin:gemeenten' },
      schema: { tags, summary: 'Instellingen van een gemeente vervangen; met version', params: idParams, body: gemeenteSettingsInput, response: { 200: gemeenteSettingsViewSchema, ...errors } },
    },
    (request) => updateGemeenteSettings(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.get(
    '/api/admin/gemeenten/:id/logo',
    {
      config: { access: 'admin:gemeenten' },
      schema: { tags, summary: 'Logo van de gemeente (PNG of JPEG)', params: idParams, response: { 200: z.any().meta({ description: 'De afbeelding' }), ...errors } },
    },
    async (request, reply) => {
      const logo = await getGemeenteLogo(useCaseContext(request, ctx), request.params.id);
      return reply.header('content-type', logo.contentType).header('cache-control', 'no-store').send(logo.data);
    },
  );

  api.put(
    '/api/admin/gemeenten/:id/logo',
    {
      config: { access: 'admin:gemeenten' },
      bodyLimit: Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 1024,
      schema: { tags, summary: `Logo voor brieven instellen (PNG of JPEG, base64, hoogstens ${MAX_LOGO_BYTES / 1024} kB) of verwijderen (null); met version`, params: idParams, body: gemeenteLogoInput, response: { 200: gemeenteSettingsViewSchema, ...errors } },
    },
    (request) => setGemeenteLogo(useCaseContext(request, ctx), request.params.id, request.body),
  );
}
