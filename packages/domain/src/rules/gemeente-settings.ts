// A gemeente's own settings as stored with the gemeente and edited by its beheerder: every setting
// of the settings schema (national figures and local policy), optional, laid over the national
// settings of the year; plus what letters need (sender block, signatory, bezwaar address).
// One schema for the whole server: docs/adr/0071-gemeente-settings-one-schema.md.
import { z } from 'zod';
import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { isStorableText } from '../text/storable-text.ts';
import { settingsFor, yearSettingsSchema, type KoersSettings, type YearSettings } from './settings.ts';
import { keysOf } from '../guards.ts';

const text = (label: string, max: number) =>
  z
    .string({ error: `${label}: moet tekst zijn` })
    .trim()
    .max(max, { error: `${label}: hoogstens ${max} tekens` })
    .refine(isStorableText, { error: `${label}: bevat een teken dat niet kan worden opgeslagen` })
    .optional();

/** A general Dutch telephone number for letters (not DUO's stricter pattern). */
const LETTER_PHONE = /^\+?[0-9][0-9 ()-]{5,24}$/;

/** What letters and beschikkingen need from the gemeente (sender block, signatory, bezwaar). */
export const letterSettingsSchema = z
  .object({
    /** Department that sends the letters, e.g. "Team Inburgering". */
    department: text('Afdeling', 120),
    /** Who the person can ask for: a contact person or a team, e.g. "Team Inburgering" or "mevrouw J. Bakker". */
    contactName: text('Contactpersoon of team', 120),
    /** Visiting address, multi-line allowed. */
    visitingAddress: text('Bezoekadres', 300),
    /** Postal address (postbus), multi-line allowed. */
    postalAddress: text('Postadres', 300),
    phone: text('Telefoonnummer', 30).refine((v) => v === undefined || v === '' || LETTER_PHONE.test(v), {
      error: 'Telefoonnummer: vul een telefoonnummer in, bijvoorbeeld 078 770 8910 of +31 78 770 8910',
    }),
    email: text('E-mailadres', 254).refine((v) => v === undefined || v === '' || z.email().safeParse(v).success, {
      error: 'E-mailadres: vul een geldig e-mailadres in, bijvoorbeeld inburgering@gemeente.nl',
    }),
    /** Name of the person who signs on behalf of the college (namens dezen). */
    signatoryName: text('Naam ondertekenaar', 120),
    /** Function of the signatory, e.g. "Manager Inburgering". */
    signatoryFunction: text('Functie ondertekenaar', 120),
    /** Where a bezwaarschrift goes (Awb 6:4): the college's postal address for bezwaar. */
    objectionAddress: text('Adres voor bezwaar', 300),
    /** Handhaving letters: the gemeente's own policy paragraph (beleidsregels); empty = the default of the handhaving letters. */
    handhavingPolicy: text('Beleid handhaving in brieven', 1500),
  })
  .strict();

export type LetterSettings = z.infer<typeof letterSettingsSchema>;
export const letterSettingFields = keysOf(letterSettingsSchema.shape);

const years = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}: moet een geheel aantal jaren zijn` })
    .int({ error: `${label}: moet een geheel aantal jaren zijn` })
    .min(min, { error: `${label}: minstens ${min} jaar` })
    .max(max, { error: `${label}: hoogstens ${max} jaar` })
    .optional();

/**
 * How long Koers keeps personal data (art. 5 lid 1 sub e AVG), counted from the end of the
 * inburgeringsplicht (the case's closing date). Absent = the default in `defaultRetention`.
 * What happens at each limit: docs/adr/0099-retention.md.
 */
export const retentionSettingsSchema = z
  .object({
    /** The case file (everything but the core data): art. 9.9 lid 1 sub a Besluit inburgering 2021 — five years at most. */
    caseFileYears: years('Bewaartermijn dossier', 1, 5),
    /** The core data of art. 9.9 lid 2 Besluit inburgering 2021 (BSN, name, address, birth date, exemption, how the duty ended): fifty years at most. */
    coreDataYears: years('Bewaartermijn kerngegevens', 1, 50),
    /** The processing log (Logboek Dataverwerkingen) of the gemeente, counted from each entry. */
    processingLogYears: years('Bewaartermijn logboek dataverwerkingen', 1, 20),
  })
  .strict()
  .refine((r) => r.caseFileYears === undefined || r.coreDataYears === undefined || r.coreDataYears >= r.caseFileYears, {
    error: 'Bewaartermijn kerngegevens: mag niet korter zijn dan de bewaartermijn van het dossier',
    path: ['coreDataYears'],
  });

export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;
export const retentionSettingFields = ['caseFileYears', 'coreDataYears', 'processingLogYears'] as const satisfies readonly (keyof RetentionSettings)[];

/**
 * Defaults and their source: the case file 5 years after the duty ended (art. 9.9 lid 1 sub a
 * Besluit inburgering 2021, the legal maximum); core data 50 years (art. 9.9 lid 2, the legal
 * maximum: a gemeente that needs less sets less); the processing log 5 years (Koers's choice: as long
 * as a case file may exist after its duty ended, so that every access to it can be accounted for).
 */
export const defaultRetention: Required<RetentionSettings> = { caseFileYears: 5, coreDataYears: 50, processingLogYears: 5 };

/** The retention periods that apply: the gemeente's own, else the defaults. */
export function retentionOf(settings: GemeenteSettings): Required<RetentionSettings> {
  return { ...defaultRetention, ...Object.fromEntries(Object.entries(settings.retention).filter(([, v]) => v !== undefined)) };
}

/**
 * The gemeente's own bank account that pays financieel ontzorgen (the debtor account, `DbtrAcct`, of
 * every pain.001 batch; ADR 0147). Absent = not set: no batch can be proposed until it is.
 */
export const ontzorgenAccountSchema = z
  .object({
    name: z
      .string({ error: 'Naam rekeninghouder: moet tekst zijn' })
      .trim()
      .min(1, { error: 'Naam rekeninghouder: vul de naam van de rekeninghouder in' })
      .max(70, { error: 'Naam rekeninghouder: hoogstens 70 tekens' })
      .refine(isStorableText, { error: 'Naam rekeninghouder: bevat een teken dat niet kan worden opgeslagen' }),
    iban: z
      .string({ error: 'IBAN: moet tekst zijn' })
      .transform((v) => electronicFormatIBAN(v) ?? '')
      .refine((v) => isValidIBAN(v), { error: 'IBAN: dit is geen geldig IBAN (controleer de cijfers)' }),
    bic: z
      .string({ error: 'BIC: moet tekst zijn' })
      .transform((v) => v.replace(/\s+/g, '').toUpperCase())
      .refine((v) => isValidBIC(v), { error: 'BIC: dit is geen geldige BIC (8 of 11 tekens, bijvoorbeeld BNGHNL2G)' }),
  })
  .strict()
  .refine((a) => !isValidBIC(a.bic) || !isValidIBAN(a.iban) || a.bic.slice(4, 6) === a.iban.slice(0, 2), { error: 'BIC: hoort bij een bank in een ander land dan het IBAN', path: ['bic'] });
export type OntzorgenAccount = z.infer<typeof ontzorgenAccountSchema>;

/** Every setting of the year settings, optional: what the gemeente sets itself. */
export const gemeentePolicySchema = yearSettingsSchema.partial().strict();
export type GemeentePolicy = z.infer<typeof gemeentePolicySchema>;
export const gemeentePolicyFields = keysOf(gemeentePolicySchema.shape);

/** How long the maatschappelijke begeleiding runs on average (months; seed 002 §4.1: Dalfsen ≈ 18). Absent = 18. */
export const begeleidingMonthsSchema = z
  .number({ error: 'Duur maatschappelijke begeleiding (maanden): moet een geheel aantal maanden zijn' })
  .int({ error: 'Duur maatschappelijke begeleiding (maanden): moet een geheel aantal maanden zijn' })
  .min(1, { error: 'Duur maatschappelijke begeleiding (maanden): minstens 1 maand' })
  .max(60, { error: 'Duur maatschappelijke begeleiding (maanden): hoogstens 60 maanden' })
  .optional();

/**
 * Dashboards for aggregate-only roles hide counts from 1 up to this number − 1 ("minder dan 5"),
 * so no person can be recognised (ADR 0141). Absent = DEFAULT_SMALL_COUNT_THRESHOLD (5).
 */
export const smallCountThresholdSchema = z
  .number({ error: 'Drempel kleine aantallen: moet een geheel getal zijn' })
  .int({ error: 'Drempel kleine aantallen: moet een geheel getal zijn' })
  .min(2, { error: 'Drempel kleine aantallen: minstens 2' })
  .max(50, { error: 'Drempel kleine aantallen: hoogstens 50' })
  .optional();

export const gemeenteSettingsSchema = gemeentePolicySchema
  .extend({
    letter: letterSettingsSchema.default({}),
    retention: retentionSettingsSchema.default({}),
    ontzorgenAccount: ontzorgenAccountSchema.optional(),
    begeleidingMonths: begeleidingMonthsSchema,
    kleineAantallenDrempel: smallCountThresholdSchema,
  })
  .strict();
export type GemeenteSettings = z.infer<typeof gemeenteSettingsSchema>;
/** The document as stored in gemeenten.settings: the schema's input (letter and retention may be absent). */
export type GemeenteSettingsDocument = z.input<typeof gemeenteSettingsSchema>;

export const defaultGemeenteSettings: GemeenteSettings = { letter: {}, retention: {} };

/** Dutch labels of the settings, as a beheerder sees them (also in error messages). */
export const gemeenteSettingLabels: Record<string, string> = {
  spuk: 'SPUK-bedragen',
  asiel: 'asielstatushouders',
  'gezin-overig': 'gezinsmigranten en overige migranten',
  leerroute: 'leerroute',
  map: 'MAP',
  maatschappelijkeBegeleiding: 'maatschappelijke begeleiding',
  pvt: 'PVT',
  tolk: 'tolk',
  mapHourNorm: 'Urennorm MAP',
  objectionPeriodWeeks: 'Bezwaartermijn (weken)',
  startWaitingWeeks: 'Wachttijd tot start bij de aanbieder (weken)',
  progressMeetingsDefault: 'Standaardaantal voortgangsgesprekken',
  reliefCheckpointsMonths: 'IJkmomenten ontzorgen (maanden)',
  reliefLocalExtensionMonths: 'Lokale verlenging ontzorgen (maanden)',
  intakeScenario: 'Scenario start brede intake',
  duoContactTelefoon: 'Telefoonnummer team voor DUO',
  formatie: 'Formatie en prognose',
  urenPerInburgeraar: 'Uren regie per inburgeraar',
  spreidingJaren: 'Spreiding over jaren',
  productieveUrenPerFte: 'Productieve uren per fte',
  kostenPerFte: 'Kosten per fte',
  caseloadNormMin: 'Caseloadnorm ondergrens',
  caseloadNormMax: 'Caseloadnorm bovengrens',
  geplandeInstroom: 'Geplande instroom per jaar',
  statushouders: 'statushouders',
  gezinsmigranten: 'gezinsmigranten',
  overig: 'overige migranten',
  routeMix: 'Routeverdeling (procent)',
  leerroutePrijzen: 'Prijs per leerroute',
  B1: 'B1-route',
  Z: 'Z-route',
  Onderwijs: 'onderwijsroute',
  spukTrancheVerdeling: 'Verdeling SPUK over de jaren (procent)',
  kleineAantallenDrempel: 'Drempel kleine aantallen',
  letter: 'Gegevens voor brieven',
  department: 'Afdeling',
  contactName: 'Contactpersoon of team',
  visitingAddress: 'Bezoekadres',
  postalAddress: 'Postadres',
  phone: 'Telefoonnummer',
  email: 'E-mailadres',
  signatoryName: 'Naam ondertekenaar',
  signatoryFunction: 'Functie ondertekenaar',
  objectionAddress: 'Adres voor bezwaar',
  retention: 'Bewaartermijnen',
  begeleidingMonths: 'Duur maatschappelijke begeleiding (maanden)',
  caseFileYears: 'Bewaartermijn dossier',
  coreDataYears: 'Bewaartermijn kerngegevens',
  processingLogYears: 'Bewaartermijn logboek dataverwerkingen',
  ontzorgenAccount: 'Rekening van de gemeente voor ontzorgen',
  name: 'Naam rekeninghouder',
  iban: 'IBAN',
  bic: 'BIC',
  budgetbeheerReportDays: 'Dagen voor de maandrapportage van de budgetbeheerder',
};

export interface GemeenteSettingsIssue {
  /** Dotted path of the field, e.g. "letter.phone" or "spuk.asiel.map". */
  readonly field: string;
  /** Dutch, naming the field by its label. */
  readonly message: string;
}

export type GemeenteSettingsParseResult =
  | { readonly ok: true; readonly settings: GemeenteSettings }
  | { readonly ok: false; readonly issues: readonly GemeenteSettingsIssue[] };

function labelOf(path: readonly PropertyKey[]): string {
  const named = path.filter((p): p is string => typeof p === 'string').map((p) => gemeenteSettingLabels[p] ?? p);
  return named.length === 0 ? 'Instellingen' : named.join(' – ');
}

function messageOf(issue: z.core.$ZodIssue): string {
  const label = labelOf(issue.path);
  if (issue.code === 'unrecognized_keys') return `${label}: onbekend veld ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${label}: ontbreekt`;
  const english = /^(Invalid|Too|Expected|Unrecognized)/.test(issue.message);
  if (english) return `${label}: ongeldige waarde`;
  // Messages of the letter fields already start with their own label.
  const own = [...issue.path].reverse().find((p): p is string => typeof p === 'string');
  const ownLabel = own === undefined ? undefined : gemeenteSettingLabels[own];
  return ownLabel !== undefined && issue.message.startsWith(`${ownLabel}:`) ? issue.message : `${label}: ${issue.message}`;
}

/** Validates a gemeente's settings (input from the beheerder): errors are Dutch and name the field. */
export function parseGemeenteSettings(input: unknown): GemeenteSettingsParseResult {
  const result = gemeenteSettingsSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, settings: withoutEmptyText(result.data) };
  return { ok: false, issues: result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'settings', message: messageOf(issue) })) };
}

/** Empty letter fields mean "not set": they are dropped, so a stored document has no "" values. */
function withoutEmptyText(settings: GemeenteSettings): GemeenteSettings {
  const letter: LetterSettings = {};
  for (const key of letterSettingFields) {
    const value = settings.letter[key];
    if (value !== undefined && value !== '') letter[key] = value;
  }
  return { ...settings, letter };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads stored settings, never failing: a field that does not pass the schema (written by an older
 * version, or by hand) is left out, so its default applies — field by field, as before.
 */
export function readGemeenteSettings(stored: unknown): GemeenteSettings {
  const whole = parseGemeenteSettings(stored);
  if (whole.ok) return whole.settings;
  const source = isRecord(stored) ? stored : {};
  const policy: Record<string, unknown> = {};
  for (const key of gemeentePolicyFields) {
    if (source[key] === undefined) continue;
    const one = gemeentePolicySchema.shape[key].safeParse(source[key]);
    if (one.success && one.data !== undefined) policy[key] = one.data;
  }
  const letter: Record<string, unknown> = {};
  const storedLetter = isRecord(source.letter) ? source.letter : {};
  for (const key of letterSettingFields) {
    const one = letterSettingsSchema.shape[key].safeParse(storedLetter[key]);
    if (one.success && one.data !== undefined && one.data !== '') letter[key] = one.data;
  }
  const storedRetention = isRecord(source.retention) ? source.retention : {};
  const retention: Record<string, unknown> = {};
  for (const key of retentionSettingFields) {
    const one = retentionSettingsSchema.safeParse({ [key]: storedRetention[key] });
    if (one.success && one.data[key] !== undefined) retention[key] = one.data[key];
  }
  const account = ontzorgenAccountSchema.safeParse(source.ontzorgenAccount);
  const months = begeleidingMonthsSchema.safeParse(source.begeleidingMonths);
  const threshold = smallCountThresholdSchema.safeParse(source.kleineAantallenDrempel);
  const result: GemeenteSettings = {
    // Each key was parsed by its own field schema just above; a record built key by key cannot carry that into the type.
    ...(policy as GemeentePolicy),
    letter,
    retention,
    ...(account.success ? { ontzorgenAccount: account.data } : {}),
    ...(months.success && months.data !== undefined ? { begeleidingMonths: months.data } : {}),
    ...(threshold.success && threshold.data !== undefined ? { kleineAantallenDrempel: threshold.data } : {}),
  };
  return result;
}

/**
 * The settings that apply to a gemeente in a year: the national settings of that year (or the
 * latest earlier one) and the gemeente's choices in the national document, with the gemeente's own
 * settings laid over them.
 */
export function settingsForGemeente(national: KoersSettings, year: number, gemeentecode: string, own: GemeenteSettings): YearSettings {
  const base = settingsFor(national, year, gemeentecode);
  // Object.fromEntries loses the key-to-value pairing; the entries are those of `own`, a GemeentePolicy, minus undefined values.
  const overrides = Object.fromEntries(Object.entries(own).filter(([key, v]) => key !== 'letter' && key !== 'retention' && key !== 'ontzorgenAccount' && key !== 'begeleidingMonths' && v !== undefined)) as GemeentePolicy;
  return { ...base, ...overrides };
}
