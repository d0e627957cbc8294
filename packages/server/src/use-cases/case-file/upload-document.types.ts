// The form fields of an upload (multipart): checked like a JSON body, with the field named.
import { z } from 'zod';
import { uploadedDocumentKinds } from '@koers/domain';
import { text } from '../../contract/input-fields.ts';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

export const uploadFields = z.strictObject({
  kind: z.enum(uploadedDocumentKinds, 'Soort document: kies een soort document'),
  title: text('Titel: vul een titel in').trim().min(1, 'Titel: vul een titel in').max(200, 'Titel: maximaal 200 tekens'),
  description: z.preprocess(emptyToUndefined, text().trim().max(2000, 'Toelichting: maximaal 2000 tekens').optional()),
  pipId: z.preprocess(emptyToUndefined, z.uuid('Hoort bij PIP: kies een PIP van dit dossier').optional()),
  objectionId: z.preprocess(emptyToUndefined, z.uuid('Hoort bij bezwaar: kies een bezwaar van dit dossier').optional()),
});
export type UploadFields = z.infer<typeof uploadFields>;

export const removeDocumentInput = z.strictObject({
  reason: text('Reden: vul een reden in').trim().min(3, 'Reden: vul een reden in (minstens 3 tekens)').max(500, 'Reden: maximaal 500 tekens'),
});
export type RemoveDocumentInput = z.infer<typeof removeDocumentInput>;
