import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRule, evaluateVectorFile, formatResult, formatSummary, matchesExpected, ruleNames } from '../src/conformance/runner.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const sample = join(here, '../../../../shared/conformance/vectors.sample.json');
const financeSample = join(here, '../../../../shared/conformance/vectors.finance.sample.json');
const ownDir = join(here, '../conformance');
const ownFiles = readdirSync(ownDir).filter((f) => f.endsWith('.json')).sort();

function run(path: string) {
  return evaluateVectorFile(JSON.parse(readFileSync(path, 'utf8')) as unknown, path);
}

describe('conformance vectors', () => {
  it('the public sample passes completely', () => {
    const results = run(sample);
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => !r.passed).map(formatResult)).toEqual([]);
  });

  it('the public finance sample (SPUK allocation, formatie) passes completely', () => {
    const results = run(financeSample);
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => !r.passed).map(formatResult)).toEqual([]);
  });

  it.each(ownFiles)('own vectors %s pass', (file) => {
    const results = run(join(ownDir, file));
    expect(results.filter((r) => !r.passed).map(formatResult)).toEqual([]);
  });

  it('there are at least 150 own vectors, with unique ids, covering every rule', () => {
    const vectors = ownFiles.flatMap((f) => (JSON.parse(readFileSync(join(ownDir, f), 'utf8')) as { vectors: { id: string; rule: string }[] }).vectors);
    expect(vectors.length).toBeGreaterThanOrEqual(150);
    expect(new Set(vectors.map((v) => v.id)).size).toBe(vectors.length);
    expect(new Set(vectors.map((v) => v.rule))).toEqual(new Set(ruleNames));
  });
});

describe('runner', () => {
  it('unknown rule is a failure', () => {
    const [r] = evaluateVectorFile({ vectors: [{ id: 'x', rule: 'nope', input: {}, expected: { a: 1 } }] });
    expect(r).toEqual({ id: 'x', passed: false, reason: 'expected {"a":1} got error: unknown rule "nope"' });
  });

  it('malformed input and files give FAIL with a reason, never a crash', () => {
    expect(evaluateVectorFile(null)[0]?.reason).toMatch(/malformed file/);
    expect(evaluateVectorFile({ vectors: 3 })[0]?.passed).toBe(false);
    const results = evaluateVectorFile(
      {
        vectors: [
          42,
          { id: 'no-rule', input: {}, expected: {} },
          { id: 'no-expected', rule: 'term', input: { pipIssuedOn: '2024-01-01' } },
          { id: 'bad-date', rule: 'term', input: { pipIssuedOn: '2023-02-29' }, expected: { start: '2023-03-01' } },
          { id: 'both-units', rule: 'term', input: { pipIssuedOn: '2024-01-01', extensions: [{ months: 1, weeks: 2 }] }, expected: {} },
          { id: 'no-input', rule: 'fine', expected: { amount: 0 } },
          { rule: 'relief', input: { obliged: 'yes', permit: 'asiel', bijstandFrom: null }, expected: {} },
        ],
      },
      'f.json',
    );
    expect(results.map((r) => r.passed)).toEqual([false, false, false, false, false, false, false]);
    expect(results[0]?.id).toBe('f.json#0');
    expect(results[3]?.reason).toMatch(/pipIssuedOn: geen geldige datum/);
    expect(results[6]?.id).toBe('f.json#6');
    expect(results[6]?.reason).toMatch(/obliged/);
  });

  it('comparison: extra output keys ignored, errors as sorted lists, missing keys fail', () => {
    expect(matchesExpected({ errors: ['b', 'a'] }, { errors: ['a', 'b'], accepted: false })).toBe(true);
    expect(matchesExpected({ errors: ['a'] }, { errors: ['a', 'b'] })).toBe(false);
    expect(matchesExpected({ deadline: null }, { deadline: null })).toBe(true);
    expect(matchesExpected({ amount: 25000.0 }, { amount: 25000 })).toBe(true);
    expect(matchesExpected({ missing: null }, {})).toBe(false);
  });

  it('absent optional input means null/false', () => {
    expect(evaluateRule('pip-deadline', { targetGroup: 'asiel', duoNoticeOn: '2024-03-04' })).toEqual({ ok: true, output: { deadline: null } });
    expect(evaluateRule('fine', { article: 22, establishedOn: '2024-03-04' })).toEqual({ ok: true, output: { amount: 25000 } });
  });

  it('prints FORMAT.md lines', () => {
    const results = evaluateVectorFile({
      vectors: [
        { id: 'ok', rule: 'a2-downgrade', input: { route: 'B1', dutchCourseHours: 600, sufficientEffort: true, firstPip: false }, expected: { allowed: true } },
        { id: 'bad', rule: 'a2-downgrade', input: { route: 'B1', dutchCourseHours: 600, sufficientEffort: true, firstPip: false }, expected: { allowed: false } },
      ],
    });
    expect(results.map(formatResult)).toEqual(['PASS ok', 'FAIL bad: expected {"allowed":false} got {"allowed":true}']);
    expect(formatSummary(results)).toBe('1 passed, 1 failed');
  });
});
