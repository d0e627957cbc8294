import { z } from 'zod';

/** A document of a case as the list and the upload answer show it. */
export const documentSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  mimeType: z.string(),
  sizeBytes: z.number(),
  origin: z.string().meta({ description: "'gegenereerd' (brief of beschikking van Koers) of 'geupload'" }),
  pipId: z.string().nullable(),
  objectionId: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});
