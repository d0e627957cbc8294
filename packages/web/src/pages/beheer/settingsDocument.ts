// The beheer settings form's text fields by the server's field path ("letter.phone", "spuk.asiel.map")
// to the settings document and back. Only what cannot be read as a number or amount is caught here;
// the settings schema on the server checks the rest and names the field.
import type { GemeenteSettings, LetterSettings, RetentionSettings, SpukAmounts } from '../../api/beheer.ts';
import { isApiError } from '../../api/client.ts';
import { formatieValuesOf } from './formatie/formatieFields.ts';

export const letterKeys = ['department', 'contactName', 'visitingAddress', 'postalAddress', 'phone', 'email', 'signatoryName', 'signatoryFunction', 'objectionAddress', 'handhavingPolicy'] as const;
export const asielKeys = ['leerroute', 'map', 'maatschappelijkeBegeleiding', 'pvt', 'tolk'] as const;
export const gezinKeys = ['map', 'pvt', 'tolk'] as const;
const numberKeys = ['progressMeetingsDefault', 'objectionPeriodWeeks', 'reliefLocalExtensionMonths', 'mapHourNorm'] as const;
export type NumberKey = (typeof numberKeys)[number];
/** The gemeente's own account for the ontzorgen batches (ADR 0147): all three or none. */
export const accountKeys = ['name', 'iban', 'bic'] as const;
export const retentionKeys = ['caseFileYears', 'coreDataYears', 'processingLogYears'] as const;
const scenarios = [1, 2, 3] as const;

/** Form values by the server's field path (without "settings."), all as typed text. */
export type Values = Record<string, string>;
export type ProblemKind = 'wholeNumber' | 'amount' | 'months';

export const idOf = (path: string) => `setting-${path.replace(/\./g, '-')}`;
export const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',').replace(/,00$/, '');
const numberText = (n: number | undefined) => (n === undefined ? '' : String(n));

export function valuesOf(s: GemeenteSettings): Values {
  const v: Values = {};
  for (const k of letterKeys) v[`letter.${k}`] = s.letter[k] ?? '';
  for (const k of numberKeys) v[k] = numberText(s[k]);
  v.intakeScenario = numberText(s.intakeScenario);
  v.reliefCheckpointsMonths = s.reliefCheckpointsMonths?.join(', ') ?? '';
  v.duoContactTelefoon = s.duoContactTelefoon ?? '';
  for (const k of accountKeys) v[`ontzorgenAccount.${k}`] = s.ontzorgenAccount?.[k] ?? '';
  v.budgetbeheerReportDays = numberText(s.budgetbeheerReportDays);
  v.kleineAantallenDrempel = numberText(s.kleineAantallenDrempel);
  for (const k of retentionKeys) v[`retention.${k}`] = numberText(s.retention?.[k]);
  for (const k of asielKeys) v[`spuk.asiel.${k}`] = s.spuk ? euros(s.spuk.asiel[k]) : '';
  for (const k of gezinKeys) v[`spuk.gezin-overig.${k}`] = s.spuk ? euros(s.spuk['gezin-overig'][k]) : '';
  Object.assign(v, formatieValuesOf(s.formatie));
  return v;
}

/** Reads the typed text by path; what cannot be read becomes a problem on its path (and the document is not sent). */
function reader(v: Values, message: (kind: ProblemKind, path: string) => string) {
  const problems: Values = {};
  const text = (path: string) => (v[path] ?? '').trim();
  const whole = (path: string, kind: ProblemKind = 'wholeNumber'): number | undefined => {
    const s = text(path);
    if (s === '') return undefined;
    if (/^\d+$/.test(s)) return Number(s);
    problems[path] = message(kind, path);
    return undefined;
  };
  const amount = (path: string, fallback: number): number => {
    if (text(path) === '') return fallback;
    const normal = text(path).replace(/\./g, '').replace(',', '.');
    if (/^\d+(\.\d{1,2})?$/.test(normal)) return Math.round(Number(normal) * 100);
    problems[path] = message('amount', path);
    return fallback;
  };
  return { problems, text, whole, amount };
}

function spukFrom(r: ReturnType<typeof reader>, national: SpukAmounts): SpukAmounts | undefined {
  const paths = [...asielKeys.map((k) => `spuk.asiel.${k}`), ...gezinKeys.map((k) => `spuk.gezin-overig.${k}`)];
  // The SPUK amounts go together: an empty one keeps the national amount.
  if (!paths.some((p) => r.text(p) !== '')) return undefined;
  const asiel = (k: (typeof asielKeys)[number]) => r.amount(`spuk.asiel.${k}`, national.asiel[k]);
  const gezin = (k: (typeof gezinKeys)[number]) => r.amount(`spuk.gezin-overig.${k}`, national['gezin-overig'][k]);
  return {
    asiel: { leerroute: asiel('leerroute'), map: asiel('map'), maatschappelijkeBegeleiding: asiel('maatschappelijkeBegeleiding'), pvt: asiel('pvt'), tolk: asiel('tolk') },
    'gezin-overig': { map: gezin('map'), pvt: gezin('pvt'), tolk: gezin('tolk') },
  };
}

/** The settings document to send (without formatie); client-side problems (by path) when a value cannot be read. */
export function settingsFrom(v: Values, national: SpukAmounts, message: (kind: ProblemKind, path: string) => string): { settings: GemeenteSettings; problems: Values } {
  const r = reader(v, message);
  const letter: LetterSettings = {};
  for (const k of letterKeys) if (r.text(`letter.${k}`) !== '') letter[k] = r.text(`letter.${k}`);
  const retention: RetentionSettings = {};
  for (const k of retentionKeys) retention[k] = r.whole(`retention.${k}`);
  const settings: GemeenteSettings = { letter, retention };
  for (const k of numberKeys) settings[k] = r.whole(k);
  settings.intakeScenario = scenarios.find((n) => String(n) === v.intakeScenario);
  if (r.text('reliefCheckpointsMonths') !== '') {
    const parts = r.text('reliefCheckpointsMonths').split(/[\s,;]+/).filter(Boolean);
    const months = parts.filter((p) => /^\d+$/.test(p)).map(Number);
    if (months.length < parts.length) r.problems.reliefCheckpointsMonths = message('months', 'reliefCheckpointsMonths');
    settings.reliefCheckpointsMonths = months;
  }
  if (r.text('duoContactTelefoon') !== '') settings.duoContactTelefoon = r.text('duoContactTelefoon');
  if (accountKeys.some((k) => r.text(`ontzorgenAccount.${k}`) !== '')) {
    settings.ontzorgenAccount = { name: r.text('ontzorgenAccount.name'), iban: r.text('ontzorgenAccount.iban'), bic: r.text('ontzorgenAccount.bic') };
  }
  settings.budgetbeheerReportDays = r.whole('budgetbeheerReportDays');
  settings.kleineAantallenDrempel = r.whole('kleineAantallenDrempel');
  settings.spuk = spukFrom(r, national);
  return { settings, problems: r.problems };
}

/** The server's messages by field path (without "settings."). */
export function errorsFrom(error: unknown): Values {
  const out: Values = {};
  if (!isApiError(error)) return out;
  for (const [field, message] of Object.entries(error.fields)) out[field.replace(/^settings\./, '')] = message;
  if (error.field && !out[error.field.replace(/^settings\./, '')]) out[error.field.replace(/^settings\./, '')] = error.message;
  return out;
}
