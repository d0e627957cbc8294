import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  begeleidingDateProblem,
  checkZrmScores,
  computeBegeleidingSignals,
  defaultZrmMatrix,
  expectedBegeleidingEnd,
  parseGemeenteSettings,
  readZrmMatrix,
  signalKindLabel,
  zrmMatrixSchema,
  zrmTrend,
} from '../src/index.ts';

describe('zelfredzaamheidsmatrix', () => {
  it('defaults to the 13 domains of the ZRM 2017 on a scale of 1 to 5', () => {
    expect(defaultZrmMatrix.domains).toHaveLength(13);
    expect(defaultZrmMatrix.scale).toHaveLength(5);
    expect(zrmMatrixSchema.safeParse(defaultZrmMatrix).success).toBe(true);
  });

  it('an organisation sets its own domains and scale; bad ones are refused in Dutch', () => {
    const own = { domains: [{ key: 'wonen', label: 'Wonen' }, { key: 'taal', label: 'Taal' }], scale: ['Laag', 'Midden', 'Hoog'] };
    expect(readZrmMatrix(own)).toEqual(own);
    const duplicate = zrmMatrixSchema.safeParse({ domains: [{ key: 'a', label: 'A' }, { key: 'a', label: 'B' }], scale: ['1', '2'] });
    expect(duplicate.success).toBe(false);
    expect(duplicate.error?.issues[0]?.message).toBe('Leefgebieden: elke code maar één keer');
    expect(zrmMatrixSchema.safeParse({ domains: [], scale: ['1', '2'] }).success).toBe(false);
    expect(zrmMatrixSchema.safeParse({ domains: [{ key: 'a', label: 'A' }], scale: ['1'] }).success).toBe(false);
    // Unreadable stored settings fall back to the default.
    expect(readZrmMatrix({ domains: 'x' })).toBe(defaultZrmMatrix);
  });

  it('checks a measurement: known domain, once, on the scale', () => {
    expect(checkZrmScores(defaultZrmMatrix, [{ domain: 'financien', score: 3 }])).toBeUndefined();
    expect(checkZrmScores(defaultZrmMatrix, [])).toMatchObject({ field: 'scores' });
    expect(checkZrmScores(defaultZrmMatrix, [{ domain: 'onbekend', score: 3 }])).toMatchObject({ field: 'scores.0.domain' });
    expect(checkZrmScores(defaultZrmMatrix, [{ domain: 'financien', score: 3 }, { domain: 'financien', score: 4 }])).toMatchObject({ field: 'scores.1.domain' });
    expect(checkZrmScores(defaultZrmMatrix, [{ domain: 'justitie', score: 6 }])).toEqual({ field: 'scores.0.score', message: 'Justitie: kies een score van 1 tot en met 5' });
  });

  it('a score is accepted exactly when it is a whole number on the scale', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3, max: 9 }), fc.integer({ min: 2, max: 10 }), (score, levels) => {
        const matrix = { domains: [{ key: 'a', label: 'A' }], scale: Array.from({ length: levels }, (_, i) => `N${i + 1}`) };
        expect(checkZrmScores(matrix, [{ domain: 'a', score }]) === undefined).toBe(score >= 1 && score <= levels);
      }),
    );
  });

  it('the trend has one column per date, oldest first, and the change from first to last score', () => {
    const trend = zrmTrend(defaultZrmMatrix, [
      { measuredOn: '2026-06-01', scores: [{ domain: 'financien', score: 4 }, { domain: 'huisvesting', score: 3 }] },
      { measuredOn: '2026-01-10', scores: [{ domain: 'financien', score: 2 }] },
    ]);
    expect(trend.dates).toEqual(['2026-01-10', '2026-06-01']);
    expect(trend.rows.find((r) => r.domain === 'financien')).toMatchObject({ scores: [2, 4], change: 2 });
    expect(trend.rows.find((r) => r.domain === 'huisvesting')).toMatchObject({ scores: [null, 3], change: null });
    expect(trend.rows).toHaveLength(13);
  });
});

describe('duration and dates of the begeleiding', () => {
  it('the expected end is the start plus the gemeente\'s months (Dalfsen: 18)', () => {
    expect(expectedBegeleidingEnd('2026-01-31', 18)).toBe('2027-07-31');
    expect(expectedBegeleidingEnd('2026-08-31', 6)).toBe('2027-02-28');
  });

  it('a contact date is neither in the future nor before 2021', () => {
    expect(begeleidingDateProblem('2026-12-06', '2026-12-06')).toBeUndefined();
    expect(begeleidingDateProblem('2026-12-07', '2026-12-06')).toBe('toekomst');
    expect(begeleidingDateProblem('2020-12-31', '2026-12-06')).toBe('te-vroeg');
  });

  it('the gemeente sets the months in its settings, checked with a Dutch message', () => {
    expect(parseGemeenteSettings({ begeleidingMonths: 18 })).toMatchObject({ ok: true, settings: { begeleidingMonths: 18 } });
    const bad = parseGemeenteSettings({ begeleidingMonths: 0 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]).toEqual({ field: 'begeleidingMonths', message: 'Duur maatschappelijke begeleiding (maanden): minstens 1 maand' });
  });
});

describe('computeBegeleidingSignals', () => {
  const none = { closed: false, problems: [], period: null };

  it('nothing without problems or a period', () => {
    expect(computeBegeleidingSignals(none)).toEqual([]);
  });

  it('an open problem is due on the day it was reported, without the begeleider\'s text', () => {
    const signals = computeBegeleidingSignals({
      ...none,
      problems: [
        { reportedOn: '2026-11-02', status: 'open', reportedByName: 'Petra Jansen' },
        { reportedOn: '2026-10-01', status: 'afgehandeld', reportedByName: 'Petra Jansen' },
        { reportedOn: '2026-11-20', status: 'open', reportedByName: 'Petra Jansen' },
      ],
    });
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ kind: 'begeleiding-problem', dueOn: '2026-11-02', section: 'begeleiding' });
    expect(signals[0]?.reason).toContain('2 open meldingen');
    expect(signalKindLabel('begeleiding-problem')).toBe('Probleem gemeld door begeleider');
  });

  it('the end of a running begeleiding is due on its expected end; an ended one or a closed case gives nothing', () => {
    const period = { startedOn: '2026-01-10', expectedEndOn: '2027-07-10', endedOn: null };
    expect(computeBegeleidingSignals({ ...none, period })).toEqual([expect.objectContaining({ kind: 'begeleiding-ending', dueOn: '2027-07-10', deadline: null })]);
    expect(computeBegeleidingSignals({ ...none, period: { ...period, endedOn: '2026-12-01' } })).toEqual([]);
    expect(computeBegeleidingSignals({ closed: true, problems: [{ reportedOn: '2026-11-02', status: 'open', reportedByName: 'X' }], period })).toEqual([]);
  });
});
