// Dutch is in the portal's entry (it is the fallback for every key); each other language is its
// own small file, fetched only when chosen.
import nl from './nl.json';
import type { PortaalLanguage } from './languages.ts';
import type { Catalog } from './translate.ts';

export const dutchCatalog: Catalog = nl;

const loaders = import.meta.glob<Catalog>(['./*.json', '!./nl.json'], { import: 'default' });

export async function loadCatalog(language: PortaalLanguage): Promise<Catalog> {
  if (language === 'nl') return dutchCatalog;
  const load = loaders[`./${language}.json`];
  // No file for a language in the list is a build error caught by the catalog test; show Dutch.
  return load ? load() : dutchCatalog;
}
