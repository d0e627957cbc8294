import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { updateChecklistItem } from '../use-cases/voorbereiding/checklist.ts';
import { checklistItemParams, updateChecklistItemInput } from '../use-cases/voorbereiding/checklist.types.ts';
import { getVoorbereiding } from '../use-cases/voorbereiding/get-voorbereiding.ts';
import { getIntakeScenario, intakeScenarioInput, setIntakeScenario } from '../use-cases/voorbereiding/intake-scenario.ts';
import { createMeetingInput, updateMeetingInput } from '../use-cases/voorbereiding/meeting.types.ts';
import { meetingViewSchema } from '../use-cases/voorbereiding/meeting.view.ts';
import { checklistItemViewSchema, gemeenteScenarioViewSchema, voorbereidingViewSchema } from '../use-cases/voorbereiding/voorbereiding.view.ts';
import { planMeeting } from '../use-cases/voorbereiding/plan-meeting.ts';
import { updateMeeting } from '../use-cases/voorbereiding/update-meeting.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const meetingParams = z.strictObject({ id: z.uuid('Ongeldige id'), meetingId: z.uuid('Ongeldige id') });

export function voorbereidingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['voorbereiding'];

  api.get(
    '/api/cases/:id/voorbereiding',
    {
      config: { access: 'case:read' },
      schema: { tags, summary: 'Voorbereiding (schakel 2): gesprekken, regeldag en intakescenario', params: idParams, response: { 200: voorbereidingViewSchema, ...errors } },
    },
    (request) => getVoorbereiding(useCaseContext(request, ctx), request.params.id),
  );

  api.post(
    '/api/cases/:id/meetings',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Gesprek plannen of vastleggen (warme overdracht, kennismaking, intakegesprek)', params: idParams, body: createMeetingInput, response: { 201: meetingViewSchema, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await planMeeting(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.patch(
    '/api/cases/:id/meetings/:meetingId',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Gesprek bijwerken (status, verslag, uitkomst)', params: meetingParams, body: updateMeetingInput, response: { 200: meetingViewSchema, ...errors } },
    },
    (request) => updateMeeting(useCaseContext(request, ctx), request.params.id, request.params.meetingId, request.body),
  );

  api.put(
    '/api/cases/:id/checklist/:item',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Onderdeel van de regeldag-checklist bijwerken', params: checklistItemParams, body: updateChecklistItemInput, response: { 200: checklistItemViewSchema, ...errors } },
    },
    (request) => updateChecklistItem(useCaseContext(request, ctx), request.params.id, request.params.item, request.body),
  );

  api.get(
    '/api/gemeenten/:id/settings/intake-scenario',
    {
      // Read by case managers (case:read) and by the beheerder who sets it (admin:gemeenten).
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Scenario voor de start van de brede intake van een gemeente', params: idParams, response: { 200: gemeenteScenarioViewSchema, ...errors } },
    },
    (request) => getIntakeScenario(useCaseContext(request, ctx), request.params.id),
  );

  api.put(
    '/api/gemeenten/:id/settings/intake-scenario',
    {
      config: { access: 'admin:gemeenten' },
      schema: { tags: ['beheer'], summary: 'Scenario voor de start van de brede intake instellen (1, 2 of 3)', params: idParams, body: intakeScenarioInput, response: { 200: gemeenteScenarioViewSchema, ...errors } },
    },
    (request) => setIntakeScenario(useCaseContext(request, ctx), request.params.id, request.body),
  );
}
