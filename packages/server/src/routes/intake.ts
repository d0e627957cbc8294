import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { intakeActions, invitationOutcomeValues, learningRoutes } from '@koers/domain';
import { allowedIntakeActions, evidenceKinds, intakeStatuses, learnabilityTestStatuses } from '../use-cases/intake/intake.view.ts';
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
import { intakeThemes } from '../use-cases/intake/themes.types.ts';
import { updateIntakeRecord } from '../use-cases/intake/update-intake-record.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';
import { caseScenarioSchema, meetingSchema } from './voorbereiding.ts';

const explanationSchema = z
  .object({
    summary: z.string(),
    steps: z.array(z.object({ text: z.string(), articles: z.array(z.string()).readonly() })).readonly(),
    articles: z.array(z.string()).readonly(),
  })
  .meta({ id: 'IntakeUitleg' });

const invitationSchema = z
  .object({
    id: z.string(),
    sequence: z.number(),
    sentOn: z.string(),
    respondBy: z.string(),
    appointmentAt: z.string().nullable(),
    location: z.string().nullable(),
    warningSentOn: z.string().nullable(),
    outcome: z.enum(invitationOutcomeValues),
    outcomeOn: z.string().nullable(),
    documentId: z.string().nullable().describe('Brief: GET /api/cases/{id}/documents/{documentId}'),
    warningDocumentId: z.string().nullable().describe('Schriftelijke waarschuwing na deze oproep'),
  })
  .meta({ id: 'IntakeUitnodiging' });

const testSchema = z
  .object({
    id: z.string(),
    status: z.enum(learnabilityTestStatuses),
    plannedAt: z.string().nullable(),
    location: z.string().nullable(),
    device: z.string().nullable(),
    supervisor: z.string().nullable(),
    exemption: z.string().nullable(),
    exemptionExplanation: explanationSchema.nullable(),
    resultOn: z.string().nullable(),
    advisedRoute: z.enum(learningRoutes).nullable(),
    level: z.string().nullable(),
    details: z.string().nullable(),
    note: z.string().nullable(),
    source: z.string(),
    version: z.number(),
    createdAt: z.string(),
  })
  .meta({ id: 'Leerbaarheidstoets' });

const evidenceSchema = z
  .object({
    id: z.string(),
    kind: z.enum(evidenceKinds),
    instrument: z.string().nullable(),
    observedOn: z.string(),
    author: z.string(),
    scores: z.record(z.string(), z.number()),
    advisedRoute: z.enum(learningRoutes).nullable(),
    summary: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'LeerbaarheidBewijs' });

const intakeSchema = z
  .object({
    caseId: z.string(),
    record: z.object({
      status: z.enum(intakeStatuses),
      startedOn: z.string().nullable(),
      completedOn: z.string().nullable(),
      completedWithoutPerson: z.boolean(),
      themes: intakeThemes,
      sensitiveNotes: z.string().nullable(),
      sensitiveHidden: z.boolean(),
      summary: z.string().nullable(),
      activityHours: z.number().nullable(),
      version: z.number(),
      missingThemes: z.array(z.object({ key: z.string(), label: z.string() })),
    }),
    invitations: z.array(invitationSchema),
    nextStep: z.object({ action: z.enum(intakeActions), fineable: z.boolean(), explanation: explanationSchema }),
    allowedAction: z.enum(allowedIntakeActions),
    completionWithPerson: z.object({ allowed: z.boolean(), reason: z.string().nullable() }),
    scenario: caseScenarioSchema,
    conversations: z.array(meetingSchema),
    learnabilityTests: z.array(testSchema),
    evidence: z.array(evidenceSchema),
    aspects: z.array(z.object({ key: z.string(), label: z.string() })),
    scoreLabels: z.record(z.string(), z.string()),
  })
  .meta({ id: 'BredeIntake' });

const sentInvitationSchema = z
  .object({ invitationId: z.string(), documentId: z.string(), warningDocumentId: z.string().nullable(), intake: intakeSchema })
  .meta({ id: 'VerstuurdeUitnodiging' });

const invitationParams = z.strictObject({ id: z.uuid('Ongeldige id'), invitationId: z.uuid('Ongeldige id') });
const testParams = z.strictObject({ id: z.uuid('Ongeldige id'), testId: z.uuid('Ongeldige id') });

export function intakeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['brede intake'];

  api.get(
    '/api/cases/:id/intake',
    {
      config: { access: 'case:read' },
      schema: { tags, summary: 'Brede intake: verslag, uitnodigingen, volgende stap, toets en aanvullend bewijs', params: idParams, response: { 200: intakeSchema, ...errors } },
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
      schema: { tags, summary: 'Uitkomst van een uitnodiging vastleggen', params: invitationParams, body: registerOutcomeInput, response: { 200: intakeSchema, ...errors } },
    },
    (request) => registerInvitationOutcome(useCaseContext(request, ctx), request.params.id, request.params.invitationId, request.body),
  );

  api.put(
    '/api/cases/:id/intake/record',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Verslag van de brede intake opslaan (thema’s, notities)', params: idParams, body: updateIntakeRecordInput, response: { 200: intakeSchema, ...errors } },
    },
    (request) => updateIntakeRecord(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.post(
    '/api/cases/:id/intake/complete',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Brede intake afronden (met of zonder betrokkene)', params: idParams, body: completeIntakeInput, response: { 200: intakeSchema, ...errors } },
    },
    (request) => completeIntake(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.post(
    '/api/cases/:id/learnability-tests',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Leerbaarheidstoets plannen of ontheffing vastleggen', params: idParams, body: planLearnabilityTestInput, response: { 201: testSchema, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await planLearnabilityTest(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.patch(
    '/api/cases/:id/learnability-tests/:testId',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Uitslag, niet verschenen, verplaatsen of annuleren van de leerbaarheidstoets', params: testParams, body: updateLearnabilityTestInput, response: { 200: testSchema, ...errors } },
    },
    (request) => updateLearnabilityTest(useCaseContext(request, ctx), request.params.id, request.params.testId, request.body),
  );

  api.post(
    '/api/cases/:id/learnability-evidence',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Aanvullend bewijs van leerbaarheid: startklas-observatie of assessment', params: idParams, body: addEvidenceInput, response: { 201: evidenceSchema, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await addLearnabilityEvidence(useCaseContext(request, ctx), request.params.id, request.body)),
  );
}
