// Inputs of the end of the road: reviewing a DUO exam result, requesting and deciding a termijn extension.
import { z } from 'zod';
import { extensionGrounds } from '@koers/domain';
import { isoDate, text } from '../../contract/input-fields.ts';

const version = z.number('Versie ontbreekt').int().min(1);
const motivation = (label: string) => text(`${label}: vul een tekst in`).trim().max(4000, `${label}: maximaal 4000 tekens`);

export const eindeParams = z.strictObject({ id: z.uuid('Ongeldige id'), itemId: z.uuid('Ongeldige id') });

export const reviewExamResultInput = z.strictObject({ version });
export type ReviewExamResultInput = z.infer<typeof reviewExamResultInput>;

export const requestExtensionInput = z.strictObject({
  ground: z.enum(extensionGrounds, 'Grond: kies de grond voor verlenging'),
  requestedOn: isoDate('Datum verzoek: vul een datum in als JJJJ-MM-DD', { to: 'today' }),
  /** Niet verwijtbaar: the months asked for (the law names no fixed length). Aanzienlijke inspanningen: always 6. */
  months: z.number('Aantal maanden: vul een getal in').int('Aantal maanden: vul een heel getal in').min(1, 'Aantal maanden: minimaal 1').max(36, 'Aantal maanden: maximaal 36'),
  motivation: motivation('Toelichting').nullable().optional(),
  /** Aanzienlijke inspanningen (art. 4.4 Bi): what the case manager knows from the provider. */
  allLessonsFollowed: z.boolean('Alle lessen gevolgd: kies ja of nee').optional(),
  lessonHours: z.number('Uren taalles en KNM: vul een getal in').int('Uren taalles en KNM: vul een heel getal in').min(0, 'Uren taalles en KNM: minimaal 0').max(10000, 'Uren taalles en KNM: maximaal 10000').optional(),
});
export type RequestExtensionInput = z.infer<typeof requestExtensionInput>;

export const extensionDecisions = ['toegekend', 'afgewezen'] as const;
export type ExtensionDecision = (typeof extensionDecisions)[number];

export const decideExtensionInput = z.strictObject({
  version,
  decision: z.enum(extensionDecisions, 'Beslissing: kies toegekend of afgewezen'),
  decidedOn: isoDate('Datum beslissing: vul een datum in als JJJJ-MM-DD', { to: 'today' }),
  motivation: motivation('Motivering').min(1, 'Motivering: vul de motivering van de beslissing in'),
});
export type DecideExtensionInput = z.infer<typeof decideExtensionInput>;
