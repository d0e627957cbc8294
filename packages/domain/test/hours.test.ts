import { describe, expect, it } from 'vitest';
import { hoursCategoryAllowed, hoursCategoryLabel, hoursCategories } from '../src/rules/hours.ts';

describe('gevolgde uren: which category for whom', () => {
  it('taalles en KNM during the brede intake: always', () => {
    expect(hoursCategoryAllowed({ category: 'taallesknm', targetGroup: null, route: null }).value).toBe(true);
    expect(hoursCategoryAllowed({ category: 'taallesknm', targetGroup: 'gezin-overig', route: 'B1' }).value).toBe(true);
  });

  it('participatieactiviteiten: only asielstatushouders in the Z-route (B3.14 lid 2)', () => {
    expect(hoursCategoryAllowed({ category: 'participatieactiviteiten', targetGroup: 'asiel', route: 'Z' }).value).toBe(true);
    const b1 = hoursCategoryAllowed({ category: 'participatieactiviteiten', targetGroup: 'asiel', route: 'B1' });
    expect(b1.value).toBe(false);
    expect(b1.explanation.summary).toMatch(/alleen voor asielstatushouders in de Z-route/);
    expect(b1.explanation.articles).toContain('art. 3.14 lid 2 Besluit inburgering 2021');
    expect(hoursCategoryAllowed({ category: 'participatieactiviteiten', targetGroup: 'gezin-overig', route: 'Z' }).value).toBe(false);
    expect(hoursCategoryAllowed({ category: 'participatieactiviteiten', targetGroup: 'asiel', route: null }).value).toBe(false);
  });

  it('participatietaalles: only with a leerroute (a vastgesteld PIP)', () => {
    expect(hoursCategoryAllowed({ category: 'participatietaalles', targetGroup: 'asiel', route: 'Onderwijs' }).value).toBe(true);
    const none = hoursCategoryAllowed({ category: 'participatietaalles', targetGroup: 'asiel', route: null });
    expect(none.value).toBe(false);
    expect(none.explanation.summary).toMatch(/stel eerst het PIP vast/);
  });

  it('has a Dutch label per category', () => {
    for (const c of hoursCategories) expect(hoursCategoryLabel(c)).toMatch(/uren|taalles|participatie/);
  });
});
