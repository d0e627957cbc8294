import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { listClients } from '../use-cases/begeleiding/list-clients.ts';
import { getClient } from '../use-cases/begeleiding/get-client.ts';
import { addBegeleidingContact } from '../use-cases/begeleiding/add-contact.ts';
import { recordZrmMeasurement } from '../use-cases/begeleiding/record-measurement.ts';
import { signalBegeleidingProblem } from '../use-cases/begeleiding/signal-problem.ts';
import { setBegeleidingPeriod } from '../use-cases/begeleiding/set-period.ts';
import { getCaseBegeleiding } from '../use-cases/begeleiding/get-case-begeleiding.ts';
import { handleBegeleidingProblem } from '../use-cases/begeleiding/handle-problem.ts';
import { getZrmMatrix } from '../use-cases/begeleiding/get-zrm-matrix.ts';
import { setZrmMatrix } from '../use-cases/begeleiding/set-zrm-matrix.ts';
import {
  begeleidingContactInput,
  begeleidingPeriodInput,
  begeleidingProblemInput,
  problemHandledInput,
  zrmMatrixInput,
  zrmMeasurementInput,
} from '../use-cases/begeleiding/begeleiding.types.ts';
import {
  begeleidingContactViewSchema,
  begeleidingPeriodViewSchema,
  begeleidingProblemViewSchema,
  begeleidingViewSchema,
  clientListItemSchema,
  clientViewSchema,
  zrmMatrixSettingViewSchema,
  zrmMeasurementViewSchema,
} from '../use-cases/begeleiding/begeleiding.view.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const tags = ['begeleiding'];

const problemParams = z.strictObject({ id: z.uuid('Ongeldige id'), problemId: z.uuid('Ongeldige id') });

/** Maatschappelijke begeleiding (R17, ADR 0149): the begeleider's own screen, and the part in the case file. */
export function begeleidingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/begeleiding/clienten',
    { config: { access: 'begeleiding:work' }, schema: { tags, summary: 'Mijn cliënten: de aan de begeleider toegewezen personen', response: { 200: z.array(clientListItemSchema), ...errors } } },
    (request) => listClients(useCaseContext(request, ctx)),
  );

  api.get(
    '/api/begeleiding/clienten/:id',
    {
      config: { access: 'begeleiding:work' },
      schema: { tags, summary: 'Eén cliënt: naam, contact, taal, PIP-afspraken, afspraken en de begeleiding (nooit BSN of intake)', params: idParams, response: { 200: clientViewSchema, ...errors } },
    },
    (request) => getClient(useCaseContext(request, ctx), request.params.id),
  );

  api.post(
    '/api/begeleiding/clienten/:id/contacten',
    { config: { access: 'begeleiding:work' }, schema: { tags, summary: 'Contact vastleggen', params: idParams, body: begeleidingContactInput, response: { 201: begeleidingContactViewSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await addBegeleidingContact(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.post(
    '/api/begeleiding/clienten/:id/zelfredzaamheid',
    { config: { access: 'begeleiding:work' }, schema: { tags, summary: 'Meting van de zelfredzaamheid vastleggen (score per leefgebied)', params: idParams, body: zrmMeasurementInput, response: { 201: zrmMeasurementViewSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await recordZrmMeasurement(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.post(
    '/api/begeleiding/clienten/:id/problemen',
    { config: { access: 'begeleiding:work' }, schema: { tags, summary: 'Probleem melden aan de trajectregisseur (komt in de werkvoorraad)', params: idParams, body: begeleidingProblemInput, response: { 201: begeleidingProblemViewSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await signalBegeleidingProblem(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.put(
    '/api/begeleiding/clienten/:id/periode',
    { config: { access: 'begeleiding:work' }, schema: { tags, summary: 'Start, verwachte einde en einde van de begeleiding (met version; 0 = starten)', params: idParams, body: begeleidingPeriodInput, response: { 200: begeleidingPeriodViewSchema, ...errors } } },
    (request) => setBegeleidingPeriod(useCaseContext(request, ctx), request.params.id, request.body, 'begeleider'),
  );

  api.get(
    '/api/begeleiding/zelfredzaamheidsmatrix',
    { config: { access: 'begeleiding:work' }, schema: { tags, summary: 'Leefgebieden en schaal van de organisatie (standaard: ZRM 2017)', response: { 200: zrmMatrixSettingViewSchema, ...errors } } },
    (request) => getZrmMatrix(useCaseContext(request, ctx)),
  );

  api.get(
    '/api/admin/zelfredzaamheidsmatrix',
    { config: { access: 'admin:gemeenten' }, schema: { tags, summary: 'Leefgebieden en schaal van de organisatie (beheer)', response: { 200: zrmMatrixSettingViewSchema, ...errors } } },
    (request) => getZrmMatrix(useCaseContext(request, ctx)),
  );

  api.put(
    '/api/admin/zelfredzaamheidsmatrix',
    { config: { access: 'admin:gemeenten' }, schema: { tags, summary: 'Leefgebieden en schaal van de organisatie instellen (met version; 0 = eerste keer)', body: zrmMatrixInput, response: { 200: zrmMatrixSettingViewSchema, ...errors } } },
    (request) => setZrmMatrix(useCaseContext(request, ctx), request.body),
  );

  api.get(
    '/api/cases/:id/begeleiding',
    { config: { access: 'case:read' }, schema: { tags: ['dossiers'], summary: 'Maatschappelijke begeleiding in het dossier (teksten alleen met case:read-sensitive)', params: idParams, response: { 200: begeleidingViewSchema, ...errors } } },
    (request) => getCaseBegeleiding(useCaseContext(request, ctx), request.params.id),
  );

  api.put(
    '/api/cases/:id/begeleiding/periode',
    { config: { access: 'case:write' }, schema: { tags: ['dossiers'], summary: 'Periode van de begeleiding vastleggen of beëindigen (met version)', params: idParams, body: begeleidingPeriodInput, response: { 200: begeleidingPeriodViewSchema, ...errors } } },
    (request) => setBegeleidingPeriod(useCaseContext(request, ctx), request.params.id, request.body, 'regisseur'),
  );

  api.patch(
    '/api/cases/:id/begeleiding/problemen/:problemId',
    { config: { access: 'case:write' }, schema: { tags: ['dossiers'], summary: 'Melding van de begeleider afhandelen (met version)', params: problemParams, body: problemHandledInput, response: { 200: begeleidingProblemViewSchema, ...errors } } },
    (request) => handleBegeleidingProblem(useCaseContext(request, ctx), request.params.id, request.params.problemId, request.body),
  );
}
