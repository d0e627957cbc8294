// PVT groups of a gemeente (sessions, participants, attendance, signing) and the PVT/MAP part of a case (R15, R16).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { listPvtGroups, pvtGroupSummarySchema } from '../use-cases/pvt-map/list-pvt-groups.ts';
import { getPvtGroup } from '../use-cases/pvt-map/get-pvt-group.ts';
import { createPvtGroup } from '../use-cases/pvt-map/create-pvt-group.ts';
import { updatePvtGroup } from '../use-cases/pvt-map/update-pvt-group.ts';
import { addPvtSession } from '../use-cases/pvt-map/add-pvt-session.ts';
import { addPvtParticipant } from '../use-cases/pvt-map/add-pvt-participant.ts';
import { recordAttendance } from '../use-cases/pvt-map/record-attendance.ts';
import { recordSigning } from '../use-cases/pvt-map/record-signing.ts';
import { getCasePvtMap } from '../use-cases/pvt-map/get-case-pvt-map.ts';
import { addMapActivity } from '../use-cases/pvt-map/add-map-activity.ts';
import { deleteMapActivity } from '../use-cases/pvt-map/delete-map-activity.ts';
import { recordFinalInterview } from '../use-cases/pvt-map/record-final-interview.ts';
import {
  addMapActivityInput,
  addPvtParticipantInput,
  addPvtSessionInput,
  caseParams,
  createPvtGroupInput,
  gemeenteQuery,
  groupParams,
  mapActivityParams,
  participantParams,
  recordAttendanceInput,
  recordFinalInterviewInput,
  recordSigningInput,
  sessionParams,
  updatePvtGroupInput,
} from '../use-cases/pvt-map/pvt-map.types.ts';
import { pvtGroupViewSchema } from '../use-cases/pvt-map/pvt-support.ts';
import { casePvtMapViewSchema } from '../use-cases/pvt-map/case-pvt-map.view.ts';
import { errors } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

export function pvtMapRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['pvt-map'];
  const read = { access: 'case:read' } as const;
  const write = { access: 'case:write' } as const;

  api.get('/api/pvt-groups', { config: read, schema: { tags, summary: 'PVT-groepen van een gemeente', querystring: gemeenteQuery, response: { 200: z.array(pvtGroupSummarySchema), ...errors } } }, (request) =>
    listPvtGroups(useCaseContext(request, ctx), request.query.gemeenteId),
  );
  api.post('/api/pvt-groups', { config: write, schema: { tags, summary: 'PVT-groep aanmaken', body: createPvtGroupInput, response: { 200: pvtGroupViewSchema, ...errors } } }, (request) =>
    createPvtGroup(useCaseContext(request, ctx), request.body),
  );
  api.get('/api/pvt-groups/:groupId', { config: read, schema: { tags, summary: 'PVT-groep met bijeenkomsten, deelnemers en aanwezigheid', params: groupParams, response: { 200: pvtGroupViewSchema, ...errors } } }, (request) =>
    getPvtGroup(useCaseContext(request, ctx), request.params.groupId),
  );
  api.put(
    '/api/pvt-groups/:groupId',
    { config: write, schema: { tags, summary: 'PVT-groep wijzigen (aanbieder, tolktaal, ondertekenmoment)', params: groupParams, body: updatePvtGroupInput, response: { 200: pvtGroupViewSchema, ...errors } } },
    (request) => updatePvtGroup(useCaseContext(request, ctx), request.params.groupId, request.body),
  );
  api.post(
    '/api/pvt-groups/:groupId/sessions',
    { config: write, schema: { tags, summary: 'Bijeenkomst (dagdeel) toevoegen', params: groupParams, body: addPvtSessionInput, response: { 200: pvtGroupViewSchema, ...errors } } },
    (request) => addPvtSession(useCaseContext(request, ctx), request.params.groupId, request.body),
  );
  api.put(
    '/api/pvt-groups/:groupId/sessions/:sessionId/attendance',
    { config: write, schema: { tags, summary: 'Aanwezigheid bij een bijeenkomst vastleggen', params: sessionParams, body: recordAttendanceInput, response: { 200: pvtGroupViewSchema, ...errors } } },
    (request) => recordAttendance(useCaseContext(request, ctx), request.params.groupId, request.params.sessionId, request.body),
  );
  api.post(
    '/api/pvt-groups/:groupId/participants',
    { config: write, schema: { tags, summary: 'Deelnemer (dossier) aan een PVT-groep toevoegen', params: groupParams, body: addPvtParticipantInput, response: { 200: pvtGroupViewSchema, ...errors } } },
    (request) => addPvtParticipant(useCaseContext(request, ctx), request.params.groupId, request.body.caseId),
  );
  api.put(
    '/api/pvt-groups/:groupId/participants/:caseId/signing',
    {
      config: write,
      schema: { tags, summary: 'Ondertekening participatieverklaring vastleggen; de datum gaat naar DUO en het certificaat naar de documenten', params: participantParams, body: recordSigningInput, response: { 200: pvtGroupViewSchema, ...errors } },
    },
    (request) => recordSigning(useCaseContext(request, ctx), request.params.groupId, request.params.caseId, request.body),
  );
  api.get('/api/cases/:id/pvt-map', { config: read, schema: { tags, summary: 'PVT en MAP van een dossier', params: caseParams, response: { 200: casePvtMapViewSchema, ...errors } } }, (request) =>
    getCasePvtMap(useCaseContext(request, ctx), request.params.id),
  );
  api.post(
    '/api/cases/:id/map-activities',
    { config: write, schema: { tags, summary: 'MAP-activiteit vastleggen', params: caseParams, body: addMapActivityInput, response: { 200: casePvtMapViewSchema, ...errors } } },
    (request) => addMapActivity(useCaseContext(request, ctx), request.params.id, request.body),
  );
  api.delete(
    '/api/cases/:id/map-activities/:activityId',
    { config: write, schema: { tags, summary: 'MAP-activiteit verwijderen', params: mapActivityParams, response: { 200: casePvtMapViewSchema, ...errors } } },
    (request) => deleteMapActivity(useCaseContext(request, ctx), request.params.id, request.params.activityId),
  );
  api.put(
    '/api/cases/:id/map-final-interview',
    { config: write, schema: { tags, summary: 'Eindgesprek MAP vastleggen; de datum gaat naar DUO', params: caseParams, body: recordFinalInterviewInput, response: { 200: casePvtMapViewSchema, ...errors } } },
    (request) => recordFinalInterview(useCaseContext(request, ctx), request.params.id, request.body),
  );
}
