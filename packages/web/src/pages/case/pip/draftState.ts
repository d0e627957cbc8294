// The PIP draft form's state: from a stored draft, to the fields the server takes, and the messages per field.
import { isApiError } from '../../../api/client.ts';
import { languageSkills, mapThemes, type DraftFields, type DraftPip, type LanguageSkill, type LearningRoute, type MapTheme, type PipValidation } from '../../../api/pip.ts';
import { isOneOf } from '@koers/domain';

export interface FormState {
  route: LearningRoute | null;
  intensity: string;
  hoursPerWeek: string;
  level: 'none' | 'A2' | 'B1';
  a2Skills: LanguageSkill[];
  estimatedB1Intensity: string;
  motivation: Record<LearningRoute, string>;
  support: string;
  pvtIntensity: string;
  mapIntensity: string;
  /** Included themes are checked; an unchecked theme needs a reason. */
  omitted: Partial<Record<MapTheme, string>>;
  vve: string;
  participation: string;
  participatiewet: string;
  bijstand: boolean;
  bijstandFrom: string;
  progressMeetings: string;
}

export function stateOf(draft: DraftPip): FormState {
  const omitted: Partial<Record<MapTheme, string>> = {};
  for (const o of draft.mapThemesOmitted) omitted[o.theme] = o.reason;
  return {
    route: draft.route,
    intensity: draft.intensity ?? '',
    hoursPerWeek: draft.hoursPerWeek === null ? '' : String(draft.hoursPerWeek),
    level: draft.level ?? 'none',
    a2Skills: draft.a2Skills.filter((s): s is LanguageSkill => isOneOf(languageSkills, s)),
    estimatedB1Intensity: draft.estimatedB1Intensity === null ? '' : String(draft.estimatedB1Intensity),
    motivation: { B1: draft.motivation.B1 ?? '', Z: draft.motivation.Z ?? '', Onderwijs: draft.motivation.Onderwijs ?? '' },
    support: draft.support ?? '',
    pvtIntensity: draft.pvtIntensity ?? '',
    mapIntensity: draft.mapIntensity ?? '',
    omitted,
    vve: draft.vve ?? '',
    participation: draft.participation ?? '',
    participatiewet: draft.participatiewet ?? '',
    bijstand: draft.relief?.bijstandFrom != null,
    bijstandFrom: draft.relief?.bijstandFrom ?? '',
    progressMeetings: draft.progressMeetings === null ? '' : String(draft.progressMeetings),
  };
}

const intOrNull = (s: string): number | null => (s.trim() === '' ? null : Number(s));

export function fieldsOf(s: FormState): DraftFields {
  const onderwijs = s.route === 'Onderwijs';
  return {
    route: s.route,
    intensity: s.intensity.trim() || null,
    hoursPerWeek: intOrNull(s.hoursPerWeek),
    level: s.level === 'none' ? null : s.level,
    a2Skills: s.level === 'A2' ? s.a2Skills : [],
    estimatedB1Intensity: intOrNull(s.estimatedB1Intensity),
    motivation: s.motivation,
    support: s.support.trim() || null,
    pvtIntensity: s.pvtIntensity.trim() || null,
    mapIntensity: onderwijs ? null : s.mapIntensity.trim() || null,
    mapThemesOmitted: onderwijs ? [] : mapThemes.filter((theme) => s.omitted[theme] !== undefined).map((theme) => ({ theme, reason: s.omitted[theme] ?? '' })),
    vve: s.vve.trim() || null,
    participation: s.participation.trim() || null,
    participatiewet: s.participatiewet.trim() || null,
    relief: s.bijstand ? { bijstandFrom: s.bijstandFrom || null } : null,
    progressMeetings: intOrNull(s.progressMeetings),
  };
}

/** Messages per form field, from the pre-validation and from a refused save. */
export function messagesByField(validation: PipValidation, error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of [...validation.problems, ...(validation.duo?.errors ?? [])]) out[p.field] ??= p.message;
  if (isApiError(error)) for (const [k, v] of Object.entries(error.fields)) out[k] = v;
  if (isApiError(error) && error.field) out[error.field] = error.message;
  return out;
}

/** Fields that exist in the form (a validation message links to them); others concern the case itself. */
export const formFields = new Set(['route', 'motivation', 'intensity', 'hoursPerWeek', 'level', 'a2Skills', 'estimatedB1Intensity', 'support', 'pvtIntensity', 'mapIntensity', 'vve', 'participation', 'participatiewet', 'relief', 'progressMeetings', 'issuedOn']);

/** True when every field an API error names is a field of this form (the message shows there). */
export function shownAtFields(error: unknown): boolean {
  if (!isApiError(error)) return false;
  const named = [...Object.keys(error.fields), ...(error.field ? [error.field] : [])];
  return named.length > 0 && named.every((f) => formFields.has(f.split('.')[0] ?? '') || f.startsWith('mapThemesOmitted.'));
}

/** The id of a field's control; a validation message links to it. */
export const fieldId = (field: string) => `pip-field-${field.replace('.', '-')}`;
