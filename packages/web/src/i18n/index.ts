// i18n: Dutch is the primary language, English the second. The choice is kept in localStorage
// and mirrored on <html lang>.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';
import { areasEn, areasNl } from './areas.ts';

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];
export const LANGUAGE_STORAGE_KEY = 'koers.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : 'nl';
  } catch {
    return 'nl';
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nl';
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the switch still works for this page view.
  }
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language: string) => {
  document.documentElement.lang = isLanguage(language) ? language : 'nl';
});

export const i18nReady = i18n.use(initReactI18next).init({
  resources: { nl: { translation: { ...nl, ...areasNl } }, en: { translation: { ...en, ...areasEn } } },
  lng: storedLanguage(),
  fallbackLng: 'nl',
  supportedLngs: languages,
  // Permission ids contain a colon ('admin:users'): no namespaces in keys.
  nsSeparator: false,
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

export default i18n;
