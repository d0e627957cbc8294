import { z } from 'zod';
import type { caseMeetings } from '../../db/schema.ts';
import { parseStoredThemes, themesFor, type IntakeThemes } from '../intake/themes.types.ts';
import { masked } from './case-write.ts';
import { knownValue } from '../known-value.ts';
import { meetingKinds, meetingModes, meetingStatuses, participantRoles, type MeetingKind, type MeetingMode, type MeetingStatus, type ParticipantRole } from './meeting.types.ts';

type MeetingRow = typeof caseMeetings.$inferSelect;

const participantsSchema = z.array(z.object({ role: z.enum(participantRoles), name: z.string() }));

export interface MeetingView {
  id: string;
  kind: MeetingKind;
  plannedAt: string | null;
  location: string | null;
  mode: MeetingMode;
  participants: { role: ParticipantRole; name: string }[];
  interpreter: boolean;
  interpreterLanguage: string | null;
  interviewedAlone: boolean | null;
  status: MeetingStatus;
  notes: string | null;
  outcome: string | null;
  themes: IntakeThemes;
  /** Null without `case:read-sensitive`; then `sensitiveHidden` tells whether something was left out. */
  sensitiveNotes: string | null;
  sensitiveHidden: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

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
