// The English catalog, loaded only when someone chooses English (ADR 0151): most users never do,
// and it is a fifth of the JavaScript of the first page. Every area's `*.en.json` is found by its
// file name, so a new area needs no line here (areas.ts registers it for the types and tests).
import en from './en.json';

const areaFiles = import.meta.glob<Record<string, unknown>>('./areas/*.en.json', { eager: true, import: 'default' });

export function englishCatalog(): Record<string, unknown> {
  const areas = Object.fromEntries(
    Object.entries(areaFiles).map(([path, catalog]) => [path.replace(/^.*\/(.+)\.en\.json$/, '$1'), catalog]),
  );
  return { ...en, ...areas };
}
