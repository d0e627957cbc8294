import { z } from 'zod';
import { text, isoDate as dateField, isoDateTime } from '../../contract/input-fields.ts';
import { learningRoutes } from '@koers/domain';
import { intakeThemes } from './themes.types.ts';
import { MAX_SCORE, MIN_SCORE, startklasAspectKeys } from './startklas-aspects.ts';
import { recordOf } from '../../util/records.ts';

const isoDate = dateField('Vul een datum in als JJJJ-MM-DD');
const dateTime = isoDateTime('Vul een datum en tijd in (ISO 8601, bijv. 2026-12-04T10:00:00+01:00)');
const shortText = (what: string) => text().trim().min(1, `Vul ${what} in`).max(200, 'Maximaal 200 tekens');
const longText = text().trim().max(4000, 'Maximaal 4000 tekens');
const route = z.enum(learningRoutes, 'Kies B1, Z of Onderwijs');
/** Hours of activities during the brede intake counted for the Z-route (art. 3.14 lid 6 Bi); null: none. */
const activityHours = z
  .number('Uren activiteiten tijdens de brede intake: vul een aantal hele uren in')
  .int('Uren activiteiten tijdens de brede intake: hele uren')
  .min(0, 'Uren activiteiten tijdens de brede intake: niet negatief')
  .max(800, 'Uren activiteiten tijdens de brede intake: hoogstens 800 (de urennorm voor activiteiten)')
  .nullable()
  .optional();

export const sendInvitationInput = z.strictObject({
  respondBy: isoDate,
  appointmentAt: dateTime.optional(),
  location: shortText('de plaats').optional(),
});
export type SendInvitationInput = z.infer<typeof sendInvitationInput>;

export const invitationOutcomes = ['appeared', 'no-show', 'insufficient-cooperation'] as const;
export const registerOutcomeInput = z.strictObject({
  outcome: z.enum(invitationOutcomes, 'Kies verschenen, niet verschenen of onvoldoende meegewerkt'),
  outcomeOn: isoDate.optional(),
});
export type RegisterOutcomeInput = z.infer<typeof registerOutcomeInput>;

export const updateIntakeRecordInput = z.strictObject({
  /** 0 when no intake record exists yet. */
  version: z.number().int().min(0),
  themes: intakeThemes,
  sensitiveNotes: longText.nullable().optional(),
  summary: longText.nullable().optional(),
  activityHours,
});
export type UpdateIntakeRecordInput = z.infer<typeof updateIntakeRecordInput>;

export const completeIntakeInput = z.strictObject({
  version: z.number().int().min(0),
  /** Completion in absence after three failed invitations (art. 14 lid 2 Wi 2021). */
  withoutPerson: z.boolean(),
  completedOn: isoDate.optional(),
  summary: longText.optional(),
  activityHours,
});
export type CompleteIntakeInput = z.infer<typeof completeIntakeInput>;

export const planLearnabilityTestInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('afspraak'),
      plannedAt: dateTime,
      location: shortText('de plaats'),
      device: shortText('het apparaat'),
      supervisor: shortText('de begeleider'),
    }),
    z.strictObject({
      kind: z.literal('ontheffing'),
      visualImpairment: z.boolean(),
      auditoryImpairment: z.boolean(),
      unableToTakeTest: z.boolean(),
      note: longText.optional(),
    }),
  ],
  { error: "Kies 'afspraak' of 'ontheffing'" },
);
export type PlanLearnabilityTestInput = z.infer<typeof planLearnabilityTestInput>;

/** Optimistic locking: the test's version as read. */
const testVersion = z.number('Vul de versie in die u las').int().min(1);

export const updateLearnabilityTestInput = z.discriminatedUnion(
  'action',
  [
    z.strictObject({
      action: z.literal('resultaat'),
      version: testVersion,
      resultOn: isoDate,
      advisedRoute: route,
      level: text().trim().max(50).optional(),
      details: longText.optional(),
    }),
    z.strictObject({ action: z.literal('niet-verschenen'),
      version: testVersion, note: longText.optional() }),
    z.strictObject({
      action: z.literal('verplaatsen'),
      version: testVersion,
      plannedAt: dateTime,
      location: shortText('de plaats'),
      device: shortText('het apparaat'),
      supervisor: shortText('de begeleider'),
    }),
    z.strictObject({ action: z.literal('annuleren'),
      version: testVersion, note: longText.optional() }),
  ],
  { error: "Kies 'resultaat', 'niet-verschenen', 'verplaatsen' of 'annuleren'" },
);
export type UpdateLearnabilityTestInput = z.infer<typeof updateLearnabilityTestInput>;

const score = z.number().int('Een score is een geheel getal').min(MIN_SCORE, 'Score 1 tot en met 4').max(MAX_SCORE, 'Score 1 tot en met 4');
const scores = z.strictObject(recordOf(startklasAspectKeys, () => score));

export const addEvidenceInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('startklas-observatie'),
      observedOn: isoDate,
      author: shortText('de auteur'),
      scores,
      advisedRoute: route,
      summary: longText.optional(),
    }),
    z.strictObject({
      kind: z.literal('assessment'),
      instrument: shortText('het instrument (bijv. Melba of CompetenSYS)'),
      observedOn: isoDate,
      author: shortText('de auteur'),
      advisedRoute: route.optional(),
      summary: longText.min(1, 'Vul de uitkomst van het assessment in'),
    }),
  ],
  { error: "Kies 'startklas-observatie' of 'assessment'" },
);
export type AddEvidenceInput = z.infer<typeof addEvidenceInput>;
