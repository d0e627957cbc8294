// Input of the provider reports (R13, ADR 0118): one report of one of four kinds on a placement.
import { z } from 'zod';
import { absenceReasons, cefrLevels, examOnderdelen, lessonCategories, recommendations, skills, isMonday } from '@koers/domain';
import { text, isoDate as dateField } from '../../contract/input-fields.ts';
import { recordOf } from '../../util/records.ts';

/** What storing a report did: a new report, a changed one, or nothing (the same report again; ADR 0118). */
export const storeOutcomes = ['nieuw', 'gewijzigd', 'ongewijzigd'] as const;

const isoDate = (label: string) => dateField(`${label}: vul een datum in als JJJJ-MM-DD`);
const hours = (label: string) =>
  z.number(`${label}: vul een aantal uren in`).int(`${label}: hele uren`).min(0, `${label}: minstens 0 uur`).max(60, `${label}: hoogstens 60 uur per week`);

export const weekReportInput = z
  .strictObject({
    kind: z.literal('week'),
    /** The week's Monday. */
    week: isoDate('Week').refine((d) => isMonday(d), 'Week: vul de maandag van de week in'),
    present: z.boolean('Aanwezig: kies ja of nee'),
    absenceReason: z.enum(absenceReasons, 'Reden afwezigheid: kies een reden').nullable().optional(),
    hours: z.strictObject(recordOf(lessonCategories, (c) => hours(`Uren ${c}`).optional())),
  })
  .superRefine((v, ctx) => {
    const total = lessonCategories.reduce((sum, c) => sum + (v.hours[c] ?? 0), 0);
    if (!v.present && (v.absenceReason ?? null) === null) ctx.addIssue({ code: 'custom', path: ['absenceReason'], message: 'Reden afwezigheid: kies een reden als de cursist niet aanwezig was' });
    if (v.present && total === 0) ctx.addIssue({ code: 'custom', path: ['hours'], message: 'Uren: vul de gevolgde uren in als de cursist aanwezig was' });
  });

export const progressReportInput = z.strictObject({
  kind: z.literal('voortgang'),
  skill: z.enum(skills, 'Vaardigheid: kies lezen, luisteren, schrijven, spreken of KNM'),
  level: z.enum(cefrLevels, 'Niveau: kies A0, A1, A2, B1 of B2'),
  assessedOn: isoDate('Datum beoordeling'),
});

export const interimReportInput = z.strictObject({
  kind: z.literal('tussenrapportage'),
  reportedOn: isoDate('Datum rapportage'),
  text: text().trim().min(1, 'Rapportage: vul de tekst in').max(4000, 'Rapportage: hoogstens 4000 tekens'),
  recommendation: z.enum(recommendations, 'Advies: kies een advies'),
});

export const examRegistrationInput = z.strictObject({
  kind: z.literal('examen'),
  onderdeel: z.enum(examOnderdelen, 'Onderdeel: kies lezen, luisteren, schrijven, spreken of KNM'),
  examOn: isoDate('Examendatum'),
});

export const reportInput = z.discriminatedUnion('kind', [weekReportInput, progressReportInput, interimReportInput, examRegistrationInput], 'Soort: kies week, voortgang, tussenrapportage of examen');
export type ReportInput = z.infer<typeof reportInput>;
