// The hosting party (permission admin:organisations): the installation's organisations, and a new
// organisation with its first gemeenten and first beheerder. No case data, no users.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { listOrganisations } from '../use-cases/organisations/list-organisations.ts';
import { createOrganisation } from '../use-cases/organisations/create-organisation.ts';
import { newOrganisationViewSchema, organisationViewSchema } from '../use-cases/organisations/organisations.view.ts';
import { organisationInput } from '../gemeenten/gemeente-input.ts';
import { errors } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const tags = ['hosting'];
export function hostingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/hosting/organisations',
    { config: { access: 'admin:organisations' }, schema: { tags, summary: 'Organisaties van deze installatie met hun gemeenten', response: { 200: z.array(organisationViewSchema), ...errors } } },
    (request) => listOrganisations(useCaseContext(request, ctx)),
  );

  api.post(
    '/api/hosting/organisations',
    {
      config: { access: 'admin:organisations' },
      schema: { tags, summary: 'Organisatie toevoegen met haar eerste gemeente(n) en eerste beheerder', body: organisationInput, response: { 201: newOrganisationViewSchema, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await createOrganisation(useCaseContext(request, ctx), request.body)),
  );
}
