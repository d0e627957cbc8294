// Settings for sturing (formatie, prognose, SPUK, small counts): local policy, not law, so each is
// a per-gemeente setting with a default from the seeds (seed 000 Deventer's formatiecalculatie,
// seed 003 §7.3 SPUK amounts). Optional in the settings document: absent = the default below.
import { z } from 'zod';
import type { LearningRoute } from '../rules/types.ts';

const cents = z
  .number({ error: 'moet een bedrag in eurocenten zijn (geheel getal)' })
  .int({ error: 'moet een bedrag in eurocenten zijn (geheel getal)' })
  .nonnegative({ error: 'mag niet negatief zijn' })
  .max(100_000_000_00, { error: 'is te groot' });
const whole = (what: string, min: number, max: number) =>
  z
    .number({ error: `moet een geheel aantal ${what} zijn` })
    .int({ error: `moet een geheel aantal ${what} zijn` })
    .min(min, { error: `moet minstens ${min} zijn` })
    .max(max, { error: `mag hoogstens ${max} zijn` });

const perRoute = <T extends z.ZodType>(value: T) => z.object({ B1: value, Z: value, Onderwijs: value }).strict();

/** Formatie and prognosis inputs; every field optional (absent = `defaultFormatieSettings`). */
export const formatieSettingsSchema = z
  .object({
    /** Regie hours per person over the whole duty (seed 000: 44). */
    urenPerInburgeraar: z.number({ error: 'moet een aantal uren zijn' }).positive({ error: 'moet groter dan 0 zijn' }).max(1000, { error: 'mag hoogstens 1000 zijn' }),
    /** Years those hours are spread over (seed 000: 3). */
    spreidingJaren: whole('jaren', 1, 5),
    /** Productive hours per FTE per year (seed 000: 1388). */
    productieveUrenPerFte: whole('uren', 1, 2080),
    /** Cents per FTE per year (seed 000: € 65.000). */
    kostenPerFte: cents,
    /** Target caseload per trajectregisseur (seed 000: 50–90). */
    caseloadNormMin: whole('dossiers', 1, 1000),
    caseloadNormMax: whole('dossiers', 1, 1000),
    /** Planned inflow per year (seed 000: 75 statushouders, 25 gezinsmigranten). */
    geplandeInstroom: z
      .object({ statushouders: whole('personen', 0, 100_000), gezinsmigranten: whole('personen', 0, 100_000), overig: whole('personen', 0, 100_000) })
      .strict(),
    /** Route mix of statushouders in percent, used when no PIP was set yet; sums to 100. */
    routeMix: perRoute(whole('procent', 0, 100)).refine((m) => m.B1 + m.Z + m.Onderwijs === 100, { error: 'de percentages moeten samen 100 zijn' }),
    /** Price of a leerroute in cents, used when no contract of the gemeente has one. */
    leerroutePrijzen: perRoute(cents),
  })
  .partial()
  .strict()
  .refine((f) => f.caseloadNormMin === undefined || f.caseloadNormMax === undefined || f.caseloadNormMin <= f.caseloadNormMax, {
    error: 'de ondergrens van de caseloadnorm mag niet hoger zijn dan de bovengrens',
    path: ['caseloadNormMax'],
  });

export type FormatieSettings = z.infer<typeof formatieSettingsSchema>;
export type FormatieAssumptions = Required<FormatieSettings>;

/** Share of the SPUK amount per year, in percent, from the first year on; sums to 100. */
export const spukTrancheVerdelingSchema = z
  .array(whole('procent', 0, 100))
  .min(1, { error: 'moet minstens één jaar bevatten' })
  .max(5, { error: 'mag hoogstens vijf jaren bevatten' })
  .refine((xs) => xs.reduce((a, b) => a + b, 0) === 100, { error: 'de percentages moeten samen 100 zijn' });

/** Counts below this are shown as "< n" to roles that see aggregates only (no one recognisable). */
export const kleineAantallenDrempelSchema = whole('personen', 1, 50);

/**
 * Defaults: seed 000 (Deventer): 44 h over 3 years, 1388 productive hours, € 65.000 per FTE, caseload
 * 50–90, inflow 75 + 25. Route mix and prices: seed 004's contract prices (B1 € 5.600, Z € 9.200;
 * onderwijsroute as B1) and a mix that is Koers's assumption until the gemeente sets its own.
 */
export const defaultFormatieSettings: FormatieAssumptions = {
  urenPerInburgeraar: 44,
  spreidingJaren: 3,
  productieveUrenPerFte: 1388,
  kostenPerFte: 6_500_000,
  caseloadNormMin: 50,
  caseloadNormMax: 90,
  geplandeInstroom: { statushouders: 75, gezinsmigranten: 25, overig: 0 },
  routeMix: { B1: 60, Z: 30, Onderwijs: 10 },
  leerroutePrijzen: { B1: 560_000, Z: 920_000, Onderwijs: 560_000 },
};

/** Koers's assumption when the gemeente sets none: the SPUK amount paid in three nearly equal tranches. */
export const defaultSpukTrancheVerdeling: readonly number[] = [34, 33, 33];
export const defaultKleineAantallenDrempel = 5;

export interface SturingSettingsSource {
  readonly formatie?: FormatieSettings | undefined;
  readonly spukTrancheVerdeling?: readonly number[] | undefined;
  readonly kleineAantallenDrempel?: number | undefined;
}

export interface SturingSettings {
  readonly formatie: FormatieAssumptions;
  readonly spukTrancheVerdeling: readonly number[];
  readonly kleineAantallenDrempel: number;
}

/** The sturing settings that apply: the gemeente's own, field by field, else the defaults. */
export function sturingSettingsOf(source: SturingSettingsSource): SturingSettings {
  // Object.fromEntries loses the key-to-value pairing; the entries are those of `source.formatie` minus undefined values.
  const own = Object.fromEntries(Object.entries(source.formatie ?? {}).filter(([, v]) => v !== undefined)) as FormatieSettings;
  return {
    formatie: { ...defaultFormatieSettings, ...own },
    spukTrancheVerdeling: source.spukTrancheVerdeling ?? defaultSpukTrancheVerdeling,
    kleineAantallenDrempel: source.kleineAantallenDrempel ?? defaultKleineAantallenDrempel,
  };
}

export type RouteCounts = Readonly<Record<LearningRoute, number>>;
