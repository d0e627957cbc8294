// Settings that are not law: data with a schema, per year and, where the law leaves it to local
// policy, per gemeente (rules.md F; issue 3). Numbers from the Regeling inburgering 2021 (MAP hour
// norm) and the SPUK amounts are not in ../shared/law/ and therefore live here, not in the rules.
// Design: docs/adr/0019-settings-as-data.md.
import { z } from 'zod';
import { addMonths, isBefore, isIsoDate, isOnOrAfter, type IsoDate } from './dates.ts';
import { explained, setting, step, type Explained } from './explanation.ts';
import { formatDutchDate } from './dates.ts';
import { formatieSettingsSchema, kleineAantallenDrempelSchema, spukTrancheVerdelingSchema } from '../sturing/sturing-settings.ts';

const isoDate = z.string().refine(isIsoDate, { error: 'moet een geldige datum zijn (JJJJ-MM-DD)' });
const cents = z
  .number({ error: 'moet een bedrag in eurocenten zijn (geheel getal)' })
  .int({ error: 'moet een bedrag in eurocenten zijn (geheel getal)' })
  .nonnegative({ error: 'mag niet negatief zijn' });
const count = (what: string) =>
  z.number({ error: `moet een geheel aantal ${what} zijn` }).int({ error: `moet een geheel aantal ${what} zijn` });

/** SPUK amounts per person per year (euro cents), per voorziening and target group (B10, seed 003). */
export const spukSchema = z
  .object({
    asiel: z
      .object({
        leerroute: cents,
        map: cents,
        maatschappelijkeBegeleiding: cents,
        pvt: cents,
        tolk: cents,
      })
      .strict(),
    'gezin-overig': z.object({ map: cents, pvt: cents, tolk: cents }).strict(),
  })
  .strict();

const checkpoints = z
  .array(count('maanden').min(1, { error: 'moet minstens 1 maand zijn' }).max(60, { error: 'mag hoogstens 60 maanden zijn' }))
  .min(1, { error: 'moet minstens één ijkmoment bevatten' })
  .refine((xs) => xs.every((x, i) => i === 0 || x > (xs[i - 1] ?? 0)), {
    error: 'ijkmomenten moeten oplopend zijn, zonder dubbele waarden',
  });

/** The moment the brede intake starts, per gemeente (seed 002: scenario 1, 2 or 3). */
export const intakeScenarioSchema = z.union([z.literal(1), z.literal(2), z.literal(3)], {
  error: 'moet scenario 1, 2 of 3 zijn',
});

/**
 * A telefoonnummer as DUO's Contactpersoon API accepts it (Contactpersoongegevens.telefoonnummer:
 * 3–22 characters, digits with optional +, spaces, '-' or '(0)', and an extension after a comma).
 * Not law: DUO's contract, so a number DUO would refuse is never stored.
 */
export const DUO_TELEFOONNUMMER_PATTERN = /^(\+|[0-9])((\s|\s?(-|\(0\))\s?)?[0-9]){2,15}([,][1-9][0-9]{1,8})?$/;

export const duoTelefoonnummerSchema = z
  .string({ error: 'moet een telefoonnummer zijn' })
  .trim()
  .min(3, { error: 'moet minstens 3 tekens hebben' })
  .max(22, { error: 'mag hoogstens 22 tekens hebben' })
  .regex(DUO_TELEFOONNUMMER_PATTERN, { error: 'moet een telefoonnummer zijn zoals DUO het aanneemt: cijfers, eventueel met +, spaties, - of (0), bijv. 030 123 4567 of +31 (0)30 1234567' });

/** Settings that a gemeente may set itself (local policy). */
export const localSettingsSchema = z
  .object({
    /** Default number of progress meetings written into a PIP (B5.3 lid 4: no legal minimum). */
    progressMeetingsDefault: count('gesprekken').min(0, { error: 'mag niet negatief zijn' }).max(52, {
      error: 'mag hoogstens 52 zijn',
    }),
    /** Ontzorgen checkpoints (ijkmomenten), months after the start of ontzorgen. */
    reliefCheckpointsMonths: checkpoints,
    /** Local extension of ontzorgen beyond the 6 months of PW 56a (0 = none). */
    reliefLocalExtensionMonths: count('maanden').min(0, { error: 'mag niet negatief zijn' }).max(24, {
      error: 'mag hoogstens 24 maanden zijn',
    }),
    /**
     * Days after the end of a month by which a budgetbeheer partner reports that month's payments;
     * later, the missing report is a werkvoorraad item (ADR 0147). Absent: 10.
     */
    budgetbeheerReportDays: count('dagen').min(1, { error: 'moet minstens 1 dag zijn' }).max(60, { error: 'mag hoogstens 60 dagen zijn' }).optional(),
    /**
     * When the brede intake starts for asielstatushouders (seed 002, R5): 1 — the whole trajectory
     * starts in the AZC; 2 — brede intake and PIP in the AZC, trajectory after housing; 3 — everything
     * after housing. Local policy; absent = not chosen.
     */
    intakeScenario: intakeScenarioSchema.optional(),
    /**
     * The team's telefoonnummer given to DUO for a contactpersoon (trajectregisseur) without an own
     * work phone (Contactpersoon API). Absent = none: such a contactpersoon cannot be reported.
     */
    duoContactTelefoon: duoTelefoonnummerSchema.optional(),
    /** Formatiecalculatie and prognosis inputs (seed 000); absent fields: defaultFormatieSettings. */
    formatie: formatieSettingsSchema.optional(),
    /** SPUK tranche split of asielstatushouders over the cohort years, in percent; absent: defaultSpukTrancheVerdeling. */
    spukTrancheVerdeling: spukTrancheVerdelingSchema.optional(),
    /** Counts below this are shown as "< n" in reports for aggregate-only roles; absent: 5. */
    kleineAantallenDrempel: kleineAantallenDrempelSchema.optional(),
  })
  .strict();

/** National settings for one calendar year. */
export const yearSettingsSchema = z
  .object({
    spuk: spukSchema,
    /** MAP hour norm (Regeling inburgering 2021; B3.2 lid 4). */
    mapHourNorm: count('uren').positive({ error: 'moet groter dan 0 zijn' }),
    /** Bezwaartermijn in weeks (Awb 6:7). */
    objectionPeriodWeeks: count('weken').positive({ error: 'moet groter dan 0 zijn' }),
    /** Agreed waiting time from placement to start at the provider, in weeks (seed 002 "tijdige start"); absent: 6. */
    startWaitingWeeks: count('weken').positive({ error: 'moet groter dan 0 zijn' }).optional(),
  })
  .strict()
  .extend(localSettingsSchema.shape);

/** One row of the AOW-age table: people born in [bornFrom, bornBefore) reach AOW age at years + months. */
export const aowRowSchema = z
  .object({
    bornFrom: isoDate,
    bornBefore: isoDate,
    years: count('jaren').min(60, { error: 'moet minstens 60 zijn' }).max(75, { error: 'mag hoogstens 75 zijn' }),
    months: count('maanden').min(0, { error: 'mag niet negatief zijn' }).max(11, { error: 'mag hoogstens 11 zijn' }),
  })
  .strict()
  .refine((r) => isBefore(r.bornFrom, r.bornBefore), { error: 'bornFrom moet voor bornBefore liggen' });

const yearKey = z.string().regex(/^\d{4}$/, { error: 'jaartal moet 4 cijfers zijn' });
const gemeenteCode = z.string().regex(/^\d{4}$/, { error: 'gemeentecode moet 4 cijfers zijn (CBS-code)' });

export const settingsSchema = z
  .object({
    years: z.record(yearKey, yearSettingsSchema).refine((r) => Object.keys(r).length > 0, {
      error: 'moet minstens één jaar bevatten',
    }),
    gemeenten: z.record(gemeenteCode, z.record(yearKey, localSettingsSchema.partial())).default({}),
    aowTable: z
      .array(aowRowSchema)
      .min(1, { error: 'moet minstens één rij bevatten' })
      .refine((rows) => rows.every((r, i) => i === 0 || r.bornFrom === rows[i - 1]?.bornBefore), {
        error: 'rijen moeten op geboortedatum aansluiten (bornFrom = bornBefore van de vorige rij)',
      }),
  })
  .strict();

export type SpukAmounts = z.infer<typeof spukSchema>;
export type LocalSettings = z.infer<typeof localSettingsSchema>;
export type YearSettings = z.infer<typeof yearSettingsSchema>;
export type AowRow = z.infer<typeof aowRowSchema>;
export type KoersSettings = z.infer<typeof settingsSchema>;

const FIELD_NAMES: Record<string, string> = {
  spuk: 'SPUK-bedragen',
  mapHourNorm: 'urennorm MAP',
  objectionPeriodWeeks: 'bezwaartermijn (weken)',
  startWaitingWeeks: 'wachttijd tot start bij de aanbieder (weken)',
  progressMeetingsDefault: 'standaardaantal voortgangsgesprekken',
  reliefCheckpointsMonths: 'ijkmomenten ontzorgen (maanden)',
  reliefLocalExtensionMonths: 'lokale verlenging ontzorgen (maanden)',
  budgetbeheerReportDays: 'dagen voor de maandrapportage van de budgetbeheerder',
  intakeScenario: 'scenario start brede intake',
  duoContactTelefoon: 'telefoonnummer team voor DUO',
  formatie: 'formatie en prognose',
  spukTrancheVerdeling: 'verdeling SPUK over de jaren (procent)',
  kleineAantallenDrempel: 'drempel kleine aantallen',
  aowTable: 'AOW-leeftijdstabel',
  years: 'jaren',
  gemeenten: 'gemeenten',
};

function describePath(path: readonly PropertyKey[]): string {
  const raw = path.map(String).join('.');
  const named = [...path].reverse().find((p) => typeof p === 'string' && FIELD_NAMES[p] !== undefined);
  return named === undefined ? raw || '(hoofdniveau)' : `${raw} (${FIELD_NAMES[String(named)] ?? ''})`;
}

function dutchIssue(issue: z.core.$ZodIssue): string {
  const english = /^(Invalid|Too|Expected|Unrecognized)/.test(issue.message);
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'ontbreekt';
    return english ? `verwacht ${issue.expected}` : issue.message;
  }
  if (issue.code === 'unrecognized_keys') return `onbekend veld: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_key') return issue.issues[0]?.message ?? 'ongeldige sleutel';
  return english ? `ongeldige waarde (${issue.code})` : issue.message;
}

export type SettingsParseResult =
  | { readonly ok: true; readonly settings: KoersSettings }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Validates settings; errors are Dutch and name the field. */
export function parseSettings(input: unknown): SettingsParseResult {
  const result = settingsSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, settings: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `Ongeldige instelling ${describePath(issue.path)}: ${dutchIssue(issue)}`),
  };
}

/** Like parseSettings, but throws an Error with all messages. */
export function parseSettingsOrThrow(input: unknown): KoersSettings {
  const r = parseSettings(input);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.settings;
}

const euro = (e: number): number => Math.round(e * 100);

/**
 * Default settings. SPUK: the 2022 indications from seed 003 (Westerkwartier), to be replaced per
 * year by the amounts of the SPUK-regeling. AOW table: the ages published for birth dates up to
 * 1 October 1961 (SVB); later birth dates get 67 years and 3 months until the law sets them.
 */
export const defaultYearSettings: YearSettings = {
  spuk: {
    asiel: { leerroute: euro(10000), map: euro(136), maatschappelijkeBegeleiding: euro(1944), pvt: euro(216), tolk: euro(417) },
    'gezin-overig': { map: euro(195), pvt: euro(216), tolk: euro(179) },
  },
  mapHourNorm: 64,
  objectionPeriodWeeks: 6,
  progressMeetingsDefault: 4,
  reliefCheckpointsMonths: [3, 6],
  reliefLocalExtensionMonths: 0,
};

export const defaultAowTable: readonly AowRow[] = [
  { bornFrom: '1900-01-01', bornBefore: '1955-10-01', years: 66, months: 4 },
  { bornFrom: '1955-10-01', bornBefore: '1956-09-01', years: 66, months: 7 },
  { bornFrom: '1956-09-01', bornBefore: '1957-06-01', years: 66, months: 10 },
  { bornFrom: '1957-06-01', bornBefore: '1961-01-01', years: 67, months: 0 },
  { bornFrom: '1961-01-01', bornBefore: '2200-01-01', years: 67, months: 3 },
];

export const defaultSettings: KoersSettings = {
  years: {
    '2022': defaultYearSettings,
    '2023': defaultYearSettings,
    '2024': defaultYearSettings,
    '2025': defaultYearSettings,
    '2026': defaultYearSettings,
  },
  gemeenten: {},
  aowTable: [...defaultAowTable],
};

/**
 * Effective settings for a year and gemeente: the national settings of that year (or the latest
 * earlier year present), with the gemeente's own choices for that year laid over them.
 */
export function settingsFor(settings: KoersSettings, year: number, gemeente?: string): YearSettings {
  const years = Object.keys(settings.years)
    .map(Number)
    .filter((y) => y <= year)
    .sort((a, b) => b - a);
  const chosen = years[0];
  const base = chosen === undefined ? undefined : settings.years[String(chosen)];
  if (base === undefined) throw new RangeError(`Geen instellingen voor ${year} of een eerder jaar`);
  const local = gemeente === undefined ? undefined : settings.gemeenten[gemeente];
  const localYears = local === undefined ? [] : Object.keys(local).map(Number).filter((y) => y <= year).sort((a, b) => b - a);
  const localYear = localYears[0];
  const overrides = localYear === undefined || local === undefined ? {} : (local[String(localYear)] ?? {});
  return { ...base, ...overrides };
}

// art. 3 lid 1 Wet inburgering 2021 (pensioengerechtigde leeftijd, art. 7a AOW) — AOW date from the settings table
export function aowDate(birthDate: IsoDate, table: readonly AowRow[] = defaultAowTable): Explained<IsoDate | null> {
  const row = table.find((r) => isOnOrAfter(birthDate, r.bornFrom) && isBefore(birthDate, r.bornBefore));
  if (row === undefined) {
    return explained(null, `Geen AOW-leeftijd bekend voor geboortedatum ${formatDutchDate(birthDate)}.`, [
      step('De geboortedatum valt buiten de AOW-leeftijdstabel.', setting('AOW-leeftijdstabel')),
    ]);
  }
  const date = addMonths(birthDate, row.years * 12 + row.months);
  const age = `${row.years} jaar${row.months > 0 ? ` en ${row.months} maanden` : ''}`;
  return explained(date, `AOW-leeftijd bereikt op ${formatDutchDate(date)} (${age}).`, [
    step(
      `Geboren op ${formatDutchDate(birthDate)}: AOW-leeftijd ${age} volgens de tabel, dus op ${formatDutchDate(date)}.`,
      'art. 7a lid 1 Algemene Ouderdomswet',
      setting('AOW-leeftijdstabel'),
    ),
  ]);
}
