import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isOneOf, oneOf } from '../src/index.ts';

const kinds = ['pvt', 'map', 'z-route'] as const;

describe('isOneOf and oneOf: a value read from outside, checked against a fixed list', () => {
  it('accepts exactly the members of the list', () => {
    expect(kinds.filter((kind) => isOneOf(kinds, kind))).toEqual([...kinds]);
    expect(isOneOf(kinds, 'PVT')).toBe(false);
    expect(isOneOf(kinds, null)).toBe(false);
    expect(isOneOf(kinds, 3)).toBe(false);
  });

  it('oneOf gives the member or undefined, and agrees with isOneOf for any value', () => {
    expect(oneOf(kinds, 'map')).toBe('map');
    expect(oneOf(kinds, undefined)).toBeUndefined();
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...kinds), fc.string(), fc.integer(), fc.constant(null)), (value) => {
        expect(oneOf(kinds, value) !== undefined).toBe(isOneOf(kinds, value));
      }),
    );
  });
});
