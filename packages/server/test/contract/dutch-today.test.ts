// "Not in the future" is the Dutch date. After midnight in the Netherlands the UTC date is still
// yesterday for an hour (winter) or two (summer); a form dated today must not be refused then.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isoDate } from '../../src/contract/input-fields.ts';
import { dateInNetherlands, todayIn } from '../../src/case-file/today.ts';

const notInFuture = isoDate(undefined, { to: 'today' });

describe('today is the Dutch date', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['winter, 00:30 in the Netherlands', '2026-12-07T23:30:00Z', '2026-12-08', '2026-12-09'],
    ['summer, 00:30 in the Netherlands', '2026-07-15T22:30:00Z', '2026-07-16', '2026-07-17'],
    ['summer, 23:30 in the Netherlands', '2026-07-15T21:30:00Z', '2026-07-15', '2026-07-16'],
  ])('%s: a date field that cannot lie in the future takes the Dutch today and refuses the day after', (_label, instant, dutchToday, tomorrow) => {
    vi.useFakeTimers({ now: new Date(instant), toFake: ['Date'] });
    expect(todayIn(new Date())).toBe(dutchToday);
    expect(dateInNetherlands(new Date(instant))).toBe(dutchToday);
    expect(notInFuture.safeParse(dutchToday).success).toBe(true);
    const refused = notInFuture.safeParse(tomorrow);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/niet in de toekomst/);
  });
});
