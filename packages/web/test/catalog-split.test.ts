// The catalogs outside the entry (ADR 0151): the Dutch areas and English, found by file name, are
// exactly what areas.ts registers for the types and the other tests.
import { describe, expect, it } from 'vitest';
import { areasEn, areasNl } from '../src/i18n/areas.ts';
import en from '../src/i18n/en.json';
import nl from '../src/i18n/nl.json';
import { dutchAreas } from '../src/i18n/dutch-areas.ts';
import { englishCatalog } from '../src/i18n/english.ts';

describe('catalogs loaded after the entry', () => {
  it('the Dutch areas are the ones areas.ts registers, each under its own key', () => {
    expect(dutchAreas()).toEqual(areasNl);
  });

  it('no area shares a top-level key with nl.json, so the areas merge in shallowly (i18n/index.ts)', () => {
    expect(Object.keys(dutchAreas()).filter((area) => area in nl)).toEqual([]);
  });

  it('English is en.json with every area areas.ts registers', () => {
    expect(englishCatalog()).toEqual({ ...en, ...areasEn });
  });
});
