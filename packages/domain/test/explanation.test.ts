import { describe, expect, it } from 'vitest';
import { bi, dutchList, explained, formatEuro, pw, step, wi } from '../src/rules/explanation.ts';
import { pipDeadline } from '../src/rules/pip-deadline.ts';

describe('explanation', () => {
  it('cites articles uniformly', () => {
    expect(bi('5.3', 1)).toBe('art. 5.3 lid 1 Besluit inburgering 2021');
    expect(wi('3', 2, 'a')).toBe('art. 3 lid 2, onderdeel a Wet inburgering 2021');
    expect(wi('27')).toBe('art. 27 Wet inburgering 2021');
    expect(pw('56a', 2)).toBe('art. 56a lid 2 Participatiewet');
  });

  it('collects articles from the steps, deduplicated', () => {
    const e = explained(1, 's', [step('a', 'x', 'y'), step('b', 'y', 'z')]);
    expect(e.explanation.articles).toEqual(['x', 'y', 'z']);
  });

  it('formats money and lists in Dutch', () => {
    expect(formatEuro(25000)).toBe('€ 250');
    expect(formatEuro(240000)).toBe('€ 2.400');
    expect(formatEuro(3750)).toBe('€ 37,50');
    expect(dutchList(['a', 'b', 'c'])).toBe('a, b en c');
    expect(dutchList(['a'])).toBe('a');
  });

  it('produces the issue example sentence', () => {
    const r = pipDeadline({ targetGroup: 'gezin-overig', duoNoticeOn: '2024-03-04' });
    expect(r.explanation.summary).toBe(
      'Uiterlijk 13 mei 2024: 10 weken na de kennisgeving van DUO op 4 maart 2024 (art. 5.3 lid 1 Besluit inburgering 2021)',
    );
  });
});
