import { describe, expect, it } from 'vitest';
import { objectionOnTime, objectionPeriod } from '../src/index.ts';

describe('bezwaartermijn (art. 6:7–6:9 Awb)', () => {
  it('runs six weeks from the day after the dagtekening', () => {
    const p = objectionPeriod('2026-03-02');
    expect(p.value).toEqual({ start: '2026-03-03', endExclusive: '2026-04-14' });
    expect(p.explanation.articles).toContain('art. 6:7 Algemene wet bestuursrecht');
  });

  it('received on the last day is on time, the day after is late', () => {
    expect(objectionOnTime('2026-03-02', '2026-04-13').value).toBe(true);
    const late = objectionOnTime('2026-03-02', '2026-04-14');
    expect(late.value).toBe(false);
    expect(late.explanation.summary).toBe('Bezwaar te laat ingediend.');
  });

  it('uses the configured number of weeks', () => {
    // Eight weeks end on Monday 27 April 2026, Koningsdag: the term runs through Tuesday 28 April (art. 1 Atw).
    expect(objectionPeriod('2026-03-02', 8).value.endExclusive).toBe('2026-04-29');
    expect(objectionPeriod('2026-03-09', 8).value.endExclusive).toBe('2026-05-05');
  });
});
