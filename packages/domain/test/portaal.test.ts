// The inburgeraar portal's pure parts (issue 17): language codes from the stored Dutch names, and
// the werkvoorraad items a portal message, move request or document makes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computePortaalSignals, languageCode, portaalLanguages, signalKinds } from '../src/index.ts';

describe('languageCode', () => {
  it('maps the stored Dutch names to ISO 639-1', () => {
    expect(languageCode('Arabisch')).toBe('ar');
    expect(languageCode('Tigrinya')).toBe('ti');
    expect(languageCode('Farsi')).toBe('fa');
    expect(languageCode('Perzisch')).toBe('fa');
    expect(languageCode('Somalisch')).toBe('so');
    expect(languageCode('Turks')).toBe('tr');
    expect(languageCode('Oekraïens')).toBe('uk');
    expect(languageCode('Engels')).toBe('en');
    expect(languageCode(' arabisch ')).toBe('ar');
  });

  it('gives null for a language the portal does not speak, or none', () => {
    expect(languageCode('Dari')).toBeNull();
    expect(languageCode(null)).toBeNull();
    expect(languageCode('')).toBeNull();
  });

  it('never gives a code outside the portal languages', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty')), (s) => {
      const code = languageCode(s);
      expect(code === null || (portaalLanguages as readonly string[]).includes(code)).toBe(true);
    }));
  });
});

describe('computePortaalSignals', () => {
  const empty = { closed: false, openMessages: [], openMoveRequests: [], openDocuments: [] };

  it('nothing open: no items', () => {
    expect(computePortaalSignals(empty)).toEqual([]);
  });

  it('open messages: one item due on the first day, counting them, without the person’s words', () => {
    const [signal] = computePortaalSignals({ ...empty, openMessages: ['2027-03-05', '2027-03-02'] });
    expect(signal).toMatchObject({ kind: 'portaal-bericht', dueOn: '2027-03-02', deadline: null, section: 'portaal' });
    expect(signal?.reason).toContain('2 berichten');
    expect(signalKinds).toContain(signal?.kind);
  });

  it('a move request and a document each make their own item', () => {
    const kinds = computePortaalSignals({ ...empty, openMoveRequests: ['2027-01-10'], openDocuments: ['2027-01-11'] }).map((s) => s.kind);
    expect(kinds).toEqual(['portaal-afspraak-verzetten', 'portaal-document']);
  });

  it('a closed case has no portal items', () => {
    expect(computePortaalSignals({ ...empty, closed: true, openMessages: ['2027-03-02'] })).toEqual([]);
  });
});
