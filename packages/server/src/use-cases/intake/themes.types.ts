// The legally required themes of the brede intake (art. 14 lid 3 Wi 2021, art. 5.2 Besluit
// inburgering 2021), as structured fields. One place: the intake record, the intake conversations
// and the UI all use these keys.
import { z } from 'zod';
import { text as textField } from '../../contract/input-fields.ts';
import { keysOf } from '../../util/records.ts';

const text = textField().trim().max(4000, 'Maximaal 4000 tekens');

/** Each theme: a few structured text fields; all optional while the intake is in progress. */
export const intakeThemeShapes = {
  /** Gevolgd onderwijs en werkervaring (ook in het land van herkomst). */
  opleidingWerkervaring: z.strictObject({ opleiding: text.optional(), diplomas: text.optional(), werkervaring: text.optional() }),
  /** Persoonlijke omstandigheden, waaronder fysieke en mentale gezondheid: bijzondere persoonsgegevens. */
  persoonlijkeOmstandigheden: z.strictObject({ fysiekeGezondheid: text.optional(), mentaleGezondheid: text.optional(), overig: text.optional() }),
  /** Gezinssituatie en sociaal netwerk. */
  gezinSociaalNetwerk: z.strictObject({ gezinssituatie: text.optional(), sociaalNetwerk: text.optional() }),
  /** Mogelijkheden voor voorschoolse en vroegschoolse educatie (VVE) van de kinderen. */
  vve: z.strictObject({ kinderen: text.optional(), mogelijkheden: text.optional() }),
  /** Taalniveau (Nederlands en andere talen, alfabetisering). */
  taalniveau: z.strictObject({ nederlands: text.optional(), andereTalen: text.optional(), alfabetisering: text.optional() }),
  /** Perspectief op werk: werknemersvaardigheden, werkervaring en praktische competenties. */
  perspectiefWerk: z.strictObject({ werknemersvaardigheden: text.optional(), ervaring: text.optional(), praktischeCompetenties: text.optional() }),
  /** Zelfredzaamheid: digitale en financiële vaardigheden, vervoer. */
  zelfredzaamheid: z.strictObject({ digitaal: text.optional(), financieel: text.optional(), vervoer: text.optional() }),
} as const;

export type IntakeThemeKey = keyof typeof intakeThemeShapes;
export const intakeThemeKeys: IntakeThemeKey[] = keysOf(intakeThemeShapes);

/** Dutch names of the themes, for error messages, letters and the timeline. */
export const intakeThemeLabels: Record<IntakeThemeKey, string> = {
  opleidingWerkervaring: 'opleiding en werkervaring',
  persoonlijkeOmstandigheden: 'persoonlijke omstandigheden (fysieke en mentale gezondheid)',
  gezinSociaalNetwerk: 'gezin en sociaal netwerk',
  vve: 'VVE-mogelijkheden voor kinderen',
  taalniveau: 'taalniveau',
  perspectiefWerk: 'perspectief op werk',
  zelfredzaamheid: 'zelfredzaamheid',
};

/** Themes holding special categories of personal data: only for `case:read-sensitive`. */
export const sensitiveThemeKeys: readonly IntakeThemeKey[] = ['persoonlijkeOmstandigheden'];

export const intakeThemes = z.strictObject({
  opleidingWerkervaring: intakeThemeShapes.opleidingWerkervaring.optional(),
  persoonlijkeOmstandigheden: intakeThemeShapes.persoonlijkeOmstandigheden.optional(),
  gezinSociaalNetwerk: intakeThemeShapes.gezinSociaalNetwerk.optional(),
  vve: intakeThemeShapes.vve.optional(),
  taalniveau: intakeThemeShapes.taalniveau.optional(),
  perspectiefWerk: intakeThemeShapes.perspectiefWerk.optional(),
  zelfredzaamheid: intakeThemeShapes.zelfredzaamheid.optional(),
  /** Free notes on the intake as a whole. */
  notities: text.optional(),
});
export type IntakeThemes = z.infer<typeof intakeThemes>;

/** Reads stored jsonb leniently: anything that does not fit the schema is dropped. */
export function parseStoredThemes(value: unknown): IntakeThemes {
  const parsed = intakeThemes.safeParse(value);
  return parsed.success ? parsed.data : {};
}

function filled(theme: Record<string, string | undefined> | undefined): boolean {
  return theme !== undefined && Object.values(theme).some((v) => v !== undefined && v.trim() !== '');
}

/** The themes that have no content yet (the intake cannot be completed with the person until none are missing). */
export function missingThemes(themes: IntakeThemes): IntakeThemeKey[] {
  return intakeThemeKeys.filter((key) => !filled(themes[key]));
}

/** The themes as a role may see them: sensitive themes left out without `case:read-sensitive`. */
export function themesFor(themes: IntakeThemes, canReadSensitive: boolean): IntakeThemes {
  if (canReadSensitive) return themes;
  const copy: IntakeThemes = { ...themes };
  for (const key of sensitiveThemeKeys) delete copy[key];
  return copy;
}

/**
 * Applies a change to the stored themes. A writer without `case:read-sensitive` cannot overwrite
 * the sensitive themes it cannot see.
 */
export function mergeThemes(stored: IntakeThemes, incoming: IntakeThemes, canReadSensitive: boolean): IntakeThemes {
  if (canReadSensitive) return incoming;
  // sensitiveThemeKeys holds exactly this theme
  const { persoonlijkeOmstandigheden: _ignored, ...rest } = incoming;
  return stored.persoonlijkeOmstandigheden === undefined ? rest : { ...rest, persoonlijkeOmstandigheden: stored.persoonlijkeOmstandigheden };
}
