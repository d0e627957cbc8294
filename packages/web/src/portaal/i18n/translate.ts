// The portal's own small translation lookup (no i18next: the portal must stay light). A key
// missing in the chosen language falls back to Dutch, and says so, so the screen can mark that
// text with lang="nl" for screen readers and translation tools.
import type { PortaalLanguage } from './languages.ts';

export type Catalog = { [key: string]: string | Catalog };
export type Params = Record<string, string | number>;

export interface Translation {
  text: string;
  /** The language the text is in: the chosen one, or 'nl' when it fell back to Dutch. */
  lang: PortaalLanguage;
  fellBack: boolean;
}

export function lookup(catalog: Catalog | undefined, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

export function interpolate(text: string, params: Params | undefined): string {
  if (!params) return text;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translate(
  language: PortaalLanguage,
  catalog: Catalog | undefined,
  dutch: Catalog,
  key: string,
  params?: Params,
): Translation {
  const own = language === 'nl' ? undefined : lookup(catalog, key);
  if (own !== undefined) return { text: interpolate(own, params), lang: language, fellBack: false };
  // A key missing everywhere is caught by test/portaal-i18n.test.ts; the key is never shown as text.
  const text = lookup(dutch, key) ?? '';
  return { text: interpolate(text, params), lang: 'nl', fellBack: language !== 'nl' };
}

/** Every key of a catalog as 'a.b.c', for the completeness check. */
export function catalogKeys(catalog: Catalog, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path] : catalogKeys(value, path);
  });
}
