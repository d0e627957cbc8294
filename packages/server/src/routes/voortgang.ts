// Voortgangsgesprekken, tolken, doorverwijzingen and the sociale kaart (R19, R21; ADR 0120–0122).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { getVoortgang } from '../use-cases/voortgang/get-voortgang.ts';
import { replanVoortgang } from '../use-cases/voortgang/replan-voortgang.ts';
import { addProgressMeeting } from '../use-cases/voortgang/add-progress-meeting.ts';
import { moveProgressMeeting } from '../use-cases/voortgang/move-progress-meeting.ts';
import { recordProgressMeeting } from '../use-cases/voortgang/record-progress-meeting.ts';
import { addInterpreterBooking, updateInterpreterBooking } from '../use-cases/voortgang/interpreter-bookings.ts';
import { interpreterCostsReport } from '../use-cases/voortgang/interpreter-costs.ts';
import { addReferral, updateReferral } from '../use-cases/voortgang/referrals.ts';
import { addSocialeKaartOrganisation, listSocialeKaart, updateSocialeKaartOrganisation } from '../use-cases/voortgang/sociale-kaart.ts';
import {
  addProgressMeetingInput,
  interpreterBookingInput,
  interpreterBookingUpdate,
  interpreterCostsQuery,
  moveProgressMeetingInput,
  recordProgressMeetingInput,
  referralInput,
  referralUpdate,
  socialeKaartInput,
  socialeKaartUpdate,
} from '../use-cases/voortgang/voortgang.types.ts';
import {
  interpreterBookingViewSchema,
  interpreterCostsSchema,
  planResultSchema,
  progressMeetingViewSchema,
  referralViewSchema,
  socialeKaartListSchema,
  socialeKaartOrganisationViewSchema,
  voortgangViewSchema,
} from '../use-cases/voortgang/voortgang.view.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const tags = ['voortgang'];
const costsSchema = z.object({ gemeenten: z.array(interpreterCostsSchema) });

const meetingParams = z.strictObject({ id: z.uuid('Ongeldige id'), meetingId: z.uuid('Ongeldige id') });
const bookingParams = z.strictObject({ id: z.uuid('Ongeldige id'), bookingId: z.uuid('Ongeldige id') });
const referralParams = z.strictObject({ id: z.uuid('Ongeldige id'), referralId: z.uuid('Ongeldige id') });

export function voortgangRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/cases/:id/voortgang',
    { config: { access: 'case:read' }, schema: { tags, summary: 'Voortgang van een dossier: voortgangsgesprekken, tolken, doorverwijzingen', params: idParams, response: { 200: voortgangViewSchema, ...errors } } },
    (request) => getVoortgang(useCaseContext(request, ctx), request.params.id),
  );

  api.post(
    '/api/cases/:id/voortgang/plannen',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Voortgangsgesprekken plannen volgens het geldende PIP (als dat nog niet gebeurde, bijv. na een import)', params: idParams, response: { 200: planResultSchema, ...errors } },
    },
    (request) => replanVoortgang(useCaseContext(request, ctx), request.params.id),
  );

  api.post(
    '/api/cases/:id/voortgang/gesprekken',
    { config: { access: 'case:write' }, schema: { tags, summary: 'Extra voortgangsgesprek plannen', params: idParams, body: addProgressMeetingInput, response: { 201: progressMeetingViewSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await addProgressMeeting(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.patch(
    '/api/cases/:id/voortgang/gesprekken/:meetingId',
    { config: { access: 'case:write' }, schema: { tags, summary: 'Gepland voortgangsgesprek verplaatsen (met version)', params: meetingParams, body: moveProgressMeetingInput, response: { 200: progressMeetingViewSchema, ...errors } } },
    (request) => moveProgressMeeting(useCaseContext(request, ctx), request.params.id, request.params.meetingId, request.body),
  );

  api.put(
    '/api/cases/:id/voortgang/gesprekken/:meetingId/verslag',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Voortgangsgesprek vastleggen: aanwezigen, verslag per thema, uitkomst (met version); het verslag komt als PDF in de documenten', params: meetingParams, body: recordProgressMeetingInput, response: { 200: progressMeetingViewSchema, ...errors } },
    },
    (request) => recordProgressMeeting(useCaseContext(request, ctx), request.params.id, request.params.meetingId, request.body),
  );

  api.post(
    '/api/cases/:id/voortgang/tolken',
    { config: { access: 'case:write' }, schema: { tags, summary: 'Tolk boeken voor een gesprek (intake of voortgang)', params: idParams, body: interpreterBookingInput, response: { 201: interpreterBookingViewSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await addInterpreterBooking(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.put(
    '/api/cases/:id/voortgang/tolken/:bookingId',
    { config: { access: 'case:write' }, schema: { tags, summary: 'Tolkboeking wijzigen (met version)', params: bookingParams, body: interpreterBookingUpdate, response: { 200: interpreterBookingViewSchema, ...errors } } },
    (request) => updateInterpreterBooking(useCaseContext(request, ctx), request.params.id, request.params.bookingId, request.body),
  );

  api.post(
    '/api/cases/:id/voortgang/doorverwijzingen',
    { config: { access: 'case:write' }, schema: { tags, summary: 'Doorverwijzen naar een organisatie van de sociale kaart', params: idParams, body: referralInput, response: { 201: referralViewSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await addReferral(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.patch(
    '/api/cases/:id/voortgang/doorverwijzingen/:referralId',
    { config: { access: 'case:write' }, schema: { tags, summary: 'Uitkomst van een doorverwijzing vastleggen (met version)', params: referralParams, body: referralUpdate, response: { 200: referralViewSchema, ...errors } } },
    (request) => updateReferral(useCaseContext(request, ctx), request.params.id, request.params.referralId, request.body),
  );

  api.get(
    '/api/rapportage/tolkkosten',
    {
      config: { access: 'reports:aggregate' },
      schema: { tags: ['rapportage'], summary: 'Tolkkosten per gemeente over een periode (aantallen en bedragen in centen, zonder persoonsgegevens)', querystring: interpreterCostsQuery.extend({ gemeenteId: z.uuid('Ongeldige gemeente').optional() }), response: { 200: costsSchema, ...errors } },
    },
    async (request) => ({ gemeenten: await interpreterCostsReport(useCaseContext(request, ctx), request.query) }),
  );

  api.get(
    '/api/gemeenten/:id/sociale-kaart',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'Sociale kaart van een gemeente (met case:read of sociale-kaart:manage)', params: idParams, response: { 200: socialeKaartListSchema, ...errors } } },
    (request) => listSocialeKaart(useCaseContext(request, ctx), request.params.id),
  );

  api.post(
    '/api/sociale-kaart',
    { config: { access: 'sociale-kaart:manage' }, schema: { tags, summary: 'Organisatie aan de sociale kaart toevoegen', body: socialeKaartInput, response: { 201: socialeKaartOrganisationViewSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await addSocialeKaartOrganisation(useCaseContext(request, ctx), request.body)),
  );

  api.put(
    '/api/sociale-kaart/:organisationId',
    { config: { access: 'sociale-kaart:manage' }, schema: { tags, summary: 'Organisatie op de sociale kaart wijzigen of op non-actief zetten (met version)', params: z.strictObject({ organisationId: z.uuid('Ongeldige id') }), body: socialeKaartUpdate, response: { 200: socialeKaartOrganisationViewSchema, ...errors } } },
    (request) => updateSocialeKaartOrganisation(useCaseContext(request, ctx), request.params.organisationId, request.body),
  );
}
