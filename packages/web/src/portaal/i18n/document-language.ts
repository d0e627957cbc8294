import { directionOf, type PortaalLanguage } from './languages.ts';

/** The part of document.documentElement we set; a plain object in the unit tests. */
export interface LanguageTarget {
  lang: string;
  dir: string;
}

/** <html lang dir>: the whole page reads and mirrors in the chosen language. */
export function applyDocumentLanguage(root: LanguageTarget, language: PortaalLanguage): void {
  root.lang = language;
  root.dir = directionOf(language);
}
