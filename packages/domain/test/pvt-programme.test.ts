import { describe, expect, it } from 'vitest';
import { checkPvtPlan, isCoreValueTopic, pvtTopicLabels, pvtTopics, type PvtSessionPlan } from '../src/index.ts';

const s = (heldOn: string, hours = 3, topic: PvtSessionPlan['topic'] = 'kernwaarden'): PvtSessionPlan => ({ heldOn, hours, topic });

describe('PVT programme check (B13, seed 002)', () => {
  it('accepts four half-days of three hours over four weeks with a core-value session', () => {
    const plan = checkPvtPlan([s('2026-03-02'), s('2026-03-09', 3, 'gezondheid'), s('2026-03-16', 3, 'wonen'), s('2026-03-23', 3, 'excursie')]);
    expect(plan.value).toEqual([]);
    expect(plan.explanation.articles).toContain('art. 3.1 lid 3 Besluit inburgering 2021');
  });

  it('warns about too few hours and sessions, citing the article', () => {
    const plan = checkPvtPlan([s('2026-03-02'), s('2026-03-09', 2.5, 'wonen')]);
    expect(plan.value.map((w) => w.code)).toEqual(['too-few-hours', 'too-few-sessions', 'short-session']);
    expect(plan.value[0]?.text).toContain('5,5 uur');
    expect(plan.value[0]?.text).toContain('art. 3.1 lid 3 Besluit inburgering 2021');
  });

  it('warns when the sessions span more than four weeks or none is about core values', () => {
    const plan = checkPvtPlan([s('2026-03-02', 3, 'wonen'), s('2026-03-09', 3, 'werk'), s('2026-03-16', 3, 'gezondheid'), s('2026-04-06', 3, 'overig')]);
    expect(plan.value.map((w) => w.code)).toEqual(['span-too-long', 'no-core-value']);
    expect(plan.value[0]?.text).toContain('2 maart 2026');
  });

  it('has a Dutch label for every topic; kernwaarden and excursie are core-value activities', () => {
    for (const t of pvtTopics) expect(pvtTopicLabels[t].length).toBeGreaterThan(0);
    expect(pvtTopics.filter(isCoreValueTopic)).toEqual(['kernwaarden', 'excursie']);
  });
});
