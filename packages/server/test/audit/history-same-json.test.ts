// The history's field comparison (`sameJson`) answers as comparing the values written as JSON, also in
// the cases it decides without writing them out (strings, booleans, null).
import { describe, expect, it } from 'vitest';
import { diff, sameJson } from '../../src/audit/history.ts';

const values: unknown[] = [null, '', 'a', 'b', 'true', 'null', '1', true, false, 0, 1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, [], ['a'], {}, { a: 1 }, { a: 1 }, new Date('2026-01-01T00:00:00Z'), '2026-01-01T00:00:00.000Z'];

describe('sameJson', () => {
  it('is true exactly when both values are written the same as JSON', () => {
    for (const a of values) for (const b of values) expect(sameJson(a, b), `${JSON.stringify(a)} / ${JSON.stringify(b)}`).toBe(JSON.stringify(a) === JSON.stringify(b));
  });

  it('diff: a new record lists every field that is not null; an update only what changed', () => {
    expect(diff(null, { a: 'x', b: null, c: false, d: undefined, e: Number.NaN, f: 0 })).toEqual({ a: { from: null, to: 'x' }, c: { from: null, to: false }, f: { from: null, to: 0 } });
    expect(diff({ a: 'x', b: true, c: { k: 1 } }, { a: 'x', b: 'true', c: { k: 1 } })).toEqual({ b: { from: true, to: 'true' } });
  });
});
