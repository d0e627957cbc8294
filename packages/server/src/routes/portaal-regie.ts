// The regisseur's side of the portal (issue 17; ADR 0152, 0163), in the case part Portaal: what
// arrived through the portal, marking it handled (ends the werkvoorraad item), answering a message,
// asking for a document and judging the files sent for it. Every write is a case write, so a closed
// case refuses it (http/closed-case-guard.ts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { getCasePortaal } from '../use-cases/portaal/case-portaal.ts';
import { handlePortaalItem } from '../use-cases/portaal/handle-portaal-item.ts';
import { answerPortaalMessage } from '../use-cases/portaal/answer-message.ts';
import { requestPortaalDocument, reviewPortaalDocument } from '../use-cases/portaal/document-requests.ts';
import { answerMessageInput, requestDocumentInput, reviewDocumentInput } from '../use-cases/portaal/portaal-regie.types.ts';
import { casePortaalViewSchema, documentRequestWrittenSchema, portaalAnswerSentSchema, portaalItemHandledSchema } from '../use-cases/portaal/portaal-regie.view.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const itemParams = z.strictObject({ id: z.uuid('Ongeldige id'), itemId: z.uuid('Ongeldige id') });

export function portaalRegieRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['dossiers'];

  api.get(
    '/api/cases/:id/portaal',
    {
      config: { access: 'case:read' },
      schema: {
        tags,
        summary: 'Berichten, verzoeken en gevraagde documenten van de inburgeraar uit het portaal',
        params: idParams,
        response: { 200: casePortaalViewSchema, ...errors },
      },
    },
    (request) => getCasePortaal(useCaseContext(request, ctx), request.params.id),
  );

  for (const [path, kind] of [
    ['berichten', 'bericht'],
    ['reacties', 'reactie'],
  ] as const) {
    api.patch(
      `/api/cases/:id/portaal/${path}/:itemId`,
      {
        config: { access: 'case:write' },
        schema: {
          tags,
          summary: kind === 'bericht' ? 'Bericht uit het portaal afhandelen' : 'Verzoek om een afspraak te verzetten afhandelen',
          params: itemParams,
          body: z.strictObject({ version: z.number('Versie: geef de versie die u las').int().min(1) }),
          response: { 200: portaalItemHandledSchema, ...errors },
        },
      },
      (request) => handlePortaalItem(useCaseContext(request, ctx), request.params.id, kind, request.params.itemId, request.body.version),
    );
  }

  api.post(
    '/api/cases/:id/portaal/berichten/:itemId/antwoord',
    {
      config: { access: 'case:write' },
      schema: {
        tags,
        summary: 'Een bericht uit het portaal beantwoorden (handelt het ook af)',
        params: itemParams,
        body: answerMessageInput,
        response: { 201: portaalAnswerSentSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await answerPortaalMessage(useCaseContext(request, ctx), request.params.id, request.params.itemId, request.body)),
  );

  api.post(
    '/api/cases/:id/portaal/documentverzoeken',
    {
      config: { access: 'case:write' },
      schema: {
        tags,
        summary: 'Een document vragen via het portaal',
        params: idParams,
        body: requestDocumentInput,
        response: { 201: documentRequestWrittenSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await requestPortaalDocument(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.patch(
    '/api/cases/:id/portaal/documentverzoeken/:itemId',
    {
      config: { access: 'case:write' },
      schema: {
        tags,
        summary: 'Een document uit het portaal goedkeuren of opnieuw vragen',
        params: itemParams,
        body: reviewDocumentInput,
        response: { 200: documentRequestWrittenSchema, ...errors },
      },
    },
    (request) => reviewPortaalDocument(useCaseContext(request, ctx), request.params.id, request.params.itemId, request.body),
  );
}
