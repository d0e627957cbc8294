import { describe, expect, it } from 'vitest';
import { validatePipWithdrawalForDuo } from '../src/index.ts';

describe('DuoCheck findings', () => {
  it('pair each refusal with its own text, in check order (errors stay sorted)', () => {
    const check = validatePipWithdrawalForDuo({ termSet: true, courseHoursRegistered: true });
    expect(check.errors).toEqual(['course-hours-registered', 'term-already-set']);
    expect(check.findings.map((f) => f.error)).toEqual(['term-already-set', 'course-hours-registered']);
    expect(check.findings[0]!.text).toMatch(/^De inburgeringstermijn is al vastgesteld/);
    expect(check.findings[1]!.text).toMatch(/cursusuren/);
  });
  it('are empty when DUO accepts', () => {
    expect(validatePipWithdrawalForDuo({ termSet: false, courseHoursRegistered: false }).findings).toEqual([]);
  });
});
