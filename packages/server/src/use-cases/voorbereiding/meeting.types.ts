import { z } from 'zod';
import { text as textField, isoDateTime } from '../../contract/input-fields.ts';
import { intakeThemes } from '../intake/themes.types.ts';

export const meetingKinds = ['warme-overdracht', 'kennismaking', 'intakegesprek'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const meetingKindLabels: Record<MeetingKind, string> = {
  'warme-overdracht': 'Warme overdracht',
  kennismaking: 'Kennismakingsgesprek',
  intakegesprek: 'Intakegesprek',
};

export const meetingModes = ['fysiek', 'telefonisch', 'video', 'schriftelijk'] as const;
export type MeetingMode = (typeof meetingModes)[number];
export const meetingStatuses = ['gepland', 'gehouden', 'niet-verschenen', 'geannuleerd'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const meetingStatusLabels: Record<MeetingStatus, string> = {
  gepland: 'gepland',
  gehouden: 'gehouden',
  'niet-verschenen': 'niet verschenen',
  geannuleerd: 'geannuleerd',
};
export const participantRoles = ['coa', 'maatschappelijk-begeleider', 'tolk', 'inburgeraar', 'partner', 'gemeente', 'anders'] as const;
export type ParticipantRole = (typeof participantRoles)[number];

const text = textField().trim().max(4000, 'Maximaal 4000 tekens');
const participant = z.strictObject({
  role: z.enum(participantRoles, 'Kies de rol van de deelnemer'),
  name: textField().trim().min(1, 'Vul de naam van de deelnemer in').max(200, 'Maximaal 200 tekens'),
});
/** A participant of a conversation as stored in `case_meetings.participants`. */
export type MeetingParticipant = z.infer<typeof participant>;

const meetingFields = {
  plannedAt: isoDateTime('Vul een datum en tijd in (ISO 8601)').nullable(),
  location: textField().trim().max(200, 'Maximaal 200 tekens').nullable(),
  mode: z.enum(meetingModes, 'Kies fysiek, telefonisch, video of schriftelijk'),
  participants: z.array(participant).max(20, 'Maximaal 20 deelnemers'),
  interpreter: z.boolean(),
  interpreterLanguage: textField().trim().max(100, 'Maximaal 100 tekens').nullable(),
  /** The right to be interviewed alone (art. 14 Wi 2021): only for intake conversations. */
  interviewedAlone: z.boolean().nullable(),
  status: z.enum(meetingStatuses, 'Kies gepland, gehouden, niet verschenen of geannuleerd'),
  notes: text.nullable(),
  outcome: text.nullable(),
  /** Themes discussed (intake conversations). */
  themes: intakeThemes,
  /** Health and personal circumstances: only for `case:read-sensitive`. */
  sensitiveNotes: text.nullable(),
};

type Checkable = { interpreter?: boolean; interpreterLanguage?: string | null; interviewedAlone?: boolean | null };

/** Problems of a meeting as it is or will be after a change; Dutch, with the field. */
export function meetingProblems(value: Checkable, kind: MeetingKind): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (value.interpreter === true && !value.interpreterLanguage) problems.push({ field: 'interpreterLanguage', message: 'Vul de taal van de tolk in' });
  if (kind !== 'intakegesprek' && value.interviewedAlone !== undefined && value.interviewedAlone !== null) {
    problems.push({ field: 'interviewedAlone', message: 'Alleen gesproken worden geldt alleen voor een intakegesprek' });
  }
  return problems;
}

export const createMeetingInput = z
  .strictObject({
    kind: z.enum(meetingKinds, 'Kies warme overdracht, kennismaking of intakegesprek'),
    plannedAt: meetingFields.plannedAt.optional(),
    location: meetingFields.location.optional(),
    mode: meetingFields.mode.default('fysiek'),
    participants: meetingFields.participants.default([]),
    interpreter: meetingFields.interpreter.default(false),
    interpreterLanguage: meetingFields.interpreterLanguage.optional(),
    interviewedAlone: meetingFields.interviewedAlone.optional(),
    status: meetingFields.status.default('gepland'),
    notes: meetingFields.notes.optional(),
    outcome: meetingFields.outcome.optional(),
    themes: meetingFields.themes.optional(),
    sensitiveNotes: meetingFields.sensitiveNotes.optional(),
  })
  .superRefine((v, ctx) => {
    for (const p of meetingProblems(v, v.kind)) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
  });
export type CreateMeetingInput = z.infer<typeof createMeetingInput>;

export const updateMeetingInput = z.strictObject({
  version: z.number().int().min(1),
  plannedAt: meetingFields.plannedAt.optional(),
  location: meetingFields.location.optional(),
  mode: meetingFields.mode.optional(),
  participants: meetingFields.participants.optional(),
  interpreter: meetingFields.interpreter.optional(),
  interpreterLanguage: meetingFields.interpreterLanguage.optional(),
  interviewedAlone: meetingFields.interviewedAlone.optional(),
  status: meetingFields.status.optional(),
  notes: meetingFields.notes.optional(),
  outcome: meetingFields.outcome.optional(),
  themes: meetingFields.themes.optional(),
  sensitiveNotes: meetingFields.sensitiveNotes.optional(),
});
export type UpdateMeetingInput = z.infer<typeof updateMeetingInput>;

