// Voortgangsgesprekken, tolken, doorverwijzingen and the sociale kaart (R19, R21; ADR 0120–0122).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { interpreterKinds, interpreterStatuses, progressMeetingStatuses, progressOutcomes, referralOutcomes, socialeKaartThemes } from '@koers/domain';
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
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const tags = ['voortgang'];
const texts = z.record(z.string(), z.string());

const meetingSchema = z
  .object({
    id: z.string(),
    plannedOn: z.string(),
    extra: z.boolean(),
    status: z.enum(progressMeetingStatuses),
    heldOn: z.string().nullable(),
    attendees: z.string().nullable(),
    report: texts,
    sensitiveReport: texts.nullable().describe('Gezondheid en gezin: alleen voor rollen met case:read-sensitive'),
    outcome: z.enum(progressOutcomes).nullable(),
    outcomeReason: z.string().nullable(),
    documentId: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: 'Voortgangsgesprek' });

const bookingSchema = z
  .object({ id: z.string(), meetingKind: z.enum(['intake', 'voortgang']), meetingId: z.string(), bookedOn: z.string(), language: z.string(), kind: z.enum(interpreterKinds), providerName: z.string(), costCents: z.number(), status: z.enum(interpreterStatuses), version: z.number() })
  .meta({ id: 'Tolkboeking' });

const referralSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    organisationTheme: z.enum(socialeKaartThemes),
    progressMeetingId: z.string().nullable(),
    referredOn: z.string(),
    reason: z.string(),
    outcome: z.enum(referralOutcomes),
    outcomeNote: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: 'Doorverwijzing' });

const organisationSchema = z
  .object({ id: z.string(), gemeenteId: z.string(), name: z.string(), theme: z.enum(socialeKaartThemes), contact: z.string().nullable(), notes: z.string().nullable(), active: z.boolean(), version: z.number() })
  .meta({ id: 'SocialeKaartOrganisatie' });

const voortgangSchema = z.object({
  pip: z.object({ id: z.string(), version: z.number(), progressMeetings: z.number().nullable(), issuedOn: z.string().nullable() }).nullable(),
  term: z.object({ start: z.string(), endExclusive: z.string() }).nullable(),
  meetings: z.array(meetingSchema),
  interpreterBookings: z.array(bookingSchema),
  interpreterCostCents: z.number(),
  referrals: z.array(referralSchema),
  organisations: z.array(organisationSchema),
  intakeMeetings: z.array(z.object({ id: z.string(), kind: z.string(), plannedAt: z.string().nullable() })),
  readsSensitive: z.boolean(),
});

const costsSchema = z.object({
  gemeenten: z.array(
    z.object({
      gemeente: z.object({ id: z.string(), name: z.string() }),
      from: z.string(),
      to: z.string(),
      bookings: z.number(),
      totalCents: z.number(),
      perKind: z.record(z.string(), z.object({ bookings: z.number(), totalCents: z.number() })),
      cases: z.number(),
    }),
  ),
});

const meetingParams = z.strictObject({ id: z.uuid('Ongeldige id'), meetingId: z.uuid('Ongeldige id') });
const bookingParams = z.strictObject({ id: z.uuid('Ongeldige id'), bookingId: z.uuid('Ongeldige id') });
const referralParams = z.strictObject({ id: z.uuid('Ongeldige id'), referralId: z.uuid('Ongeldige id') });

export function voortgangRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/cases/:id/voortgang',
    { config: { access: 'case:read' }, schema: { tags, summary: 'Voortgang van een dossier: voortgangsgesprekken, tolken, doorverwijzingen', params: idParams, response: { 200: voortgangSchema, ...errors } } },
    (request) => getVoortgang(useCaseContext(request, ctx), request.params.id),
  );

  api.post(
    '/api/cases/:id/voortgang/plannen',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Voortgangsgesprekken plannen volgens het geldende PIP (als dat nog niet gebeurde, bijv. na een import)', params: idParams, response: { 200: z.object({ planned: z.number(), dropped: z.number() }), ...errors } },
    },
    (request) => replanVoortgang(useCaseContext(request, ctx), request.params.id),
  );

  api.post(
    '/api/cases/:id/voortgang/gesprekken',
    { config: { access: 'case:write' }, schema: { tags, summary: 'Extra voortgangsgesprek plannen', params: idParams, body: addProgressMeetingInput, response: { 201: meetingSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await addProgressMeeting(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.patch(
    '/api/cases/:id/voortgang/gesprekken/:meetingId',
    { config: { access: 'case:write' }, schema: { tags, summary: 'Gepland voortgangsgesprek verplaatsen (met version)', params: meetingParams, body: moveProgressMeetingInput, response: { 200: meetingSchema, ...errors } } },
    (request) => moveProgressMeeting(useCaseContext(request, ctx), request.params.id, request.params.meetingId, request.body),
  );

  api.put(
    '/api/cases/:id/voortgang/gesprekken/:meetingId/verslag',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Voortgangsgesprek vastleggen: aanwezigen, verslag per thema, uitkomst (met version); het verslag komt als PDF in de documenten', params: meetingParams, body: recordProgressMeetingInput, response: { 200: meetingSchema, ...errors } },
    },
    (request) => recordProgressMeeting(useCaseContext(request, ctx), request.params.id, request.params.meetingId, request.body),
  );

  api.post(
    '/api/cases/:id/voortgang/tolken',
    { config: { access: 'case:write' }, schema: { tags, summary: 'Tolk boeken voor een gesprek (intake of voortgang)', params: idParams, body: interpreterBookingInput, response: { 201: bookingSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await addInterpreterBooking(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.put(
    '/api/cases/:id/voortgang/tolken/:bookingId',
    { config: { access: 'case:write' }, schema: { tags, summary: 'Tolkboeking wijzigen (met version)', params: bookingParams, body: interpreterBookingUpdate, response: { 200: bookingSchema, ...errors } } },
    (request) => updateInterpreterBooking(useCaseContext(request, ctx), request.params.id, request.params.bookingId, request.body),
  );

  api.post(
    '/api/cases/:id/voortgang/doorverwijzingen',
    { config: { access: 'case:write' }, schema: { tags, summary: 'Doorverwijzen naar een organisatie van de sociale kaart', params: idParams, body: referralInput, response: { 201: referralSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await addReferral(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.patch(
    '/api/cases/:id/voortgang/doorverwijzingen/:referralId',
    { config: { access: 'case:write' }, schema: { tags, summary: 'Uitkomst van een doorverwijzing vastleggen (met version)', params: referralParams, body: referralUpdate, response: { 200: referralSchema, ...errors } } },
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
    { config: { access: 'authenticated' }, schema: { tags, summary: 'Sociale kaart van een gemeente (met case:read of sociale-kaart:manage)', params: idParams, response: { 200: z.object({ organisations: z.array(organisationSchema), canManage: z.boolean() }), ...errors } } },
    (request) => listSocialeKaart(useCaseContext(request, ctx), request.params.id),
  );

  api.post(
    '/api/sociale-kaart',
    { config: { access: 'sociale-kaart:manage' }, schema: { tags, summary: 'Organisatie aan de sociale kaart toevoegen', body: socialeKaartInput, response: { 201: organisationSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await addSocialeKaartOrganisation(useCaseContext(request, ctx), request.body)),
  );

  api.put(
    '/api/sociale-kaart/:organisationId',
    { config: { access: 'sociale-kaart:manage' }, schema: { tags, summary: 'Organisatie op de sociale kaart wijzigen of op non-actief zetten (met version)', params: z.strictObject({ organisationId: z.uuid('Ongeldige id') }), body: socialeKaartUpdate, response: { 200: organisationSchema, ...errors } } },
    (request) => updateSocialeKaartOrganisation(useCaseContext(request, ctx), request.params.organisationId, request.body),
  );
}
