import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { exportFormats, type ExportFile } from '../exports/table-export.ts';

/** `?format=csv|xlsx` of every export endpoint (ADR 0142). */
export const exportFormat = z.enum(exportFormats, 'Kies CSV of Excel (xlsx)').default('xlsx');

/** A file as a download: an attachment, never cached, never sniffed. */
export function sendFile(reply: FastifyReply, file: ExportFile): FastifyReply {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.body);
}
