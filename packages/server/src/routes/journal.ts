import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { listJournal } from '../use-cases/journal/list-journal.ts';
import { addJournalEntry } from '../use-cases/journal/add-journal-entry.ts';
import { correctJournalEntry } from '../use-cases/journal/correct-journal-entry.ts';
import { journalCorrectionInput, journalEntryInput } from '../use-cases/journal/journal.types.ts';
import { journalEntryViewSchema, journalViewSchema } from '../use-cases/journal/journal.view.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

/** The contactjournaal of a case (ADR 0100). Partners have no case:read and see no journal. */
export function journalRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/cases/:id/journal',
    {
      config: { access: 'case:read' },
      schema: {
        tags: ['dossiers'],
        summary: 'Contactjournaal van een dossier; vertrouwelijke notities alleen met journal:sensitive (anders alleen hun aantal)',
        params: idParams,
        response: { 200: journalViewSchema, ...errors },
      },
    },
    (request) => listJournal(useCaseContext(request, ctx), request.params.id),
  );

  api.post(
    '/api/cases/:id/journal',
    {
      config: { access: 'case:write', openWhenClosed: true },
      schema: { tags: ['dossiers'], summary: 'Notitie van een contact vastleggen', params: idParams, body: journalEntryInput, response: { 201: journalEntryViewSchema, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await addJournalEntry(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.put(
    '/api/cases/:id/journal/:entryId',
    {
      config: { access: 'case:write', openWhenClosed: true },
      schema: {
        tags: ['dossiers'],
        summary: 'Eigen notitie corrigeren (met version); de vorige tekst blijft in de geschiedenis',
        params: z.strictObject({ id: z.uuid('Ongeldige id'), entryId: z.uuid('Ongeldige id') }),
        body: journalCorrectionInput,
        response: { 200: journalEntryViewSchema, ...errors },
      },
    },
    (request) => correctJournalEntry(useCaseContext(request, ctx), request.params.id, request.params.entryId, request.body),
  );
}
