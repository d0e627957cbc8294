// The formatie and prognosis settings on the beheer settings page (issue 16, R28): form text by the
// server's field path ("formatie.routeMix.B1") to the settings document and back. Validation is the
// settings schema's on the server; here only what cannot be read as a number is caught.
import { defaultFormatieSettings, type FormatieSettings } from '@koers/domain';

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

/** The i18n key of a field or group: "formatie.routeMix.B1" → "routeMix_B1". */
export const formatieLabelKey = (path: string): string => path.replace(/^formatie\./, '').replace(/\./g, '_');

const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',').replace(/,00$/, '');
const show = (n: number, kind: FormatieNumberKind) => (kind === 'euros' ? euros(n) : String(n).replace('.', ','));

/** The default of a field, as the form shows it ("Leeg: … (44)"). */
export function formatieDefaultText(path: string): string {
  const [, key, part] = path.split('.');
  const s = single.find((f) => f.key === key);
  if (s) return show(defaultFormatieSettings[s.key], s.kind);
  const g = formatieGroups.find((x) => x.key === key);
  if (!g || part === undefined) return '';
  return show((defaultFormatieSettings[g.key] as Record<string, number>)[part] ?? 0, g.kind);
}

export function formatieValuesOf(f: FormatieSettings | undefined): Values {
  const v: Values = {};
  for (const s of single) {
    const stored = f?.[s.key];
    v[`formatie.${s.key}`] = stored === undefined ? '' : show(stored, s.kind);
  }
  for (const g of formatieGroups) {
    const stored = f?.[g.key] as Record<string, number> | undefined;
    for (const p of g.parts) v[`formatie.${g.key}.${p}`] = stored?.[p] === undefined ? '' : show(stored[p], g.kind);
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
 * apply) and the fields that could not be read, with the message for each.
 */
export function formatieFrom(v: Values, message: (kind: FormatieNumberKind, path: string) => string): { formatie: Record<string, unknown> | undefined; problems: Values } {
  const problems: Values = {};
  const out: Record<string, unknown> = {};
  const read = (path: string, kind: FormatieNumberKind): number | string => {
    const text = (v[path] ?? '').trim();
    const n = readNumber(text, kind);
    if (n === null) {
      problems[path] = message(kind, path);
      return text;
    }
    return n;
  };
  for (const s of single) if ((v[`formatie.${s.key}`] ?? '').trim() !== '') out[s.key] = read(`formatie.${s.key}`, s.kind);
  for (const g of formatieGroups) {
    const paths = g.parts.map((p) => `formatie.${g.key}.${p}`);
    if (paths.every((p) => (v[p] ?? '').trim() === '')) continue;
    const defaults = defaultFormatieSettings[g.key] as Record<string, number>;
    out[g.key] = Object.fromEntries(g.parts.map((p, i) => [p, (v[paths[i]!] ?? '').trim() === '' ? defaults[p] : read(paths[i]!, g.kind)]));
  }
  return { formatie: Object.keys(out).length === 0 ? undefined : out, problems };
}
