// The Dutch catalogs of the areas (intake, PIP, beheer, …), in their own file (ADR 0151): the
// first screen (login, the shell) needs only nl.json, so the entry stays small and this file
// downloads alongside the session check and the page's own chunk. Every `*.nl.json` is found by
// its file name, so a new area needs no line here (areas.ts registers it for the types and tests).
const areaFiles = import.meta.glob<Record<string, unknown>>('./areas/*.nl.json', { eager: true, import: 'default' });

export function dutchAreas(): Record<string, unknown> {
  return Object.fromEntries(Object.entries(areaFiles).map(([path, catalog]) => [path.replace(/^.*\/(.+)\.nl\.json$/, '$1'), catalog]));
}
