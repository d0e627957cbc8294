// The simulator reckons "niet in de toekomst" as DUO does: by the Dutch date, which is a day ahead
// of the UTC date for an hour (winter) or two (summer) after midnight.
import { describe, expect, it } from 'vitest';
import { todayInNetherlands } from '../src/dates.ts';

describe('todayInNetherlands', () => {
  it.each([
    ['2026-12-07T22:59:59Z', '2026-12-07'],
    ['2026-12-07T23:00:00Z', '2026-12-08'],
    ['2026-07-15T21:59:59Z', '2026-07-15'],
    ['2026-07-15T22:00:00Z', '2026-07-16'],
  ])('%s is %s in the Netherlands', (instant, expected) => {
    expect(todayInNetherlands(new Date(instant))).toBe(expected);
  });
});
