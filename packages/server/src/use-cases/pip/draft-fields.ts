import type { YearSettings } from '@koers/domain';
import type { pips } from '../../db/schema.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import type { CreateDraftInput, UpdateDraftInput } from './pip.types.ts';
import { reliefFor, storedMotivation, type PipRow } from './pip-support.ts';

type PipValues = Partial<typeof pips.$inferInsert>;

/** Maps the editable fields of a draft input to column values; undefined leaves a column unchanged. */
export function draftValues(
  input: Omit<CreateDraftInput, 'previousGemeenteRoute'> | Omit<UpdateDraftInput, 'updatedAt'>,
  caseRow: CaseRow,
  settings: YearSettings,
  existing: PipRow | null,
): PipValues {
  const v: PipValues = {};
  if (input.route !== undefined) v.route = input.route;
  if (input.intensity !== undefined) v.intensity = input.intensity || null;
  if (input.hoursPerWeek !== undefined) v.hoursPerWeek = input.hoursPerWeek;
  if (input.level !== undefined) v.level = input.level;
  if (input.a2Skills !== undefined) v.a2Skills = input.a2Skills;
  if (input.estimatedB1Intensity !== undefined) v.estimatedB1Intensity = input.estimatedB1Intensity === null ? null : String(input.estimatedB1Intensity);
  if (input.motivation !== undefined) {
    const previous = storedMotivation(existing?.motivation);
    v.motivation = { ...previous, routes: input.motivation };
  }
  if (input.support !== undefined) v.support = input.support || null;
  if (input.pvtIntensity !== undefined) v.pvtIntensity = input.pvtIntensity || null;
  if (input.mapIntensity !== undefined) v.mapIntensity = input.mapIntensity || null;
  if (input.mapThemesOmitted !== undefined) v.mapThemesOmitted = input.mapThemesOmitted;
  if (input.vve !== undefined) v.vve = input.vve || null;
  if (input.participation !== undefined) v.participation = input.participation || null;
  if (input.participatiewet !== undefined) v.participatiewet = input.participatiewet || null;
  if (input.relief !== undefined) v.relief = input.relief === null ? null : reliefFor(caseRow, input.relief.bijstandFrom, settings);
  if (input.progressMeetings !== undefined) v.progressMeetings = input.progressMeetings;
  return v;
}

/** Fields kept in the record history for a PIP version. */
export function pipHistoryFields(row: PipRow): Record<string, unknown> {
  return {
    version: row.version,
    status: row.status,
    kind: row.kind,
    issuedOn: row.issuedOn,
    route: row.route,
    level: row.level,
    a2Skills: row.a2Skills,
    intensity: row.intensity,
    hoursPerWeek: row.hoursPerWeek,
    estimatedB1Intensity: row.estimatedB1Intensity,
    motivation: row.motivation,
    deviatesFromAdvice: row.deviatesFromAdvice,
    support: row.support,
    pvtIntensity: row.pvtIntensity,
    mapIntensity: row.mapIntensity,
    mapThemesOmitted: row.mapThemesOmitted,
    vve: row.vve,
    participation: row.participation,
    participatiewet: row.participatiewet,
    relief: row.relief,
    progressMeetings: row.progressMeetings,
    changeReason: row.changeReason,
    changeNote: row.changeNote,
    documentId: row.documentId,
  };
}

/** History changes for a deleted record: every field from its value to null. */
export function deletedChanges(fields: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null).map(([k, v]) => [k, { from: v, to: null }]));
}
