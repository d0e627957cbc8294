import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { evidenceViewSchema, intakeViewSchema, learnabilityTestViewSchema, sentInvitationSchema } from '../use-cases/intake/intake.view.ts';
import type { AppContext } from '../http/context.ts';
import { addLearnabilityEvidence } from '../use-cases/intake/add-evidence.ts';
import { completeIntake } from '../use-cases/intake/complete-intake.ts';
import { getIntake } from '../use-cases/intake/get-intake.ts';
import {
  addEvidenceInput,
  completeIntakeInput,
  planLearnabilityTestInput,
  registerOutcomeInput,
  sendInvitationInput,
  updateIntakeRecordInput,
  updateLearnabilityTestInput,
} from '../use-cases/intake/intake.types.ts';
import { planLearnabilityTest, updateLearnabilityTest } from '../use-cases/intake/learnability-tests.ts';
import { registerInvitationOutcome } from '../use-cases/intake/register-outcome.ts';
import { sendInvitation } from '../use-cases/intake/send-invitation.ts';
import { updateIntakeRecord } from '../use-cases/intake/update-intake-record.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const invitationParams = z.strictObject({ id: z.uuid('Ongeldige id'), invitationId: z.uuid('Ongeldige id') });
const testParams = z.strictObject({ id: z.uuid('Ongeldige id'), testId: z.uuid('Ongeldige id') });

export function intakeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['brede intake'];

  api.get(
    '/api/cases/:id/intake',
    {
      config: { access: 'case:read' },
      schema: { tags, summary: 'Brede intake: verslag, uitnodigingen, volgende stap, toets en aanvullend bewijs', params: idParams, response: { 200: intakeViewSchema, ...errors } },
    },
    (request) => getIntake(useCaseContext(request, ctx), request.params.id),
  );

  api.post(
    '/api/cases/:id/intake/invitations',
    {
      config: { access: 'case:write' },
      schema: {
        tags,
        summary: 'Uitnodigen voor de brede intake (of waarschuwing + herhaalde uitnodiging), met brief als PDF',
        params: idParams,
        body: sendInvitationInput,
        response: { 201: sentInvitationSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await sendInvitation(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.post(
    '/api/cases/:id/intake/invitations/:invitationId/outcome',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Uitkomst van een uitnodiging vastleggen', params: invitationParams, body: registerOutcomeInput, response: { 200: intakeViewSchema, ...errors } },
    },
    (request) => registerInvitationOutcome(useCaseContext(request, ctx), request.params.id, request.params.invitationId, request.body),
  );

  api.put(
    '/api/cases/:id/intake/record',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Verslag van de brede intake opslaan (thema’s, notities)', params: idParams, body: updateIntakeRecordInput, response: { 200: intakeViewSchema, ...errors } },
    },
    (request) => updateIntakeRecord(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.post(
    '/api/cases/:id/intake/complete',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Brede intake afronden (met of zonder betrokkene)', params: idParams, body: completeIntakeInput, response: { 200: intakeViewSchema, ...errors } },
    },
    (request) => completeIntake(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.post(
    '/api/cases/:id/learnability-tests',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Leerbaarheidstoets plannen of ontheffing vastleggen', params: idParams, body: planLearnabilityTestInput, response: { 201: learnabilityTestViewSchema, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await planLearnabilityTest(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.patch(
    '/api/cases/:id/learnability-tests/:testId',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Uitslag, niet verschenen, verplaatsen of annuleren van de leerbaarheidstoets', params: testParams, body: updateLearnabilityTestInput, response: { 200: learnabilityTestViewSchema, ...errors } },
    },
    (request) => updateLearnabilityTest(useCaseContext(request, ctx), request.params.id, request.params.testId, request.body),
  );

  api.post(
    '/api/cases/:id/learnability-evidence',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Aanvullend bewijs van leerbaarheid: startklas-observatie of assessment', params: idParams, body: addEvidenceInput, response: { 201: evidenceViewSchema, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await addLearnabilityEvidence(useCaseContext(request, ctx), request.params.id, request.body)),
  );
}
