// i18n: Dutch is the primary language, English the second. The choice is kept in localStorage
// and mirrored on <html lang>.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from './nl.json';
import { isOneOf } from '@koers/domain';

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];
export const LANGUAGE_STORAGE_KEY = 'koers.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && isOneOf(languages, value);
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
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

/** Dutch is in the bundle; English comes in its own file the first time it is chosen. */
async function loadLanguage(language: Language): Promise<void> {
  if (language === 'nl' || i18n.hasResourceBundle(language, 'translation')) return;
  const { englishCatalog } = await import('./english.ts');
  i18n.addResourceBundle(language, 'translation', englishCatalog(), true, true);
}

i18n.on('languageChanged', (language: string) => {
  document.documentElement.lang = isLanguage(language) ? language : 'nl';
});

const initialLanguage = storedLanguage();
export const i18nReady = i18n
  .use(initReactI18next)
  .init({
    // The areas' Dutch catalogs follow in their own file (areasReady); English when chosen.
    resources: { nl: { translation: nl } },
    // English is added by loadLanguage(); until then a key falls back to Dutch.
    partialBundledLanguages: true,
    lng: 'nl',
    fallbackLng: 'nl',
    supportedLngs: languages,
    // Permission ids contain a colon ('admin:users'): no namespaces in keys.
    nsSeparator: false,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  })
  .then(async () => {
    if (initialLanguage !== 'nl') await setLanguage(initialLanguage);
  });

/**
 * Resolves once the areas' Dutch catalogs are in. Requested now, alongside whatever the page asks
 * for first; every page behind the shell waits for it (CatalogsReady), the shell and login do not.
 */
const dutchAreasModule = import('./dutch-areas.ts');
export const areasReady: Promise<void> = Promise.all([i18nReady, dutchAreasModule]).then(([, { dutchAreas }]) => {
  // Each area is a top-level key of its own, none of them in nl.json (test/catalog-split.test.ts), so
  // a shallow merge gives the same catalog as a deep one, without walking 110 kB of it (~90 ms at 4×
  // CPU throttling, on the way to the first page; ADR 0151 addendum).
  i18n.addResourceBundle('nl', 'translation', dutchAreas(), false, true);
});

export default i18n;
