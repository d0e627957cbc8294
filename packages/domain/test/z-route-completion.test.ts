import { describe, expect, it } from 'vitest';
import { validateZRouteCompletion } from '../src/rules/z-route.ts';

describe('Z-route completion (art. 3.14/3.16 Besluit)', () => {
  const base = { today: '2026-06-01', currentPipRoute: 'Z', termStart: '2025-01-02' } as const;

  it('accepts a past date for a person on the Z-route', () => {
    const r = validateZRouteCompletion({ ...base, date: '2026-05-20' });
    expect(r.value).toEqual({ accepted: true, errors: [] });
    expect(r.explanation.articles).toContain('art. 3.14 Besluit inburgering 2021');
  });

  it('refuses when the current PIP is not the Z-route, or there is none', () => {
    const b1 = validateZRouteCompletion({ ...base, currentPipRoute: 'B1', date: '2026-05-20' });
    expect(b1.value.errors).toEqual(['not-z-route']);
    expect(b1.explanation.summary).toMatch(/B1-route/);
    expect(validateZRouteCompletion({ ...base, currentPipRoute: null, date: '2026-05-20' }).value.errors).toEqual(['not-z-route']);
  });

  it('refuses a date in the future or before the termijn', () => {
    expect(validateZRouteCompletion({ ...base, date: '2026-06-02' }).value.errors).toEqual(['in-future']);
    expect(validateZRouteCompletion({ ...base, date: '2024-12-31' }).value.errors).toEqual(['before-term-start']);
  });

  it('withdrawing (null) is always allowed', () => {
    expect(validateZRouteCompletion({ ...base, currentPipRoute: null, date: null }).value.accepted).toBe(true);
  });
});
