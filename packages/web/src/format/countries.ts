// Country codes (ISO 3166-1 alpha-2, as the case stores a nationality) as names in the language of
// the interface: "ER" → "Eritrea". The names come from the browser's CLDR data (Intl.DisplayNames),
// so no list ships with Koers. ADR 0108.

const names = new Map<string, Intl.DisplayNames | null>();

function displayNames(language: string): Intl.DisplayNames | null {
  const key = language === 'en' ? 'en' : 'nl';
  if (!names.has(key)) {
    try {
      names.set(key, new Intl.DisplayNames([key], { type: 'region', fallback: 'none' }));
    } catch {
      names.set(key, null);
    }
  }
  return names.get(key) ?? null;
}

/** Stateless and unknown nationality, as the BRP and the registration form record them. */
const special: Record<string, { nl: string; en: string }> = {
  XX: { nl: 'onbekend', en: 'unknown' },
  XXA: { nl: 'staatloos', en: 'stateless' },
  XXX: { nl: 'onbekend', en: 'unknown' },
};

/** The name of the country with code `code`; the code itself when no name is known. */
export function countryName(code: string | null | undefined, language: string): string {
  if (!code) return '';
  const upper = code.trim().toUpperCase();
  const own = special[upper];
  if (own) return language === 'en' ? own.en : own.nl;
  if (!/^[A-Z]{2}$/.test(upper)) return code;
  try {
    return displayNames(language)?.of(upper) ?? code;
  } catch {
    return code;
  }
}
