// Lists as files (ADR 0142): `/export` siblings of the lists, with the list's own filters and
// permission, plus `format=csv|xlsx`. Each use case reads through the list use case and logs the
// export in the processing log.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { exportCases } from '../use-cases/exports/export-cases.ts';
import { exportWorkqueue } from '../use-cases/exports/export-workqueue.ts';
import { exportOpenHandhaving } from '../use-cases/exports/export-open-handhaving.ts';
import { exportImportRejections } from '../use-cases/exports/export-import-rejections.ts';
import { exportPvtGroups } from '../use-cases/exports/export-pvt-groups.ts';
import { exportContracts } from '../use-cases/exports/export-contracts.ts';
import { gemeenteQuery } from '../use-cases/pvt-map/pvt-map.types.ts';
import { caseListFilters } from './cases.ts';
import { workqueueFilters } from './workqueue.ts';
import { errors } from './schemas.ts';
import { exportFormat, sendFile } from './export-reply.ts';
import { useCaseContext } from './request-context.ts';

export function exportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/cases/export',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['dossiers'], summary: 'Dossierlijst met dezelfde zoekopdracht en filters als bestand (CSV of XLSX); vastgelegd in het verwerkingenlogboek', querystring: caseListFilters.extend({ format: exportFormat }), response: errors },
    },
    async (request, reply) => {
      const { format, ...q } = request.query;
      const file = await exportCases(
        useCaseContext(request, ctx),
        {
          ...(q.gemeenteId ? { gemeenteId: q.gemeenteId } : {}),
          ...(q.zoek ? { search: q.zoek } : {}),
          ...(q.status ? { status: q.status } : {}),
          ...(q.trajectregisseur ? { caseManagerId: q.trajectregisseur } : {}),
          sort: q.sorteer,
          order: q.volgorde,
        },
        format,
      );
      return sendFile(reply, file);
    },
  );

  api.get(
    '/api/workqueue/export',
    {
      config: { access: 'workqueue:own' },
      schema: { tags: ['werkvoorraad'], summary: 'Werkvoorraad met dezelfde weergave en filters als bestand (CSV of XLSX); vastgelegd in het verwerkingenlogboek', querystring: workqueueFilters.extend({ format: exportFormat }), response: errors },
    },
    async (request, reply) => {
      const { format, ...q } = request.query;
      const file = await exportWorkqueue(
        useCaseContext(request, ctx),
        { scope: q.scope, ...(q.gemeenteId ? { gemeenteId: q.gemeenteId } : {}), ...(q.kind ? { kind: q.kind } : {}), sort: q.sort, order: q.order, includeUpcoming: q.upcoming === 'true', onlyOverdue: q.overdue === 'true' },
        format,
      );
      return sendFile(reply, file);
    },
  );

  api.get(
    '/api/handhaving/export',
    {
      config: { access: 'workqueue:team' },
      schema: { tags: ['handhaving'], summary: 'Alle lopende handhaving in het team als bestand (CSV of XLSX); vastgelegd in het verwerkingenlogboek', querystring: z.strictObject({ format: exportFormat }), response: errors },
    },
    async (request, reply) => sendFile(reply, await exportOpenHandhaving(useCaseContext(request, ctx), request.query.format)),
  );

  api.get(
    '/api/imports/:jobId/afgewezen/export',
    {
      config: { access: 'case:write' },
      schema: {
        tags: ['dossiers'],
        summary: 'De afgewezen regels van een import met kolom en reden als bestand (CSV of XLSX; alleen voor wie de import startte)',
        params: z.strictObject({ jobId: z.uuid('Ongeldige id') }),
        querystring: z.strictObject({ format: exportFormat }),
        response: errors,
      },
    },
    async (request, reply) => sendFile(reply, await exportImportRejections(useCaseContext(request, ctx), request.params.jobId, request.query.format)),
  );

  api.get(
    '/api/pvt-groups/export',
    { config: { access: 'case:read' }, schema: { tags: ['pvt-map'], summary: 'PVT-groepen van een gemeente als bestand (CSV of XLSX)', querystring: gemeenteQuery.extend({ format: exportFormat }), response: errors } },
    async (request, reply) => sendFile(reply, await exportPvtGroups(useCaseContext(request, ctx), request.query.gemeenteId, request.query.format)),
  );

  api.get(
    '/api/admin/providers/export',
    { config: { access: 'contracts:manage' }, schema: { tags: ['aanbieders'], summary: 'Aanbieders en contracten van de organisatie als bestand (CSV of XLSX)', querystring: z.strictObject({ format: exportFormat }), response: errors } },
    async (request, reply) => sendFile(reply, await exportContracts(useCaseContext(request, ctx), request.query.format)),
  );
}
