import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { dutchCatalog, loadCatalog } from './catalogs.ts';
import { applyDocumentLanguage } from './document-language.ts';
import { chooseLanguage, type PortaalLanguage } from './languages.ts';
import { translate, type Catalog, type Params, type Translation } from './translate.ts';

export const LANGUAGE_STORAGE_KEY = 'koers.portaal.language';

export function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function rememberLanguage(language: PortaalLanguage): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode: the choice holds for this visit only.
  }
}

export interface I18n {
  language: PortaalLanguage;
  /** Text for an element's content: wrapped in <span lang="nl"> when it fell back to Dutch. */
  t: (key: string, params?: Params) => ReactNode;
  /** Plain text, for attributes (aria-label, title) and document.title. */
  text: (key: string, params?: Params) => string;
  raw: (key: string, params?: Params) => Translation;
  setLanguage: (language: PortaalLanguage, remember?: boolean) => void;
  /** The person's preferredLanguage, used when they chose nothing on this device. */
  applyPreferred: (preferred: string | null | undefined) => void;
}

export function Fallback({ translation }: { translation: Translation }): ReactNode {
  return translation.fellBack ? <span lang="nl">{translation.text}</span> : translation.text;
}

export function makeI18n(
  language: PortaalLanguage,
  catalog: Catalog | undefined,
  setLanguage: I18n['setLanguage'] = () => undefined,
  applyPreferred: I18n['applyPreferred'] = () => undefined,
): I18n {
  const raw = (key: string, params?: Params) => translate(language, catalog, dutchCatalog, key, params);
  return {
    language,
    raw,
    t: (key, params) => <Fallback translation={raw(key, params)} />,
    text: (key, params) => raw(key, params).text,
    setLanguage,
    applyPreferred,
  };
}

const I18nContext = createContext<I18n>(makeI18n('nl', dutchCatalog));

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<PortaalLanguage>(() => chooseLanguage(storedLanguage(), null));
  const [catalogs, setCatalogs] = useState<Partial<Record<PortaalLanguage, Catalog>>>({ nl: dutchCatalog });

  useEffect(() => {
    applyDocumentLanguage(document.documentElement, language);
    if (catalogs[language]) return;
    let current = true;
    void loadCatalog(language).then((catalog) => {
      if (current) setCatalogs((loaded) => ({ ...loaded, [language]: catalog }));
    });
    return () => {
      current = false;
    };
  }, [language, catalogs]);

  const setLanguage = useCallback((next: PortaalLanguage, remember = true) => {
    if (remember) rememberLanguage(next);
    setLanguageState(next);
  }, []);

  const applyPreferred = useCallback((preferred: string | null | undefined) => {
    setLanguageState(chooseLanguage(storedLanguage(), preferred));
  }, []);

  const value = useMemo(
    () => makeI18n(language, catalogs[language], setLanguage, applyPreferred),
    [language, catalogs, setLanguage, applyPreferred],
  );
  // Until the chosen catalog is in, nothing is shown rather than a flash of Dutch.
  if (!catalogs[language]) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
