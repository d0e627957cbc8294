// The regisseur's input in the case part Portaal (issue 17, ADR 0163): asking for a document,
// judging what came in, answering a message.
import { z } from 'zod';
import { uploadedDocumentKinds } from '@koers/domain';
import { isoDate, text } from '../../contract/input-fields.ts';

const version = z.number('Versie: geef de versie die u las').int().min(1);

export const requestDocumentInput = z.strictObject({
  description: text('Wat vraagt u: beschrijf het document')
    .trim()
    .min(3, 'Wat vraagt u: minstens 3 tekens')
    .max(300, 'Wat vraagt u: hoogstens 300 tekens'),
  kind: z.enum(uploadedDocumentKinds, 'Soort document: kies een soort document').optional(),
  dueOn: isoDate('Graag vóór: vul een datum in als JJJJ-MM-DD').optional(),
});
export type RequestDocumentInput = z.infer<typeof requestDocumentInput>;

export const reviewDocumentInput = z
  .strictObject({
    version,
    decision: z.enum(['geaccepteerd', 'opnieuw-gevraagd'], 'Beoordeling: kies goedkeuren of opnieuw vragen'),
    reason: text().trim().max(500, 'Reden: hoogstens 500 tekens').optional(),
  })
  .refine((v) => v.decision !== 'opnieuw-gevraagd' || (v.reason ?? '').length >= 3, {
    path: ['reason'],
    message: 'Reden: schrijf waarom u het opnieuw vraagt (minstens 3 tekens)',
  });
export type ReviewDocumentInput = z.infer<typeof reviewDocumentInput>;

export const answerMessageInput = z.strictObject({
  version,
  text: text('Antwoord: schrijf een antwoord').trim().min(1, 'Antwoord: schrijf een antwoord').max(4000, 'Antwoord: hoogstens 4000 tekens'),
});
export type AnswerMessageInput = z.infer<typeof answerMessageInput>;
