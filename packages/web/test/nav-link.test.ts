// The main navigation's links mark the current section as react-router's NavLink did (ADR 0151, third step).
import { describe, expect, it } from 'vitest';
import { inSection } from '../src/components/AppLink.tsx';

describe('inSection', () => {
  it('marks the section itself and every address below it', () => {
    expect(inSection('/dossiers', '/dossiers', false)).toBe(true);
    expect(inSection('/dossiers', '/dossiers/', false)).toBe(true);
    expect(inSection('/dossiers', '/dossiers/123/intake', false)).toBe(true);
    expect(inSection('/dossiers', '/Dossiers/123', false)).toBe(true);
  });
  it('does not mark a section whose name only starts the same', () => {
    expect(inSection('/dossiers', '/dossiersx', false)).toBe(false);
    expect(inSection('/beheer', '/beheer-oud', false)).toBe(false);
    expect(inSection('/werkvoorraad', '/dossiers', false)).toBe(false);
  });
  it('with end (the start page) marks only the address itself', () => {
    expect(inSection('/', '/', true)).toBe(true);
    expect(inSection('/', '/werkvoorraad', true)).toBe(false);
  });
});
