// The formatie and prognosis settings on the beheer settings page (issue 16, R28): form text by the
// server's field path ("formatie.routeMix.B1") to the settings document and back. Validation is the
// settings schema's on the server; here only what cannot be read as a number is caught.
import { defaultFormatieSettings, type FormatieSettings, isOneOf } from '@koers/domain';
import type { TFunction } from 'i18next';

type Values = Record<string, string>;

export type FormatieNumberKind = 'decimal' | 'whole' | 'euros';

const single = [
  { key: 'urenPerInburgeraar', kind: 'decimal' },
  { key: 'spreidingJaren', kind: 'whole' },
  { key: 'productieveUrenPerFte', kind: 'whole' },
  { key: 'kostenPerFte', kind: 'euros' },
  { key: 'caseloadNormMin', kind: 'whole' },
  { key: 'caseloadNormMax', kind: 'whole' },
] as const satisfies readonly { key: keyof FormatieSettings; kind: FormatieNumberKind }[];

/** Groups of numbers that are stored together: an empty field in a group takes its default. */
export const formatieGroups = [
  { key: 'geplandeInstroom', parts: ['statushouders', 'gezinsmigranten', 'overig'], kind: 'whole' },
  { key: 'routeMix', parts: ['B1', 'Z', 'Onderwijs'], kind: 'whole' },
  { key: 'leerroutePrijzen', parts: ['B1', 'Z', 'Onderwijs'], kind: 'euros' },
] as const;

export const formatieSingleFields = single;

type GroupKey = (typeof formatieGroups)[number]['key'];

/** The i18n keys of the fields and groups (`beheer.formatie.field.*`). */
const labelKeys = [
  'urenPerInburgeraar',
  'spreidingJaren',
  'productieveUrenPerFte',
  'kostenPerFte',
  'caseloadNormMin',
  'caseloadNormMax',
  'geplandeInstroom',
  'geplandeInstroom_statushouders',
  'geplandeInstroom_gezinsmigranten',
  'geplandeInstroom_overig',
  'routeMix',
  'routeMix_B1',
  'routeMix_Z',
  'routeMix_Onderwijs',
  'leerroutePrijzen',
  'leerroutePrijzen_B1',
  'leerroutePrijzen_Z',
  'leerroutePrijzen_Onderwijs',
] as const;

/** The i18n key of a field or group: "formatie.routeMix.B1" → "routeMix_B1". */
export const formatieLabelKey = (path: string): string => path.replace(/^formatie\./, '').replace(/\./g, '_');

/** The label of a field or group: "formatie.routeMix.B1" → the text of "routeMix_B1". */
export function formatieLabel(t: TFunction, path: string): string {
  const key = formatieLabelKey(path);
  return isOneOf(labelKeys, key) ? t(`beheer.formatie.field.${key}`) : key;
}

/** A group's numbers by part, for reading one part by its name. */
const partsOf = (group: Readonly<Record<string, number | undefined>> | undefined) => group;

const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',').replace(/,00$/, '');
const show = (n: number, kind: FormatieNumberKind) => (kind === 'euros' ? euros(n) : String(n).replace('.', ','));

/** The default of a field, as the form shows it ("Leeg: … (44)"). */
export function formatieDefaultText(path: string): string {
  const [, key, part] = path.split('.');
  const s = single.find((f) => f.key === key);
  if (s) return show(defaultFormatieSettings[s.key], s.kind);
  const g = formatieGroups.find((x) => x.key === key);
  if (!g || part === undefined) return '';
  return show(partsOf(defaultFormatieSettings[g.key])?.[part] ?? 0, g.kind);
}

export function formatieValuesOf(f: FormatieSettings | undefined): Values {
  const v: Values = {};
  for (const s of single) {
    const stored = f?.[s.key];
    v[`formatie.${s.key}`] = stored === undefined ? '' : show(stored, s.kind);
  }
  for (const g of formatieGroups) {
    const stored = partsOf(f?.[g.key]);
    for (const p of g.parts) {
      const n = stored?.[p];
      v[`formatie.${g.key}.${p}`] = n === undefined ? '' : show(n, g.kind);
    }
  }
  return v;
}

/** A number of the given kind, or the text itself (then a problem is reported). */
export function readNumber(text: string, kind: FormatieNumberKind): number | null {
  const t = text.trim();
  switch (kind) {
    case 'whole':
      return /^\d+$/.test(t) ? Number(t) : null;
    case 'decimal':
      return /^\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : null;
    case 'euros': {
      const normal = t.replace(/\./g, '').replace(',', '.');
      return /^\d+(\.\d{1,2})?$/.test(normal) ? Math.round(Number(normal) * 100) : null;
    }
    default:
      return kind satisfies never;
  }
}

/**
 * The `formatie` part of the settings document (undefined when every field is empty: the defaults
 * apply) and the fields that could not be read, with the message for each (then nothing is sent).
 */
export function formatieFrom(v: Values, message: (kind: FormatieNumberKind, path: string) => string): { formatie: FormatieSettings | undefined; problems: Values } {
  const problems: Values = {};
  const text = (path: string) => (v[path] ?? '').trim();
  const read = (path: string, kind: FormatieNumberKind): number => {
    const n = readNumber(text(path), kind);
    if (n === null) problems[path] = message(kind, path);
    return n ?? 0;
  };
  /** A group with every empty part at its default; undefined when the whole group is empty. */
  const group = <K extends GroupKey>(key: K) => {
    const g = formatieGroups.find((x) => x.key === key);
    const filled = (g?.parts ?? []).filter((p) => text(`formatie.${key}.${p}`) !== '');
    if (!g || filled.length === 0) return undefined;
    return { ...defaultFormatieSettings[key], ...Object.fromEntries(filled.map((p) => [p, read(`formatie.${key}.${p}`, g.kind)])) };
  };
  const out: FormatieSettings = {};
  for (const s of single) if (text(`formatie.${s.key}`) !== '') out[s.key] = read(`formatie.${s.key}`, s.kind);
  out.geplandeInstroom = group('geplandeInstroom');
  out.routeMix = group('routeMix');
  out.leerroutePrijzen = group('leerroutePrijzen');
  const given = Object.values(out).some((x) => x !== undefined);
  return { formatie: given ? out : undefined, problems };
}
