import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactDateProblem, earliestContactOn, isSensitiveDocumentKind, journalKinds, uploadedDocumentKinds } from '../src/index.ts';

describe('contactDateProblem', () => {
  it('accepts today and the earliest date, refuses tomorrow and the day before 2021', () => {
    expect(contactDateProblem('2026-11-23', '2026-11-23')).toBeUndefined();
    expect(contactDateProblem(earliestContactOn, '2026-11-23')).toBeUndefined();
    expect(contactDateProblem('2026-11-24', '2026-11-23')).toBe('toekomst');
    expect(contactDateProblem('2020-12-31', '2026-11-23')).toBe('te-vroeg');
  });

  it('a date is refused exactly when it lies after today or before 2021', () => {
    const day = fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (contactOn, today) => {
        const problem = contactDateProblem(contactOn, today);
        const expected = contactOn > today ? 'toekomst' : contactOn < earliestContactOn ? 'te-vroeg' : undefined;
        expect(problem).toBe(expected);
      }),
    );
  });
});

describe('kinds', () => {
  it('has unique codes and one sensitive document kind (the medische verklaring)', () => {
    expect(new Set(journalKinds).size).toBe(journalKinds.length);
    expect(new Set(uploadedDocumentKinds).size).toBe(uploadedDocumentKinds.length);
    expect(uploadedDocumentKinds.filter(isSensitiveDocumentKind)).toEqual(['medische-verklaring']);
    expect(isSensitiveDocumentKind('pip-beschikking')).toBe(false);
  });
});
