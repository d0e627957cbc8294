// The portal's languages (issue 17): Dutch and English plus the main languages of newcomers.
// Arabic and Farsi are written right to left.

export const portaalLanguages = ['nl', 'en', 'ar', 'ti', 'fa', 'so', 'tr', 'uk'] as const;
export type PortaalLanguage = (typeof portaalLanguages)[number];

/** Each language named in itself, so a person finds their own without reading Dutch. */
export const languageNames: Record<PortaalLanguage, string> = {
  nl: 'Nederlands',
  en: 'English',
  ar: 'العربية',
  ti: 'ትግርኛ',
  fa: 'فارسی',
  so: 'Soomaali',
  tr: 'Türkçe',
  uk: 'Українська',
};

export type Direction = 'ltr' | 'rtl';

export function directionOf(language: PortaalLanguage): Direction {
  switch (language) {
    case 'ar':
    case 'fa':
      return 'rtl';
    case 'nl':
    case 'en':
    case 'ti':
    case 'so':
    case 'tr':
    case 'uk':
      return 'ltr';
  }
}

export function isPortaalLanguage(value: unknown): value is PortaalLanguage {
  return portaalLanguages.some((language) => language === value);
}

/** 'ar-SY', 'AR', 'fa_IR' → the portal language, or null when we have no catalog for it. */
export function normaliseLanguage(value: string | null | undefined): PortaalLanguage | null {
  if (!value) return null;
  const base = value.trim().toLowerCase().split(/[-_]/)[0];
  return isPortaalLanguage(base) ? base : null;
}

/** The language to show: the person's own choice on this device, else their preferredLanguage, else Dutch. */
export function chooseLanguage(stored: string | null, preferred: string | null | undefined): PortaalLanguage {
  return normaliseLanguage(stored) ?? normaliseLanguage(preferred) ?? 'nl';
}
