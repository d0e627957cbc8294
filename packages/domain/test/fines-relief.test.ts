import { describe, expect, it } from 'vitest';
import { art22NewDeadlineLatest, countRepeatViolations, fineAmount, newTermFineCap, objectionDeadline } from '../src/rules/fines.ts';
import { financialRelief, reliefCheckpoints } from '../src/rules/relief.ts';

describe('fines (C1–C5)', () => {
  it('art. 22 is € 250', () => {
    const r = fineAmount({ article: 22, establishedOn: '2024-01-01' });
    expect(r.value).toBe(25000);
    expect(r.explanation.summary).toBe('Boete: € 250 (art. 22 Wet inburgering 2021).');
  });

  it('art. 23 doubles per final earlier violation in the 12 months before, capped at € 800', () => {
    const e = (d: string) => ({ establishedOn: d, final: true });
    expect(countRepeatViolations('2025-03-15', [e('2024-03-15'), e('2024-03-14'), e('2025-03-15')])).toBe(1);
    expect(fineAmount({ article: 23, establishedOn: '2025-06-01', culpability: 'opzet', earlierViolations: [e('2025-01-01'), e('2025-02-01')] }).value).toBe(20000);
    const r = fineAmount({ article: 23, establishedOn: '2025-06-01', culpability: 'grove-schuld', earlierViolations: Array.from({ length: 6 }, () => e('2025-05-01')) });
    expect(r.value).toBe(60000);
    expect(r.explanation.articles).toContain('art. 7.1 lid 3 Besluit inburgering 2021');
  });

  it('missing culpability is read as "neither" (50 %)', () => {
    expect(fineAmount({ article: 23, establishedOn: '2025-06-01' }).value).toBe(2500);
  });

  it('bijstand lowered → 0; term cap limits; custom cap for a new termijn', () => {
    expect(fineAmount({ article: 23, establishedOn: '2025-06-01', culpability: 'opzet', bijstandLoweredForSameBehaviour: true }).value).toBe(0);
    expect(fineAmount({ article: 22, establishedOn: '2025-06-01', finedInTermSoFar: 239_999 }).value).toBe(1);
    const cap = newTermFineCap(6).value;
    expect(cap).toBe(40000);
    expect(fineAmount({ article: 22, establishedOn: '2025-06-01', finedInTermSoFar: 30000, termCapCents: cap }).value).toBe(10000);
    expect([12, 18, 24].map((m) => newTermFineCap(m as 12 | 18 | 24).value)).toEqual([80000, 120000, 160000]);
  });

  it('new deadline after an art. 22 fine and the bezwaar deadline', () => {
    expect(art22NewDeadlineLatest('2024-12-31').value).toBe('2025-02-28');
    expect(objectionDeadline('2024-03-01').value).toBe('2024-04-12');
  });
});

describe('financieel ontzorgen (B15)', () => {
  it('6 months from the day bijstand starts, for temporary asylum permits only', () => {
    expect(financialRelief({ obliged: true, permit: 'asiel', bijstandFrom: '2024-08-31' }).value).toEqual({
      applies: true, from: '2024-08-31', toExclusive: '2025-02-28', localToExclusive: '2025-02-28',
    });
    expect(financialRelief({ obliged: true, permit: 'regulier', bijstandFrom: '2024-08-31' }).value.applies).toBe(false);
  });

  it('local extension and checkpoints come from settings', () => {
    expect(financialRelief({ obliged: true, permit: 'asiel', bijstandFrom: '2024-01-31', localExtensionMonths: 3 }).value.localToExclusive).toBe('2024-10-31');
    expect(reliefCheckpoints('2024-11-30').value).toEqual(['2025-02-28', '2025-05-30']);
  });
});
