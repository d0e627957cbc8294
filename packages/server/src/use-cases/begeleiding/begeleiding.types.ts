// Inputs of the maatschappelijke begeleiding (R17, ADR 0149).
import { z } from 'zod';
import { begeleidingContactKinds, begeleidingLimits, begeleidingTopics, earliestBegeleidingOn } from '@koers/domain';
import { isoDate, text } from '../../contract/input-fields.ts';

const pastDate = (label: string) => isoDate(`${label}: vul een datum in als JJJJ-MM-DD`, { from: earliestBegeleidingOn, to: 'today' });

export const begeleidingContactInput = z.strictObject({
  contactOn: pastDate('Datum van het contact'),
  kind: z.enum(begeleidingContactKinds, 'Soort contact: kies huisbezoek, spreekuur, telefonisch of anders'),
  minutes: z
    .number('Duur (minuten): vul een aantal minuten in')
    .int('Duur (minuten): vul een geheel aantal minuten in')
    .min(1, 'Duur (minuten): minstens 1 minuut')
    .max(begeleidingLimits.maxMinutes, `Duur (minuten): hoogstens ${begeleidingLimits.maxMinutes} minuten`),
  topic: z.enum(begeleidingTopics, 'Onderwerp: kies een onderwerp'),
  text: text('Verslag: vul het verslag in').trim().min(1, 'Verslag: vul het verslag in').max(begeleidingLimits.text, `Verslag: maximaal ${begeleidingLimits.text} tekens`),
});
export type BegeleidingContactInput = z.infer<typeof begeleidingContactInput>;

export const zrmMeasurementInput = z.strictObject({
  measuredOn: pastDate('Datum van de meting'),
  scores: z
    .array(
      z.strictObject({
        domain: text('Leefgebied: kies een leefgebied').max(40, 'Leefgebied: kies een leefgebied'),
        score: z.number('Score: kies een score').int('Score: kies een score'),
      }),
      'Scores: vul de scores in',
    )
    .max(20, 'Scores: hoogstens 20 leefgebieden'),
});
export type ZrmMeasurementInput = z.infer<typeof zrmMeasurementInput>;

export const begeleidingProblemInput = z.strictObject({
  text: text('Probleem: beschrijf het probleem')
    .trim()
    .min(1, 'Probleem: beschrijf het probleem')
    .max(begeleidingLimits.problemText, `Probleem: maximaal ${begeleidingLimits.problemText} tekens`),
});
export type BegeleidingProblemInput = z.infer<typeof begeleidingProblemInput>;

/** The period: version 0 creates it; the expected end defaults to the start plus the gemeente's months. */
export const begeleidingPeriodInput = z.strictObject({
  version: z.number('version ontbreekt').int().min(0),
  startedOn: isoDate('Start van de begeleiding: vul een datum in als JJJJ-MM-DD', { from: earliestBegeleidingOn }),
  expectedEndOn: isoDate('Verwachte einddatum: vul een datum in als JJJJ-MM-DD', { from: earliestBegeleidingOn }).nullable().optional(),
  endedOn: isoDate('Einddatum: vul een datum in als JJJJ-MM-DD', { from: earliestBegeleidingOn, to: 'today' }).nullable().optional(),
});
export type BegeleidingPeriodInput = z.infer<typeof begeleidingPeriodInput>;

export const problemHandledInput = z.strictObject({
  version: z.number('version ontbreekt').int().min(1),
  note: text('Toelichting: vul een toelichting in').trim().max(begeleidingLimits.problemText, `Toelichting: maximaal ${begeleidingLimits.problemText} tekens`).optional(),
});
export type ProblemHandledInput = z.infer<typeof problemHandledInput>;

/** The organisation's matrix (checked again by zrmMatrixSchema in the use case, for the Dutch messages). */
export const zrmMatrixInput = z.strictObject({
  version: z.number('version ontbreekt').int().min(0),
  matrix: z.unknown().meta({ checkedBy: 'zrmMatrixSchema' }),
});
export type ZrmMatrixInput = z.infer<typeof zrmMatrixInput>;
