// Beheer of the organisation's gemeenten: name, CBS code, OIN, settings (incl. letters and logo)
// and their history. Permission admin:gemeenten; another organisation's gemeente is 404.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { gemeenteSettingsSchema as settingsDocument, yearSettingsSchema } from '@koers/domain';
import type { AppContext } from '../http/context.ts';
import { listGemeenten } from '../use-cases/gemeenten/list-gemeenten.ts';
import { createGemeente } from '../use-cases/gemeenten/create-gemeente.ts';
import { updateGemeente } from '../use-cases/gemeenten/update-gemeente.ts';
import { gemeenteHistory } from '../use-cases/gemeenten/gemeente-history.ts';
import { retentionOverview } from '../use-cases/gemeenten/retention-overview.ts';
import { gemeenteSettingsInput, getGemeenteSettings, updateGemeenteSettings } from '../use-cases/gemeenten/gemeente-settings.ts';
import { gemeenteLogoInput, getGemeenteLogo, MAX_LOGO_BYTES, setGemeenteLogo } from '../use-cases/gemeenten/gemeente-logo.ts';
import { gemeenteInput, gemeentePatch } from '../gemeenten/gemeente-input.ts';
import { errors, historyEntry, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const tags = ['beheer'];

export const adminGemeenteSchema = z
  .object({ id: z.string(), code: z.string(), name: z.string(), organisationId: z.string(), oin: z.string().nullable(), version: z.number(), updatedAt: z.string() })
  .meta({ id: 'BeheerGemeente' });

const gemeenteSettingsSchema = z
  .object({
    gemeenteId: z.string(),
    name: z.string(),
    code: z.string(),
    version: z.number(),
    // The stored account: IBAN and BIC already in their normalised form (the input schema transforms them).
    settings: settingsDocument.extend({ ontzorgenAccount: z.object({ name: z.string(), iban: z.string(), bic: z.string() }).optional() }),
    national: yearSettingsSchema,
    logo: z.object({ contentType: z.string(), bytes: z.number(), updatedAt: z.string() }).nullable(),
  })
  .meta({ id: 'GemeenteInstellingen' });

export function gemeenteRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/admin/gemeenten',
    { config: { access: 'admin:gemeenten' }, schema: { tags, summary: 'Gemeenten van de eigen organisatie', response: { 200: z.array(adminGemeenteSchema), ...errors } } },
    (request) => listGemeenten(useCaseContext(request, ctx)),
  );

  api.post(
    '/api/admin/gemeenten',
    { config: { access: 'admin:gemeenten' }, schema: { tags, summary: 'Gemeente toevoegen (naam, CBS-gemeentecode, OIN)', body: gemeenteInput, response: { 201: adminGemeenteSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await createGemeente(useCaseContext(request, ctx), request.body)),
  );

  api.patch(
    '/api/admin/gemeenten/:id',
    {
      config: { access: 'admin:gemeenten' },
      schema: { tags, summary: 'Gemeente wijzigen (naam, CBS-gemeentecode, OIN); met version', params: idParams, body: gemeentePatch, response: { 200: adminGemeenteSchema, ...errors } },
    },
    (request) => updateGemeente(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.get(
    '/api/admin/gemeenten/:id/history',
    { config: { access: 'admin:gemeenten' }, schema: { tags, summary: 'Wijzigingsgeschiedenis van een gemeente en haar instellingen', params: idParams, response: { 200: z.array(historyEntry), ...errors } } },
    (request) => gemeenteHistory(useCaseContext(request, ctx), request.params.id),
  );

  const counts = { caseFiles: z.number(), coreData: z.number(), closedWithoutDate: z.number(), processingLog: z.number() };
  const periods = z.object({ caseFileYears: z.number(), coreDataYears: z.number(), processingLogYears: z.number() });
  api.get(
    '/api/admin/gemeenten/:id/opschoning',
    {
      config: { access: 'admin:gemeenten' },
      schema: {
        tags,
        summary: 'Bewaartermijnen van een gemeente: wat de nachtelijke opschoning nu zou verwijderen (proefronde, er verandert niets) en wat de laatste opschoningen deden',
        params: idParams,
        response: {
          200: z.object({ today: z.string(), periods, defaults: periods, dryRun: z.object(counts), lastRuns: z.array(z.object({ ranAt: z.string(), ...counts })) }),
          ...errors,
        },
      },
    },
    (request) => retentionOverview(useCaseContext(request, ctx), request.params.id),
  );

  api.get(
    '/api/admin/gemeenten/:id/settings',
    { config: { access: 'admin:gemeenten' }, schema: { tags, summary: 'Instellingen van een gemeente (beleid, brieven, logo)', params: idParams, response: { 200: gemeenteSettingsSchema, ...errors } } },
    (request) => getGemeenteSettings(useCaseContext(request, ctx), request.params.id),
  );

  api.put(
    '/api/admin/gemeenten/:id/settings',
    {
      config: { access: 'admin:gemeenten' },
      schema: { tags, summary: 'Instellingen van een gemeente vervangen; met version', params: idParams, body: gemeenteSettingsInput, response: { 200: gemeenteSettingsSchema, ...errors } },
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
      schema: { tags, summary: `Logo voor brieven instellen (PNG of JPEG, base64, hoogstens ${MAX_LOGO_BYTES / 1024} kB) of verwijderen (null); met version`, params: idParams, body: gemeenteLogoInput, response: { 200: gemeenteSettingsSchema, ...errors } },
    },
    (request) => setGemeenteLogo(useCaseContext(request, ctx), request.params.id, request.body),
  );
}
