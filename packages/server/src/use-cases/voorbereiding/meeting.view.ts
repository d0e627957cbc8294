import { z } from 'zod';
import type { caseMeetings } from '../../db/schema.ts';
import { intakeThemes, parseStoredThemes, themesFor } from '../intake/themes.types.ts';
import { masked } from './case-write.ts';
import { knownValue } from '../known-value.ts';
import { meetingKinds, meetingModes, meetingStatuses, participantRoles } from './meeting.types.ts';

type MeetingRow = typeof caseMeetings.$inferSelect;

const participantsSchema = z.array(z.object({ role: z.enum(participantRoles), name: z.string() }));

export const meetingViewSchema = z
  .object({
    id: z.string(),
    kind: z.enum(meetingKinds),
    plannedAt: z.string().nullable(),
    location: z.string().nullable(),
    mode: z.enum(meetingModes),
    participants: participantsSchema,
    interpreter: z.boolean(),
    interpreterLanguage: z.string().nullable(),
    interviewedAlone: z.boolean().nullable(),
    status: z.enum(meetingStatuses),
    notes: z.string().nullable(),
    outcome: z.string().nullable(),
    themes: intakeThemes,
    /** Null without `case:read-sensitive`; then `sensitiveHidden` tells whether something was left out. */
    sensitiveNotes: z.string().nullable().describe('Alleen voor rollen met case:read-sensitive'),
    sensitiveHidden: z.boolean(),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'DossierGesprek' });
export type MeetingView = z.output<typeof meetingViewSchema>;

export function meetingView(row: MeetingRow, canReadSensitive: boolean): MeetingView {
  const participants = participantsSchema.safeParse(row.participants);
  const themes = parseStoredThemes(row.themes);
  return {
    id: row.id,
    kind: knownValue(meetingKinds, row.kind, 'case_meetings.kind'),
    plannedAt: row.plannedAt?.toISOString() ?? null,
    location: row.location,
    mode: knownValue(meetingModes, row.mode, 'case_meetings.mode'),
    participants: participants.success ? participants.data : [],
    interpreter: row.interpreter,
    interpreterLanguage: row.interpreterLanguage,
    interviewedAlone: row.interviewedAlone,
    status: knownValue(meetingStatuses, row.status, 'case_meetings.status'),
    notes: row.notes,
    outcome: row.outcome,
    themes: themesFor(themes, canReadSensitive),
    sensitiveNotes: canReadSensitive ? row.sensitiveNotes : null,
    sensitiveHidden: !canReadSensitive && (row.sensitiveNotes !== null || themes.persoonlijkeOmstandigheden !== undefined),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Fields recorded in the history; sensitive content only as a mark. */
export function meetingHistoryFields(row: MeetingRow): Record<string, unknown> {
  const themes = parseStoredThemes(row.themes);
  return {
    kind: row.kind,
    plannedAt: row.plannedAt?.toISOString() ?? null,
    location: row.location,
    mode: row.mode,
    participants: row.participants,
    interpreter: row.interpreter,
    interpreterLanguage: row.interpreterLanguage,
    interviewedAlone: row.interviewedAlone,
    status: row.status,
    notes: row.notes,
    outcome: row.outcome,
    themes: themesFor(themes, false),
    sensitiveThemes: themes.persoonlijkeOmstandigheden === undefined ? null : masked('x'),
    sensitiveNotes: masked(row.sensitiveNotes),
  };
}
